/**
 * A body's name spelled out before the acronym it defines in brackets, in any language the
 * acronym's letters follow: "Direction générale de l’aviation civile (DGAC)", "Ente Nazionale per
 * l'Aviazione Civile (ENAC)", "Agence française de lutte contre le dopage (AFLD)".
 */

/** Small words an acronym leaves out (English, French, Italian, Spanish, Portuguese, German, Dutch). */
const SKIPPED = new Set([
  'of', 'the', 'and', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'contre', 'pour', 'sur', 'en', 'à', 'au', 'aux',
  'per', 'di', 'del', 'della', 'dei', 'delle', 'e', 'y', 'el', 'los', 'las', 'da', 'do', 'dos', 'das', 'und', 'für', 'der', 'die',
  'van', 'voor', 'het',
]);
/** English small words: a name with only these is one the model and the capitals already read ("Member of parliament" is no body). */
const ENGLISH = new Set(['of', 'the', 'and', 'for', 'on']);

/**
 * True when a name is written in another language's way: a small word of its own or an elided
 * article ("de", "per", "l’"), or lower-case words with letters English does not write
 * ("Slezská důlní společnost").
 */
export function foreignName(name: string): boolean {
  return FOREIGN.test(name) || (/\s\p{Ll}/u.test(name) && /[^\x00-\x7F]/.test(name));
}
const FOREIGN = new RegExp(String.raw`(?:^|\s)(?:[ldLD]['’]\p{L}|(?:${[...SKIPPED].filter((w) => !ENGLISH.has(w)).join('|')})\s)`, 'u');

/** Most words looked back over. */
const MAX_WORDS = 12;

/**
 * The offset where the long form of `acronym` starts, when the words ending at `end` spell it;
 * undefined otherwise. (The quotes stage's `spelledStart` reads English capitals only.)
 */
export function longFormStart(text: string, end: number, acronym: string): number | undefined {
  // The last word must give the acronym's last letter ("civile (DGAC)"); most brackets stop here.
  let w = end - 1;
  while (w > 0 && /\p{L}/u.test(text[w - 1]!)) w--;
  if (!sameLetter(text[w], acronym[acronym.length - 1]!)) return undefined;
  const before = text.slice(Math.max(0, end - 160), end);
  const words = [...before.matchAll(/[\p{L}'’-]+/gu)].slice(-MAX_WORDS);
  let letter = acronym.length - 1;
  for (let k = words.length - 1; k >= 0 && letter >= 0; k--) {
    const m = words[k]!;
    // Only spaces between words ("l’aviation civile"), nothing else.
    const next = words[k + 1];
    if (next && !/^ +$/.test(before.slice(m.index! + m[0].length, next.index))) return undefined;
    // "l’aviation", "d'Italia": an elided article before the word.
    const word = m[0].replace(/^[ldLD]['’]/, '');
    if (sameLetter(word[0], acronym[letter]!) && !(SKIPPED.has(word.toLowerCase()) && letter > 0 && word[0] !== acronym[letter])) {
      letter--;
      if (letter < 0) return /^\p{Lu}/u.test(m[0]) && foreignName(words.slice(k).map((w) => w[0]).join(' ')) ? end - before.length + m.index! : undefined;
      continue;
    }
    if (!SKIPPED.has(word.toLowerCase())) return undefined;
  }
  return undefined;
}

/** The acronym a name spelled in any language goes by: the first letters of its words, small words left out ("DGAC"). */
export function spelledInitials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/^[ldLD]['’]/, ''))
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()))
    .map((w) => bare(w[0]!).toUpperCase())
    .join('');
}

/** A letter without its accents ("É" → "E"). */
const bare = (letter: string) => letter.normalize('NFD')[0]!;

/** True when two letters are the same but for case and accents ("é" in "égreneurs" gives the "E" of "GEPB"). */
function sameLetter(a: string | undefined, b: string): boolean {
  return a !== undefined && bare(a).toLowerCase() === bare(b).toLowerCase();
}
