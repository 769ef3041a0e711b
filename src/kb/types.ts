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

export interface KbEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Adjectives and nouns for the people of a country ("French", "Israeli"). */
  demonyms?: string[];
  /** CAMEO-style actor code (USA, ISRGOV, IGOUNO, PSEREB). */
  code?: string;
  /** Country id (ISO 3166 alpha-3) an entry belongs to. */
  country?: string;
  gender?: 'male' | 'female';
  roles: KbRole[];
  /** Where the facts come from. */
  source: string;
}

/** What the stages need from the knowledge base. */
export interface Kb {
  readonly size: number;
  get(id: string): KbEntry | undefined;
  /** Entries whose name, alias or demonym equals `name` (case-insensitive, folded punctuation). */
  lookup(name: string): KbEntry[];
  entries(): Iterable<KbEntry>;
}
