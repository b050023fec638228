#!/usr/bin/env node
'use strict';
// `npm run codegen` (with the GraphQL and event types): docs/access.md, the R12 matrix of who may call what,
// written from the one table the services enforce (services/common/src/auth/access.ts). It also holds the
// table to the schema: every query and mutation of every subgraph must be in it, and nothing else may.
// `--check` fails when either does not hold or the committed page is not what the table gives.

require('../test/support/typescript-hook');
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('graphql');
const { ACCESS, ORGANISATION_ROLES, PUBLIC, SIGNED_IN } = require('../services/common/src/auth/access.ts');

const root = path.join(__dirname, '..');
const OUTPUT = path.join(root, 'docs/access.md');
const SUBGRAPHS = ['enrollment', 'relationship', 'agreement', 'notification'];

/** Every `Type.field` each subgraph defines, in schema order. */
function fieldsOf(subgraph) {
  const document = parse(fs.readFileSync(path.join(root, 'schema', `${subgraph}.graphql`), 'utf8'));
  const fields = [];
  for (const definition of document.definitions) {
    if (!definition.fields || !/ObjectType(Definition|Extension)$/.test(definition.kind)) continue;
    for (const field of definition.fields) fields.push(`${definition.name.value}.${field.name.value}`);
  }
  return fields;
}

function problems(fieldsBySubgraph) {
  const defined = new Set(Object.values(fieldsBySubgraph).flat());
  const found = [];
  for (const [subgraph, fields] of Object.entries(fieldsBySubgraph)) {
    for (const field of fields) {
      if (/^(Query|Mutation)\./.test(field) && !(field in ACCESS)) found.push(`${field} (${subgraph}) is not in the access table`);
    }
  }
  for (const operation of Object.keys(ACCESS)) {
    if (!defined.has(operation)) found.push(`${operation} is in the access table but no subgraph defines it`);
  }
  return found;
}

const SHORT = {
  GLOBAL_ADMIN: 'Global admin',
  ADMIN_AGENT: 'Admin agent',
  SALES_AGENT: 'Sales agent',
  HELPDESK_AGENT: 'Helpdesk agent',
  BILLING_ADMIN: 'Billing admin',
  USER_MANAGEMENT_ADMIN: 'User mgmt admin',
};

const holds = (who, role) => who === SIGNED_IN || who.includes(role);

function cell(rule, role) {
  const inPartner = holds(rule.partner, role);
  const inOther = holds(rule.customer, role);
  if (inPartner && inOther) return 'P C';
  if (inPartner) return 'P';
  if (inOther) return 'C';
  return '—';
}

function table(operations) {
  const header = ['Operation', ...ORGANISATION_ROLES.map((role) => SHORT[role]), 'Operator'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const operation of operations) {
    const rule = ACCESS[operation];
    const cells =
      rule === PUBLIC
        ? [...ORGANISATION_ROLES.map(() => 'anyone'), 'anyone']
        : [...ORGANISATION_ROLES.map((role) => cell(rule, role)), rule.operator ? '✓' : '—'];
    lines.push(`| \`${operation}\` | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function page(fieldsBySubgraph) {
  const parts = [
    '<!-- Written by `npm run codegen` from services/common/src/auth/access.ts (infra/access-doc.js): do not edit. -->',
    '',
    '# Who may call what (R12)',
    '',
    'Access is role-based: each user sees only what their roles need. This is the matrix every subgraph enforces,',
    'from one table (`services/common/src/auth/access.ts`, read by `requireAccess` in every resolver and by the',
    'console to decide what it shows). A call outside it is `FORBIDDEN` with `extensions.requiredRoles`: the roles',
    'that would be allowed in the caller’s kind of organisation (empty when none would).',
    '',
    'Each cell says in which organisations a role may call the operation: **P** in an organisation enrolled as a',
    'partner (its sign-in token names the partner), **C** in any other (a customer, or a company not enrolled yet),',
    '**—** nowhere; *anyone* needs no sign-in (a link token or the password is the proof). A user holds one agent',
    'role at most and any admin roles; what they may do is what any of their roles allows. **Operator** is the',
    'vendor’s PLATFORM_OPERATOR, who holds no other role.',
    '',
    'The matrix says who may call an operation at all. What they reach through it is the operation’s own rule, listed',
    'in DESIGN and the services’ READMEs: only their own tenant’s users and notifications, their own partner’s',
    'customers and invitations, a customer’s agreement record while their relationship is ACTIVE, a request sent to',
    'them. Two rules sit outside the table because they depend on the target, not the caller: nobody gives a role',
    'with more power than they hold, and a user-management admin never changes or removes a global admin or an',
    'admin agent.',
    '',
    'What the roles are for, in short:',
    '',
    '- **Admin agent** (partner): everything the partner does: its customers, invitations, indirect links, users and',
    '  business profile (R11).',
    '- **Sales agent** (partner): invites customers and resellers and sees customers, their agreements and the',
    '  notifications; manages no users.',
    '- **Helpdesk agent** (partner): sees customers, indirect links and notifications; cannot invite or manage users.',
    '- **Billing admin**: sees customers and their agreements and acceptances; nothing else.',
    '- **User management admin**: manages users (never a global admin or an admin agent) and sees nothing else.',
    '- **Global admin**: the organisation’s own decisions: enrolment, accepting invitations and agreements, its',
    '  partners (R3–R7), finding a partner (R1), and, in a customer organisation, its users.',
    '',
  ];
  for (const subgraph of SUBGRAPHS) {
    const operations = Object.keys(ACCESS).filter((operation) => fieldsBySubgraph[subgraph].includes(operation));
    parts.push(`## ${subgraph}`, '', table(operations), '');
  }
  return parts.join('\n');
}

function main() {
  const fieldsBySubgraph = Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph, fieldsOf(subgraph)]));
  const found = problems(fieldsBySubgraph);
  if (found.length > 0) {
    console.error(`services/common/src/auth/access.ts does not match schema/*.graphql:\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
  const text = page(fieldsBySubgraph);
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (committed !== text) {
      console.error('docs/access.md is not what services/common/src/auth/access.ts gives: run `npm run codegen`.');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(OUTPUT, text);
  console.log(`wrote ${path.relative(root, OUTPUT)}`);
}

main();
