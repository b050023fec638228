import { CloudEvent, Kafka, KafkaMessage } from 'cloudevents';
import { randomUUID } from 'node:crypto';
import { currentTrace } from '../context';
import type { EventPayloads, EventType } from './event-types.generated';

/** A fact a use case raises; the outbox turns it into a CloudEvent. */
export interface DomainEvent<T = unknown> {
  /** Full versioned type, e.g. channelgraph.enrollment.TenantSignedUp.v1 */
  type: string;
  /** The aggregate id: Kafka key and CloudEvents subject, so one aggregate's events stay ordered. */
  subject: string;
  tenantId?: string;
  data: T;
}

/** A domain event of one contract type: the compiler checks its payload against the type's schema (schema/events). */
export type ContractEvent<K extends EventType> = DomainEvent<EventPayloads[K]> & { type: K };

/** The event as consumers see it: CloudEvents 1.0 attributes plus our extensions. */
export interface ReceivedEvent<T = unknown> {
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  tenantId?: string;
  correlationId?: string;
  causationId?: string;
  /**
   * The event's place among its aggregate's events from the same source (the
   * `sequence` extension): 1, 2, 3… in commit order. Absent on events produced
   * before sequences were added.
   */
  sequence?: number;
  data: T;
}

/**
 * CloudEvents' `sequence` extension is a string that must order lexicographically,
 * so the number is zero-padded to the 20 digits any BIGINT fits in.
 */
const SEQUENCE_DIGITS = 20;

export function formatSequence(sequence: number): string {
  return String(sequence).padStart(SEQUENCE_DIGITS, '0');
}

function parseSequence(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
    throw new Error(`The sequence extension must be a positive whole number written with digits only, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/**
 * Builds the CloudEvent for a domain event, carrying the current correlation and
 * causation ids and, from the outbox, the event's sequence within its aggregate.
 */
export function toCloudEvent(source: string, event: DomainEvent, sequence?: number): CloudEvent<unknown> {
  const trace = currentTrace();
  return new CloudEvent({
    specversion: '1.0',
    id: randomUUID(),
    source,
    type: event.type,
    subject: event.subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
    partitionkey: event.subject,
    correlationid: trace?.correlationId ?? randomUUID(),
    ...(trace?.causationId ? { causationid: trace.causationId } : {}),
    ...((event.tenantId ?? trace?.tenantId) ? { tenantid: event.tenantId ?? trace?.tenantId } : {}),
    ...(sequence !== undefined ? { sequence: formatSequence(sequence) } : {}),
  });
}

/** Structured-mode serialization (the whole envelope as JSON in the message value). */
export function serializeCloudEvent(event: CloudEvent<unknown>): string {
  return Kafka.structured(event).value as string;
}

export const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

/** Parses a Kafka message with the CloudEvents Kafka binding; throws on anything that is not a valid CloudEvent. */
export function parseKafkaMessage(message: { key: Buffer | null; value: Buffer | null; headers?: Record<string, unknown> }): ReceivedEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  headers['content-type'] ??= STRUCTURED_CONTENT_TYPE;
  const kafkaMessage: KafkaMessage<string> = {
    key: message.key?.toString('utf8') ?? '',
    value: message.value?.toString('utf8') ?? '',
    headers,
    body: message.value?.toString('utf8') ?? '',
  };
  const event = Kafka.toEvent(kafkaMessage) as CloudEvent<unknown> | CloudEvent<unknown>[];
  if (Array.isArray(event)) throw new Error('Batched CloudEvents are not part of our contract');
  const single = event;
  // The binding parses without checking the spec; a consumer must not trust what it did not check.
  single.validate();
  return {
    id: single.id,
    source: single.source,
    type: single.type,
    time: single.time ?? new Date().toISOString(),
    subject: single.subject ?? '',
    tenantId: single['tenantid'] as string | undefined,
    correlationId: single['correlationid'] as string | undefined,
    causationId: single['causationid'] as string | undefined,
    sequence: parseSequence(single['sequence']),
    data: single.data,
  };
}
