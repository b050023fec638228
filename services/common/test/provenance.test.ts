import { randomUUID } from 'node:crypto';
import {
  BrokerClient,
  createLogger,
  EventCatalog,
  EventConsumer,
  eventSourceOf,
  OutgoingMessage,
  provenanceProblem,
  ReceivedMessage,
  serializeCloudEvent,
  toCloudEvent,
  UnitOfWork,
} from '../src';

const catalog = EventCatalog.load();
const PARTNER_ACTIVATED = 'channelgraph.enrollment.PartnerActivated.v1';

function partnerActivated() {
  const partnerId = randomUUID();
  const tenantId = randomUUID();
  return {
    type: PARTNER_ACTIVATED,
    subject: partnerId,
    tenantId,
    data: {
      partnerId,
      tenantId,
      program: 'INDIRECT_RESELLER',
      legalName: 'Forged Partner Ltd',
      mpnId: '1234567',
      primaryContact: { firstName: 'Mallory', lastName: 'Forger', email: 'mallory@example.com' },
      adminAgentUserId: null,
      activatedAt: new Date().toISOString(),
    },
  };
}

describe('whom an event is believed from', () => {
  it('believes every event type of the catalog from its x-producer on its topic', () => {
    for (const contract of catalog.all()) {
      expect(provenanceProblem(catalog, { type: contract.type, source: eventSourceOf(contract.producer) }, `p.${contract.topic}`, 'p.')).toBeUndefined();
    }
  });

  it('refuses an event whose source is another service, naming the producer its schema gives', () => {
    expect(provenanceProblem(catalog, { type: PARTNER_ACTIVATED, source: eventSourceOf('relationship') }, 'channelgraph.enrollment.partner', '')).toBe(
      'Event channelgraph.enrollment.PartnerActivated.v1 comes from source "/channelgraph/relationship", but only enrollment (/channelgraph/enrollment, the x-producer of its schema) may produce it',
    );
  });

  it('refuses an event that names the right producer but arrived on a topic another service writes', () => {
    expect(provenanceProblem(catalog, { type: PARTNER_ACTIVATED, source: eventSourceOf('enrollment') }, 'channelgraph.relationship.request', '')).toMatch(
      /arrived on channelgraph\.relationship\.request, but its schema puts it on channelgraph\.enrollment\.partner, which only enrollment may write/,
    );
  });

  it('compares topics with the deployment prefix', () => {
    expect(
      provenanceProblem(catalog, { type: PARTNER_ACTIVATED, source: eventSourceOf('enrollment') }, 'channelgraph.enrollment.partner', 'staging.'),
    ).toBeDefined();
    expect(
      provenanceProblem(catalog, { type: PARTNER_ACTIVATED, source: eventSourceOf('enrollment') }, 'staging.channelgraph.enrollment.partner', 'staging.'),
    ).toBeUndefined();
  });
});

describe('a consumer given an event from the wrong producer', () => {
  // Kafka stands in only as far as the consumer touches it here: the DLQ producer's send.
  function consumerWithFakeKafka(handler: jest.Mock) {
    const sent: Array<{ topic: string; messages: OutgoingMessage[] }> = [];
    const kafka = {
      consumer: () => ({ onGroupJoin: () => undefined, onCrash: () => undefined }),
      producer: () => ({ onDisconnect: () => undefined, send: async (topic: string, messages: OutgoingMessage[]) => void sent.push({ topic, messages }) }),
    } as unknown as BrokerClient;
    const unitOfWork = { run: async () => handler() } as unknown as UnitOfWork;
    const consumer = new EventConsumer({
      kafka,
      groupId: 'channelgraph.relationship',
      topicPrefix: '',
      catalog,
      unitOfWork,
      subscriptions: { [PARTNER_ACTIVATED]: handler },
      log: createLogger('provenance-test', 'silent'),
      maxAttempts: 3,
      retryBaseMs: 1,
    });
    return { consumer, sent };
  }

  function messageOf(source: string): ReceivedMessage {
    const event = toCloudEvent(source, partnerActivated());
    return { key: Buffer.from(event.subject!), value: Buffer.from(serializeCloudEvent(event)), headers: {}, offset: '7', timestamp: '0' };
  }

  it('sends it to the DLQ with the reason, counts it as untrusted and never runs the handler', async () => {
    const handler = jest.fn();
    const { consumer, sent } = consumerWithFakeKafka(handler);
    const outcome = await consumer.consume('channelgraph.enrollment.partner', 0, messageOf(eventSourceOf('relationship')));
    expect(outcome).toBe('untrusted');
    expect(handler).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(sent[0].topic).toBe('channelgraph.enrollment.partner.dlq');
    expect(String(sent[0].messages[0].headers!['dlq-error'])).toMatch(/only enrollment .* may produce it/);
    expect(sent[0].messages[0].headers!['dlq-attempts']).toBe('1');
  });

  it('handles the same event from its producer', async () => {
    const handler = jest.fn().mockResolvedValue('handled');
    const { consumer, sent } = consumerWithFakeKafka(handler);
    expect(await consumer.consume('channelgraph.enrollment.partner', 0, messageOf(eventSourceOf('enrollment')))).toBe('handled');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(0);
  });
});
