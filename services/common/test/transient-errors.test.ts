import { QueryFailedError } from 'typeorm';
import { isTransient } from '../src';

const driverError = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });

describe('isTransient: which failures an event consumer retries without limit', () => {
  it.each([
    ['a refused connection', driverError('ECONNREFUSED')],
    ['a reset connection', driverError('ECONNRESET')],
    ['a lost MySQL connection', driverError('PROTOCOL_CONNECTION_LOST', { fatal: true })],
    ['a deadlock, inside a TypeORM query error', new QueryFailedError('UPDATE x', [], driverError('ER_LOCK_DEADLOCK'))],
    ['a lock wait timeout', new QueryFailedError('UPDATE x', [], driverError('ER_LOCK_WAIT_TIMEOUT'))],
    ['too many connections', driverError('ER_CON_COUNT_ERROR')],
    ['a retriable kafkajs error', Object.assign(new Error('leader not available'), { name: 'KafkaJSProtocolError', retriable: true })],
    ['a closed pool', new Error('Pool is closed.')],
  ])('retries %s', (_, error) => {
    expect(isTransient(error)).toBe(true);
  });

  it.each([
    ['a duplicate key', new QueryFailedError('INSERT x', [], driverError('ER_DUP_ENTRY'))],
    ['a foreign key that can never hold', new QueryFailedError('INSERT x', [], driverError('ER_NO_REFERENCED_ROW_2'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a kafkajs error that will not pass', Object.assign(new Error('topic authorization failed'), { name: 'KafkaJSProtocolError', retriable: false })],
    ['nothing at all', undefined],
  ])('does not retry %s without limit', (_, error) => {
    expect(isTransient(error)).toBe(false);
  });
});
