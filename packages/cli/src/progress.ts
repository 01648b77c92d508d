import { visibleLine } from '@corroborate/core/node';

/** The progress bar of `corroborate batch`, on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  total: number | undefined;
  done = 0;
  failed = 0;

  constructor(private readonly enabled: boolean) {}

  set(done: number, failed: number, total: number | undefined): void {
    this.done = done;
    this.failed = failed;
    this.total = total;
    this.update();
  }

  update(force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = `${(this.done / seconds).toFixed(1)} stories/s`;
    const errors = this.failed > 0 ? ` · ${this.failed} not checked` : '';
    let line: string;
    if (this.total !== undefined && this.total > 0) {
      const width = 24;
      const filled = Math.round((this.done / this.total) * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} stories${errors} · ${rate}`;
    } else {
      line = `${this.done} stories${errors} · ${rate}`;
    }
    process.stderr.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** A message on one line of its own (line breaks in it shown, not obeyed), with the bar redrawn under it. */
  log(message: string): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`${visibleLine(message)}\n`);
    if (this.drawn) this.update(true);
  }

  clear(): void {
    if (this.drawn) process.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }
}
