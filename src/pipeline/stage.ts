import type { Doc, DocKey, Message } from '../model/doc.js';
import type { Kb } from '../kb/types.js';
import type { PloverCoding } from '../reference/plover.js';
import type { EventLexicon } from '../stages/events/lexicon.js';
import type { NerModel } from '../stages/entities/ner/index.js';

export const STAGE_NAMES = ['ingest', 'extract', 'segment', 'entities', 'quotes', 'events', 'claims', 'flags'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export function isStageName(name: string): name is StageName {
  return (STAGE_NAMES as readonly string[]).includes(name);
}

/** Settings fixed when a pipeline is built. */
export interface Options {
  /** Largest input a file, URL or stdin may have, in bytes. */
  maxBytes: number;
  /** Allow URLs that resolve to private, loopback or link-local addresses. */
  allowPrivate: boolean;
  /** Time limit for one URL fetch, in milliseconds. */
  fetchTimeoutMs: number;
}

export const DEFAULT_OPTIONS: Options = {
  maxBytes: 10 * 1024 * 1024,
  allowPrivate: false,
  fetchTimeoutMs: 15_000,
};

/** What every stage gets besides the document. */
export interface Context {
  kb: Kb;
  /** CAMEO code → PLOVER category, mode and contexts. */
  cameoToPlover: ReadonlyMap<string, PloverCoding>;
  /** Event verbs and agent nouns (data/events). */
  eventLexicon: EventLexicon;
  /** The statistical NER model; without it, names come from the KB and capitalisation rules. */
  ner?: NerModel;
  options: Options;
}

/** What a stage returns: new values of the keys it assigns, plus messages to append. */
export type Patch<A extends DocKey> = Partial<Pick<Doc, A>> & { messages?: Message[] };

export interface Stage<R extends DocKey = DocKey, A extends DocKey = DocKey> {
  name: StageName;
  /** Keys that must have been filled by an enabled earlier stage. */
  requires: readonly R[];
  /** Keys read when present, fine when empty (a disabled stage leaves its default). */
  uses: readonly DocKey[];
  assigns: readonly A[];
  run(doc: Readonly<Doc>, ctx: Context): Patch<A> | Promise<Patch<A>>;
}

/** Declares a stage; the generic parameters keep `run`'s patch to the assigned keys. */
export function defineStage<R extends DocKey, A extends DocKey>(stage: {
  name: StageName;
  requires: readonly R[];
  uses?: readonly DocKey[];
  assigns: readonly A[];
  run(doc: Readonly<Doc>, ctx: Context): Patch<A> | Promise<Patch<A>>;
}): Stage<R, A> {
  return { uses: [], ...stage };
}
