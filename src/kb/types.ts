import type { EntityType } from '../model/doc.js';

/** A dated role: "US President from 2025-01-20". Dates are ISO 8601 days; open ends are absent. */
export interface KbRole {
  title: string;
  /** Id of the KB entry the role belongs to (a country or an organisation). */
  affiliation: string;
  start?: string;
  end?: string;
  /** Actor code while the role holds, e.g. USAGOV. */
  code?: string;
  source: string;
}

/** A dated actor code (from PETRARCH2): applies when start <= date < end; open ends absent. */
export interface KbCode {
  code: string;
  start?: string;
  end?: string;
}

export interface KbEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Adjectives and nouns for the people of a country ("French", "Israeli"). */
  demonyms?: string[];
  /** CAMEO-style actor code (USA, ISRGOV, IGOUNO, PSEREB). */
  code?: string;
  /** Id of the country an entry belongs to (ISO 3166 alpha-3, or the PETRARCH2 country it is listed under). */
  country?: string;
  gender?: 'male' | 'female';
  roles: KbRole[];
  /** Dated actor codes in priority order (PETRARCH2 entries); see `codeAt`. */
  codes?: KbCode[];
  /** ISO 3166-1 alpha-2 code (countries). */
  iso2?: string;
  /** Id of the capital's own entry (countries). */
  capital?: string;
  /** UN status (countries): member, observer or other. */
  status?: 'member' | 'observer' | 'other';
  /** Where the facts come from. */
  source: string;
}

/** What the stages need from the knowledge base. */
export interface Kb {
  readonly size: number;
  get(id: string): KbEntry | undefined;
  /** Entries whose name, alias or demonym equals `name` (case-insensitive, folded punctuation; short acronyms only in capitals). */
  lookup(name: string): readonly KbEntry[];
  entries(): Iterable<KbEntry>;
  /** Entries that ever held `title` of `affiliation` (indexed; optional, `holders` falls back to a scan). */
  withRole?(title: string, affiliation: string): KbEntry[];
}
