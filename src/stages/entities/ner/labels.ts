/**
 * BILOU tag set over the types the training data has. GPE is not learnt: the gold data types all
 * places LOC, and `tag` maps a LOC span to GPE when the gazetteer knows it as a country or city.
 */

export const LEARNT_TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'OTHER'] as const;
export type LearntType = (typeof LEARNT_TYPES)[number];

/** Position of a token in its entity: Begin, Inside, Last, Unit. */
export const Part = { B: 0, I: 1, L: 2, U: 3 } as const;
export type Part = (typeof Part)[keyof typeof Part];

/** Label 0 is O; label 1 + 4 * type + part is that part of that type. */
export const NUM_LABELS = 1 + 4 * LEARNT_TYPES.length;
export const OUTSIDE = 0;

export const labelOf = (type: number, part: Part): number => 1 + 4 * type + part;
export const typeOf = (label: number): number => (label - 1) >> 2;
export const partOf = (label: number): Part => ((label - 1) & 3) as Part;

export function labelName(label: number): string {
  if (label === OUTSIDE) return 'O';
  return `${'BILU'[partOf(label)]}-${LEARNT_TYPES[typeOf(label)]}`;
}

/** Whether `next` may follow `prev` in a BILOU sequence (prev = -1 at sentence start). */
export function allowedTransition(prev: number, next: number): boolean {
  const prevOpen = prev > 0 && (partOf(prev) === Part.B || partOf(prev) === Part.I);
  if (prevOpen) {
    if (next === OUTSIDE) return false;
    const p = partOf(next);
    return (p === Part.I || p === Part.L) && typeOf(next) === typeOf(prev);
  }
  if (next === OUTSIDE) return true;
  const p = partOf(next);
  return p === Part.B || p === Part.U;
}

/** Whether a sentence may end after `label`. */
export const allowedEnd = (label: number): boolean =>
  label === OUTSIDE || partOf(label) === Part.L || partOf(label) === Part.U;
