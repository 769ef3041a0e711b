/** The entries with a non-blank value, trimmed (for query strings). */
export function clean<T extends Record<string, string>>(f: T): Partial<T> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()])) as Partial<T>;
}
