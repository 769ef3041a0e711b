/** Word lists of the claims stage, as named data. Tables indexed by words are maps: "constructor" is not a number. */

const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

/** Number words and their values ("dozen" multiplies: "three dozen" = 36). */
export const NUMBER_WORDS = table<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
});

/** Words after a number that multiply it. */
export const SCALES = table<number>({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3, dozen: 12,
});

/** Words before a number that make it approximate or bounded, longest first when matched. */
export const HEDGES: readonly string[] = [
  'at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'as many as', 'as much as', 'as few as',
  'an estimated', 'estimated', 'close to', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some',
  'over', 'under', 'just over', 'just under', 'upwards of', 'in excess of', 'no fewer than', 'no more than', 'no less than',
  'presumably', 'reportedly', 'possibly', 'perhaps', 'a maximum of', 'a minimum of', 'well over', 'well above', 'above',
  'below', 'nearly all', 'approx.', 'c.', 'circa', 'between',
];

/** Currency signs and words → ISO 4217 codes. */
export const CURRENCIES = table<string>({
  $: 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₪': 'ILS', '₽': 'RUB', '₩': 'KRW',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', inr: 'INR', ils: 'ILS', rub: 'RUB', cny: 'CNY', chf: 'CHF',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', rupee: 'INR',
  rupees: 'INR', shekel: 'ILS', shekels: 'ILS', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', yuan: 'CNY',
  renminbi: 'CNY', peso: 'MXN', pesos: 'MXN', franc: 'CHF', francs: 'CHF', naira: 'NGN', rand: 'ZAR', lira: 'TRY',
  won: 'KRW', real: 'BRL', reais: 'BRL', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED',
});

/** Words after a number that make it a time of day, not a quantity. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['a.m.', 'p.m.', 'am', 'pm', 'utc', 'gmt', 'est', 'edt', 'bst', 'cet', 'cest', 'pst', 'pdt', "o'clock", 'hrs', 'a.m', 'p.m']);

export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '),
);

/** Words before a number that make it a label ("No. 3846", "page 4", "Category 5"), not a quantity. */
export const LABEL_BEFORE: ReadonlySet<string> = new Set(['no.', 'no', 'number', 'page', 'pages', 'chapter', 'article', 'section', 'category', 'level', 'grade', 'route', 'flight', 'room', 'ward', 'gate', 'platform', 'vol.', 'episode', 'season', 'phase', 'stage', 'round', 'game', 'act', 'resolution', 'aged', 'age', 'ages']);

/** Words after a number that are not its unit. */
export const NOT_UNITS: ReadonlySet<string> = new Set([
  'and', 'or', 'of', 'to', 'in', 'on', 'at', 'the', 'a', 'an', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'that', 'which', 'who', 'will', 'would', 'could', 'may', 'might', 'can', 'be', 'been',
  'than', 'but', 'after', 'before', 'since', 'until', 'per', 'into', 'across', 'over', 'under', 'while', 'when', 'if',
  'also', 'more', 'less', 'other', 'others', 'each', 'out', 'up', 'down', 'off', 'so', 'not', 'were', 'did', 'do',
  'does', 'it', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'there', 'they', 'he', 'she', 'we', 'i', 'you',
  'among', 'including', 'between', 'during', 'about', 'around', 'against', 'through', 'via', 'then', 'later', 'ago',
  'earlier', 'respectively', 'apiece', 'each', 'all', 'both', 'only', 'just', 'still', 'aged', 'old', 'times',
]);

/** Fractions after a number: "two-thirds" = 2/3, "three quarters" = 3/4. */
export const FRACTIONS = table<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, tenth: 10, tenths: 10,
});

/** Adjectives between a number and its unit ("2741 confirmed cases"). */
export const UNIT_ADJECTIVES: ReadonlySet<string> = new Set([
  'confirmed', 'suspected', 'severe', 'new', 'additional', 'more', 'other', 'injured', 'dead', 'wounded', 'missing',
  'known', 'reported', 'registered', 'active', 'total', 'civilian', 'foreign', 'federal', 'local', 'young', 'old',
  'square', 'cubic', 'metric', 'armed', 'unarmed', 'innocent', 'separate', 'different', 'consecutive', 'straight',
]);

/** Unit words that are plurals of something else than "word minus s". */
const IRREGULAR = table<string>({
  people: 'person', children: 'child', women: 'woman', men: 'man', feet: 'foot', lives: 'life', mice: 'mouse',
  teeth: 'tooth', geese: 'goose', personnel: 'personnel', police: 'police', series: 'series', species: 'species',
  aircraft: 'aircraft', news: 'news', data: 'data', media: 'media', criteria: 'criterion',
});

export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}
