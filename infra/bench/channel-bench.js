'use strict';
// The channel figures (issue 5), against the stack run.js started: (1) signIn latency (scrypt); (2) Partner.customers
// for a partner with 10,000 customers: first page, a deep keyset page, a search; (3) SQL statements per customers
// query, counted by MariaDB/MySQL's general log per service connection; (4) authorize through the gateway and
// straight to the relationship subgraph; (5) the delay from acceptAgreement to authorize saying yes (by event).
// The partner is made through the normal flow; its 10,000 customers are bulk-inserted into the *_bench databases.
const mysql = require('mysql2/promise');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');
const { databaseOf, dist, graphql, log, signUp } = require('./stack');
const { percentiles } = require('./report');

const OPERATOR = { email: 'operator@channelgraph.bench', password: 'Operator-Bench-Passw0rd' };
/** The password stack.js's signUp gives every admin. */
const ADMIN_PASSWORD = 'Bench-Passw0rd-1';

/** Added to the bench's env by run.js: a known operator, and (as test/support/stack.ts) no per-address sign-in limit: every call comes from 127.0.0.1. */
const CHANNEL_BENCH_ENV = { OPERATOR_EMAIL: OPERATOR.email, OPERATOR_PASSWORD: OPERATOR.password, SIGN_IN_MAX_PER_ADDRESS: '100000' };

const SIGN_INS = 50;
const CUSTOMERS = 10_000;
const INSERT_BATCH = 1000;
const PAGE_SIZE = 50;
const DEEP_PAGE = 150;
const REPEATS = 50;
const WARMUP = 3;
const SEARCH_PREFIX = 'north';
/** Matches domains only (organisations whose web name starts with their trade): few matches, spread over the whole name order. */
const RARE_PREFIX = 'traders';
const AUTHORIZE_CALLS = 200;
const ACCEPT_RUNS = 100;
const POLL_MS = 5;
const ALLOWED_TIMEOUT_MS = 10_000;

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token mustChangePassword } }';
const CUSTOMERS_PAGE = `query($id: ID!, $first: Int, $after: String, $search: String) {
  partner(id: $id) { customers(first: $first, after: $after, search: $search) { totalCount edges { cursor node { id roles canTransact customerName customer { id } } } } }
}`;
const AUTHORIZE = 'query($p: ID!, $c: ID!) { authorize(partnerId: $p, customerId: $c, permission: SUBMIT_ORDERS) { allowed reasons } }';
/** Part 3's query; `after` and pageInfo only add a keyset condition and nothing to fetch. */
const statementsQuery = (customerFields = 'id') => `query($id: ID!, $first: Int, $after: String) {
  partner(id: $id) { customers(first: $first, after: $after) { edges { node { roles canTransact partnerName customer { ${customerFields} } } } pageInfo { endCursor } } }
}`;

/** Runs an operation; anything but HTTP 200 with data and no errors fails the bench. */
async function call(url, query, variables, token, what) {
  const { status, body } = await graphql(url, query, { variables, token });
  if (status !== 200 || body.errors || !body.data) throw new Error(`${what} failed (HTTP ${status}): ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

const round = (n) => Math.round(n * 100) / 100;

/** p50/p99/max (nearest rank: with 50 samples p99 is the slowest) and the mean, in ms. */
function summarize(ms) {
  const { p50, p99, max } = percentiles(ms, [50, 99, 100]);
  return { samples: ms.length, p50: round(p50), p99: round(p99), max: round(max), mean: round(ms.reduce((a, b) => a + b, 0) / ms.length) };
}

/** `times` sequential calls after a few untimed ones (JIT, pools, caches), each timed on its own. */
async function timeSeries(times, fn, warmup = WARMUP) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const ms = [];
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return summarize(ms);
}

async function waitFor(what, check, timeoutMs = 30_000, intervalMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

const signIn = async (url, email, password) => (await call(url, SIGN_IN, { input: { email, password } }, undefined, `sign-in of ${email}`)).signIn.token;

// ---- 1. sign-in ------------------------------------------------------------------------------------------

async function signInLatency(gatewayUrl, runId) {
  const label = `signin-${runId}`;
  await signUp(gatewayUrl, label);
  const email = `admin@${label}.bench.example.com`;
  log(`channel: ${SIGN_INS} sequential signIn calls through the gateway...`);
  const gateway = await timeSeries(SIGN_INS, () => signIn(gatewayUrl, email, ADMIN_PASSWORD));
  // For scale: the same scrypt check alone, in this process (the service runs it on libuv's thread pool).
  const { hashPassword, verifyPassword } = dist('services/enrollment/dist/domain/passwords.js');
  const hash = await hashPassword(ADMIN_PASSWORD);
  const scryptAlone = await timeSeries(SIGN_INS, async () => {
    if (!(await verifyPassword(ADMIN_PASSWORD, hash))) throw new Error('scrypt check failed');
  });
  log(`channel: signIn p50 ${gateway.p50} ms, p99 ${gateway.p99} ms; scrypt alone p50 ${scryptAlone.p50} ms`);
  return { calls: SIGN_INS, gateway, scryptAlone, hashParameters: hash.split('$').slice(0, 4).join('$') };
}

// ---- 2. the partner and its 10,000 customers --------------------------------------------------------------

/** An ACTIVE partner through the normal flow: sign-up, MPN profile, enrolment, verification (token from the outbox), approval. */
async function createActivePartner({ gatewayUrl, admin, runId, operatorToken }) {
  const label = `channel-${runId}`;
  const { token: signUpToken, tenantId } = await signUp(gatewayUrl, label);
  const mpnId = String(runId).slice(-9);
  await call(
    gatewayUrl,
    'mutation($input: UpsertMpnProfileInput!) { upsertMpnProfile(input: $input) { mpnId } }',
    { input: { mpnId, organizationName: `Channel Bench ${runId}`, country: 'US', status: 'ACTIVE' } },
    operatorToken,
    'upsertMpnProfile',
  );
  const enrolment = {
    program: 'INDIRECT_RESELLER',
    mpnId,
    legalName: `Channel Bench ${runId} Ltd`,
    address: { line1: '1 Partner Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    primaryContact: { firstName: 'Pat', lastName: 'Primary', email: `pat@${label}.bench.example.com`, phone: '+1 206 555 0100' },
    supportContact: { email: `support@${label}.bench.example.com`, phone: '+1 206 555 0199', website: `https://${label}.bench.example.com/support` },
  };
  const enrolled = await call(
    gatewayUrl,
    'mutation($input: EnrollPartnerInput!) { enrollPartner(input: $input) { id status } }',
    { input: enrolment },
    signUpToken,
    'enrollPartner',
  );
  const partnerId = enrolled.enrollPartner.id;
  // The token travels in VerificationLinkIssued (to notification alone); its outbox row is written in the enrolment's transaction.
  const [[row]] = await admin.query(
    `SELECT message FROM \`${databaseOf('enrollment')}\`.outbox_event WHERE event_type = 'channelgraph.enrollment.VerificationLinkIssued.v1' AND aggregate_id = ? ORDER BY seq DESC LIMIT 1`,
    [partnerId],
  );
  if (!row) throw new Error(`no VerificationLinkIssued in enrollment's outbox for partner ${partnerId}`);
  const verificationToken = JSON.parse(row.message).data.verificationToken;
  await call(
    gatewayUrl,
    'mutation($token: String!) { verifyPrimaryContact(input: { token: $token }) { status } }',
    { token: verificationToken },
    undefined,
    'verifyPrimaryContact',
  );
  const review = await call(
    gatewayUrl,
    'mutation($id: ID!) { reviewEnrollment(input: { partnerId: $id, decision: APPROVE }) { status } }',
    { id: partnerId },
    operatorToken,
    'reviewEnrollment',
  );
  if (review.reviewEnrollment.status !== 'ACTIVE') throw new Error(`the partner is ${review.reviewEnrollment.status} after approval`);
  // A fresh token carries the partner id and the ADMIN_AGENT role.
  const token = await signIn(gatewayUrl, `admin@${label}.bench.example.com`, ADMIN_PASSWORD);
  await waitFor('the relationship subgraph to know the partner is ACTIVE', async () => {
    const [rows] = await admin.query(`SELECT status FROM \`${databaseOf('relationship')}\`.partner_projection WHERE partner_id = ?`, [partnerId]);
    return rows[0]?.status === 'ACTIVE' ? true : undefined;
  });
  return { partnerId, tenantId, mpnId, token };
}

/** A small deterministic PRNG (mulberry32): the same customers every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADS = [
  'Contoso',
  'Northwind',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Adventure Works',
  'Litware',
  'Proseware',
  'Woodgrove',
  'Lucerne',
  'Alpine',
  'Blue Yonder',
  'Coho',
  'Fourth Coffee',
  'Humongous',
  'Lamna',
  'Trey',
  'Wide World',
  'Relecloud',
  'Southridge',
  'VanArsdel',
  'Adatum',
  'Margie',
  'Graphic Design',
  'Bellows',
  'Consolidated',
  'Hanson',
  'Olympia',
  'Ridgeline',
  'Summit',
  'Harbor',
  'Granite',
  'Cedar',
  'Maple',
  'Silverline',
  'Evergreen',
  'Redwood',
  'Northgate',
  'Kestrel',
  'Osprey',
];
const TRADES = [
  'Traders',
  'Holdings',
  'Logistics',
  'Health',
  'Foods',
  'Energy',
  'Systems',
  'Consulting',
  'Manufacturing',
  'Retail',
  'Bank',
  'Insurance',
  'Labs',
  'Media',
  'Travel',
  'Motors',
  'Pharma',
  'Studios',
  'Partners',
  'Solutions',
  'Construction',
  'Dental',
  'Legal',
  'Accounting',
];
const PLACES = ['', '', '', '', 'Seattle', 'Berlin', 'Lyon', 'Leeds', 'Austin', 'Munich', 'Toronto', 'Dublin', 'Oslo', 'Porto'];
const FORMS = ['Ltd', 'Inc.', 'GmbH', 'SARL', 'LLC', 'AG', 'BV', 'Pty Ltd', 'AB', 'plc'];
const TLDS = ['com', 'com', 'com', 'de', 'fr', 'co.uk', 'net', 'io'];
const COUNTRIES = ['US', 'US', 'DE', 'FR', 'GB', 'CA', 'IE', 'NO', 'PT'];
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** 10,000 customers: names like "Northwind Traders Leeds Ltd", domains like northwindtraders-2s.co.uk; 70% resellers, half accepted. */
function makeCustomers(count) {
  const random = prng(20251123);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const threeYears = 3 * 365 * 24 * 3600 * 1000;
  return Array.from({ length: count }, (_, i) => {
    const head = pick(HEADS);
    const trade = pick(TRADES);
    const place = pick(PLACES);
    // One in five organisations goes by a shorter web name than its legal one.
    const web = random() < 0.2 ? `${slug(trade)}${slug(head).slice(0, 3)}` : `${slug(head)}${slug(trade)}`;
    return {
      tenantId: randomUUID(),
      relationshipId: randomUUID(),
      name: [head, trade, place, pick(FORMS)].filter(Boolean).join(' '),
      domain: `${web}${place ? `-${slug(place)}` : ''}-${i.toString(36)}.${pick(TLDS)}`,
      country: pick(COUNTRIES),
      roles: i % 10 < 7 ? 'RESELLER,DELEGATED_ADMIN' : 'ADVISOR',
      accepted: i % 2 === 0,
      since: new Date(Date.now() - Math.floor(random() * threeYears)),
    };
  });
}

/**
 * Bulk rows: relationship, tenant_projection and customer_acceptance in relationship's database; the tenants in enrollment's
 * (Customer.displayName); the relationship projection in enrollment's and agreement's (who may read a customer's agreement record).
 */
async function insertCustomers(admin, partner, { templateId, version }, customers) {
  const rel = databaseOf('relationship');
  const enr = databaseOf('enrollment');
  const t0 = performance.now();
  for (let i = 0; i < customers.length; i += INSERT_BATCH) {
    const batch = customers.slice(i, i + INSERT_BATCH);
    await admin.query(
      `INSERT INTO \`${rel}\`.relationship (id, partner_id, partner_tenant_id, customer_tenant_id, customer_name, customer_domain, roles, status, established_at, updated_at) VALUES ?`,
      [batch.map((c) => [c.relationshipId, partner.partnerId, partner.tenantId, c.tenantId, c.name, c.domain, c.roles, 'ACTIVE', c.since, c.since])],
    );
    await admin.query(`INSERT INTO \`${rel}\`.tenant_projection (tenant_id, domain, display_name, updated_at) VALUES ?`, [
      batch.map((c) => [c.tenantId, c.domain, c.name, c.since]),
    ]);
    const accepted = batch.filter((c) => c.accepted);
    // Counted by version, whatever the language (the version as AgreementAccepted carries it).
    await admin.query(`INSERT INTO \`${rel}\`.customer_acceptance (customer_tenant_id, template_id, version, accepted_at) VALUES ?`, [
      accepted.map((c) => [c.tenantId, templateId, version, c.since]),
    ]);
    await admin.query(`INSERT INTO \`${enr}\`.tenant (id, domain, display_name, country, created_at) VALUES ?`, [
      batch.map((c) => [c.tenantId, c.domain, c.name, c.country, c.since]),
    ]);
    // Enrollment's and agreement's copies of the relationships, as RelationshipEstablished would leave them: whom the partner may read.
    for (const db of [enr, databaseOf('agreement')]) {
      await admin.query(
        `INSERT INTO \`${db}\`.relationship_projection (id, partner_id, partner_tenant_id, customer_tenant_id, status, roles, changed_at) VALUES ?`,
        [batch.map((c) => [c.relationshipId, partner.partnerId, partner.tenantId, c.tenantId, 'ACTIVE', c.roles, c.since])],
      );
    }
  }
  // Statistics as a long-lived table would have them, so the plans below are the ones production would get.
  await admin.query(`ANALYZE TABLE \`${rel}\`.relationship, \`${rel}\`.customer_acceptance, \`${enr}\`.tenant`);
  return (performance.now() - t0) / 1000;
}

function checkPage(data, { totalCount, edges }) {
  const connection = data.partner?.customers;
  if (!connection || connection.totalCount !== totalCount || connection.edges.length !== edges) {
    throw new Error(
      `expected ${edges} of ${totalCount} customers, got ${JSON.stringify(connection && { totalCount: connection.totalCount, edges: connection.edges.length })}`,
    );
  }
  return connection.edges;
}

async function customersLatency({ gatewayUrl, partner, customers }) {
  const page = (variables) => call(gatewayUrl, CUSTOMERS_PAGE, { id: partner.partnerId, first: PAGE_SIZE, ...variables }, partner.token, 'Partner.customers');
  log(`channel: Partner.customers first page, ${REPEATS} times...`);
  const firstPage = await timeSeries(REPEATS, async () => checkPage(await page({}), { totalCount: CUSTOMERS, edges: PAGE_SIZE }));

  log(`channel: following endCursor to page ${DEEP_PAGE}...`);
  const seen = new Set();
  let after = null;
  const walkStarted = performance.now();
  for (let n = 1; n < DEEP_PAGE; n += 1) {
    const edges = checkPage(await page({ after }), { totalCount: CUSTOMERS, edges: PAGE_SIZE });
    for (const edge of edges) seen.add(edge.node.id);
    after = edges.at(-1).cursor;
  }
  const walkSeconds = (performance.now() - walkStarted) / 1000;
  if (seen.size !== (DEEP_PAGE - 1) * PAGE_SIZE) throw new Error(`keyset walk: ${seen.size} distinct customers in ${DEEP_PAGE - 1} pages of ${PAGE_SIZE}`);
  const deepEdges = checkPage(await page({ after }), { totalCount: CUSTOMERS, edges: PAGE_SIZE });
  if (deepEdges.some((edge) => seen.has(edge.node.id))) throw new Error(`page ${DEEP_PAGE} repeats customers of earlier pages`);
  log(`channel: page ${DEEP_PAGE} (after customer ${(DEEP_PAGE - 1) * PAGE_SIZE}), ${REPEATS} times...`);
  const deepPage = await timeSeries(REPEATS, async () => checkPage(await page({ after }), { totalCount: CUSTOMERS, edges: PAGE_SIZE }));

  const searchFor = async (prefix) => {
    const matches = customers.filter((c) => c.name.toLowerCase().startsWith(prefix) || c.domain.startsWith(prefix)).length;
    log(`channel: search "${prefix}" (${matches} matches), ${REPEATS} times...`);
    return {
      prefix,
      matches,
      ...(await timeSeries(REPEATS, async () => checkPage(await page({ search: prefix }), { totalCount: matches, edges: Math.min(PAGE_SIZE, matches) }))),
    };
  };
  const search = await searchFor(SEARCH_PREFIX);
  const rareSearch = await searchFor(RARE_PREFIX);
  log(`channel: customers p50 first ${firstPage.p50} ms, page ${DEEP_PAGE} ${deepPage.p50} ms, search ${search.p50} ms, rare search ${rareSearch.p50} ms`);
  return {
    customers: CUSTOMERS,
    pageSize: PAGE_SIZE,
    firstPage,
    deepPage: { page: DEEP_PAGE, ...deepPage },
    walkSeconds,
    search,
    rareSearch,
    deepCursor: after,
  };
}

// ---- 3. SQL statements per query --------------------------------------------------------------------------

/**
 * MariaDB/MySQL's general log, to a table, while one gateway query runs: every statement with the connection
 * (thread) that sent it. Each service's statements are those of its own pool's connections, so other clients of
 * the server do not count; the outbox relays' polls (a transaction touching outbox_event, every 250 ms) are set
 * apart as background. SHOW GLOBAL STATUS (Com_select, Questions) is taken around the same window for comparison:
 * those counters are server-wide, so they include the relays and anything else running.
 */
async function openStatementLog(admin) {
  const variable = async (name) => (await admin.query(`SHOW GLOBAL VARIABLES LIKE '${name}'`))[0][0].Value;
  const original = { generalLog: await variable('general_log'), logOutput: await variable('log_output') };
  const ownTable = !/TABLE/i.test(original.logOutput);
  const wasOn = original.generalLog === 'ON';
  // Nobody is logging: log to the table only, so the server's log file is left alone.
  await admin.query('SET GLOBAL log_output = ?', [wasOn ? `${original.logOutput},TABLE` : 'TABLE']);

  // A service's pool is the connections on its database (each service runs in a process of its own, stack.js);
  // the bench's own connections sit on none, or send nothing while a window is open.
  const threadsOf = async (name) => {
    const [rows] = await admin.query('SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?', [databaseOf(name)]);
    return new Set(rows.map((row) => Number(row.ID)));
  };
  const counters = async () => {
    const [rows] = await admin.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Questions')");
    return Object.fromEntries(rows.map((row) => [row.Variable_name, Number(row.Value)]));
  };

  return {
    async measure(work) {
      const [[{ since }]] = await admin.query('SELECT CAST(NOW(6) AS CHAR) AS since');
      if (!wasOn) await admin.query('SET GLOBAL general_log = ON');
      const before = await counters();
      try {
        await work();
      } finally {
        if (!wasOn) await admin.query('SET GLOBAL general_log = OFF');
      }
      const after = await counters();
      const [rows] = await admin.query(
        "SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log WHERE event_time >= ? AND command_type IN ('Query', 'Execute')",
        [since],
      );
      const result = { globalDelta: { comSelect: after.Com_select - before.Com_select, questions: after.Questions - before.Questions } };
      for (const name of ['enrollment', 'relationship', 'agreement']) {
        const threads = await threadsOf(name);
        result[name] = splitBackground(rows.filter((row) => threads.has(Number(row.thread_id))));
      }
      return result;
    },
    async close() {
      if (!wasOn) await admin.query('SET GLOBAL general_log = OFF');
      await admin.query('SET GLOBAL log_output = ?', [original.logOutput]);
      // The table only holds what this bench logged (nothing else logs to it): leave it empty, as found.
      if (ownTable) await admin.query('TRUNCATE TABLE mysql.general_log');
    },
  };
}

const shorten = (sql) => (sql.length > 240 ? `${sql.slice(0, 240)}… (${sql.length} chars)` : sql);
const isBackground = (sql) => /\boutbox_event\b/i.test(sql);
const opensTransaction = (sql) => /^\s*(START TRANSACTION|BEGIN|SET TRANSACTION)/i.test(sql);
const closesTransaction = (sql) => /^\s*(COMMIT|ROLLBACK)/i.test(sql);

/**
 * Per connection, in log order: a transaction that touches the outbox is the relay's, and so is one cut by the window
 * (a COMMIT without its start, a start without its COMMIT: a request's own transaction ends before its response).
 * Everything else is the request's.
 */
function splitBackground(rows) {
  const byThread = new Map();
  for (const row of rows) byThread.set(row.thread_id, [...(byThread.get(row.thread_id) ?? []), row.sql_text]);
  const counted = [];
  let background = 0;
  for (const statements of byThread.values()) {
    let block = null;
    for (const sql of statements) {
      if (block) {
        block.push(sql);
        if (!closesTransaction(sql)) continue;
        if (block.some(isBackground)) background += block.length;
        else counted.push(...block);
        block = null;
      } else if (opensTransaction(sql)) block = [sql];
      else if (isBackground(sql) || closesTransaction(sql)) background += 1;
      else counted.push(sql);
    }
    if (block) background += block.length;
  }
  return { statements: counted.length, background, sql: counted.map((sql) => sql.replace(/\s+/g, ' ').trim()) };
}

async function statementCounts({ gatewayUrl, mysqlUrl, admin, partner }) {
  const statementLog = await openStatementLog(admin);
  const request = (first, after, customerFields) =>
    call(gatewayUrl, statementsQuery(customerFields), { id: partner.partnerId, first, after }, partner.token, `customers(first: ${first})`).then((data) => {
      const edges = data.partner.customers.edges;
      if (edges.length !== first) throw new Error(`expected ${first} customers, got ${edges.length}`);
      return data.partner.customers.pageInfo.endCursor;
    });
  const pages = async (count, first, customerFields) => {
    let after = null;
    for (let i = 0; i < count; i += 1) after = await request(first, after, customerFields);
  };
  const cases = [
    ['50 customers, one page', () => pages(1, 50)],
    ['100 customers, one page', () => pages(1, 100)],
    ['100 customers, two pages of 50', () => pages(2, 50)],
    ['500 customers, five pages of 100', () => pages(5, 100)],
    ['50 customers + customer { displayName }', () => pages(1, 50, 'id displayName')],
    ['100 customers + customer { displayName }', () => pages(1, 100, 'id displayName')],
  ];
  try {
    log('channel: counting SQL statements per customers query (general log)...');
    // Warm once per shape: the gateway's query plan cache and each pool's connections exist before counting.
    for (const [, run] of cases) await run();
    const measured = [];
    for (const [label, run] of cases) {
      const counts = await statementLog.measure(run);
      measured.push({
        label,
        ...counts,
        ...Object.fromEntries(['enrollment', 'relationship', 'agreement'].map((name) => [name, { ...counts[name], sql: counts[name].sql.map(shorten) }])),
      });
      log(
        `channel:   ${label}: relationship ${counts.relationship.statements}, enrollment ${counts.enrollment.statements} statements (server-wide Com_select +${counts.globalDelta.comSelect})`,
      );
    }
    const { status, body } = await graphql(gatewayUrl, statementsQuery(), { variables: { id: partner.partnerId, first: 500 }, token: partner.token });
    const cap = { first: 500, httpStatus: status, error: body.errors?.[0]?.message ?? null, code: body.errors?.[0]?.extensions?.code ?? null };
    const onePage = (label) => measured.find((m) => m.label === label);
    const batched =
      onePage('50 customers, one page').relationship.statements === onePage('100 customers, one page').relationship.statements &&
      onePage('50 customers + customer { displayName }').enrollment.statements === onePage('100 customers + customer { displayName }').enrollment.statements;

    log('channel: EXPLAIN of the relationship statements behind the first page, page 150 and the search...');
    const plans = await explainCustomerQueries({ gatewayUrl, mysqlUrl, statementLog, partner });
    return {
      method: 'general log (log_output=TABLE), statements of each service pool’s own connections; relay polls set apart',
      cases: measured,
      batched,
      cap,
      plans,
    };
  } finally {
    await statementLog.close();
  }
}

/** The exact SQL the relationship subgraph sent (from the general log), through MariaDB's ANALYZE (rows really read) or EXPLAIN. */
async function explainCustomerQueries({ gatewayUrl, mysqlUrl, statementLog, partner }) {
  const deep = partner.deepCursor;
  const shapes = [
    ['first page', { first: PAGE_SIZE }],
    [`page ${DEEP_PAGE}`, { first: PAGE_SIZE, after: deep }],
    [`search "${SEARCH_PREFIX}"`, { first: PAGE_SIZE, search: SEARCH_PREFIX }],
    [`search "${RARE_PREFIX}"`, { first: PAGE_SIZE, search: RARE_PREFIX }],
  ];
  const connection = await mysql.createConnection({ uri: mysqlUrl });
  try {
    await connection.query(`USE \`${databaseOf('relationship')}\``);
    const plans = [];
    for (const [label, variables] of shapes) {
      const counts = await statementLog.measure(() => call(gatewayUrl, CUSTOMERS_PAGE, { id: partner.partnerId, ...variables }, partner.token, label));
      for (const sql of counts.relationship.sql.filter((text) => /FROM `relationship`/i.test(text))) {
        let rows;
        let serverMs = null;
        try {
          [rows] = await connection.query(`ANALYZE ${sql}`);
          const [[json]] = await connection.query(`ANALYZE FORMAT=JSON ${sql}`);
          serverMs = JSON.parse(Object.values(json)[0]).query_block?.r_total_time_ms ?? null;
        } catch {
          // MySQL has no ANALYZE <statement>: the estimates only.
          [rows] = await connection.query(`EXPLAIN ${sql}`);
        }
        plans.push({
          label,
          sql,
          serverMs,
          plan: rows.map((row) => ({
            table: row.table,
            type: row.type,
            key: row.key,
            keyLen: row.key_len,
            rows: row.rows,
            readRows: row.r_rows ?? null,
            filtered: row.r_filtered ?? row.filtered ?? null,
            extra: row.Extra,
          })),
        });
      }
    }
    return plans;
  } finally {
    await connection.end();
  }
}

// ---- 4. authorize -----------------------------------------------------------------------------------------

async function authorizeLatency({ gatewayUrl, relationshipUrl, partner, customer }) {
  const ask = (url) => async () => {
    const data = await call(url, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId }, partner.token, 'authorize');
    if (!data.authorize.allowed) throw new Error(`authorize denied: ${data.authorize.reasons.join(' ')}`);
  };
  log(`channel: authorize ${AUTHORIZE_CALLS} times through the gateway and ${AUTHORIZE_CALLS} times straight to the relationship subgraph...`);
  const gateway = await timeSeries(AUTHORIZE_CALLS, ask(gatewayUrl));
  const direct = await timeSeries(AUTHORIZE_CALLS, ask(relationshipUrl));
  log(`channel: authorize p50 gateway ${gateway.p50} ms, direct ${direct.p50} ms`);
  return { calls: AUTHORIZE_CALLS, permission: 'SUBMIT_ORDERS', gateway, direct };
}

// ---- 5. acceptAgreement → authorize allowed -----------------------------------------------------------------

async function acceptanceDelay({ gatewayUrl, admin, runId, partner, operatorToken, templateId }) {
  const importRows = 'mutation($rows: [ExistingRelationshipInput!]!) { importExistingRelationships(input: { relationships: $rows }) { imported activated } }';
  const accept = 'mutation($id: ID!) { acceptAgreement(input: { templateId: $id, confirmRead: true }) { id } }';
  const customerIds = [];
  const delays = [];
  const polls = [];
  const importMs = [];
  log(`channel: ${ACCEPT_RUNS} runs of import → denied → acceptAgreement → authorize every ${POLL_MS} ms until allowed...`);
  for (let i = 0; i < ACCEPT_RUNS; i += 1) {
    const customer = await signUp(gatewayUrl, `accept-${runId}-${i}`);
    customerIds.push(customer.tenantId);
    const t0 = performance.now();
    const imported = await call(
      gatewayUrl,
      importRows,
      { rows: [{ mpnId: partner.mpnId, customerId: customer.tenantId, roles: ['RESELLER'] }] },
      operatorToken,
      'importExistingRelationships',
    );
    importMs.push(performance.now() - t0);
    if (imported.importExistingRelationships.activated < 1) throw new Error('the import did not activate a relationship');
    const ask = async () => (await call(gatewayUrl, AUTHORIZE, { p: partner.partnerId, c: customer.tenantId }, partner.token, 'authorize')).authorize;
    const before = await ask();
    if (before.allowed || !before.reasons.some((reason) => reason.includes('not accepted the current Customer Agreement'))) {
      throw new Error(`expected a denial for the missing agreement, got ${JSON.stringify(before)}`);
    }
    await call(gatewayUrl, accept, { id: templateId }, customer.token, 'acceptAgreement');
    const accepted = performance.now();
    for (let n = 1; ; n += 1) {
      if ((await ask()).allowed) {
        delays.push(performance.now() - accepted);
        polls.push(n);
        break;
      }
      if (performance.now() - accepted > ALLOWED_TIMEOUT_MS)
        throw new Error(`authorize still denied ${ALLOWED_TIMEOUT_MS / 1000}s after acceptAgreement (run ${i})`);
      await sleep(POLL_MS);
    }
  }
  const relationship = databaseOf('relationship');
  const [[{ pending }]] = await admin.query(`SELECT COUNT(*) AS pending FROM \`${relationship}\`.pending_import WHERE mpn_id = ?`, [partner.mpnId]);
  const [[{ established }]] = await admin.query(
    `SELECT COUNT(*) AS established FROM \`${relationship}\`.outbox_event WHERE event_type = 'channelgraph.relationship.RelationshipEstablished.v1'`,
  );
  // The same path seen by the server's one clock, as event-latency.js does: AgreementAccepted's outbox row → relationship's inbox row.
  const [serverSide] = await admin.query(
    `SELECT TIMESTAMPDIFF(MICROSECOND, o.created_at, i.processed_at) / 1000 AS ms
     FROM \`${databaseOf('agreement')}\`.outbox_event o JOIN \`${relationship}\`.inbox_event i ON i.event_id = o.event_id
     WHERE o.event_type = 'channelgraph.agreement.AgreementAccepted.v1' AND o.aggregate_id IN (?)`,
    [customerIds],
  );
  if (serverSide.length !== ACCEPT_RUNS)
    throw new Error(`expected ${ACCEPT_RUNS} AgreementAccepted events handled by relationship, found ${serverSide.length}`);
  const delayMs = summarize(delays);
  const mean = (xs) => round(xs.reduce((a, b) => a + b, 0) / xs.length);
  log(`channel: acceptAgreement → allowed p50 ${delayMs.p50} ms, p99 ${delayMs.p99} ms, max ${delayMs.max} ms`);
  return {
    runs: ACCEPT_RUNS,
    pollMs: POLL_MS,
    delayMs,
    polls: summarize(polls),
    outboxToProjectionMs: summarize(serverSide.map((row) => Number(row.ms))),
    // Every import re-establishes all earlier imported rows of the MPN id (pending_import keeps them): it grows with the runs.
    importMs: { first10Mean: mean(importMs.slice(0, 10)), last10Mean: mean(importMs.slice(-10)), ...summarize(importMs) },
    pendingImportRows: Number(pending),
    relationshipEstablishedEvents: Number(established),
  };
}

// ---- all of it --------------------------------------------------------------------------------------------

async function runChannelBench({ stack, mysqlUrl, runId }) {
  const gatewayUrl = stack.gateway.url;
  const admin = await mysql.createConnection({ uri: mysqlUrl });
  try {
    const signIns = await signInLatency(gatewayUrl, runId);

    const operatorToken = await signIn(gatewayUrl, OPERATOR.email, OPERATOR.password);
    log('channel: creating an ACTIVE partner through the normal flow...');
    const partner = await createActivePartner({ gatewayUrl, admin, runId, operatorToken });
    const agreement = await waitFor('the current Customer Agreement in the relationship subgraph', async () => {
      const [rows] = await admin.query(
        `SELECT template_id, version FROM \`${databaseOf('relationship')}\`.agreement_current WHERE agreement_type = 'CUSTOMER_AGREEMENT'`,
      );
      return rows[0] && { templateId: rows[0].template_id, version: rows[0].version };
    });
    const { templateId } = agreement;
    const current = await call(gatewayUrl, '{ currentAgreement(type: CUSTOMER_AGREEMENT) { id } }', {}, partner.token, 'currentAgreement');
    if (current.currentAgreement.id !== templateId)
      throw new Error(`agreement says ${current.currentAgreement.id} is current, relationship says ${templateId}`);

    log(`channel: inserting ${CUSTOMERS} customers for partner ${partner.partnerId}...`);
    const customers = makeCustomers(CUSTOMERS);
    const insertSeconds = await insertCustomers(admin, partner, agreement, customers);
    log(`channel: inserted in ${insertSeconds.toFixed(1)}s`);

    const listing = await customersLatency({ gatewayUrl, partner, customers });
    const statements = await statementCounts({
      gatewayUrl,
      mysqlUrl,
      admin,
      partner: { ...partner, deepCursor: listing.deepCursor },
    });
    delete listing.deepCursor;

    const allowedCustomer = customers.find((c) => c.accepted && c.roles.includes('RESELLER'));
    const authorize = await authorizeLatency({ gatewayUrl, relationshipUrl: stack.services.relationship.url, partner, customer: allowedCustomer });
    const acceptance = await acceptanceDelay({ gatewayUrl, admin, runId, partner, operatorToken, templateId });

    return {
      partner: { partnerId: partner.partnerId, mpnId: partner.mpnId },
      // For run.js's dashboard load (not written to the results).
      session: { partnerId: partner.partnerId, token: partner.token },
      setup: { customers: CUSTOMERS, resellerShare: 0.7, acceptedShare: 0.5, insertSeconds, templateId },
      signIn: signIns,
      listing,
      statements,
      authorize,
      acceptance,
    };
  } finally {
    await admin.end();
  }
}

module.exports = { CHANNEL_BENCH_ENV, runChannelBench, call, prng, timeSeries };
