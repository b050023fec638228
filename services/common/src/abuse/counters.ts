import { createHash } from 'node:crypto';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { TABLE_OPTIONS } from '../store/event-tables';

/** One fixed window of a counter: how many hits, and how long until the window ends. */
export interface WindowCount {
  count: number;
  retryAfterSeconds: number;
}

/** Counters of abuse limits (sign-in, password changes, sign-ups, invitations), per key and fixed window. */
export interface AbuseCounters {
  /** Counts one hit on `key` in its current window and returns the new count. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  count(key: string, windowMs: number): Promise<WindowCount>;
  reset(key: string, windowMs: number): Promise<void>;
  /** Keeps `key` blocked for `ms` from now; a longer block already in place stays. */
  block(key: string, ms: number): Promise<void>;
  /** Seconds left on `key`'s block, 0 when it is not blocked. */
  blockedFor(key: string): Promise<number>;
}

/** Blocks are rows of their own, in a window index no count uses. */
const BLOCK_WINDOW = -1;

/** The fixed window `now` falls in: its index, and the seconds until it ends (at least 1, for a refusal to say). */
export function windowAt(now: number, windowMs: number): { index: number; retryAfterSeconds: number } {
  const index = Math.floor(now / windowMs);
  return { index, retryAfterSeconds: Math.max(1, Math.ceil(((index + 1) * windowMs - now) / 1000)) };
}

/** Keys are hashed: the table never holds an address or an email in clear. */
const bucketOf = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Counters in the service's MySQL database, so every instance of the service
 * counts against the same limit (DESIGN §8). One row per key and window,
 * incremented atomically with INSERT … ON DUPLICATE KEY UPDATE (MySQL 8 and
 * MariaDB alike); rows of windows long past are deleted now and then.
 */
export class MysqlAbuseCounters implements AbuseCounters {
  private hitsSincePrune = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => number = Date.now,
  ) {}

  private window(windowMs: number): { index: number; retryAfterSeconds: number } {
    return windowAt(this.now(), windowMs);
  }

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const { index, retryAfterSeconds } = this.window(windowMs);
    const bucket = bucketOf(key);
    await this.dataSource.query(
      'INSERT INTO abuse_counter (bucket, window_index, hits, expires_at) VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE hits = hits + 1',
      [bucket, index, new Date((index + 1) * windowMs)],
    );
    if (++this.hitsSincePrune >= 500) await this.prune();
    return { count: await this.read(bucket, index), retryAfterSeconds };
  }

  async count(key: string, windowMs: number): Promise<WindowCount> {
    const { index, retryAfterSeconds } = this.window(windowMs);
    return { count: await this.read(bucketOf(key), index), retryAfterSeconds };
  }

  async reset(key: string, windowMs: number): Promise<void> {
    await this.dataSource.query('DELETE FROM abuse_counter WHERE bucket = ? AND window_index = ?', [bucketOf(key), this.window(windowMs).index]);
  }

  async block(key: string, ms: number): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO abuse_counter (bucket, window_index, hits, expires_at) VALUES (?, ?, 0, ?) ON DUPLICATE KEY UPDATE expires_at = GREATEST(expires_at, VALUES(expires_at))',
      [bucketOf(key), BLOCK_WINDOW, new Date(this.now() + ms)],
    );
  }

  async blockedFor(key: string): Promise<number> {
    const [row] = await this.dataSource.query('SELECT expires_at FROM abuse_counter WHERE bucket = ? AND window_index = ?', [bucketOf(key), BLOCK_WINDOW]);
    const left = row ? new Date(row.expires_at).getTime() - this.now() : 0;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  private async read(bucket: string, index: number): Promise<number> {
    const [row] = await this.dataSource.query('SELECT hits FROM abuse_counter WHERE bucket = ? AND window_index = ?', [bucket, index]);
    return row ? Number(row.hits) : 0;
  }

  private async prune(): Promise<void> {
    this.hitsSincePrune = 0;
    await this.dataSource.query('DELETE FROM abuse_counter WHERE expires_at < ? LIMIT 1000', [new Date(this.now())]);
  }
}

/** The table of MysqlAbuseCounters, for each service that keeps abuse limits. */
export class CreateAbuseCounters1764900000000 implements MigrationInterface {
  name = 'CreateAbuseCounters1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE abuse_counter (
        bucket CHAR(64) NOT NULL,
        window_index BIGINT NOT NULL,
        hits INT NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        PRIMARY KEY (bucket, window_index),
        KEY ix_abuse_counter_expiry (expires_at)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE abuse_counter');
  }
}
