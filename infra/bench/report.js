'use strict';
// Percentiles, the human-readable table on stdout and the JSON files in bench-results/.
const fs = require('node:fs');
const path = require('node:path');

/** Nearest-rank percentiles, e.g. percentiles(xs, [50, 99, 100]) → { p50, p99, max }. */
function percentiles(values, ps) {
  if (values.length === 0) throw new Error('no values to take percentiles of');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return Object.fromEntries(ps.map((p) => [p === 100 ? 'max' : `p${p}`, at(p)]));
}

const fixed = (n, digits = 1) => (n === null || n === undefined ? '-' : Number(n).toFixed(digits));

/** Columns right-aligned (numbers), except a first column of labels when `labels` is set. */
function table(rows, { labels = false } = {}) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const pad = (cell, i) => (labels && i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]));
  return rows.map((row) => `   ${row.map(pad).join('  ')}`).join('\n');
}

function render(results) {
  const { http, events, pipeline } = results;
  const lines = [`channelgraph bench ${results.startedAt} (${results.machine.cpus} CPUs, Node ${results.machine.node})`, ''];
  lines.push(`1. ${http.query}, ${http.connections} connections, ${http.durationSeconds}s each after ${http.warmupSeconds}s warm-up`);
  lines.push(
    table(
      [
        ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'bad bodies'],
        ...Object.values(http.targets).map((t) => [
          t.label,
          fixed(t.requestsPerSecond, 0),
          t.latencyMs.p50,
          t.latencyMs.p99,
          t.requestsTotal,
          t.non2xx,
          t.errors + t.timeouts,
          t.mismatches,
        ]),
      ],
      { labels: true },
    ),
  );
  const { oursOverBare: ob, oursOverDirect: od, checks } = http.comparison;
  lines.push(`   ours/bare:   throughput ${fixed(ob.throughput, 2)}  p50 ${fixed(ob.p50, 2)}  p99 ${fixed(ob.p99, 2)}`);
  lines.push(`   ours/direct: throughput ${fixed(od.throughput, 2)}  p50 ${fixed(od.p50, 2)}  p99 ${fixed(od.p99, 2)}`);
  const mark = (ok) => (ok ? 'ok' : 'MISSED');
  lines.push(
    `   target ${http.comparison.target}: ${http.comparison.targetMet ? 'MET' : 'NOT MET'} (p50 ${mark(checks.p50)}, p99 ${mark(checks.p99)}, throughput ${mark(checks.throughput)})`,
  );
  lines.push('');
  lines.push(`2. Event latency, commit → notification row (${events.signUps} sign-ups, ${events.pauseMs} ms apart)`);
  lines.push(
    table([
      ['p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [events.latencyMs.p50, events.latencyMs.p95, events.latencyMs.p99, events.latencyMs.max].map((v) => fixed(v, 1)),
    ]),
  );
  lines.push('');
  lines.push(`3. Outbox → Kafka → idempotent consumer, ${pipeline.events} events in transactions of ${pipeline.perTransaction}`);
  lines.push(
    table([
      ['end-to-end ev/s', 'total s', 'write ev/s', 'write s', 'all on Kafka at s'],
      [
        fixed(pipeline.endToEndEventsPerSecond, 0),
        fixed(pipeline.totalSeconds, 2),
        fixed(pipeline.writeEventsPerSecond, 0),
        fixed(pipeline.writeSeconds, 2),
        fixed(pipeline.publishedSeconds, 2),
      ],
    ]),
  );
  lines.push(
    `   writer transactions retried after a deadlock: ${pipeline.writerDeadlockRetries}, relay failed batches: ${pipeline.relayStats.failedBatches}, ` +
      `consumer duplicates: ${pipeline.consumerStats.duplicate}, dead-lettered: ${pipeline.consumerStats['dead-lettered']}`,
  );
  if (results.channel) lines.push('', ...renderChannel(results.channel));
  return lines.join('\n');
}

/** channel-bench.js: latencies, then SQL statements per gateway query and the plans behind the customer list. */
function renderChannel(channel) {
  const { signIn, listing, statements, authorize, acceptance } = channel;
  const row = (label, s) => [label, fixed(s.p50, 1), fixed(s.p99, 1), fixed(s.max, 1), s.samples];
  const lines = [`4. Channel: one ACTIVE partner with ${listing.customers} customers (sequential calls, ms)`];
  lines.push(
    table(
      [
        ['measure', 'p50', 'p99', 'max', 'samples'],
        row('signIn through the gateway (scrypt)', signIn.gateway),
        row('  scrypt verify alone, in process', signIn.scryptAlone),
        row(`Partner.customers first page (first: ${listing.pageSize})`, listing.firstPage),
        row(`  page ${listing.deepPage.page} (keyset after)`, listing.deepPage),
        row(`  search "${listing.search.prefix}" (${listing.search.matches} matches)`, listing.search),
        row(`  search "${listing.rareSearch.prefix}" (${listing.rareSearch.matches} matches, domains only)`, listing.rareSearch),
        row('authorize through the gateway', authorize.gateway),
        row('  authorize straight to relationship', authorize.direct),
        row(`acceptAgreement → authorize allowed (${acceptance.pollMs} ms polls)`, acceptance.delayMs),
        row('  AgreementAccepted outbox → relationship inbox (server clock)', acceptance.outboxToProjectionMs),
      ],
      { labels: true },
    ),
  );
  lines.push(
    `   imports of one row each: first 10 mean ${fixed(acceptance.importMs.first10Mean, 1)} ms, last 10 mean ${fixed(acceptance.importMs.last10Mean, 1)} ms; ` +
      `${acceptance.relationshipEstablishedEvents} RelationshipEstablished events for ${acceptance.runs} imports (${acceptance.pendingImportRows} pending_import rows kept)`,
  );
  lines.push('   SQL statements per gateway query (general log, each service pool’s own connections):');
  lines.push(
    table(
      [
        ['query', 'relationship', 'enrollment', 'server-wide Com_select'],
        ...statements.cases.map((c) => [c.label, c.relationship.statements, c.enrollment.statements, c.globalDelta.comSelect]),
      ],
      { labels: true },
    ),
  );
  lines.push(
    `   same count for 50 and 100 customers (batched, no N+1): ${statements.batched ? 'yes' : 'NO'}; first: ${statements.cap.first} → ${statements.cap.code ?? 'accepted'}`,
  );
  lines.push('   plans of the relationship statements behind one page (MariaDB ANALYZE; r_rows counts rows after index condition pushdown):');
  lines.push(
    table(
      [
        ['page', 'statement', 'server ms', 'access', 'r_rows', 'key (ix_relationship_…)', 'extra'],
        ...statements.plans.map(({ label, sql, serverMs, plan: [step] }) => {
          const short = (text) => String(text ?? '').replace(/ix_relationship_/g, '');
          return [
            label,
            /^SELECT COUNT/i.test(sql) ? 'count' : 'rows',
            fixed(serverMs, 2),
            step.type,
            fixed(step.readRows ?? step.rows, 0),
            short(step.key),
            short(step.extra),
          ];
        }),
      ],
      { labels: true },
    ),
  );
  return lines;
}

/** bench-results/bench-<ISO timestamp>.json and bench-results/latest.json. */
function writeResults(root, results) {
  const dir = path.join(root, 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  fs.writeFileSync(file, json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  return file;
}

module.exports = { percentiles, render, writeResults };
