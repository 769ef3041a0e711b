/**
 * Bounded concurrency for fetching many URLs at once, with optional per-host politeness: at most
 * `perKey` tasks per key (host) in flight, and at least `minIntervalMs` between starts on a key.
 * Results come back in input order; a failing item becomes an `{ ok: false }` value instead of
 * rejecting the batch.
 */

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface MapLimitOptions<T> {
  /** Groups items for politeness, e.g. `byHost`. Without it, only `limit` applies. */
  key?: (item: T) => string;
  /** Most tasks in flight per key. Default: unlimited (bounded by `limit`). */
  perKey?: number;
  /** Least time between two task starts with the same key, in ms. Default 0. */
  minIntervalMs?: number;
  /** Clock in epoch ms; injectable for tests. */
  now?: () => number;
}

/** Runs `fn` over `items`, at most `limit` at a time. Never rejects (unless `fn` is not a function). */
export function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R> | R,
  options: MapLimitOptions<T> = {},
): Promise<Settled<R>[]> {
  const maxActive = Math.max(1, Math.floor(limit));
  const perKey = Math.max(1, options.perKey ?? Number.POSITIVE_INFINITY);
  const minInterval = Math.max(0, options.minIntervalMs ?? 0);
  const now = options.now ?? Date.now;
  const keyOf = (item: T) => (options.key === undefined ? '' : safeKey(options.key, item));

  const results = new Array<Settled<R>>(items.length);
  const pending = items.map((item, index) => ({ item, index, key: keyOf(item) }));
  const activeByKey = new Map<string, number>();
  const lastStartByKey = new Map<string, number>();
  let active = 0;
  let finished = 0;
  let timer: NodeJS.Timeout | undefined;

  return new Promise((resolve) => {
    if (items.length === 0) {
      resolve(results);
      return;
    }
    const pump = (): void => {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      let earliestWait = Number.POSITIVE_INFINITY;
      for (let i = 0; i < pending.length && active < maxActive; ) {
        const task = pending[i];
        if (task === undefined) break;
        const busy = activeByKey.get(task.key) ?? 0;
        const last = lastStartByKey.get(task.key);
        const wait = last === undefined ? 0 : last + minInterval - now();
        if (busy >= perKey) {
          i++;
        } else if (wait > 0) {
          earliestWait = Math.min(earliestWait, wait);
          i++;
        } else {
          pending.splice(i, 1);
          start(task);
        }
      }
      if (active < maxActive && Number.isFinite(earliestWait)) timer = setTimeout(pump, earliestWait);
    };
    const start = (task: { item: T; index: number; key: string }): void => {
      active++;
      activeByKey.set(task.key, (activeByKey.get(task.key) ?? 0) + 1);
      lastStartByKey.set(task.key, now());
      void Promise.resolve()
        .then(() => fn(task.item, task.index))
        .then(
          (value) => {
            results[task.index] = { ok: true, value };
          },
          (error: unknown) => {
            results[task.index] = { ok: false, error };
          },
        )
        .finally(() => {
          active--;
          activeByKey.set(task.key, (activeByKey.get(task.key) ?? 1) - 1);
          finished++;
          if (finished === items.length) resolve(results);
          else pump();
        });
    };
    pump();
  });
}

/** Politeness key for a URL: its host (with port), or the raw string when it does not parse. */
export function byHost(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

function safeKey<T>(key: (item: T) => string, item: T): string {
  try {
    return key(item);
  } catch {
    return '';
  }
}
