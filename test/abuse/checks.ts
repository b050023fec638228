import type { HostileRequest } from './hostile-request';
import { KnownSecrets, secretsIn, stringsIn, withoutEchoes } from './secrets';
import { correlationIdOf, Outcome } from './send';

/** What the services logged as unexpected, by correlation id: the cause behind a masked error. */
export type LoggedErrors = Map<string, string[]>;

export function loggedErrors(lines: string[]): LoggedErrors {
  const byRequest: LoggedErrors = new Map();
  for (const line of lines) {
    let entry: { level?: number; correlationId?: string; service?: string; msg?: string; err?: { message?: string } };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!entry.correlationId || (entry.level ?? 0) < 50) continue;
    const messages = byRequest.get(entry.correlationId) ?? [];
    messages.push(`${entry.service}: ${entry.err?.message ?? entry.msg}`.slice(0, 200));
    byRequest.set(entry.correlationId, messages);
  }
  return byRequest;
}

const causeOf = (outcome: Outcome, logged?: LoggedErrors) => {
  const messages = logged?.get(correlationIdOf(outcome.request));
  return messages ? ` [logged: ${[...new Set(messages)].join(' / ')}]` : '';
};

/** How a failing request is named in a test's message: enough to find it in the corpus and replay it. */
export function nameOf(request: HostileRequest): string {
  return `#${request.serial} ${request.target} [${request.category}] ${request.what}`;
}

const excerpt = (text: string) => (text.length > 240 ? `${text.slice(0, 240)}…` : text).replace(/\s+/g, ' ');

export function serverErrors(outcomes: Outcome[], logged?: LoggedErrors): string[] {
  return outcomes
    .filter((outcome) => typeof outcome.status !== 'number' || outcome.status >= 500)
    .map((outcome) => `${nameOf(outcome.request)} -> ${outcome.status} after ${outcome.ms} ms: ${excerpt(outcome.text)}${causeOf(outcome, logged)}`);
}

/** Why a response is not a GraphQL answer whose every error has a public code; undefined if it is. */
function uncoded(response: unknown): string | undefined {
  if (Array.isArray(response)) return response.map(uncoded).find(Boolean);
  if (!response || typeof response !== 'object' || !('data' in response || 'errors' in response)) return 'not a GraphQL response';
  const errors = (response as { errors?: unknown }).errors;
  if (errors === undefined) return undefined;
  if (!Array.isArray(errors)) return '`errors` is not a list';
  for (const error of errors as Array<{ message?: string; extensions?: { code?: unknown } }>) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string') return `an error without extensions.code: "${excerpt(String(error?.message))}"`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: "${excerpt(String(error.message))}"`;
  }
  return undefined;
}

/** Every refusal must say what kind it is (DESIGN §2): a response that is not JSON says nothing. */
export function uncodedErrors(outcomes: Outcome[], logged?: LoggedErrors): string[] {
  const found: string[] = [];
  for (const outcome of outcomes) {
    if (typeof outcome.status !== 'number') continue;
    const problem = outcome.json === undefined ? `not JSON (${outcome.contentType || 'no content type'})` : uncoded(outcome.json);
    if (problem)
      found.push(
        `${nameOf(outcome.request)} -> ${outcome.status}, ${problem}${outcome.json === undefined ? `: ${excerpt(outcome.text)}` : ''}${causeOf(outcome, logged)}`,
      );
  }
  return found;
}

/** Strings a request sent: its variables, raw body and header, which may come back quoted. */
export function sentStrings(request: HostileRequest): string[] {
  const strings = stringsIn(request.body);
  if (request.raw?.text)
    strings.push(
      request.raw.text,
      ...(() => {
        try {
          return stringsIn(JSON.parse(request.raw!.text!));
        } catch {
          return [];
        }
      })(),
    );
  if (request.raw?.search) strings.push(...new URLSearchParams(request.raw.search).values());
  if (request.authorization) strings.push(request.authorization, ...request.authorization.split(/\s+/));
  return strings;
}

export function leaksInResponses(outcomes: Outcome[], known: KnownSecrets, ownToken: string): string[] {
  const found: string[] = [];
  for (const outcome of outcomes) {
    const text = outcome.json === undefined ? outcome.text : stringsIn(outcome.json).join('\n');
    const options = { allowed: [ownToken], foreign: true };
    // Cheap first look; echoes are only taken out of the few answers that look suspicious.
    if (secretsIn(text, known, options).length === 0) continue;
    const secrets = secretsIn(withoutEchoes(text, sentStrings(outcome.request)), known, options);
    if (secrets.length > 0) found.push(`${nameOf(outcome.request)} -> ${secrets.join(', ')}`);
  }
  return found;
}

/** Lines of the services' logs holding a secret; what the corpus sent may be logged as a value it was refused for. */
export function leaksInLogs(lines: string[], known: KnownSecrets, corpus: HostileRequest[]): string[] {
  const found: string[] = [];
  let sent: string[] | undefined;
  for (const line of lines) {
    if (secretsIn(line, known, { foreign: false }).length === 0) continue;
    sent ??= corpus.flatMap((request) => stringsIn(request.body));
    const secrets = secretsIn(withoutEchoes(line, sent), known, { foreign: false });
    if (secrets.length > 0) found.push(`${secrets.join(', ')} in: ${excerpt(line)}`);
  }
  return found;
}
