import { DomainError } from '@channelgraph/common';

/** Where the counts are kept (MySQL in the service, shared by every instance; in memory in unit tests). */
export interface Counters {
  hit(key: string, windowMs: number): Promise<{ count: number; retryAfterSeconds: number }>;
  count(key: string, windowMs: number): Promise<{ count: number; retryAfterSeconds: number }>;
  reset(key: string, windowMs: number): Promise<void>;
}

/**
 * Limits on sign-in, per window: attempts per client address, and failures
 * per account *and* address. Failures are counted per pair so that a stranger
 * guessing from elsewhere cannot keep the owner of an account locked out:
 * from another address the owner still signs in.
 */
export class SignInLimiter {
  constructor(private readonly counters: Counters, private readonly options: { maxFailures: number; maxPerAddress: number; windowMs: number }) {}

  private failureKey = (account: string, address: string) => `sign-in-failures:${account}|${address}`;

  /** Throws when the address, or the account from this address, must wait, saying for how long. */
  async check(account: string, address: string): Promise<void> {
    const byAddress = await this.counters.hit(`sign-in-attempts:${address}`, this.options.windowMs);
    if (byAddress.count > this.options.maxPerAddress) refuse(byAddress.retryAfterSeconds);
    const byAccount = await this.counters.count(this.failureKey(account, address), this.options.windowMs);
    if (byAccount.count >= this.options.maxFailures) refuse(byAccount.retryAfterSeconds);
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await this.counters.hit(this.failureKey(account, address), this.options.windowMs);
  }

  async recordSuccess(account: string, address: string): Promise<void> {
    await this.counters.reset(this.failureKey(account, address), this.options.windowMs);
  }
}

function refuse(seconds: number): never {
  throw new DomainError('FORBIDDEN', `Too many sign-in attempts. Try again in ${seconds} seconds.`);
}
