import { isShortAcronym, normalizeName } from './normalize.js';
import { decodeActor, petrarchToEntry, type PetrarchActorFile, type PetrarchFileKey, type PetrarchRow } from './petrarch.js';
import type { KbEntry } from './types.js';

/**
 * PETRARCH2 actors indexed by normalised name. Rows are turned into `KbEntry` objects only when a
 * lookup or `get` reaches them (most never are), which keeps loading fast.
 */
export class PetrarchIndex {
  private readonly rows: PetrarchRow[] = [];
  private readonly files: PetrarchFileKey[] = [];
  private readonly decoded: Array<KbEntry | undefined> = [];
  /** Row number, or row numbers when several actors share a name (most names have one). */
  private readonly byName = new Map<string, number | number[]>();
  private readonly byId = new Map<string, number>();
  /** "key\u0000row" for rows filed under a key only by a short acronym. */
  private readonly acronymOnly = new Set<string>();
  /** Place rows split off a country's aliases → the country's row. */
  private readonly placeOf = new Map<number, number>();

  constructor(data: PetrarchActorFile) {
    for (const file of Object.keys(data.files) as PetrarchFileKey[]) {
      for (const row of data.files[file]) this.add(row, file);
    }
  }

  get size(): number {
    return this.rows.length;
  }

  private add(row: PetrarchRow, file: PetrarchFileKey): void {
    const n = this.rows.length;
    this.rows.push(row);
    this.files.push(file);
    this.decoded.push(undefined);
    this.byId.set(row[0], n);
    this.index(n, row[2]);
    // A country's list also holds its cities and landmarks ("Fresno", "Lake Nasser"): each is a
    // place of its own, coded as the country (for events), not another name of the country.
    const places = file === 'countries' && row[1] === 'G' ? row[3].filter((alias) => !nameOfCountry(row[2], alias)) : [];
    if (places.length) this.rows[n] = [row[0], row[1], row[2], row[3].filter((alias) => !places.includes(alias)), row[4]];
    for (const alias of this.rows[n]![3]) this.index(n, alias);
    for (const place of places) this.addPlace(n, place);
  }

  private addPlace(country: number, name: string): void {
    const n = this.rows.length;
    const row = this.rows[country]!;
    const id = `${row[0]}/${slug(name)}`;
    if (this.byId.has(id)) return;
    this.rows.push([id, 'G', name, [], row[4]]);
    this.files.push('countries');
    this.decoded.push(undefined);
    this.placeOf.set(n, country);
    this.byId.set(id, n);
    this.index(n, name);
  }

  private index(n: number, name: string): void {
    const key = normalizeName(name);
    if (!key) return;
    const found = this.byName.get(key);
    const fresh = found === undefined || (typeof found === 'number' ? found !== n : !found.includes(n));
    if (found === undefined) this.byName.set(key, n);
    else if (typeof found === 'number') {
      if (found !== n) this.byName.set(key, [found, n]);
    } else if (fresh) found.push(n);
    // Filed under this key only by a short acronym: found only when the text is in capitals.
    const only = `${key}\u0000${n}`;
    if (!isShortAcronym(name)) this.acronymOnly.delete(only);
    else if (fresh) this.acronymOnly.add(only);
  }

  private entry(n: number): KbEntry {
    let entry = this.decoded[n];
    if (!entry) {
      entry = petrarchToEntry(decodeActor(this.rows[n]!, this.files[n]!));
      const country = this.placeOf.get(n);
      if (country !== undefined) {
        entry.country = this.rows[country]![0];
        entry.source = `${entry.source}, listed under ${this.rows[country]![2]}`;
      }
      this.decoded[n] = entry;
    }
    return entry;
  }

  get(id: string): KbEntry | undefined {
    const n = this.byId.get(id);
    return n === undefined ? undefined : this.entry(n);
  }

  /** Entries filed under an already normalised key; with `lowerCase` text, not those filed only by a short acronym. */
  lookupKey(key: string, lowerCase = false): KbEntry[] {
    const found = this.byName.get(key);
    if (found === undefined) return [];
    const ns = typeof found === 'number' ? [found] : found;
    return ns.filter((n) => !lowerCase || !this.acronymOnly.has(`${key}\u0000${n}`)).map((n) => this.entry(n));
  }

  *entries(): Iterable<KbEntry> {
    for (let n = 0; n < this.rows.length; n++) yield this.entry(n);
  }
}

/**
 * True when an alias in a country's PETRARCH list is a name of the country: an abbreviation
 * ("U.S.", "EE. UU."), or a word that begins like a word of its name ("American", "Egypte",
 * "States of America"). Cities and landmarks ("Fresno", "Nile") are not; nor are names in other
 * languages ("Meiguo"), which then stand as places coded as the country.
 */
export function nameOfCountry(name: string, alias: string): boolean {
  const bare = alias.replace(/^the\s+/i, '');
  const first = bare.split(/\s+/)[0]!;
  if (/^[A-Z][A-Z.,]*$/.test(first) && first.replace(/[.,]/g, '').length <= 4) return true;
  const stems = name.toLowerCase().split(/[\s-]+/).filter((w) => w.length >= 4).map((w) => w.slice(0, 4));
  return bare.toLowerCase().split(/[\s()-]+/).some((w) => stems.some((stem) => w.startsWith(stem)));
}

/** True for a place split off a country's PETRARCH2 list ("petr:egypt/lake-nasser"): its name was only an alias there. */
export const isListedPlace = (entry: KbEntry): boolean => entry.id.startsWith('petr:') && entry.id.includes('/');

const slug = (name: string): string => normalizeName(name).replace(/\s+/g, '-');
