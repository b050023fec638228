import type { EntitySchemaColumnOptions, MigrationInterface, QueryRunner } from 'typeorm';
import type { ReceivedEvent } from './envelope';

/**
 * Projections keep, per row, the sequence number of the last event of the row's
 * aggregate they applied, so that an older event of that aggregate (redelivered
 * late, replayed from a dead-letter topic, or published after a newer one while
 * two relays overlapped) changes nothing. Only events whose subject is the row's
 * own aggregate may be compared: sequences count per source and aggregate.
 */
export function isNewerThanApplied(event: ReceivedEvent, lastApplied: number | null | undefined, otherwise: () => boolean = () => true): boolean {
  // Events produced before sequences existed carry none: nothing to compare, the projection's own rule decides.
  if (event.sequence === undefined || lastApplied === null || lastApplied === undefined) return otherwise();
  return event.sequence > lastApplied;
}

/** The sequence to remember after applying the event: its own, or the row's if the event carries none. */
export function sequenceAfter(event: ReceivedEvent, lastApplied: number | null | undefined): number | null {
  return event.sequence ?? lastApplied ?? null;
}

/** The `last_sequence` column of a projection's entity (BIGINT: read back as a number). */
export const LAST_SEQUENCE_COLUMN: EntitySchemaColumnOptions = {
  name: 'last_sequence',
  type: 'bigint',
  nullable: true,
  transformer: { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) },
};

/** A migration that adds `last_sequence` to projection tables; `name` ends in the migration's timestamp, as TypeORM expects. */
export function lastSequenceMigration(name: string, tables: string[]): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      for (const table of tables) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN last_sequence BIGINT NULL`);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      for (const table of tables) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN last_sequence`);
    }
  };
}
