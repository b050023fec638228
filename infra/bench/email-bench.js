'use strict';
// Mail delivery: TenantSignedUp events published straight to Kafka → notification consumer → its
// notification row → mailer → the bench's SMTP catcher. (1) A burst, for the emails per second the
// mailer sustains while a backlog drains; (2) a steady trickle below that rate, for the delay when
// nothing queues. Delay = the notification's `sent_at` (the SMTP server accepted the message) minus
// the event's CloudEvent `time`; both are stamped by this machine's clock.
const mysql = require('mysql2/promise');
const { randomUUID } = require('node:crypto');
const { setTimeout: sleep } = require('node:timers/promises');
const { databaseOf, dist, log } = require('./stack');
const { percentiles } = require('./report');

const BURST = 500;
const BURST_CHUNK = 100;
const TRICKLE = 200;
const TRICKLE_PER_SECOND = 20;
const TIMEOUT_MS = 180_000;
const EVENT_TYPE = 'channelgraph.enrollment.TenantSignedUp.v1';

async function runEmailBench({ env, smtpApiUrl, runId }) {
  const common = dist('services/common/dist/index.js');
  const { loadNotificationConfig } = dist('services/notification/dist/config.js');
  const { createBrokerClient } = require('../lib/broker-client');
  const domain = `mail-${runId}.bench.example.com`;
  const topic = common.physicalTopic(env.KAFKA_TOPIC_PREFIX, common.EventCatalog.load().contract(EVENT_TYPE).topic);
  const producer = createBrokerClient({ clientId: 'bench-email', brokers: [env.KAFKA_BROKERS] }).producer({ allowAutoTopicCreation: true });
  const connection = await mysql.createConnection({ uri: env.MYSQL_URL, database: databaseOf('notification'), timezone: 'Z' });
  const eventTimes = new Map();
  let sequence = 0;

  /** One sign-up event; its `time` is stamped now, just before it is sent. */
  const message = () => {
    const tenantId = randomUUID();
    const i = (sequence += 1);
    const event = common.toCloudEvent('/channelgraph/enrollment', {
      type: EVENT_TYPE,
      subject: tenantId,
      tenantId,
      data: {
        tenantId,
        domain,
        displayName: `Mail bench ${i}`,
        country: 'US',
        admin: { userId: randomUUID(), fullName: `Mail Bench ${i}`, email: `admin-${i}@${domain}` },
        signedUpAt: new Date().toISOString(),
      },
    });
    eventTimes.set(tenantId, Date.parse(event.time));
    return { tenantId, kafka: { key: tenantId, value: common.serializeCloudEvent(event), headers: { 'content-type': common.STRUCTURED_CONTENT_TYPE } } };
  };

  try {
    await producer.connect();
    log(`email: ${BURST} sign-up events at once, then ${TRICKLE} at ${TRICKLE_PER_SECOND}/s; waiting for each email to be SENT...`);
    const burst = [];
    for (let i = 0; i < BURST; i += BURST_CHUNK) {
      const chunk = Array.from({ length: Math.min(BURST_CHUNK, BURST - i) }, message);
      await producer.send(
        topic,
        chunk.map((m) => m.kafka),
      );
      burst.push(...chunk.map((m) => m.tenantId));
    }
    const burstRows = await waitUntilSent(connection, burst);

    const trickle = [];
    for (let i = 0; i < TRICKLE; i += 1) {
      const m = message();
      await producer.send(topic, [m.kafka]);
      trickle.push(m.tenantId);
      await sleep(1000 / TRICKLE_PER_SECOND);
    }
    const trickleRows = await waitUntilSent(connection, trickle);

    const caught = await caughtFor(smtpApiUrl, domain);
    if (caught !== BURST + TRICKLE) throw new Error(`the SMTP catcher holds ${caught} emails to ${domain}, expected ${BURST + TRICKLE}`);

    const delays = (rows) => rows.map((row) => row.sent_at.getTime() - eventTimes.get(row.related_entity_id));
    const firstEvent = Math.min(...burst.map((id) => eventTimes.get(id)));
    const sentTimes = burstRows.map((row) => row.sent_at.getTime());
    const lastSent = Math.max(...sentTimes);
    const result = {
      mailConcurrency: loadNotificationConfig(env).MAIL_CONCURRENCY,
      burst: {
        emails: BURST,
        seconds: (lastSent - firstEvent) / 1000,
        emailsPerSecond: BURST / ((lastSent - firstEvent) / 1000),
        // While sending, after the first email: the mailer's own pace, without the consumer's head start.
        sendingEmailsPerSecond: (BURST - 1) / ((lastSent - Math.min(...sentTimes)) / 1000),
        delayMs: percentiles(delays(burstRows), [50, 95, 99, 100]),
      },
      trickle: { emails: TRICKLE, perSecond: TRICKLE_PER_SECOND, delayMs: percentiles(delays(trickleRows), [50, 95, 99, 100]) },
      retries: [...burstRows, ...trickleRows].filter((row) => Number(row.attempts) !== 1).length,
    };
    log(
      `email: burst ${result.burst.emailsPerSecond.toFixed(0)} emails/s (${result.burst.seconds.toFixed(2)}s), ` +
        `event → SMTP p50 ${result.burst.delayMs.p50} ms, p99 ${result.burst.delayMs.p99} ms; ` +
        `trickle p50 ${result.trickle.delayMs.p50} ms, p99 ${result.trickle.delayMs.p99} ms`,
    );
    return result;
  } finally {
    await producer.disconnect().catch(() => {});
    await connection.end();
  }
}

/** Polls until every tenant's WELCOME email is SENT; one row each, or the bench fails. */
async function waitUntilSent(connection, tenantIds) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const [rows] = await connection.query(
      "SELECT related_entity_id, status, attempts, sent_at FROM notification WHERE kind = 'WELCOME' AND related_entity_id IN (?)",
      [tenantIds],
    );
    if (rows.length > tenantIds.length) throw new Error(`expected ${tenantIds.length} notifications, found ${rows.length}: duplicate emails?`);
    const failed = rows.filter((row) => row.status === 'FAILED');
    if (failed.length > 0) throw new Error(`${failed.length} emails FAILED`);
    if (rows.length === tenantIds.length && rows.every((row) => row.status === 'SENT')) return rows;
    if (Date.now() > deadline) {
      const sent = rows.filter((row) => row.status === 'SENT').length;
      throw new Error(`only ${sent} of ${tenantIds.length} emails were SENT within ${TIMEOUT_MS / 1000}s`);
    }
    await sleep(100);
  }
}

async function caughtFor(smtpApiUrl, domain) {
  const response = await fetch(`${smtpApiUrl}/api/messages`, { signal: AbortSignal.timeout(30_000) });
  const messages = await response.json();
  return messages.filter((m) => m.to.some((to) => to.toLowerCase().endsWith(`@${domain}`))).length;
}

const fixed = (n, digits = 1) => Number(n).toFixed(digits);

/** The email section of the table run.js prints. */
function renderEmail(email) {
  const { burst, trickle } = email;
  return [
    `5. Email delivery to the local SMTP catcher, event → Kafka → notification → SMTP (MAIL_CONCURRENCY ${email.mailConcurrency})`,
    `   burst of ${burst.emails}: ${fixed(burst.emailsPerSecond, 0)} emails/s first event → last SENT (${fixed(burst.seconds, 2)} s), ${fixed(burst.sendingEmailsPerSecond, 0)} emails/s while sending`,
    `   event time → SMTP accepted, ms:`,
    `     burst of ${burst.emails}          p50 ${fixed(burst.delayMs.p50, 0)}  p95 ${fixed(burst.delayMs.p95, 0)}  p99 ${fixed(burst.delayMs.p99, 0)}  max ${fixed(burst.delayMs.max, 0)}`,
    `     ${trickle.emails} at ${trickle.perSecond}/s        p50 ${fixed(trickle.delayMs.p50, 0)}  p95 ${fixed(trickle.delayMs.p95, 0)}  p99 ${fixed(trickle.delayMs.p99, 0)}  max ${fixed(trickle.delayMs.max, 0)}`,
    `   emails that needed more than one attempt: ${email.retries}`,
  ].join('\n');
}

module.exports = { runEmailBench, renderEmail };
