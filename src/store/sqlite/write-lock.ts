/**
 * A write lock shared by the threads of one process (`ingest --workers`). SQLite lets one writer in
 * at a time and makes the others sleep and retry in steps of milliseconds; threads that wait on
 * this lock instead wake the moment the writer before them commits, and wait without blocking:
 * a thread goes on analysing while its batch waits for the lock.
 */
export class WriteLock {
  private readonly cell: Int32Array;

  /** A new lock, or the one another thread made (its `buffer`, passed in workerData). */
  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.cell = new Int32Array(buffer);
  }

  get buffer(): SharedArrayBuffer {
    return this.cell.buffer as SharedArrayBuffer;
  }

  /** Runs `fn` holding the lock, once the lock is free. */
  async hold<T>(fn: () => T): Promise<T> {
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) {
      const waiting = Atomics.waitAsync(this.cell, 0, 1, 1000);
      if (waiting.async) await waiting.value;
    }
    try {
      return fn();
    } finally {
      Atomics.store(this.cell, 0, 0);
      Atomics.notify(this.cell, 0, 1);
    }
  }
}
