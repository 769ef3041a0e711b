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

const tables = Object.entries(FUNCTION_WORDS).map(([lang, list]) => [lang, new Set(list.split(' '))] as const);

/** ISO 639-1 code of the text's language, or null when unsure. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const scripts: [RegExp, string][] = [
    [/[\u0600-\u06ff]/g, 'ar'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0400-\u04ff]/g, 'ru'], [/[\u4e00-\u9fff]/g, 'zh'],
    [/[\u3040-\u30ff]/g, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u0370-\u03ff]/g, 'el'], [/[\u0900-\u097f]/g, 'hi'],
  ];
  for (const [re, lang] of scripts) if ((sample.match(re)?.length ?? 0) > sample.length / 4) return lang;
  let best: string | null = null;
  let bestShare = 0;
  for (const [lang, set] of tables) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const share = hits / words.length;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  return bestShare >= MIN_SHARE ? best : null;
}
