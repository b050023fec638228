'use strict';
// One entity query three ways under the same load: straight to the enrollment subgraph, through a
// bare @apollo/gateway, and through our gateway (auth, limits, metrics on top).
const autocannon = require('autocannon');
const path = require('node:path');
const { graphql, log } = require('./stack');

const ME = '{ me { id email fullName roles tenant { id domain displayName } } }';
const CONNECTIONS = 16;
const WARMUP_SECONDS = 2;
const DURATION_SECONDS = 10;
const TARGET = 1.15;

/** One request by hand first: a target that answers with errors must not be benchmarked. */
async function checkTarget(name, url, token) {
  const { status, body } = await graphql(url, ME, { token });
  if (status !== 200 || body.errors || !body.data?.me?.id || !body.data.me.tenant?.id) {
    throw new Error(`${name} (${url}) does not answer the query correctly (HTTP ${status}): ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data.me;
}

// The load generator runs in a worker thread so it does not share the servers' event loop.
function load(url, token, duration) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ME }),
    connections: CONNECTIONS,
    duration,
    workers: 1,
    verifyBody: path.join(__dirname, 'verify-me.js'),
  });
}

function summarize(result) {
  return {
    requestsPerSecond: result.requests.average,
    requestsTotal: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    durationSeconds: result.duration,
  };
}

async function runHttpBench({ token, urls }) {
  const targets = [
    ['direct', 'enrollment subgraph', urls.direct],
    ['bare', 'bare @apollo/gateway', urls.bare],
    ['ours', 'our gateway', urls.ours],
  ];
  for (const [name, , url] of targets) await checkTarget(name, url, token);
  const results = {};
  for (const [name, label, url] of targets) {
    log(`http: ${label}: ${WARMUP_SECONDS}s warm-up, then ${DURATION_SECONDS}s at ${CONNECTIONS} connections...`);
    await load(url, token, WARMUP_SECONDS);
    results[name] = { label, url, ...summarize(await load(url, token, DURATION_SECONDS)) };
    // One more by hand after the load: the service still answers correctly.
    await checkTarget(name, url, token);
    const r = results[name];
    log(`http: ${label}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, bad ${badResponses(r)}`);
  }
  return {
    query: ME,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    targets: results,
    comparison: compare(results),
  };
}

const badResponses = (r) => r.non2xx + r.errors + r.timeouts + r.mismatches;

/** Ratios, and the target "ours ≤ 1.15 × bare" read as: latency ≤ 1.15 × bare's, throughput ≥ bare / 1.15. */
function compare({ direct, bare, ours }) {
  const ratio = (a, b) => (b > 0 ? a / b : null);
  const checks = {
    p50: ours.latencyMs.p50 <= TARGET * bare.latencyMs.p50,
    p99: ours.latencyMs.p99 <= TARGET * bare.latencyMs.p99,
    throughput: ours.requestsPerSecond >= bare.requestsPerSecond / TARGET,
  };
  return {
    target: `ours ≤ ${TARGET} × bare (p50 and p99 latency ≤ ${TARGET} × bare's, throughput ≥ bare / ${TARGET})`,
    oursOverBare: {
      throughput: ratio(ours.requestsPerSecond, bare.requestsPerSecond),
      p50: ratio(ours.latencyMs.p50, bare.latencyMs.p50),
      p99: ratio(ours.latencyMs.p99, bare.latencyMs.p99),
    },
    oursOverDirect: {
      throughput: ratio(ours.requestsPerSecond, direct.requestsPerSecond),
      p50: ratio(ours.latencyMs.p50, direct.latencyMs.p50),
      p99: ratio(ours.latencyMs.p99, direct.latencyMs.p99),
    },
    checks,
    targetMet: Object.values(checks).every(Boolean),
    badResponses: Object.fromEntries(Object.entries({ direct, bare, ours }).map(([k, r]) => [k, badResponses(r)])),
  };
}

module.exports = { runHttpBench, badResponses };
