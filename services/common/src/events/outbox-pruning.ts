import { DataSource } from 'typeorm';

export interface PruneLimits {
  /** Rows deleted per statement: short statements keep row locks brief for the writers appending events. */
  batchSize: number;
  /** Statements per call, so one pass of the relay's loop never runs long after a long outage. */
  maxBatches: number;
}

/**
 * Deletes outbox rows published more than `retentionSeconds` ago, oldest first.
 * A row still waiting for Kafka (`published_at IS NULL`) is never touched. The
 * cutoff is computed by the server, on the same clock as `published_at = NOW(3)`.
 */
export async function prunePublishedOutbox(
  dataSource: DataSource,
  retentionSeconds: number,
  limits: PruneLimits,
): Promise<{ deleted: number; batches: number }> {
  let deleted = 0;
  let batches = 0;
  while (batches < limits.maxBatches) {
    const affected = await deleteOneBatch(dataSource, retentionSeconds, limits.batchSize);
    batches += 1;
    deleted += affected;
    if (affected < limits.batchSize) break;
  }
  return { deleted, batches };
}

async function deleteOneBatch(dataSource: DataSource, retentionSeconds: number, batchSize: number): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // READ COMMITTED: no gap locks, so the writers appending new (unpublished) rows next to this range never wait.
    await runner.startTransaction('READ COMMITTED');
    const result: { affectedRows?: number } = await runner.query(
      `DELETE FROM outbox_event
       WHERE published_at IS NOT NULL AND published_at < NOW(3) - INTERVAL ? SECOND
       ORDER BY published_at LIMIT ${Math.max(1, Math.floor(batchSize))}`,
      [retentionSeconds],
    );
    await runner.commitTransaction();
    return result.affectedRows ?? 0;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
