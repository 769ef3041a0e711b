import { SingleBar } from 'cli-progress';

/** A progress bar on stderr: articles done of the total, rate, skipped and failed. */
export class Progress {
  private readonly bar = new SingleBar({
    format: 'newsgraph {bar} {value}/{total} | {rate} articles/s | {skipped} skipped | {failed} errors',
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
  });
  private readonly t0 = performance.now();

  /** A total of 0 means unknown (feeds): the bar then grows with the count. */
  constructor(private readonly total: number) {
    this.bar.start(total, 0, { rate: '0', skipped: 0, failed: 0 });
  }

  tick(s: { done: number; skipped: number; failed: number }): void {
    const seconds = (performance.now() - this.t0) / 1000;
    const value = s.done + s.skipped + s.failed;
    if (this.total === 0) this.bar.setTotal(value + 1);
    this.bar.update(value, {
      rate: seconds > 0 ? (s.done / seconds).toFixed(1) : '0',
      skipped: s.skipped,
      failed: s.failed,
    });
  }

  /** Clears the bar's line so that an error line can be printed. */
  clear(): void {
    process.stderr.write('\r\x1b[K');
  }

  stop(): void {
    this.bar.stop();
  }
}
