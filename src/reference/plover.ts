import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PloverCategory } from '../model/doc.js';

/** The repository's data/reference (this file sits at src/reference/ or dist/reference/). */
const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

export interface PloverCoding {
  event: PloverCategory;
  mode: string | null;
  contexts: string[];
}

/** CAMEO appeals (02x) have no PLOVER category in the 2021 table; PLOVER codes appeals as REQUEST. */
const APPEAL: PloverCoding = { event: 'REQUEST', mode: null, contexts: [] };

/** Parses CAMEO2PLOVER-2021.txt: `code: CATEGORY, mode, context # label`. */
export function parseCameoToPlover(text: string): Map<string, PloverCoding> {
  const table = new Map<string, PloverCoding>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([^#]*)/.exec(line.trim());
    if (!m) continue;
    const [category, mode, context] = m[2]!.split(',').map((s) => s.trim());
    if (!category || !/^[A-Z]+$/.test(category)) continue;
    table.set(m[1]!, {
      event: category as PloverCategory,
      mode: mode || null,
      contexts: context ? context.split(/\s+/).filter(Boolean) : [],
    });
  }
  return table;
}

/** The CAMEO → PLOVER table, read once per call site that needs it. */
export function loadCameoToPlover(): Map<string, PloverCoding> {
  return parseCameoToPlover(readFileSync(`${REFERENCE_DIR}plover/CAMEO2PLOVER-2021.txt`, 'utf8'));
}

/** The PLOVER coding of a CAMEO code: the code itself, else its nearest listed parent. */
export function ploverOf(table: ReadonlyMap<string, PloverCoding>, cameo: string): PloverCoding | undefined {
  if (cameo.startsWith('02')) return APPEAL;
  for (let n = cameo.length; n >= 2; n--) {
    const hit = table.get(cameo.slice(0, n));
    if (hit) return hit;
  }
  return undefined;
}
