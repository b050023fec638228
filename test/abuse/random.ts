/**
 * A small seeded generator (mulberry32), so that the corpus is the same on
 * every run and a failing request can be replayed from its number.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Derives an independent stream, e.g. one per target, so adding a target does not reshuffle the others. */
  static forName(seed: number, name: string): SeededRandom {
    let hash = seed >>> 0;
    for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 2654435761) >>> 0;
    return new SeededRandom(hash);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `count` distinct items (all of them if there are fewer), in a stable order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(this.int(pool.length), 1)[0]);
    return chosen;
  }

  /** A UUID v4 built from this stream: well-formed, and naming nothing in any database. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[this.int(4)];
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** A string shaped like a link token (32 bytes, base64url), that no link carries. */
  linkToken(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    return Array.from({ length: 43 }, () => alphabet[this.int(64)]).join('');
  }
}
