/**
 * Phrase gazetteers (places, persons, organisations) matched over lower-cased tokens, longest
 * match first. A match must start and end on a capitalised token, so "new" or "union" in running
 * text does not fire. Each token gets, per list, its position in the match: 0 none, 1 B, 2 I,
 * 3 L, 4 U.
 *
 * Stored as one map from phrase (tokens joined by single spaces) to a bit per list, plus the
 * longest phrase length per first word: cheap to build at load time (no trie of maps).
 */

export const GAZETTEER_KINDS = ['place', 'person', 'org', 'city'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/**
 * The phrase lists as shipped in the model file: lower-case tokens joined by single spaces.
 * `city`: towns and cities of the world (GeoNames); unlike `place`, not a reason for GPE.
 */
export type GazetteerLists = Record<Exclude<GazetteerKind, 'city'>, string[]> & { city?: string[] };

/** Given names and family names of multi-token person phrases (training-time word-list flags). */
export function personNameParts(lists: GazetteerLists): { first: Set<string>; last: Set<string> } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const phrase of lists.person) {
    const parts = phrase.split(' ');
    if (parts.length < 2) continue;
    if (parts[0]!.length > 1) first.add(parts[0]!);
    if (parts[parts.length - 1]!.length > 1) last.add(parts[parts.length - 1]!);
  }
  return { first, last };
}

export class Gazetteer {
  private readonly kinds = new Map<string, number>();
  private readonly longest = new Map<string, number>();
  /** Every phrase's first k tokens, for k below its length: a match can only grow through these. */
  private readonly starts = new Set<string>();
  /** Whole phrases of places, for the GPE decision at prediction time. */
  readonly places: Set<string>;

  constructor(readonly lists: GazetteerLists) {
    GAZETTEER_KINDS.forEach((kind, k) => {
      for (const phrase of lists[kind] ?? []) {
        this.kinds.set(phrase, (this.kinds.get(phrase) ?? 0) | (1 << k));
        const space = phrase.indexOf(' ');
        const head = space < 0 ? phrase : phrase.slice(0, space);
        let words = 1;
        for (let i = space; i >= 0; i = phrase.indexOf(' ', i + 1)) words++;
        if ((this.longest.get(head) ?? 0) < words) this.longest.set(head, words);
        for (let i = phrase.indexOf(' '); i >= 0; i = phrase.indexOf(' ', i + 1)) this.starts.add(phrase.slice(0, i));
      }
    });
    this.places = new Set(lists.place);
  }

  /** True when a lower-cased phrase is in any list ("a coruña"). */
  has(phrase: string): boolean {
    return this.kinds.has(phrase);
  }

  /**
   * Marks matches of every list in tokens [from, to): out[k][i] gets the position code for list k.
   * `capital[i]` says whether token i starts with an upper-case letter. Per list, matches do not
   * overlap: after a match the next one starts past its end.
   */
  match(lower: readonly string[], capital: Uint8Array, from: number, to: number, out: Uint8Array[]): void {
    const nextFree = new Int32Array(out.length).fill(from);
    const prefixes: string[] = [];
    for (let i = from; i < to; i++) {
      if (!capital[i]) continue;
      let max = Math.min(this.longest.get(lower[i]!) ?? 0, to - i);
      if (max === 0) continue;
      // A match ends on a capitalised token: longer prefixes than the last one in reach are never looked up.
      while (max > 1 && !capital[i + max - 1]) max--;
      prefixes.length = 0;
      let p = lower[i]!;
      prefixes.push(p);
      for (let len = 2; len <= max && this.starts.has(p); len++) prefixes.push((p = `${p} ${lower[i + len - 1]!}`));
      max = prefixes.length;
      let pending = 0;
      for (let k = 0; k < out.length; k++) if (nextFree[k]! <= i) pending |= 1 << k;
      for (let len = max; len >= 1 && pending; len--) {
        const end = i + len - 1;
        if (!capital[end]) continue;
        const bits = (this.kinds.get(prefixes[len - 1]!) ?? 0) & pending;
        if (!bits) continue;
        for (let k = 0; k < out.length; k++) {
          if (!(bits & (1 << k))) continue;
          const o = out[k]!;
          if (len === 1) o[i] = 4;
          else {
            o[i] = 1;
            for (let m = i + 1; m < end; m++) o[m] = 2;
            o[end] = 3;
          }
          nextFree[k] = end + 1;
        }
        pending &= ~bits;
      }
    }
  }
}
