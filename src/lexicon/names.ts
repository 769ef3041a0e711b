import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

let shipped: ReadonlySet<string> | undefined;

/**
 * True when a lower-case word is a known given name ("william", "yolanda"): the shipped list
 * (data/lexicon/given-names.txt.gz, one name a line; see scripts/build-names.ts), read once.
 */
export function isGivenName(word: string): boolean {
  shipped ??= new Set(gunzipSync(readFileSync(new URL('../../data/lexicon/given-names.txt.gz', import.meta.url))).toString('utf8').split('\n').filter(Boolean));
  return shipped.has(word);
}

/** A nickname in quotation marks, as regular-expression source: an opening mark and up to 19 letters, spaces, points, hyphens ("“Tess", "'El Tano"). */
export const NICKNAME_OPEN = String.raw`["“‘'][\p{L}][\p{L} .'-]{0,18}`;
/** The same with its closing mark ('"Atoy"', "‘Tank’"). */
export const NICKNAME = String.raw`${NICKNAME_OPEN}["”’']`;

/** A written short form of Mohammad that opens a name ("Md", "Md.", "Mohd"), as regular-expression source. */
export const MOHAMMAD_SHORT_FORMS = String.raw`(?:Md|Mohd|Muhd)\.?`;
/** One word that is such a short form. */
export const MOHAMMAD_SHORT = new RegExp(`^${MOHAMMAD_SHORT_FORMS}$`);

/** Kyrgyz and Turkic words for "son of" and "daughter of" written after a father's name ("Toktogul uulu", "Nurbek kyzy"), as regular-expression source. */
export const PATRONYMIC_WORDS = '(?:uulu|kyzy|qizi|qızı|oglu|oğlu|ogly|kizi)';
