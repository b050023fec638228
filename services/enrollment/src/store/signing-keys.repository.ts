import { isDuplicateKey } from '@channelgraph/common';
import { DataSource, In } from 'typeorm';
import { SigningKeyRow, signingKeyEntity } from './entities';

/** The signing_key table: a handful of rows, read whole. */
export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<SigningKeyRow[]> {
    return this.dataSource.getRepository(signingKeyEntity).find({ order: { generation: 'ASC' } });
  }

  /** Adds a key; 'taken' when another instance added one of the same generation first. */
  async insert(row: SigningKeyRow): Promise<'inserted' | 'taken'> {
    try {
      await this.dataSource.getRepository(signingKeyEntity).insert(row);
      return 'inserted';
    } catch (error) {
      if (isDuplicateKey(error)) return 'taken';
      throw error;
    }
  }

  /** Records that a token signed by `kid` lives until `until`, unless a later one is already recorded. */
  async extendTokensValidUntil(kid: string, until: Date): Promise<void> {
    await this.dataSource.query('UPDATE signing_key SET tokens_valid_until = GREATEST(COALESCE(tokens_valid_until, ?), ?) WHERE kid = ?', [until, until, kid]);
  }

  async delete(kids: string[]): Promise<void> {
    if (kids.length > 0) await this.dataSource.getRepository(signingKeyEntity).delete({ kid: In(kids) });
  }
}
