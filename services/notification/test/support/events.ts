import { EventCatalog, physicalTopic, serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { eventually } from '../../../../test/support/graphql';
import { CaughtMail, mailTo } from '../../../../test/support/mailbox';

export interface Published {
  id: string;
  type: string;
  subject: string;
}

/**
 * Publishes events the way their producers do: checked against their schema
 * in schema/events (a test event the contract would refuse fails here, not in
 * the consumer's DLQ), on their topic, keyed by subject, CloudEvents envelope.
 */
export function eventPublisher(env: NodeJS.ProcessEnv) {
  const catalog = EventCatalog.load();
  const kafka = new Kafka({
    clientId: `notification-test-${randomUUID().slice(0, 8)}`,
    brokers: String(env.KAFKA_BROKERS).split(','),
    logLevel: logLevel.NOTHING,
  });
  let producer: Producer | undefined;

  return {
    /** Sends each event `times` times in a row (2 = a redelivery); `sequence`: its place among its aggregate's events. */
    async publish(type: string, subject: string, data: unknown, options: { tenantId?: string; times?: number; sequence?: number } = {}): Promise<Published> {
      catalog.assertValid(type, data);
      const event = toCloudEvent(`/channelgraph/${type.split('.')[1]}`, { type, subject, tenantId: options.tenantId, data }, options.sequence);
      const message = { key: subject, value: serializeCloudEvent(event), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } };
      if (!producer) {
        producer = kafka.producer();
        await producer.connect();
      }
      const topic = physicalTopic(String(env.KAFKA_TOPIC_PREFIX ?? ''), catalog.contract(type).topic);
      await producer.send({ topic, messages: Array.from({ length: options.times ?? 1 }, () => message) });
      return { id: event.id, type, subject };
    },
    async close() {
      await producer?.disconnect();
    },
  };
}

/** The emails of one kind (the mailer's X-Channelgraph-Kind header) caught for an address so far. */
export async function mailsOfKind(address: string, kind: string): Promise<CaughtMail[]> {
  return (await mailTo(address)).filter((mail) => mail.headers['x-channelgraph-kind'] === kind);
}

/** The emails of one kind caught for an address, once there are at least `count`. */
export function awaitMails(address: string, kind: string, count = 1): Promise<CaughtMail[]> {
  return eventually(`${count} ${kind} email(s) to ${address}`, async () => {
    const mails = await mailsOfKind(address, kind);
    return mails.length >= count ? mails : undefined;
  });
}

/** A link token of the shape enrollment and relationship issue. */
export const linkToken = () => randomBytes(32).toString('base64url');

export const now = () => new Date().toISOString();

/** An address nobody else in this run uses. */
export const address = (label: string, domain = 'example.com') => `${label}-${randomUUID().slice(0, 8)}@${domain}`;
