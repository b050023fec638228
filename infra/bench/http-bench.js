'use strict';
// One query several ways under the same load: straight to a subgraph, through a bare @apollo/gateway and through
// our gateway (auth, limits, metrics on top). Every server is a process of its own (stack.js) and the load comes
// from another: autocannon's CLI, 16 connections, a warm-up and then ROUNDS measured rounds per target, the
// targets taking turns so a noisy neighbour hits each alike. Around each round every process's CPU time is read
// from /proc, so each figure comes with the CPU milliseconds each process spent per request.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { root, log } = require('./stack');
const { clockTicksPerSecond, databaseServerPid, cpuTicks, reapedChildrenTicks, rssBytes } = require('./proc-stats');

const CONNECTIONS = 16;
/** BENCH_HTTP_SECONDS and BENCH_HTTP_WARMUP_SECONDS shorten the rounds (a quick look; the figures get noisier). */
const DURATION_SECONDS = Number(process.env.BENCH_HTTP_SECONDS || 10);
const WARMUP_SECONDS = Number(process.env.BENCH_HTTP_WARMUP_SECONDS || 2);
const ROUNDS = 2;
const AUTOCANNON = path.join(root, 'node_modules/.bin/autocannon');

const ME = '{ me { id email fullName roles tenant { id domain displayName } } }';
/** The partner dashboard: one page of a partner's customers with what the console shows of each. */
const DASHBOARD = `query Dashboard($id: ID!) {
  partner(id: $id) { customers(first: 50) { edges { node { roles adminPrivileges canTransact customer { displayName domain country hasAcceptedCurrentAgreement } } } } }
}`;
/**
 * No one subgraph answers the dashboard: its direct figure is relationship's part, the _entities fetch a gateway
 * sends it (the page of relationships, customer ids only); enrollment's and agreement's parts are smaller.
 */
const DASHBOARD_RELATIONSHIP_PART = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Partner { customers(first: 50) { edges { node { roles adminPrivileges canTransact customer { id } } } } } }
}`;

/** POSTs an operation and returns the raw body: what autocannon must see on every response. */
async function rawResponse(url, body, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

/**
 * One request by hand first: a target that answers with errors must not be benchmarked. Two in a row must match
 * to the byte, for autocannon's expectBody to count any other response as a mismatch.
 */
async function expectedBody(target, check) {
  const first = await rawResponse(target.url, target.body, target.token);
  let parsed;
  try {
    parsed = JSON.parse(first.text);
  } catch {
    parsed = null;
  }
  if (first.status !== 200 || !parsed || parsed.errors || !check(parsed.data)) {
    throw new Error(`${target.label} (${target.url}) does not answer the query correctly (HTTP ${first.status}): ${first.text.slice(0, 500)}`);
  }
  const second = await rawResponse(target.url, target.body, target.token);
  return second.text === first.text ? first.text : null;
}

/** The load generator, a process of its own; its result is the JSON line autocannon prints. */
function autocannon(target, duration, expected) {
  const args = [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(duration), '-j', '-n', '-m', 'POST'];
  args.push('-H', 'content-type=application/json', '-H', `authorization=Bearer ${target.token}`, '-b', target.body);
  if (expected) args.push('-E', expected);
  args.push(target.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.slice(-500)}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
      } catch (error) {
        reject(new Error(`autocannon printed no result (${error.message}): ${stdout.slice(-500)} ${stderr.slice(-500)}`));
      }
    });
  });
}

/** CPU ticks of each process now; the load generator's are those of this process's exited children. */
function sampleCpu(processes) {
  return { ticks: Object.fromEntries(processes.map((p) => [p.name, p.cpuTicks()])), loadGenerator: reapedChildrenTicks() };
}

async function measureRound(target, processes, expected) {
  const before = sampleCpu(processes);
  const result = await autocannon(target, DURATION_SECONDS, expected);
  const after = sampleCpu(processes);
  const ticks = Object.fromEntries(
    processes.map((p) => [p.name, before.ticks[p.name] === null || after.ticks[p.name] === null ? null : after.ticks[p.name] - before.ticks[p.name]]),
  );
  ticks['load generator'] = after.loadGenerator - before.loadGenerator;
  return {
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    cpuTicks: ticks,
    rssBytes: Object.fromEntries(processes.map((p) => [p.name, p.rssBytes()])),
  };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The rounds of one target as one figure: requests over seconds, latency percentiles averaged, CPU per request summed over rounds. */
function summarize(target, rounds, ticksPerSecond) {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const cpuMsPerRequest = {};
  for (const name of Object.keys(rounds[0].cpuTicks)) {
    const ticks = rounds.map((r) => r.cpuTicks[name]);
    cpuMsPerRequest[name] = ticks.some((t) => t === null) || requests === 0 ? null : (ticks.reduce((a, b) => a + b, 0) * 1000) / ticksPerSecond / requests;
  }
  const rssMaxBytes = {};
  for (const name of Object.keys(rounds[0].rssBytes)) rssMaxBytes[name] = Math.max(...rounds.map((r) => r.rssBytes[name] ?? 0)) || null;
  return {
    label: target.label,
    url: target.url,
    requestsPerSecond: requests / seconds,
    requestsTotal: requests,
    latencyMs: Object.fromEntries(['p50', 'p90', 'p99', 'max', 'mean'].map((p) => [p, mean(rounds.map((r) => r.latencyMs[p]))])),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
    mismatches: rounds.reduce((sum, r) => sum + r.mismatches, 0),
    bodyChecked: target.bodyChecked,
    cpuMsPerRequest,
    rssMaxBytes,
    rounds,
  };
}

/**
 * `targets`: [{ name, label, url, query, variables, check }]; `stack`: whose processes to account. Warms every
 * target up, then runs the rounds in turn (direct, bare, ours, direct, bare, ours, …).
 */
async function runQueryBench({ name, token, targets, stack, mysqlPid }) {
  const processes = stack.processes();
  if (mysqlPid) processes.push({ name: 'database server', cpuTicks: () => cpuTicks(mysqlPid), rssBytes: () => rssBytes(mysqlPid) });
  const prepared = [];
  for (const target of targets) {
    const withBody = { ...target, token, body: JSON.stringify({ query: target.query, variables: target.variables }) };
    const expected = await expectedBody(withBody, target.check);
    if (!expected) log(`http: ${name}: ${target.label} answers differently each time; only statuses and errors are checked under load`);
    prepared.push({ ...withBody, expected, bodyChecked: Boolean(expected) });
  }
  for (const target of prepared) {
    log(`http: ${name}: ${target.label}: ${WARMUP_SECONDS}s warm-up at ${CONNECTIONS} connections...`);
    await autocannon(target, WARMUP_SECONDS, null);
  }
  const rounds = Object.fromEntries(prepared.map((t) => [t.name, []]));
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const target of prepared) {
      log(`http: ${name}: ${target.label}: round ${round} of ${ROUNDS}, ${DURATION_SECONDS}s at ${CONNECTIONS} connections...`);
      const r = await measureRound(target, processes, target.expected);
      rounds[target.name].push(r);
      log(
        `http: ${name}: ${target.label}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, bad ${badResponses(r)}`,
      );
    }
  }
  // One more by hand after the load: each target still answers correctly.
  for (const target of prepared) await expectedBody(target, target.check);
  const ticksPerSecond = clockTicksPerSecond();
  return {
    query: targets.find((t) => t.name === 'ours').query,
    targets: Object.fromEntries(prepared.map((t) => [t.name, summarize(t, rounds[t.name], ticksPerSecond)])),
  };
}

const badResponses = (r) => r.non2xx + r.errors + r.timeouts + r.mismatches;
/** The stack's own processes: both gateways and the subgraphs, not the load generator nor the (shared) database server. */
const STACK_EXCLUDES = ['load generator', 'database server'];
const stackCpuMsPerRequest = (target) =>
  Object.entries(target.cpuMsPerRequest)
    .filter(([name, ms]) => !STACK_EXCLUDES.includes(name) && ms !== null)
    .reduce((sum, [, ms]) => sum + ms, 0);

/** `me` first (a lookup by key in enrollment), against the enrollment subgraph straight. */
async function runMeBench({ token, stack, mysqlPid }) {
  const check = (data) => Boolean(data?.me?.id && data.me.tenant?.id);
  const targets = [
    { name: 'direct', label: 'enrollment subgraph', url: stack.services.enrollment.url, query: ME, check },
    { name: 'bare', label: 'bare @apollo/gateway', url: stack.bare.url, query: ME, check },
    { name: 'ours', label: 'our gateway', url: stack.gateway.url, query: ME, check },
  ];
  return runQueryBench({ name: 'me', token, targets, stack, mysqlPid });
}

/** The dashboard of channel-bench.js's partner (its 10,000 customers), as the partner's admin agent. */
async function runDashboardBench({ partner, stack, mysqlPid }) {
  const check = (data) => data?.partner?.customers?.edges?.length === 50 && data.partner.customers.edges.every((e) => e.node.customer?.displayName);
  const checkPart = (data) => data?._entities?.[0]?.customers?.edges?.length === 50;
  const variables = { id: partner.partnerId };
  const targets = [
    {
      name: 'direct',
      label: 'relationship subgraph (its part)',
      url: stack.services.relationship.url,
      query: DASHBOARD_RELATIONSHIP_PART,
      variables: { representations: [{ __typename: 'Partner', id: partner.partnerId }] },
      check: checkPart,
    },
    { name: 'bare', label: 'bare @apollo/gateway', url: stack.bare.url, query: DASHBOARD, variables, check },
    { name: 'ours', label: 'our gateway', url: stack.gateway.url, query: DASHBOARD, variables, check },
  ];
  return runQueryBench({ name: 'dashboard', token: partner.token, targets, stack, mysqlPid });
}

/** Ratios to the reference measured in the same run. */
function compareTargets({ direct, bare, ours }) {
  const ratio = (a, b) => (a === null || b === null || !(b > 0) ? null : a / b);
  const of = (a, b) => ({
    throughput: ratio(a.requestsPerSecond, b.requestsPerSecond),
    p50: ratio(a.latencyMs.p50, b.latencyMs.p50),
    p99: ratio(a.latencyMs.p99, b.latencyMs.p99),
    cpuMsPerRequest: ratio(stackCpuMsPerRequest(a), stackCpuMsPerRequest(b)),
  });
  return { oursOverBare: of(ours, bare), bareOverDirect: of(bare, direct), oursOverDirect: of(ours, direct) };
}

async function runHttpBench(kind, options) {
  const measured = kind === 'me' ? await runMeBench(options) : await runDashboardBench(options);
  return {
    ...measured,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    rounds: ROUNDS,
    loadGenerator: 'autocannon CLI, a process of its own',
    clockTicksPerSecond: clockTicksPerSecond(),
    comparison: compareTargets(measured.targets),
  };
}

module.exports = { runHttpBench, badResponses, stackCpuMsPerRequest, databaseServerPid };
