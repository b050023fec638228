import type { AbuseCounters } from '@channelgraph/common/domain';
import { DomainError, waitInWords } from '@channelgraph/common/domain';

const DAY_MS = 24 * 3600 * 1000;

export interface SignInLimits {
  /** Failed attempts on one account from one address before that pair is locked out. */
  maxFailures: number;
  /** Attempts from one address, on any accounts, per window. */
  maxPerAddress: number;
  /** The window of both counts, and the first lock-out's length. */
  windowMs: number;
}

/**
 * Limits on sign-in (and on the password check of changePassword): attempts
 * per client address, and failures per account *and* address. Failures are
 * counted per pair so that a stranger guessing from elsewhere cannot keep the
 * owner of an account locked out: from another address the owner still signs
 * in. Each lock-out of a pair within a day lasts twice the one before (one
 * window, two, four…, at most a day), so a patient guesser gains little by
 * waiting; a successful sign-in from the pair forgets its history.
 */
export class SignInLimiter {
  constructor(
    private readonly counters: AbuseCounters,
    private readonly limits: SignInLimits,
  ) {}

  private pair = (account: string, address: string) => `${account}|${address}`;

  /** Throws when the address, or the account from this address, must wait, saying for how long. */
  async check(account: string, address: string): Promise<void> {
    const byAddress = await this.counters.hit(`sign-in-attempts:${address}`, this.limits.windowMs);
    if (byAddress.count > this.limits.maxPerAddress) refuse(byAddress.retryAfterSeconds);
    const locked = await this.counters.blockedFor(`sign-in-lock:${this.pair(account, address)}`);
    if (locked > 0) refuse(locked);
  }

  async recordFailure(account: string, address: string): Promise<void> {
    const pair = this.pair(account, address);
    const failures = await this.counters.hit(`sign-in-failures:${pair}`, this.limits.windowMs);
    if (failures.count < this.limits.maxFailures) return;
    const lockouts = await this.counters.hit(`sign-in-lockouts:${pair}`, DAY_MS);
    await this.counters.block(`sign-in-lock:${pair}`, Math.min(this.limits.windowMs * 2 ** (lockouts.count - 1), DAY_MS));
    await this.counters.reset(`sign-in-failures:${pair}`, this.limits.windowMs);
  }

  async recordSuccess(account: string, address: string): Promise<void> {
    const pair = this.pair(account, address);
    await this.counters.reset(`sign-in-failures:${pair}`, this.limits.windowMs);
    await this.counters.reset(`sign-in-lockouts:${pair}`, DAY_MS);
  }
}

function refuse(seconds: number): never {
  throw new DomainError('FORBIDDEN', `Too many sign-in attempts. Try again ${waitInWords(seconds)}.`);
}
