import type { Kb } from '../kb/types.js';
import { claims } from '../stages/claims/index.js';
import { entities } from '../stages/entities/index.js';
import { loadNerModel, type NerModel } from '../stages/entities/ner/index.js';
import { events, loadEventLexicon } from '../stages/events/index.js';
import { extract } from '../stages/extract/index.js';
import { flags } from '../stages/flags/index.js';
import { ingest } from '../stages/ingest/index.js';
import { quotes } from '../stages/quotes/index.js';
import { segment } from '../stages/segment/index.js';
import { loadCameoToPlover } from '../reference/plover.js';
import { buildPipeline, type Pipeline } from './pipeline.js';
import { DEFAULT_OPTIONS, type Options, type Stage, type StageName } from './stage.js';

/** The stages in order: ingest → extract → segment → entities → quotes → events → claims → flags. */
export const STAGES: readonly Stage[] = [ingest, extract, segment, entities, quotes, events, claims, flags];

export interface AnalyzerConfig {
  kb: Kb;
  /** The NER model to use (default: the shipped one); `null` for rules and KB only. */
  ner?: NerModel | null;
  options?: Partial<Options>;
  disable?: readonly StageName[];
}

/** The standard pipeline, built once and run per document. */
export function createAnalyzer(config: AnalyzerConfig): Pipeline {
  const options = { ...DEFAULT_OPTIONS, ...config.options };
  const ner = config.ner === undefined ? loadNerModel() : (config.ner ?? undefined);
  const ctx = { kb: config.kb, cameoToPlover: loadCameoToPlover(), eventLexicon: loadEventLexicon(), ner, options };
  return buildPipeline(STAGES, ctx, config.disable ?? []);
}
