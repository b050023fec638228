import { DataSource, QueryRunner } from 'typeorm';
import { BrokerClient, brokerErrorCode, BrokerProducer, isBrokerError, OutgoingMessage, UnansweredPartitionsError } from './broker-client';
import type { Logger } from '../logger';
import { STRUCTURED_CONTENT_TYPE } from './envelope';
import { errorChain, isTransient } from '../store/errors';
import { prunePublishedOutbox } from './outbox-pruning';

const messageOf = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 2000);

interface PendingRow {
  seq: string;
  topic: string;
  aggregate_id: string;
  message: string;
  refusals: number;
}

export interface RelayOptions {
  dataSource: DataSource;
  kafka: BrokerClient;
  log: Logger;
  /** Fallback poll interval; the relay is also woken right after each commit. */
  pollMs: number;
  /** Most rows read, sent in one producer batch and marked published in one statement (OUTBOX_BATCH_SIZE); absent: 500. */
  batchSize?: number;
  /** Longest wait between attempts while Kafka is unreachable. */
  maxBackoffMs?: number;
  /**
   * Times Kafka may refuse one row for a reason that will not pass (too large for its topic, not
   * authorised) before the row is set aside and the rows behind it go on (OUTBOX_MAX_ATTEMPTS).
   */
  maxAttempts?: number;
  /**
   * Published rows are deleted this long after publication (OUTBOX_RETENTION_HOURS): a row holds the
   * whole event, which has no business staying in the database once Kafka has it. Absent: rows are kept.
   */
  retentionMs?: number;
  /** How often the loop prunes (at most); rows per DELETE and DELETEs per pass. */
  pruneEveryMs?: number;
  pruneBatchSize?: number;
  pruneMaxBatches?: number;
}

/** One relay publishes for a database at a time: MySQL's named lock, held by the session of the connection that publishes. */
const LEADER_LOCK = "CONCAT('channelgraph-relay:', DATABASE())";

/**
 * Publishes outbox rows to Kafka in commit order and marks them published.
 * With several instances of a service, one relay is active per database: it
 * holds a MySQL named lock (GET_LOCK) on the connection it publishes through,
 * so two relays never publish batches side by side and reorder an aggregate's
 * events; the others try for the lock at every poll and take over within one
 * when the active one stops, dies or loses its connection (MySQL releases a
 * session's locks when it ends). A failed batch stays unpublished with its
 * attempt count and error, and is tried again with backoff, so a Kafka outage
 * loses nothing.
 */
/**
 * Kafka's answers about the producer's own state, not about the events: after a send that failed
 * midway the old producer's sequence numbers are wrong. A new producer (replaceProducer) sends
 * the same batch fine, so these never count as a refusal of the rows.
 */
const PRODUCER_STATE_ERRORS = new Set(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH', 'INVALID_PRODUCER_ID_MAPPING']);

function isProducerState(error: unknown): boolean {
  for (const cause of errorChain(error)) if (PRODUCER_STATE_ERRORS.has(brokerErrorCode(cause) ?? '')) return true;
  return false;
}

/** The batch may go again unchanged: Kafka was away for a moment, the producer needed replacing, or a partition went unconfirmed. */
const isPassing = (error: unknown) => isTransient(error) || isProducerState(error) || error instanceof UnansweredPartitionsError;

export class OutboxRelay {
  private producer: BrokerProducer;
  private connected = false;
  private running = false;
  private draining: Promise<void> | null = null;
  private rerun = false;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private lastPrunedAt = 0;
  /** The connection holding this database's relay lock while this relay is the active one. */
  private leader: QueryRunner | null = null;
  readonly stats = { published: 0, failedBatches: 0, pruned: 0, pruneBatches: 0, leaderships: 0, setAside: 0 };

  constructor(private readonly options: RelayOptions) {
    this.producer = this.newProducer();
  }

  /**
   * Idempotent producer with one request in flight: Kafka drops a batch it already has rather than
   * writing it twice, and never reorders an aggregate's events.
   */
  private newProducer(): BrokerProducer {
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 3, initialRetryTimeMs: 200, maxRetryTimeMs: 2000 },
    });
    producer.onDisconnect(() => {
      if (producer === this.producer) this.connected = false;
    });
    return producer;
  }

  /**
   * After a failed send, the next one goes through a new producer (a new producer id, sequence
   * numbers from 0). kafkajs (the client behind broker-client.ts) rolls its sequence numbers back
   * when a send fails, even for a batch a broker wrote before the connection dropped, so the old producer's next batch would be refused
   * for good (OUT_OF_ORDER_SEQUENCE_NUMBER). A batch resent this way may reach Kafka twice;
   * consumers' inboxes drop the second copy, and the first copies keep each aggregate's order.
   */
  private async replaceProducer(): Promise<void> {
    const old = this.producer;
    this.producer = this.newProducer();
    this.connected = false;
    await old.disconnect().catch(() => undefined);
  }

  start(): void {
    this.running = true;
    this.kick();
  }

  /** Publish now (called after every commit that raised events). */
  kick(): void {
    if (!this.running) return;
    if (this.draining) {
      this.rerun = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.rerun) {
        this.rerun = false;
        this.kick();
      } else {
        this.schedule();
      }
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
    await this.resign();
    await this.producer.disconnect().catch(() => undefined);
    this.connected = false;
  }

  /** Rows not yet on Kafka, the age of the oldest, and rows set aside, for metrics and alerts. */
  async backlog(): Promise<{ pending: number; oldestAgeSeconds: number; setAside: number }> {
    const [row] = await this.options.dataSource.query(
      `SELECT SUM(set_aside_at IS NULL) AS pending, MIN(CASE WHEN set_aside_at IS NULL THEN created_at END) AS oldest, SUM(set_aside_at IS NOT NULL) AS set_aside
       FROM outbox_event WHERE published_at IS NULL`,
    );
    const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
    return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Math.max(0, (Date.now() - oldest) / 1000), setAside: Number(row?.set_aside ?? 0) };
  }

  private schedule(): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    const backoff = this.failures === 0 ? this.options.pollMs : Math.min(this.options.maxBackoffMs ?? 5000, this.options.pollMs * 2 ** this.failures);
    this.timer = setTimeout(() => this.kick(), backoff);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      while (this.running && (await this.publishBatch())) {
        // a full batch came back: more may be waiting
      }
      if (this.failures > 0) this.options.log.info({ afterFailures: this.failures }, 'outbox relay reconnected to Kafka');
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      this.stats.failedBatches += 1;
      const log = this.failures === 1 ? this.options.log.warn.bind(this.options.log) : this.options.log.debug.bind(this.options.log);
      log({ err: error, failures: this.failures }, 'outbox relay could not publish; events stay in the outbox and will be retried');
    }
    // After publishing, and also while Kafka is away: pruning needs only the database.
    await this.pruneIfDue();
  }

  private async pruneIfDue(): Promise<void> {
    const { retentionMs, pruneEveryMs = 60000 } = this.options;
    if (retentionMs === undefined || !this.running || Date.now() - this.lastPrunedAt < pruneEveryMs) return;
    this.lastPrunedAt = Date.now();
    try {
      const { deleted, batches } = await prunePublishedOutbox(this.options.dataSource, retentionMs / 1000, {
        batchSize: this.options.pruneBatchSize ?? 500,
        maxBatches: this.options.pruneMaxBatches ?? 20,
      });
      this.stats.pruned += deleted;
      this.stats.pruneBatches += batches;
      if (deleted > 0) this.options.log.debug({ deleted, batches }, 'pruned published outbox rows');
    } catch (error) {
      this.options.log.warn({ err: error }, 'could not prune published outbox rows; will try again');
    }
  }

  /** The lock's connection if this relay is (or now becomes) the active one; null while another relay is. */
  private async leadership(): Promise<QueryRunner | null> {
    if (this.leader) return this.leader;
    const runner = this.options.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [row] = await runner.query(`SELECT GET_LOCK(${LEADER_LOCK}, 0) AS got`);
      if (Number(row?.got) === 1) {
        this.leader = runner;
        this.stats.leaderships += 1;
        this.options.log.info('outbox relay is the active one for its database');
        return runner;
      }
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    await runner.release();
    return null;
  }

  /**
   * Gives the lock up: released on a live connection, which then goes back to the pool; a broken
   * connection is destroyed, never pooled, so no other query could ever run holding the lock.
   */
  private async resign(): Promise<void> {
    const runner = this.leader;
    if (!runner) return;
    this.leader = null;
    try {
      await runner.query(`SELECT RELEASE_LOCK(${LEADER_LOCK})`);
      await runner.release();
    } catch {
      (runner as unknown as { databaseConnection?: { destroy?: () => void } }).databaseConnection?.destroy?.();
      await runner.release().catch(() => undefined);
    }
  }

  /** Publishes one batch; returns whether it was full (more rows may be waiting). */
  private async publishBatch(): Promise<boolean> {
    const batchSize = this.options.batchSize ?? 500;
    const runner = await this.leadership();
    if (!runner) return false;
    try {
      // READ COMMITTED: lock only the rows taken, never the gap after the last one, where writers append new events.
      await runner.startTransaction('READ COMMITTED');
      const rows: PendingRow[] = await runner.query(
        `SELECT seq, topic, aggregate_id, message, refusals FROM outbox_event
         WHERE published_at IS NULL AND set_aside_at IS NULL ORDER BY seq LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) {
        await runner.commitTransaction();
        return false;
      }
      try {
        await this.send(rows);
        await this.markPublished(runner, rows);
      } catch (error) {
        // Kafka away: the whole batch waits. Refused for good: find the row it is, one by one, in order.
        const failed = isPassing(error) ? rows : await this.publishOneByOne(runner, rows);
        if (failed.length === 0) {
          await runner.commitTransaction();
          return rows.length === batchSize;
        }
        await runner.query('UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE seq IN (?)', [
          messageOf(error),
          failed.map((row) => row.seq),
        ]);
        await runner.commitTransaction();
        throw error;
      }
      await runner.commitTransaction();
      return rows.length === batchSize;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      // Kafka away: keep the lock and try again. The database away: the lock may be gone with the session.
      if (isTransient(error) && !isBrokerError(error)) await this.resign();
      throw error;
    }
  }

  private async markPublished(runner: QueryRunner, rows: PendingRow[]): Promise<void> {
    await runner.query('UPDATE outbox_event SET attempts = attempts + 1, published_at = NOW(3), last_error = NULL WHERE seq IN (?)', [
      rows.map((row) => row.seq),
    ]);
    this.stats.published += rows.length;
  }

  /**
   * After Kafka refused a batch for good: each row alone, in commit order. A row refused for good
   * OUTBOX_MAX_ATTEMPTS times is set aside, reported, and the rows behind it go on; refused fewer
   * times, it and the rows behind it wait for the next try, so no aggregate's order changes until
   * a row is given up. Returns the rows not published (the first refused one and those after it).
   */
  private async publishOneByOne(runner: QueryRunner, rows: PendingRow[]): Promise<PendingRow[]> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    for (const [i, row] of rows.entries()) {
      try {
        await this.send([row]);
        await this.markPublished(runner, [row]);
      } catch (error) {
        if (isPassing(error)) return rows.slice(i);
        const refusals = row.refusals + 1;
        if (refusals < maxAttempts) {
          await runner.query('UPDATE outbox_event SET refusals = ? WHERE seq = ?', [refusals, row.seq]);
          return rows.slice(i);
        }
        await runner.query('UPDATE outbox_event SET attempts = attempts + 1, refusals = ?, last_error = ?, set_aside_at = NOW(3) WHERE seq = ?', [
          refusals,
          messageOf(error),
          row.seq,
        ]);
        this.stats.setAside += 1;
        this.options.log.error(
          { seq: row.seq, topic: row.topic, refusals, reason: messageOf(error) },
          'outbox event set aside: Kafka refuses it for good; the events behind it go on',
        );
      }
    }
    return [];
  }

  private async send(rows: PendingRow[]): Promise<void> {
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({ key: row.aggregate_id, value: row.message, headers: { 'content-type': STRUCTURED_CONTENT_TYPE } });
      byTopic.set(row.topic, messages);
    }
    try {
      // Throws UnansweredPartitionsError unless every partition the batch went to answered: it goes again whole.
      await this.producer.sendBatch([...byTopic].map(([topic, messages]) => ({ topic, messages })));
    } catch (error) {
      await this.replaceProducer();
      throw error;
    }
  }
}
