/**
 * The document model: one analysed article. Every fact carries `start`/`end`, half-open UTF-16
 * offsets into `Doc.text` (what `text.slice(start, end)` returns). This is a public contract:
 * change it only with a new SCHEMA_VERSION and an entry in docs/schema.md.
 */

export const SCHEMA_VERSION = 'newsgraph/1.0';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'OTHER';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];

export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'demanded';
export type QuoteKind = 'direct' | 'indirect';

/** A half-open range of UTF-16 code units in `Doc.text`. */
export interface Offsets {
  start: number;
  end: number;
}

/** A range plus the text it covers (always equal to `doc.text.slice(start, end)`). */
export interface Mention extends Offsets {
  text: string;
}

/** How a fact was found: the rule that fired and, for statistical stages, a score in [0, 1]. */
export interface Provenance {
  rule?: string;
  confidence?: number;
}

/** A pointer to an entity of this document (`entity` is its id) or, when none fits, just a name. */
export interface Ref {
  entity?: string;
  name: string;
}

export interface ActorRef extends Ref {
  /** CAMEO-style actor code, e.g. USAGOV, ISRGOV, PSEREB. */
  code?: string;
}

/** A mention of an entity. Offsets index `Doc.text`, or `Doc.title` when `field` is "title". */
export interface EntityMention extends Mention {
  field?: 'title';
}

export interface Role {
  title: string;
  affiliation: Ref;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Knowledge-base id when linked. */
  kb?: string;
  /** CAMEO-style actor code. */
  code?: string;
  roles: Role[];
  mentions: EntityMention[];
}

export interface Quote extends Mention, Provenance {
  kind: QuoteKind;
  /** Lemma of the reporting verb ("say", "echo"). */
  verb?: string;
  /** Who said it; null when no speaker can be found (never a guess). */
  speaker: Ref | null;
}

export interface Event extends Mention, Provenance {
  id: string;
  actor: ActorRef;
  recipient: ActorRef | null;
  /** PLOVER 2.0 category. */
  event: PloverCategory;
  mode: string | null;
  contexts: string[];
  cameo: string | null;
  modality: Modality;
  negated: boolean;
  /** Who reports the event when it is only claimed ("Israel said Hamas fired ..."). */
  source?: Ref;
}

export interface Claim extends Mention, Provenance {
  value: number;
  unit: string | null;
  hedge?: string;
  source: Ref | null;
}

export interface Flag extends Mention, Provenance {
  kind: string;
  explanation: string;
  evidence?: string[];
}

export interface Token extends Offsets {
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export type Severity = 'info' | 'warning' | 'error';

/** A positioned note about the content (vfile-style), e.g. debris removed, a suspicious date. */
export interface Message {
  severity: Severity;
  source: string;
  rule: string;
  note: string;
  start?: number;
  end?: number;
}

/** Where an article came from. */
export interface Origin {
  kind: 'file' | 'url' | 'stdin' | 'record' | 'inline';
  /** Path, URL, "-" for stdin. */
  location: string;
  /** 1-based line for JSON Lines records. */
  line?: number;
  /** For an article listed in a feed: what the feed says of it (used when the page cannot be fetched). */
  item?: FeedEntry;
}

export interface FeedEntry {
  feed: string;
  title: string | null;
  published: string | null;
  author: string | null;
  /** The item's own content, HTML or text. */
  content: string | null;
}

/** The input before extraction: decoded text in one of three shapes. */
export interface Raw {
  format: 'text' | 'html' | 'record';
  content: string;
  /** Metadata given with the input (JSON Lines fields, HTTP headers). */
  meta: {
    id?: string;
    title?: string;
    url?: string;
    published?: string;
    byline?: string;
    contentType?: string;
  };
}

/** An analysed article. `raw` and `tokens` are working state and are not part of the JSON output. */
export interface Doc {
  schema: string;
  id: string;
  url: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  publisher: string | null;
  description: string | null;
  language: string | null;
  text: string;
  origin: Origin;
  sentences: Offsets[];
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  claims: Claim[];
  flags: Flag[];
  messages: Message[];
  tokens: Token[];
  raw: Raw | null;
  /** Input bytes not yet read (files, URLs, stdin are read by the ingest stage). */
  bytes: Uint8Array | null;
}

export type DocKey = keyof Doc;
