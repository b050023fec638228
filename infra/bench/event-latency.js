'use strict';
// Sign-up → TenantSignedUp in enrollment's outbox → relay → Kafka → notification consumer → its
// notification row. Both timestamps are DATETIME(3) on the one MySQL server, so one query compares them.
const mysql = require('mysql2/promise');
const { setTimeout: sleep } = require('node:timers/promises');
const { databaseOf, log, signUp } = require('./stack');
const { percentiles } = require('./report');

const SIGN_UPS = 200;
const PAUSE_MS = 20;
const WAIT_TIMEOUT_MS = 120_000;

async function runEventLatencyBench({ gatewayUrl, mysqlUrl, runId }) {
  log(`events: ${SIGN_UPS} sign-ups through the gateway, ${PAUSE_MS} ms apart...`);
  const tenantIds = [];
  const started = Date.now();
  for (let i = 0; i < SIGN_UPS; i += 1) {
    tenantIds.push((await signUp(gatewayUrl, `lat-${runId}-${i}`)).tenantId);
    await sleep(PAUSE_MS);
  }
  const signUpSeconds = (Date.now() - started) / 1000;
  log(`events: sign-ups done in ${signUpSeconds.toFixed(1)}s; waiting for the ${SIGN_UPS} notifications...`);

  const connection = await mysql.createConnection({ uri: mysqlUrl });
  try {
    const rows = await waitForNotifications(connection, tenantIds);
    const latencyMs = percentiles(
      rows.map((row) => Number(row.latency_ms)),
      [50, 95, 99, 100],
    );
    log(`events: commit → notification p50 ${latencyMs.p50} ms, p95 ${latencyMs.p95} ms, p99 ${latencyMs.p99} ms, max ${latencyMs.max} ms`);
    return { signUps: SIGN_UPS, pauseMs: PAUSE_MS, signUpSeconds, latencyMs };
  } finally {
    await connection.end();
  }
}

/** Polls until each tenant has its WELCOME notification; the latency is computed by MySQL itself. */
async function waitForNotifications(connection, tenantIds) {
  const enrollment = databaseOf('enrollment');
  const notification = databaseOf('notification');
  const query = `
    SELECT o.aggregate_id, TIMESTAMPDIFF(MICROSECOND, o.created_at, n.created_at) / 1000 AS latency_ms
    FROM \`${enrollment}\`.outbox_event o
    JOIN \`${notification}\`.notification n ON n.related_entity_id = o.aggregate_id AND n.kind = 'WELCOME'
    WHERE o.event_type = 'channelgraph.enrollment.TenantSignedUp.v1' AND o.aggregate_id IN (?)`;
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  for (;;) {
    const [rows] = await connection.query(query, [tenantIds]);
    if (rows.length === tenantIds.length) return rows;
    if (rows.length > tenantIds.length) throw new Error(`expected ${tenantIds.length} notifications, found ${rows.length}: duplicate effects?`);
    if (Date.now() > deadline) {
      throw new Error(`only ${rows.length} of ${tenantIds.length} welcome notifications appeared within ${WAIT_TIMEOUT_MS / 1000}s`);
    }
    await sleep(250);
  }
}

module.exports = { runEventLatencyBench };
