import type { Store } from './store.js';
import { openSqlite } from './sqlite/index.js';

export * from './store.js';

/** Opens the store a --db value names. */
export function openStore(location: string): Store {
  return openSqlite(location);
}
