/**
 * Span confidence = FLOOR + RANGE * logistic((margin - MID) / SCALE). Calibrated as a set against
 * exact-match precision per margin bucket on the dev news (aggregate, 400 spans): margin < 2 →
 * 0.30, 10–20 → 0.51, 20–40 → 0.59, ≥ 40 → 0.69. Out-of-domain data keeps even confident spans
 * well short of 1; retune together after retraining.
 */
const CONFIDENCE_FLOOR = 0.25;
const CONFIDENCE_RANGE = 0.5;
const CONFIDENCE_MID_MARGIN = 12;
const CONFIDENCE_SCALE = 12;

export function marginToConfidence(margin: number): number {
  return CONFIDENCE_FLOOR + CONFIDENCE_RANGE / (1 + Math.exp(-(margin - CONFIDENCE_MID_MARGIN) / CONFIDENCE_SCALE));
}
