import type { DocJson } from '../model/json.js';
import type { PutItem, PutResult, Store } from './store.js';

/** Articles written per transaction: SQLite pays per commit (pages written to the journal), not per row. */
export const WRITE_BATCH = 32;
/**
 * Longest an analysed article waits for its batch to fill, in milliseconds, when articles trickle
 * in (feeds, URLs); callers flush as soon as they have nothing else to do.
 */
const MAX_WAIT_MS = 1000;

interface Waiting {
  item: PutItem;
  resolve: (result: PutResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Stores analysed articles in batches: `add` resolves once its article is written. A batch is
 * written when WRITE_BATCH articles wait, the oldest has waited MAX_WAIT_MS, or on `flush`. Articles not yet
 * written when the process dies were never marked as read (their source keys go in the same
 * transaction), so the next run analyses them again: nothing already stored is lost.
 */
export class BatchWriter {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: Store) {}

  add(doc: DocJson, sourceKey: string | undefined): Promise<PutResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item: { doc, sourceKey }, resolve, reject });
      if (this.waiting.length >= WRITE_BATCH) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), MAX_WAIT_MS);
    });
  }

  /** Writes what waits now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    if (batch.length === 0) return;
    try {
      const results = await this.store.putMany(batch.map((w) => w.item));
      batch.forEach((w, k) => w.resolve(results[k]!));
    } catch {
      // the batch was rolled back: one article at a time, so only one that cannot be stored fails
      for (const w of batch) await this.store.put(w.item.doc, w.item.sourceKey).then(w.resolve, w.reject);
    }
  }
}
