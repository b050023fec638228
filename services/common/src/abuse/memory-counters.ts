import { AbuseCounters, windowAt, WindowCount } from './counters';

/**
 * Counters in one process's memory, on a clock the caller controls: for unit
 * tests of a limit's policy. Never for a service: its instances would not share them.
 */
export class MemoryAbuseCounters implements AbuseCounters {
  private readonly hits = new Map<string, number>();
  private readonly blocks = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  private at = (key: string, windowMs: number) => `${key}@${windowAt(this.now(), windowMs).index}`;

  private retryAfter = (windowMs: number) => windowAt(this.now(), windowMs).retryAfterSeconds;

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const slot = this.at(key, windowMs);
    this.hits.set(slot, (this.hits.get(slot) ?? 0) + 1);
    return { count: this.hits.get(slot)!, retryAfterSeconds: this.retryAfter(windowMs) };
  }

  async count(key: string, windowMs: number): Promise<WindowCount> {
    return { count: this.hits.get(this.at(key, windowMs)) ?? 0, retryAfterSeconds: this.retryAfter(windowMs) };
  }

  async reset(key: string, windowMs: number): Promise<void> {
    this.hits.delete(this.at(key, windowMs));
  }

  async block(key: string, ms: number): Promise<void> {
    this.blocks.set(key, Math.max(this.blocks.get(key) ?? 0, this.now() + ms));
  }

  async blockedFor(key: string): Promise<number> {
    const left = (this.blocks.get(key) ?? 0) - this.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }
}
