import { GraphQLError } from 'graphql';
import { errorForLog, messageForLog, withoutSecrets, withoutSqlValues } from '../src/log-redaction';

const linkToken = 'Zk3v9QyT0bX2mW8pL4sR7uN1cH6aE5dJ0gF3iK9oPqA';
const jwt = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';

/** What TypeORM throws when mysql2 refuses a write: the statement, its parameters, and mysql2's fields copied on. */
function queryFailedError(value: string) {
  const error = new Error(`Duplicate entry '${value}' for key 'user.IDX_user_email'`) as Error & Record<string, unknown>;
  error.name = 'QueryFailedError';
  Object.assign(error, {
    query: 'INSERT INTO `user`(`id`, `email`) VALUES (?, ?)',
    parameters: ['0b6f3a52-8d0e-4a55-9d4c-6f1f3e0c2b11', value],
    code: 'ER_DUP_ENTRY',
    errno: 1062,
    sqlState: '23000',
    sqlMessage: `Duplicate entry '${value}' for key 'user.IDX_user_email'`,
    sql: `INSERT INTO \`user\`(\`id\`, \`email\`) VALUES ('0b6f3a52-8d0e-4a55-9d4c-6f1f3e0c2b11', '${value}')`,
    driverError: { sqlMessage: 'the same again', sql: 'the same again' },
  });
  return error;
}

describe('errors as a log line carries them', () => {
  it('keep what failed and where, without the parameters or the values the database echoes', () => {
    const secret = `pat+${linkToken}@contoso.example`;
    const logged = JSON.stringify(errorForLog(queryFailedError(secret)));
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(linkToken);
    expect(logged).not.toContain('0b6f3a52');
    expect(JSON.parse(logged)).toEqual({
      type: 'Error',
      message: "Duplicate entry '?' for key 'user.IDX_user_email'",
      stack: expect.stringContaining("Duplicate entry '?' for key 'user.IDX_user_email'"),
      code: 'ER_DUP_ENTRY',
      errno: 1062,
      sqlState: '23000',
      sql: 'INSERT INTO `user`(`id`, `email`) VALUES (?, ?)',
      parameterCount: 2,
    });
  });

  it('keep the shape of SQL that mysql2 formatted, not its literals', () => {
    expect(withoutSqlValues("SELECT `u`.`id` FROM `user` `u` WHERE `u`.`email` = 'o\\'brien@x.example' AND `u`.`access_version` > 3 LIMIT 21")).toBe(
      'SELECT `u`.`id` FROM `user` `u` WHERE `u`.`email` = ? AND `u`.`access_version` > ? LIMIT ?',
    );
  });

  it('drop request headers, variables and anything else an error carries besides its diagnosis', () => {
    const error = Object.assign(new Error('upstream refused the request'), {
      statusCode: 502,
      request: { headers: { authorization: `Bearer ${jwt}`, cookie: 'sid=abc' }, variables: { input: { password: 'Correct-Horse-42' } } },
      response: { body: '{"token":"x"}' },
    });
    expect(errorForLog(error)).toEqual({ type: 'Error', message: 'upstream refused the request', stack: expect.any(String), statusCode: 502 });
  });

  it('follow a GraphQL error to the database error inside it, and a cause chain', () => {
    const database = queryFailedError('secret-value-123');
    const wrapped = new GraphQLError('resolver failed', { originalError: database, path: ['signUp'] });
    const logged = errorForLog(new Error('could not sign up', { cause: wrapped })) as Record<string, any>;
    expect(logged.cause.path).toEqual(['signUp']);
    expect(logged.cause.originalError.code).toBe('ER_DUP_ENTRY');
    expect(JSON.stringify(logged)).not.toContain('secret-value-123');
  });

  it('take link tokens, JWTs and credentials out of any message', () => {
    const text = `fetch https://portal.example/invitations/accept?token=${linkToken}&x=1 failed with Authorization: Bearer ${jwt}; or Basic dXNlcjpwYXNz`;
    const safe = withoutSecrets(text);
    expect(safe).toBe('fetch https://portal.example/invitations/accept?token=[redacted]&x=1 failed with Authorization: Bearer [jwt]; or Basic [redacted]');
    expect(messageForLog(new Error(text))).toBe(safe);
    expect(messageForLog('plain words')).toBe('plain words');
  });

  it('leave the message of an ordinary error as it is', () => {
    expect(messageForLog(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe("Cannot read properties of undefined (reading 'id')");
  });
});
