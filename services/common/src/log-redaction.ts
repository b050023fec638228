/**
 * What a log line may carry of an error: its kind, its message and stack, and
 * diagnostic codes; never the values a request or a query held. TypeORM and
 * mysql2 errors carry the statement, its parameters and a message that may
 * echo a value ("Duplicate entry '…'"); HTTP and GraphQL errors may carry
 * headers and variables. Everything else on an error is left out, so a field a
 * library adds tomorrow cannot leak either.
 */

/** A link token in a URL or path (`?token=…`): whoever reads it could open the link. */
const TOKEN_PARAMETER = /([?&]token=)[^\s&#"'<>]+/gi;
/** A JWT, e.g. from an Authorization header quoted in a message. */
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
/** Credentials after an HTTP auth scheme. */
const CREDENTIALS = /\b(Bearer|Basic)\s+[\w.~+/=-]+/gi;

/** A quoted value in a database's message; quotes after "key", "column" … name a schema object and stay. */
const QUOTED_VALUE = /(\b(?:key|column|table|database|constraint|index|user)\s+)?'(?:[^'\\]|\\.)*'/gi;
/** Literals in SQL text (mysql2 inlines parameters, escaped): strings, hex, numbers. The statement's shape stays. */
const SQL_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\bX'[0-9a-f]*'|\b0x[0-9a-f]+\b|(?<![\w$.`])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w$`])/gi;

/** Codes and numbers that say what failed (Node, mysql2, SMTP, HTTP, GraphQL) without request data. */
const DIAGNOSTIC_FIELDS = ['code', 'errno', 'sqlState', 'syscall', 'status', 'statusCode', 'responseCode', 'command', 'retriable'] as const;
/** Errors inside an error: its cause, a GraphQL error's original, an aggregate's members. */
const NESTED_DEPTH = 3;
const SQL_KEPT = 2000;

/** Link tokens, JWTs and credentials out of any text a log line carries. */
export function withoutSecrets(text: string): string {
  return text.replace(TOKEN_PARAMETER, '$1[redacted]').replace(JWT, '[jwt]').replace(CREDENTIALS, '$1 [redacted]');
}

export function withoutSqlValues(sql: string): string {
  return sql.replace(SQL_LITERAL, '?');
}

type Fields = Record<string, unknown>;

const isDatabaseError = (error: Fields) => typeof error.sqlState === 'string' || typeof error.sqlMessage === 'string' || error.name === 'QueryFailedError';

/** The parameters a failed query was given (TypeORM keeps them), as text that may reappear in its message. */
function parameterTexts(error: Fields): string[] {
  const parameters = Array.isArray(error.parameters) ? error.parameters : [];
  return parameters.filter((value): value is string => typeof value === 'string' && value.length >= 3).sort((a, b) => b.length - a.length);
}

/** The database error this one is or wraps: a GraphQL error takes its original's message and stack. */
function databaseErrorIn(error: Fields, depth = 0): Fields | undefined {
  if (isDatabaseError(error)) return error;
  if (depth >= NESTED_DEPTH) return undefined;
  for (const inner of [error.originalError, error.cause]) {
    const found = inner && typeof inner === 'object' ? databaseErrorIn(inner as Fields, depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A message or stack as it may be logged: when a database error is in it, without the values that error echoes. */
function safeText(text: string, error: Fields): string {
  const database = databaseErrorIn(error);
  if (!database) return withoutSecrets(text);
  let safe = text;
  for (const value of parameterTexts(database)) safe = safe.split(value).join('?');
  return withoutSecrets(safe.replace(QUOTED_VALUE, (quoted, naming: string | undefined) => (naming ? quoted : "'?'")));
}

/** An error's message, safe for a log line (e.g. to put in the line's own text). */
export function messageForLog(error: unknown): string {
  if (error && typeof error === 'object') return safeText(String((error as Fields).message ?? error), error as Fields);
  return withoutSecrets(String(error));
}

/** pino's serializer for `err`: what the error is and where it came from, never what it was given. */
export function errorForLog(error: unknown, depth = 0): unknown {
  if (typeof error === 'string') return withoutSecrets(error);
  if (!error || typeof error !== 'object') return error;
  const fields = error as Fields;
  const logged: Fields = { type: error.constructor?.name ?? 'Object', message: messageForLog(error) };
  if (typeof fields.stack === 'string') logged.stack = safeText(fields.stack, fields);
  for (const name of DIAGNOSTIC_FIELDS) {
    const value = fields[name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      logged[name] = typeof value === 'string' ? withoutSecrets(value) : value;
  }
  // TypeORM's query keeps its placeholders; mysql2's sql has the values inlined, so it comes second.
  const sql = [fields.query, fields.sql].find((text): text is string => typeof text === 'string');
  if (sql && isDatabaseError(fields)) logged.sql = withoutSqlValues(sql).slice(0, SQL_KEPT);
  if (Array.isArray(fields.parameters)) logged.parameterCount = fields.parameters.length;
  const extensions = fields.extensions as Fields | undefined;
  if (typeof extensions?.code === 'string') logged.graphqlCode = extensions.code;
  if (Array.isArray(fields.path) && fields.path.every((step) => typeof step === 'string' || typeof step === 'number')) logged.path = fields.path;
  if (depth < NESTED_DEPTH) {
    for (const name of ['cause', 'originalError'] as const) if (fields[name] && fields[name] !== error) logged[name] = errorForLog(fields[name], depth + 1);
    if (Array.isArray(fields.errors)) logged.errors = fields.errors.slice(0, 10).map((inner) => errorForLog(inner, depth + 1));
  }
  return logged;
}
