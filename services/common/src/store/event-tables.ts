import { EntitySchema, MigrationInterface, QueryRunner } from 'typeorm';

/** Table options every migration uses: InnoDB, utf8mb4, the same on MySQL 8 and MariaDB 10.11. */
export const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** One row per event waiting for, or done with, publication (the transactional outbox). */
export interface OutboxRow {
  seq: string;
  eventId: string;
  topic: string;
  eventType: string;
  aggregateId: string;
  /** The whole CloudEvent, serialized: what goes onto Kafka as the message value. */
  message: string;
  createdAt: Date;
  publishedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export const outboxEntity = new EntitySchema<OutboxRow>({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  columns: {
    seq: { type: 'bigint', primary: true, generated: 'increment' },
    eventId: { name: 'event_id', type: 'char', length: 36, unique: true },
    topic: { type: 'varchar', length: 200 },
    eventType: { name: 'event_type', type: 'varchar', length: 200 },
    aggregateId: { name: 'aggregate_id', type: 'varchar', length: 64 },
    message: { type: 'mediumtext' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    publishedAt: { name: 'published_at', type: 'datetime', precision: 3, nullable: true },
    attempts: { type: 'int', default: 0 },
    lastError: { name: 'last_error', type: 'text', nullable: true },
  },
});

/** Ids of events this service has handled: the proof that a redelivery has no second effect. */
export interface InboxRow {
  eventId: string;
  eventType: string;
  processedAt: Date;
}

export const inboxEntity = new EntitySchema<InboxRow>({
  name: 'InboxEvent',
  tableName: 'inbox_event',
  columns: {
    eventId: { name: 'event_id', type: 'char', length: 36, primary: true },
    eventType: { name: 'event_type', type: 'varchar', length: 200 },
    processedAt: { name: 'processed_at', type: 'datetime', precision: 3 },
  },
});

/** Every service's first migration includes this one: its outbox and inbox tables. */
export class CreateEventTables1763900000000 implements MigrationInterface {
  name = 'CreateEventTables1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_event (
        seq BIGINT NOT NULL AUTO_INCREMENT,
        event_id CHAR(36) NOT NULL,
        topic VARCHAR(200) NOT NULL,
        event_type VARCHAR(200) NOT NULL,
        aggregate_id VARCHAR(64) NOT NULL,
        message MEDIUMTEXT NOT NULL,
        created_at DATETIME(3) NOT NULL,
        published_at DATETIME(3) NULL,
        attempts INT NOT NULL DEFAULT 0,
        last_error TEXT NULL,
        PRIMARY KEY (seq),
        UNIQUE KEY uq_outbox_event_id (event_id),
        KEY ix_outbox_unpublished (published_at, seq)
      ) ${TABLE_OPTIONS}`);
    await queryRunner.query(`
      CREATE TABLE inbox_event (
        event_id CHAR(36) NOT NULL,
        event_type VARCHAR(200) NOT NULL,
        processed_at DATETIME(3) NOT NULL,
        PRIMARY KEY (event_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox_event');
    await queryRunner.query('DROP TABLE outbox_event');
  }
}

/**
 * An outbox row Kafka refuses for good (too large for the topic, say) is set aside after
 * OUTBOX_MAX_ATTEMPTS, so it no longer holds up every event behind it; it stays in the table,
 * reported, for an operator.
 */
export class OutboxSetAside1765200000000 implements MigrationInterface {
  name = 'OutboxSetAside1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Refusals count only Kafka's final answers about the row itself, never attempts while Kafka was away.
    await queryRunner.query(
      'ALTER TABLE outbox_event ADD COLUMN set_aside_at DATETIME(3) NULL AFTER published_at, ADD COLUMN refusals INT NOT NULL DEFAULT 0 AFTER attempts',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox_event DROP COLUMN set_aside_at, DROP COLUMN refusals');
  }
}

/**
 * Each aggregate's last event sequence number (the `sequence` extension, docs/events.md):
 * kept apart from the outbox, whose published rows are pruned.
 */
export class AggregateSequences1765300000000 implements MigrationInterface {
  name = 'AggregateSequences1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE aggregate_sequence (
        aggregate_id VARCHAR(64) NOT NULL,
        last_sequence BIGINT NOT NULL,
        PRIMARY KEY (aggregate_id)
      ) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE aggregate_sequence');
  }
}

/** The event tables' migrations, in order: every service's list includes them. */
export const EVENT_TABLE_MIGRATIONS = [CreateEventTables1763900000000, OutboxSetAside1765200000000, AggregateSequences1765300000000];
