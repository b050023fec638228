'use strict';
// R1's partner directory at scale: 10,000 ACTIVE partners with business profiles, seeded by SQL into the
// bench enrollment database (search text built by enrollment's own searchTextOf, as updateBusinessProfile
// does), then searched through the gateway by a customer's global admin, one call at a time.
const mysql = require('mysql2/promise');
const { randomUUID } = require('node:crypto');
const { databaseOf, dist, log, signUp } = require('./stack');
const { call, prng, timeSeries } = require('./channel-bench');

const PARTNERS = 10_000;
const INSERT_BATCH = 1000;
const REPEATS = 50;
const DEEP_PAGE = 20;
const PAGE_SIZE = 20;

const NAMES = [
  'Contoso',
  'Northwind',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Proseware',
  'Woodgrove',
  'Lucerne',
  'Alpine',
  'Coho',
  'Trey',
  'Relecloud',
  'Adatum',
  'Summit',
  'Harbor',
];
const SERVICES = [
  'cloud migration',
  'security',
  'backup',
  'identity',
  'licensing',
  'data analytics',
  'teams voice',
  'devops',
  'ai',
  'sap hosting',
  'managed services',
  'compliance',
  'networking',
  'virtual desktop',
  'power bi',
  'dynamics',
];
const CITIES = [
  ['US', 'Seattle'],
  ['US', 'Austin'],
  ['DE', 'Berlin'],
  ['DE', 'Munich'],
  ['FR', 'Lyon'],
  ['GB', 'Leeds'],
  ['CA', 'Toronto'],
  ['IE', 'Dublin'],
];
const SIZES = ['SMALL', 'MEDIUM', 'LARGE'];

const SEARCH = `query($filter: PartnerSearchFilter, $first: Int, $after: String) {
  searchPartners(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id legalName } } }
}`;

const ME = '{ me { id email fullName roles tenant { id domain displayName } } }';

/** The searches a customer would run, each timed on its own. */
const CASES = [
  { name: 'keywords "cloud migration security"', filter: { keywords: 'cloud migration security' } },
  { name: 'keywords with a short word ("ai")', filter: { keywords: 'ai' } },
  { name: 'keywords + country + size', filter: { keywords: 'backup', country: 'DE', organizationSize: 'MEDIUM' } },
  { name: 'country + city, no keywords (by name)', filter: { country: 'US', city: 'Seattle' } },
];

async function seedPartners(admin, runId) {
  const { searchTextOf } = dist('services/enrollment/dist/domain/directory.js');
  const db = databaseOf('enrollment');
  const random = prng(4242);
  const pick = (list) => list[Math.floor(random() * list.length)];
  log(`directory: seeding ${PARTNERS} ACTIVE partners with business profiles...`);
  for (let start = 0; start < PARTNERS; start += INSERT_BATCH) {
    const rows = Array.from({ length: Math.min(INSERT_BATCH, PARTNERS - start) }, (_, i) => {
      const n = start + i;
      const [country, city] = pick(CITIES);
      const keywords = [...new Set([pick(SERVICES), pick(SERVICES), pick(SERVICES)])];
      const legalName = `${pick(NAMES)} ${n} Partners Ltd`;
      const description = `We help ${pick(SIZES).toLowerCase()} organisations with ${keywords.join(', ')} from ${city}.`;
      const sizes = SIZES.filter(() => random() < 0.6);
      return { tenantId: randomUUID(), partnerId: randomUUID(), country, city, keywords, legalName, description, sizes: sizes.length ? sizes : ['SMALL'], n };
    });
    const now = new Date();
    await admin.query(`INSERT INTO \`${db}\`.tenant (id, domain, display_name, country, created_at) VALUES ?`, [
      rows.map((r) => [r.tenantId, `dir${r.n}-${runId}.bench.example.com`, r.legalName, r.country, now]),
    ]);
    await admin.query(`INSERT INTO \`${db}\`.partner (id, tenant_id, program, status, legal_name, mpn_id, address_country, created_at) VALUES ?`, [
      rows.map((r) => [r.partnerId, r.tenantId, 'INDIRECT_RESELLER', 'ACTIVE', r.legalName, String(7_000_000 + r.n), r.country, now]),
    ]);
    await admin.query(
      `INSERT INTO \`${db}\`.partner_profile (partner_id, description, city, country, organization_sizes, keywords, search_text, updated_at) VALUES ?`,
      [rows.map((r) => [r.partnerId, r.description, r.city, r.country, r.sizes.join(','), r.keywords.join(','), searchTextOf(r.legalName, r), now])],
    );
  }
}

async function runDirectoryBench({ stack, mysqlUrl, runId }) {
  const gatewayUrl = stack.gateway.url;
  const admin = await mysql.createConnection({ uri: mysqlUrl });
  try {
    await seedPartners(admin, runId);
    await admin.query(`ANALYZE TABLE \`${databaseOf('enrollment')}\`.partner, \`${databaseOf('enrollment')}\`.partner_profile`);
  } finally {
    await admin.end();
  }
  const { token } = await signUp(gatewayUrl, `directory-${runId}`);
  const search = (filter, after) => call(gatewayUrl, SEARCH, { filter, first: PAGE_SIZE, after }, token, 'searchPartners');

  const cases = [];
  for (const { name, filter } of CASES) {
    const { totalCount } = (await search(filter)).searchPartners;
    log(`directory: ${REPEATS} × ${name} (${totalCount} matches)...`);
    cases.push({ name, matches: totalCount, ...(await timeSeries(REPEATS, () => search(filter))) });
  }
  // A deep page: the cursor of page DEEP_PAGE - 1, then that page timed.
  const deepFilter = CASES[0].filter;
  let after = null;
  for (let page = 1; page < DEEP_PAGE; page += 1) after = (await search(deepFilter, after)).searchPartners.pageInfo.endCursor;
  cases.push({ name: `${CASES[0].name}, page ${DEEP_PAGE}`, matches: null, ...(await timeSeries(REPEATS, () => search(deepFilter, after))) });
  // The reference for these reads: a lookup by primary key through the same gateway and subgraph (enrollment), same token.
  log(`directory: ${REPEATS} × me, the lookup by key to compare with...`);
  const keyLookup = { name: 'me (by primary key, enrollment)', ...(await timeSeries(REPEATS, () => call(gatewayUrl, ME, {}, token, 'me'))) };
  return { partners: PARTNERS, pageSize: PAGE_SIZE, cases, keyLookup };
}

function renderDirectory(directory) {
  const lines = [`6. Directory: searchPartners over ${directory.partners} ACTIVE partners through the gateway (first: ${directory.pageSize}, sequential, ms)`];
  const key = directory.keyLookup;
  lines.push(
    `   ${'search'.padEnd(50)}${'matches'.padStart(8)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}${'samples'.padStart(9)}${'p50 / key'.padStart(11)}`,
  );
  for (const c of [...directory.cases, { ...key, matches: 1 }]) {
    lines.push(
      `   ${c.name.padEnd(50)}${String(c.matches ?? '').padStart(8)}${c.p50.toFixed(1).padStart(8)}${c.p99.toFixed(1).padStart(8)}${c.max.toFixed(1).padStart(8)}${String(c.samples).padStart(9)}${(c.p50 / key.p50).toFixed(2).padStart(11)}`,
    );
  }
  return lines;
}

module.exports = { runDirectoryBench, renderDirectory };
