/** Number words and their values. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3, mn: 1e6,
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, dozens: 12, dozen: 12,
};

/** Words before a number that make it approximate or bounded ("nearly 100,000", "at least 30"). */
export const HEDGES = [
  'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'at least', 'at most', 'more than',
  'over', 'up to', 'as many as', 'as much as', 'fewer than', 'less than', 'an estimated', 'estimated', 'close to',
  'under', 'just over', 'just under', 'upwards of', 'in excess of', 'no fewer than', 'no more than', 'around',
];

export const CURRENCIES: Record<string, string> = {
  $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₪': 'ILS',
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', rupees: 'INR', shekels: 'ILS',
};

/** Unit words that are plurals of something else than "word minus s". */
const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', women: 'woman', men: 'man', feet: 'foot', lives: 'life' };

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:ches|shes|xes|ses)$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}
