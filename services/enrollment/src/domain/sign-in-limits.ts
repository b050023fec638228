import { DomainError } from '@channelgraph/common';

/**
 * Sliding-window limits on sign-in: failures per account, attempts per client
 * address. Kept in memory (per enrollment process): enough to slow guessing
 * down; a fleet would keep the counters in a shared store.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly attempts = new Map<string, number[]>();
  private checksSinceSweep = 0;

  constructor(private readonly options: { maxFailures: number; maxPerAddress: number; windowMs: number }, private readonly now: () => number = Date.now) {}

  /** Throws when the account or the address must wait, saying for how long. */
  check(account: string, address: string): void {
    if (++this.checksSinceSweep >= 1000) this.sweep();
    this.hit(this.attempts, address);
    const byAddress = this.recent(this.attempts, address);
    if (byAddress.length > this.options.maxPerAddress) this.refuse(byAddress[0]);
    const byAccount = this.recent(this.failures, account);
    if (byAccount.length >= this.options.maxFailures) this.refuse(byAccount[0]);
  }

  recordFailure(account: string): void {
    this.hit(this.failures, account);
  }

  recordSuccess(account: string): void {
    this.failures.delete(account);
  }

  /** Forgets keys whose window has passed, so addresses seen once do not accumulate. */
  private sweep(): void {
    this.checksSinceSweep = 0;
    for (const map of [this.failures, this.attempts]) for (const key of [...map.keys()]) this.recent(map, key);
  }

  private hit(map: Map<string, number[]>, key: string): void {
    map.set(key, [...this.recent(map, key), this.now()]);
  }

  private recent(map: Map<string, number[]>, key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (map.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) map.delete(key);
    else map.set(key, times);
    return times;
  }

  private refuse(oldest: number): never {
    const seconds = Math.max(1, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
    throw new DomainError('FORBIDDEN', `Too many sign-in attempts. Try again in ${seconds} seconds.`);
  }
}
