/**
 * How many bulk emails (domain/lanes) may start now: a token bucket refilled at `perSecond`,
 * holding at most one second's worth, so bulk mail is paced, never bursty.
 */
export class BulkPace {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = perSecond;
    this.at = now();
  }

  available(): number {
    const now = this.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    return Math.floor(this.tokens);
  }

  take(count: number): void {
    this.tokens -= count;
  }
}
