import { createDataSource, EventCatalog, openDatabase, physicalTopic, serializeCloudEvent, STRUCTURED_CONTENT_TYPE, toCloudEvent } from '@channelgraph/common';
import { Kafka, logLevel, Message } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChildService } from '../support/child-service';
import { committedOf, compareEffects, deadLettered, lagOf, readEffects, recordEffects, reportFigures, scenarioClock } from '../support/fault-suite';
import { eventually } from '../support/graphql';
import { isolatedEnv } from '../support/stack';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('../support/settings');

const PARTNERS = 250;
/** A partner's tenant signs up, the partner enrols, its contact is verified, it is activated. */
const STATUSES = ['EMAIL_VERIFICATION_PENDING', 'IN_REVIEW', 'ACTIVE'];
const EVENTS = PARTNERS * (1 + STATUSES.length);
const KILLS = 10;
/** Effects a process makes after joining before it is killed: a few dozen events into a fetched batch, whose offsets kafkajs commits only at its end. */
const WORK_BEFORE_KILL = 50;

const catalog = EventCatalog.load();
const ENROLLMENT = '/channelgraph/enrollment';

/** The events enrollment publishes as one partner signs up and is enrolled and approved (relationship projects them). */
function partnerEvents(i: number): Array<{ type: string; subject: string; tenantId: string; data: Record<string, unknown> }> {
  const tenantId = randomUUID();
  const partnerId = randomUUID();
  const at = new Date().toISOString();
  const facts = {
    partnerId,
    tenantId,
    program: 'INDIRECT_RESELLER',
    legalName: `Crash Partner ${i} Ltd`,
    primaryContact: { firstName: 'Pat', lastName: 'Primary', email: `pat${i}@crash${i}.example.com` },
  };
  const mpnId = String(7_000_000 + i);
  return [
    {
      type: 'channelgraph.enrollment.TenantSignedUp.v1',
      subject: tenantId,
      tenantId,
      data: {
        tenantId,
        domain: `crash${i}.example.com`,
        displayName: `Crash ${i}`,
        country: 'US',
        admin: { userId: randomUUID(), fullName: 'Pat Primary', email: `pat${i}@crash${i}.example.com` },
        signedUpAt: at,
      },
    },
    { type: 'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1', subject: partnerId, tenantId, data: { ...facts, mpnId, submittedAt: at } },
    { type: 'channelgraph.enrollment.PrimaryContactVerified.v1', subject: partnerId, tenantId, data: { ...facts, verifiedAt: at } },
    { type: 'channelgraph.enrollment.PartnerActivated.v1', subject: partnerId, tenantId, data: { ...facts, mpnId, adminAgentUserId: null, activatedAt: at } },
  ];
}

/**
 * DESIGN §8 (consumers handle once): the relationship service as a process of its own, SIGKILLed
 * while it works through a backlog, KILLS times, restarted each time. A kill leaves events handled
 * (in the database) whose offsets were never committed; they come again to the next process, whose
 * inbox must make them no-ops.
 */
describe(`a consumer process killed mid-batch ${KILLS} times`, () => {
  const clock = scenarioClock('consumer crashes');
  // Topics and a consumer group no earlier run has used: the committed offsets are this test's alone.
  const env = isolatedEnv('crashes', {
    KAFKA_TOPIC_PREFIX: `${testSettings().KAFKA_TOPIC_PREFIX}crashes-${randomUUID().slice(0, 8)}.`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
  });
  const brokers = String(env.KAFKA_BROKERS);
  const prefix = String(env.KAFKA_TOPIC_PREFIX);
  const groupId = `${prefix}channelgraph.relationship`;
  const kafka = new Kafka({ clientId: 'consumer-crashes-test', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  let database: DataSource;
  let child: ChildService | undefined;

  beforeAll(async () => {
    // A first start creates the database, its tables and the topics; it stops cleanly, leaving its group empty.
    await (await ChildService.start('relationship', env)).stop();
    database = await openDatabase(
      createDataSource({ mysqlUrl: String(env.MYSQL_URL), database: String(env.RELATIONSHIP_DATABASE), entities: [], migrations: [] }),
    );
    await recordEffects(database, [
      { table: 'tenant_projection', aggregate: 'NEW.tenant_id', what: "'tenant'", ref: "CONCAT(NEW.tenant_id, ':tenant')", on: ['INSERT', 'UPDATE'] },
      {
        table: 'partner_projection',
        aggregate: 'NEW.partner_id',
        what: 'NEW.status',
        ref: "CONCAT(NEW.partner_id, ':', NEW.status)",
        on: ['INSERT', 'UPDATE'],
      },
    ]);
    clock.say('relationship migrated, its projections recorded');
  }, 120_000);

  afterAll(async () => {
    await child?.stop();
    await database?.destroy();
  }, 60_000);

  it(`handles each of ${EVENTS} events once, in order per aggregate, dead-lettering none`, async () => {
    const events = Array.from({ length: PARTNERS }, (_, i) => partnerEvents(i)).flat();
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const byTopic = new Map<string, Message[]>();
    for (const event of events) {
      catalog.assertValid(event.type, event.data);
      const topic = physicalTopic(prefix, catalog.contract(event.type).topic);
      byTopic.set(topic, [
        ...(byTopic.get(topic) ?? []),
        { key: event.subject, value: serializeCloudEvent(toCloudEvent(ENROLLMENT, event)), headers: { 'content-type': STRUCTURED_CONTENT_TYPE } },
      ]);
    }
    await producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    await producer.disconnect();
    clock.say(`${EVENTS} events waiting for relationship`);

    const effectCount = async () => Number((await database.query('SELECT COUNT(*) AS n FROM fault_effect'))[0].n);
    const kills: Array<{ effects: number; committed: number; pid: number }> = [];
    for (let kill = 1; kill <= KILLS; kill += 1) {
      child = await ChildService.start('relationship', env);
      const joinedWith = await effectCount();
      await eventually(`process ${kill} at work`, async () => ((await effectCount()) >= joinedWith + WORK_BEFORE_KILL ? true : undefined), 60_000, 5);
      await child.kill();
      const effects = await effectCount();
      kills.push({ effects, committed: await committedOf(brokers, groupId, [...byTopic.keys()]), pid: child.pid });
      clock.say(
        `kill ${kill}: pid ${child.pid} SIGKILLed after ${effects - joinedWith} effects, ${effects} in all, ${kills.at(-1)!.committed} events committed`,
      );
      child = undefined;
    }

    const lastKillAt = Date.now();
    child = await ChildService.start('relationship', env);
    const joinedAt = Date.now();
    // Everything committed is everything handled: whatever is missing then is lost, not late.
    await eventually(
      'the backlog handled and committed',
      async () => ((await lagOf(brokers, groupId, [...byTopic.keys()])) === 0 ? true : undefined),
      120_000,
      100,
    );
    const finishedAt = Date.now();
    const catchUpMs = finishedAt - lastKillAt;

    const expected = events.map((event) => {
      const status = {
        'channelgraph.enrollment.PartnerEnrollmentSubmitted.v1': STATUSES[0],
        'channelgraph.enrollment.PrimaryContactVerified.v1': STATUSES[1],
        'channelgraph.enrollment.PartnerActivated.v1': STATUSES[2],
      }[event.type];
      return { key: `${event.subject}:${status ?? 'tenant'}`, aggregate: event.subject };
    });
    const effects = await readEffects(database);
    const comparison = compareEffects(
      expected,
      effects.map((effect) => ({ key: effect.ref, aggregate: effect.aggregate })),
    );
    const dlq = await deadLettered(brokers, prefix);
    // Handled but not committed when the process died: each of these came again to the next process.
    const uncommitted = kills.map(({ effects: handled, committed }) => handled - committed);
    const redelivered = uncommitted.reduce((sum, count) => sum + count, 0);
    reportFigures({
      scenario: `a consumer process (relationship) SIGKILLed ${KILLS} times while it works through ${EVENTS} events`,
      produced: EVENTS,
      expected: expected.length,
      observed: effects.length,
      lost: comparison.lost,
      doubled: comparison.doubled,
      outOfOrder: comparison.outOfOrder,
      aggregates: comparison.aggregates,
      catchUpMs,
      wallMs: clock.elapsedMs(),
      notes: [
        `${KILLS} kills, each after ${WORK_BEFORE_KILL}+ effects of its process, with ${Math.min(...uncommitted)}–${Math.max(...uncommitted)} events handled but not committed; ` +
          `${redelivered} redeliveries in all, each a no-op (inbox); dead-lettered: ${dlq}`,
        `after the last kill: ${((joinedAt - lastKillAt) / 1000).toFixed(1)} s until the restarted process was given partitions (the group drops a dead member after its 10 s session timeout), ${((finishedAt - joinedAt) / 1000).toFixed(1)} s to finish the backlog`,
        'emails: none (relationship sends none; a notification process killed mid-send leaves its claimed emails for their 2-minute lease)',
      ],
    });

    // Kills came mid-batch: with work handled and not committed, and more of the backlog to go. A run of events
    // commits in one transaction and its offsets right after, so a kill may also fall between two runs (0
    // uncommitted); most must not, or this would test no redelivery.
    expect(uncommitted.filter((count) => count > 0).length).toBeGreaterThanOrEqual(KILLS / 2);
    expect(uncommitted.every((count) => count >= 0)).toBe(true);
    expect(kills.every(({ effects: handled }) => handled < EVENTS)).toBe(true);
    expect({ lost: comparison.lost, doubled: comparison.doubled, outOfOrder: comparison.outOfOrder }).toEqual({ lost: 0, doubled: 0, outOfOrder: 0 });
    expect(effects).toHaveLength(EVENTS);
    expect(dlq).toBe(0);
  }, 300_000);
});
