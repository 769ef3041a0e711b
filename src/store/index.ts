import type { Store } from './store.js';
import { isPostgresLocation, openPostgres } from './postgres/index.js';
import { openSqlite } from './sqlite/index.js';

export * from './store.js';
export { BatchWriter, WRITE_BATCH } from './writer.js';

/** Opens the store a --db value names: a postgres:// or postgresql:// URL, or else a SQLite file. */
export function openStore(location: string): Store {
  return isPostgresLocation(location) ? openPostgres(location) : openSqlite(location);
}
