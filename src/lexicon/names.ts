import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Lower-case given name → the gender it tells: f female, m male, x either or not known. */
type GivenNames = ReadonlyMap<string, 'f' | 'm' | 'x'>;

let shipped: GivenNames | undefined;

/** The shipped given names (data/lexicon/given-names.txt.gz, `name f` lines; see scripts/build-names.ts), read once. */
export function givenNames(): GivenNames {
  if (!shipped) {
    const map = new Map<string, 'f' | 'm' | 'x'>();
    const text = gunzipSync(readFileSync(new URL('../../data/lexicon/given-names.txt.gz', import.meta.url))).toString('utf8');
    for (const line of text.split('\n')) {
      const [name, gender] = line.split(' ');
      if (name && (gender === 'f' || gender === 'm' || gender === 'x')) map.set(name, gender);
    }
    shipped = map;
  }
  return shipped;
}

/** True when a lower-case word is a known given name ("william", "yolanda"). */
export const isGivenName = (word: string): boolean => givenNames().has(word);
