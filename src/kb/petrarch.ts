import type { EntityType } from '../model/doc.js';
import type { KbCode, KbEntry } from './types.js';

/** Which PETRARCH2 actor dictionary an actor comes from. */
export type PetrarchFileKey = 'countries' | 'international' | 'milnonstate';

export const PETRARCH_FILE_NAMES: Readonly<Record<PetrarchFileKey, string>> = {
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  milnonstate: 'Phoenix.MilNonState.actors.txt',
};

/**
 * One actor record as stored in data/kb/petrarch-actors.json. `codes` keep PETRARCH's file order
 * (the first that holds on a date applies); `code` is the main one (see `mainCode`).
 */
export interface PetrarchActor {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  code?: string;
  codes: KbCode[];
  file: PetrarchFileKey;
}

/** A dated code as stored: [code], [code, start] or [code, start, end]; "" = open start. */
export type StoredCode = [string] | [string, string] | [string, string, string];

/** One actor as stored, kept as a tuple so the file stays small and fast to parse. */
export type PetrarchRow = [id: string, type: 'P' | 'O' | 'G', name: string, aliases: string[], codes: StoredCode[]];

/** data/kb/petrarch-actors.json: rows grouped by source dictionary. */
export interface PetrarchActorFile {
  source: string;
  format: string;
  files: Record<PetrarchFileKey, PetrarchRow[]>;
}

const TYPE_LETTER: Readonly<Record<string, 'P' | 'O' | 'G'>> = { PERSON: 'P', ORG: 'O', GPE: 'G' };
const LETTER_TYPE: Readonly<Record<'P' | 'O' | 'G', EntityType>> = { P: 'PERSON', O: 'ORG', G: 'GPE' };

export function encodeActor(actor: PetrarchActor): PetrarchRow {
  const codes = actor.codes.map((c): StoredCode => (c.end ? [c.code, c.start ?? '', c.end] : c.start ? [c.code, c.start] : [c.code]));
  return [actor.id, TYPE_LETTER[actor.type] ?? 'O', actor.name, actor.aliases, codes];
}

export function decodeActor(row: PetrarchRow, file: PetrarchFileKey): PetrarchActor {
  // Index access, not destructuring: this runs ~27,000 times per load.
  const stored = row[4];
  const codes: KbCode[] = new Array<KbCode>(stored.length);
  for (let i = 0; i < stored.length; i++) {
    const s = stored[i]!;
    const c: KbCode = { code: s[0] };
    if (s.length > 1 && s[1]) c.start = s[1];
    if (s.length > 2 && s[2]) c.end = s[2];
    codes[i] = c;
  }
  const actor: PetrarchActor = { id: row[0], type: LETTER_TYPE[row[1]], name: row[2], aliases: row[3], codes, file };
  const main = mainCode(codes);
  if (main) actor.code = main;
  return actor;
}

/** The entry's main code: the first undated one, else the one that starts latest. */
export function mainCode(codes: KbCode[]): string | undefined {
  let best: KbCode | undefined;
  for (const c of codes) {
    if (!c.start && !c.end) return c.code;
    if (!best || (c.start ?? '') > (best.start ?? '')) best = c;
  }
  return best?.code;
}

const SOURCES: Readonly<Record<PetrarchFileKey, string>> = {
  countries: `PETRARCH2 ${PETRARCH_FILE_NAMES.countries} (MIT)`,
  international: `PETRARCH2 ${PETRARCH_FILE_NAMES.international} (MIT)`,
  milnonstate: `PETRARCH2 ${PETRARCH_FILE_NAMES.milnonstate} (MIT)`,
};

/** A stored actor as a KB entry (no roles: PETRARCH dates live on `codes`). */
export function petrarchToEntry(actor: PetrarchActor): KbEntry {
  const entry: KbEntry = {
    id: actor.id,
    name: actor.name,
    type: actor.type,
    aliases: actor.aliases,
    roles: [],
    codes: actor.codes,
    source: SOURCES[actor.file],
  };
  if (actor.code) entry.code = actor.code;
  return entry;
}
