import type { Category, Target } from './categories';

/** One request of the corpus, as sent. */
export interface HostileRequest {
  /** Its number in the corpus: the same on every run, so a failure can be found and replayed. */
  serial: number;
  target: Target;
  category: Category;
  /** What it tries, in one line. */
  what: string;
  /** A JSON body (an operation, or an array of them). */
  body?: unknown;
  /** A request that is not a JSON POST: another method, content type or a body that is not JSON. */
  raw?: { method: 'GET' | 'POST'; contentType?: string; text?: string; search?: string };
  /** The Authorization header: absent means tenant A's valid token, null means none. */
  authorization?: string | null;
}

/** Numbers requests in the order they are generated. */
export class Serials {
  private last = 0;

  next(): number {
    this.last += 1;
    return this.last;
  }
}
