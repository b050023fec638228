import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../src/logger';

describe('logs', () => {
  const file = path.join(os.tmpdir(), `channelgraph-logger-${process.pid}.log`);
  afterEach(() => {
    delete process.env.LOG_FILE;
    rmSync(file, { force: true });
  });

  it('go to the file LOG_FILE names, one JSON line per entry from every logger, secrets redacted', () => {
    process.env.LOG_FILE = file;
    createLogger('one', 'info').info({ password: 'Correct-Horse-42' }, 'first');
    createLogger('two', 'info').warn('second');
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map(({ service, msg, password }) => ({ service, msg, password }))).toEqual([
      { service: 'one', msg: 'first', password: '[redacted]' },
      { service: 'two', msg: 'second', password: undefined },
    ]);
  });
});
