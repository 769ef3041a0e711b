/**
 * Language guess from function words: the language whose most frequent words cover the largest
 * share of the text's words. Good enough to tell the languages below apart on a paragraph or more.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it with as was on be by at this are from have has not but his they which said',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au avec ce il elle sont par plus ont été',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es wird sie als bei nach',
  es: 'el la los las de y en que es un una por con no para del se al lo como más su sus ha fue este',
  it: 'il la di che e è un una per non in del della le con si da sono al dei gli ha anche più questo',
  pt: 'o a os as de e que em um uma do da dos das para com não no na por se mais foi são ao como',
  nl: 'de het een en van in is dat op te zijn met voor niet die aan er ook als bij door maar om werd',
  sv: 'och att det som en är av för på med till den inte har de ett om var men jag så från',
  pl: 'i w na z się że nie do to jest o jak po co przez od dla jego ale są być tak',
  tr: 've bir bu da de için ile olarak çok daha gibi olan en ama ne kadar sonra ya her',
  id: 'yang dan di dari ini itu untuk dengan tidak dalam akan pada juga ke ada oleh karena',
};

const MIN_WORDS = 20;
const MIN_SHARE = 0.12;
/** Characters read: a few paragraphs tell the language as well as the whole text. */
const SAMPLE = 5_000;

/** Each function word → the languages it belongs to. */
const LANGS = Object.keys(FUNCTION_WORDS);
const WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of FUNCTION_WORDS[lang]!.split(' ')) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), i]);
});

/** Scripts that name their language: [first code point, last, language]. */
const SCRIPTS: readonly [number, number, string][] = [
  [0x0600, 0x06ff, 'ar'], [0x0590, 0x05ff, 'he'], [0x0400, 0x04ff, 'ru'], [0x4e00, 0x9fff, 'zh'],
  [0x3040, 0x30ff, 'ja'], [0xac00, 0xd7af, 'ko'], [0x0370, 0x03ff, 'el'], [0x0900, 0x097f, 'hi'],
];

/** ISO 639-1 code of the text's language, or null when unsure. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const inScript = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x0370) continue;
    const k = SCRIPTS.findIndex(([from, to]) => c >= from && c <= to);
    if (k >= 0) inScript[k]!++;
  }
  const script = inScript.findIndex((n) => n > sample.length / 4);
  if (script >= 0) return SCRIPTS[script]![2];
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) for (const i of WORD_LANGS.get(w) ?? []) hits[i]!++;
  const best = hits.indexOf(Math.max(...hits));
  return hits[best]! / words.length >= MIN_SHARE ? LANGS[best]! : null;
}
