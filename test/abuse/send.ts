import type { Target } from './categories';
import type { HostileRequest } from './hostile-request';

/** What came back for one request. */
export interface Outcome {
  request: HostileRequest;
  /** HTTP status, or why there was none. */
  status: number | 'timeout' | 'no response';
  contentType: string;
  text: string;
  /** The body parsed, when it was JSON. */
  json?: unknown;
  ms: number;
}

export interface SendOptions {
  urls: Record<Target, string>;
  /** Tenant A's token, sent with every request that does not bring its own. */
  defaultAuthorization: string;
  concurrency: number;
  timeoutMs: number;
}

export const correlationIdOf = (request: HostileRequest) => `abuse-${request.serial}`;

async function sendOne(request: HostileRequest, options: SendOptions): Promise<Outcome> {
  const started = Date.now();
  // Each request's own correlation id, so that what a service logged about it can be found (`abuse-<serial>`).
  const headers: Record<string, string> = { 'x-correlation-id': correlationIdOf(request) };
  const authorization = request.authorization === undefined ? options.defaultAuthorization : request.authorization;
  if (authorization !== null) headers.authorization = authorization;
  let url = options.urls[request.target];
  let init: RequestInit;
  if (request.raw) {
    if (request.raw.contentType) headers['content-type'] = request.raw.contentType;
    if (request.raw.search) url += request.raw.search;
    init = { method: request.raw.method, headers, body: request.raw.method === 'GET' ? undefined : request.raw.text };
  } else {
    headers['content-type'] = 'application/json';
    init = { method: 'POST', headers, body: JSON.stringify(request.body) };
  }
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { request, status: response.status, contentType: response.headers.get('content-type') ?? '', text, json, ms: Date.now() - started };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return { request, status: timedOut ? 'timeout' : 'no response', contentType: '', text: String((error as Error).message), ms: Date.now() - started };
  }
}

/** Sends the corpus with a few requests in flight at once: enough to overlap waits, not so many that the machine's two cores choke. */
export async function sendAll(requests: HostileRequest[], options: SendOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next;
      next += 1;
      outcomes[index] = await sendOne(requests[index], options);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}
