import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isShortAcronym, normalizeName, readsAsWord } from './normalize.js';
import type { PetrarchActorFile } from './petrarch.js';
import { PetrarchIndex } from './petrarch-index.js';
import { roleKey } from './roles.js';
import type { Kb, KbEntry } from './types.js';

/** The repository's data/kb: this file sits at src/kb/load.ts or dist/kb/load.js. */
export const DEFAULT_KB_DIR: string = fileURLToPath(new URL('../../data/kb/', import.meta.url));

/** Curated files, in lookup priority order. */
export const CURATED_FILES: readonly string[] = ['countries.json', 'places.json', 'organizations.json', 'people.json', 'groups.json'];
export const PETRARCH_FILE = 'petrarch-actors.json';

/** Shape of a curated data file. */
export interface KbDataFile {
  description?: string;
  entries: KbEntry[];
}

export interface LoadKbOptions {
  /** Merge data/kb/petrarch-actors.json when present (default true). */
  petrarch?: boolean;
}

/** Most lookups remembered at once (a few MB); then the memory starts again. */
const MAX_REMEMBERED = 50_000;

/** Curated entries in Maps, then PETRARCH2 actors behind them. */
class MapKb implements Kb {
  private readonly byId = new Map<string, KbEntry>();
  private readonly byName = new Map<string, KbEntry[]>();
  /** Entries filed under a key only by a short acronym ("LA" for Los Angeles). */
  private readonly acronymOnly = new Map<string, KbEntry[]>();
  private readonly byRole = new Map<string, KbEntry[]>();
  /** Answers of `lookup` by the text looked up: the same names come back in article after article. */
  private readonly found = new Map<string, readonly KbEntry[]>();

  constructor(private readonly petrarch?: PetrarchIndex) {}

  get size(): number {
    return this.byId.size + (this.petrarch?.size ?? 0);
  }

  add(entry: KbEntry): void {
    this.found.clear();
    if (this.byId.has(entry.id) || entry.id.startsWith('petr:')) throw new Error(`knowledge base: duplicate or reserved id ${entry.id}`);
    this.byId.set(entry.id, entry);
    this.index(entry, entry.name);
    for (const alias of entry.aliases) this.index(entry, alias);
    if (entry.demonyms) for (const demonym of entry.demonyms) this.index(entry, demonym);
    for (const role of entry.roles) {
      const list = this.byRole.get(roleKey(role.title, role.affiliation));
      if (list?.at(-1) === entry) continue;
      if (list) list.push(entry);
      else this.byRole.set(roleKey(role.title, role.affiliation), [entry]);
    }
  }

  /** File `entry` under the normalised `name`, once. */
  private index(entry: KbEntry, name: string): void {
    const key = normalizeName(name);
    if (!key) return;
    const list = this.byName.get(key);
    const fresh = !list?.includes(entry);
    if (!list) this.byName.set(key, [entry]);
    else if (fresh) list.push(entry);
    // Filed under this key only by a short acronym: found only when the text is in capitals.
    if (isShortAcronym(name)) {
      if (fresh) this.acronymOnly.set(key, [...(this.acronymOnly.get(key) ?? []), entry]);
    } else {
      const only = this.acronymOnly.get(key);
      if (only?.includes(entry)) this.acronymOnly.set(key, only.filter((e) => e !== entry));
    }
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id) ?? this.petrarch?.get(id);
  }

  lookup(name: string): readonly KbEntry[] {
    let hit = this.found.get(name);
    if (!hit) {
      if (this.found.size >= MAX_REMEMBERED) this.found.clear();
      this.found.set(name, (hit = this.find(name)));
    }
    return hit;
  }

  private find(name: string): KbEntry[] {
    const key = normalizeName(name);
    const lower = readsAsWord(name);
    const only = lower ? this.acronymOnly.get(key) : undefined;
    const curated = (this.byName.get(key) ?? []).filter((e) => !only?.includes(e));
    if (!this.petrarch) return curated;
    const extra = this.petrarch.lookupKey(key, lower);
    return extra.length === 0 ? curated : curated.concat(extra);
  }

  *entries(): Iterable<KbEntry> {
    yield* this.byId.values();
    if (this.petrarch) yield* this.petrarch.entries();
  }

  withRole(title: string, affiliation: string): KbEntry[] {
    return this.byRole.get(roleKey(title, affiliation)) ?? [];
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`knowledge base: cannot read ${path}`, { cause });
  }
}

/**
 * Load the knowledge base from `dir` (default: the repository's data/kb). Curated files are added
 * first, so `lookup` lists curated entries before PETRARCH2 ones for the same name.
 */
export function loadKb(dir: string = DEFAULT_KB_DIR, options: LoadKbOptions = {}): Kb {
  const petrarchPath = join(dir, PETRARCH_FILE);
  const usePetrarch = options.petrarch !== false && existsSync(petrarchPath);
  const kb = new MapKb(usePetrarch ? new PetrarchIndex(readJson(petrarchPath) as PetrarchActorFile) : undefined);
  for (const file of CURATED_FILES) {
    const data = readJson(join(dir, file)) as KbDataFile;
    for (const entry of data.entries) kb.add(entry);
  }
  return kb;
}
