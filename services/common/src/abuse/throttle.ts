import { DomainError } from '../domain-error';
import type { AbuseCounters } from './counters';

/** At most `max` per `windowSeconds`, per key (a tenant, a client address, an invitation). */
export interface ThrottleLimit {
  max: number;
  windowSeconds: number;
}

/** "in 40 seconds", "in about 12 minutes": how long a person waits, in words. */
export function waitInWords(seconds: number): string {
  if (seconds < 120) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  return `in about ${Math.ceil(seconds / 60)} minutes`;
}

/** "per hour", "per 15 minutes". */
function perWindow(seconds: number): string {
  if (seconds === 3600) return 'per hour';
  if (seconds === 60) return 'per minute';
  if (seconds % 3600 === 0) return `per ${seconds / 3600} hours`;
  if (seconds % 60 === 0) return `per ${seconds / 60} minutes`;
  return `per ${seconds} seconds`;
}

/**
 * A fixed-window limit on one action (DESIGN §8): each `take` counts one, and
 * past the limit the action is refused with FORBIDDEN and a sentence that says
 * what was limited and when to try again. Counted in the service's database,
 * so every instance holds the same limit and a restart does not reset it.
 */
export class Throttle {
  constructor(
    private readonly counters: AbuseCounters,
    /** Names the counter; keys of different throttles never meet. */
    private readonly action: string,
    private readonly limit: ThrottleLimit,
    /** What there were too many of, as the refusal says it: "invitations from your organisation". */
    private readonly what: string,
  ) {}

  async take(key: string): Promise<void> {
    const { count, retryAfterSeconds } = await this.counters.hit(`${this.action}:${key}`, this.limit.windowSeconds * 1000);
    if (count > this.limit.max) {
      throw new DomainError(
        'FORBIDDEN',
        `Too many ${this.what}: at most ${this.limit.max} ${perWindow(this.limit.windowSeconds)}. Try again ${waitInWords(retryAfterSeconds)}.`,
      );
    }
  }
}
