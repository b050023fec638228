import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who is asking, as proven by a verified sign-in token. */
export interface Principal {
  userId: string;
  tenantId: string;
  partnerId?: string;
  roles: string[];
  /** A temporary password must be changed before anything else. */
  mustChangePassword: boolean;
  /** The user's access version when the token was issued (see auth/revocations); 0 when never raised. */
  accessVersion?: number;
}

/** What travels with one request or one consumed event, for logs and events. */
export interface TraceContext {
  correlationId: string;
  /** The event being handled, if any: the cause of events raised now. */
  causationId?: string;
  tenantId?: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

export function runWithTrace<T>(trace: TraceContext, fn: () => T): T {
  return storage.run(trace, fn);
}

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

export function newCorrelationId(): string {
  return randomUUID();
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Accepts a caller's correlation id only if it is safe to log and forward. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && CORRELATION_ID.test(value) ? value : newCorrelationId();
}
