import { EventCatalog, parseKafkaMessage, runWithTrace, serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '../src';

const data = {
  tenantId: '6dbbe6a6-f23a-45d3-85cd-64c8ccf7a2d9',
  domain: 'contoso.com',
  displayName: 'Contoso',
  country: 'US',
  admin: { userId: 'd924a215-63e1-4102-ae1a-7b11acb253c5', fullName: 'Ann', email: 'ann@contoso.com' },
  signedUpAt: '2026-11-23T18:05:49.747Z',
};
const event = { type: 'channelgraph.enrollment.TenantSignedUp.v1', subject: data.tenantId, tenantId: data.tenantId, data };

describe('the CloudEvents envelope', () => {
  it('carries the correlation and causation ids of the work that raised it', () => {
    const cloudEvent = runWithTrace({ correlationId: 'req-42', causationId: 'evt-7' }, () => toCloudEvent('/channelgraph/enrollment', event));
    expect(cloudEvent).toMatchObject({
      specversion: '1.0',
      source: '/channelgraph/enrollment',
      subject: data.tenantId,
      correlationid: 'req-42',
      causationid: 'evt-7',
      tenantid: data.tenantId,
    });
  });

  it('round-trips through the Kafka binding in structured mode', () => {
    const cloudEvent = toCloudEvent('/channelgraph/enrollment', event);
    const received = parseKafkaMessage({
      key: Buffer.from(data.tenantId),
      value: Buffer.from(serializeCloudEvent(cloudEvent)),
      headers: { 'content-type': Buffer.from(STRUCTURED_CONTENT_TYPE) },
    });
    expect(received).toMatchObject({ id: cloudEvent.id, type: event.type, subject: data.tenantId, tenantId: data.tenantId, data });
  });

  it("carries the event's sequence within its aggregate as the `sequence` extension, zero-padded so it orders as text", () => {
    const cloudEvent = toCloudEvent('/channelgraph/enrollment', event, 42);
    expect(cloudEvent['sequence']).toBe('00000000000000000042');
    const received = parseKafkaMessage({ key: null, value: Buffer.from(serializeCloudEvent(cloudEvent)), headers: {} });
    expect(received.sequence).toBe(42);
    expect(
      parseKafkaMessage({ key: null, value: Buffer.from(serializeCloudEvent(toCloudEvent('/channelgraph/enrollment', event))), headers: {} }).sequence,
    ).toBeUndefined();
  });

  it('refuses a sequence that is not a positive whole number', () => {
    for (const sequence of ['-1', '0', '1.5', 'abc', '99999999999999999999']) {
      const value = JSON.stringify({ ...JSON.parse(serializeCloudEvent(toCloudEvent('/channelgraph/enrollment', event))), sequence });
      expect(() => parseKafkaMessage({ key: null, value: Buffer.from(value), headers: {} })).toThrow(/sequence/);
    }
  });

  it('refuses a message that is not a valid CloudEvent', () => {
    const invalid = JSON.stringify({ specversion: '1.0', type: event.type, data });
    expect(() => parseKafkaMessage({ key: null, value: Buffer.from(invalid), headers: {} })).toThrow();
  });
});

describe('the event catalog', () => {
  const catalog = EventCatalog.load();

  it('knows the topic of every event type from its schema', () => {
    expect(catalog.contract(event.type).topic).toBe('channelgraph.enrollment.tenant');
    expect(catalog.topicsProducedBy('enrollment')).toContain('channelgraph.enrollment.tenant');
  });

  it('accepts valid data and names what is wrong with invalid data', () => {
    expect(() => catalog.assertValid(event.type, data)).not.toThrow();
    expect(() => catalog.assertValid(event.type, { ...data, country: 'usa', password: 'x' })).toThrow(/country|additional/);
  });

  it('refuses an event type without a schema', () => {
    expect(() => catalog.contract('channelgraph.enrollment.Unknown.v1')).toThrow(/no schema/);
  });
});
