import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ACCESS, mayCall, Operation, PUBLIC } from '@channelgraph/common';
import { graphql, GraphQLResponse, signUpCustomer } from '../support/graphql';
import { activePartner, addSignedInUser, operatorToken } from '../support/partners';
import { ACCEPT, inviteByEmail } from '../support/relationships';
import { Stack, startStack } from '../support/stack';

const ADD_USER = 'mutation($input: AddUserInput!) { addUser(input: $input) { temporaryPassword user { email } } }';

/**
 * R12: every cell of the access matrix (docs/access.md, from services/common/src/auth/access.ts), called through
 * the gateway. One user per role in a partner organisation and in a customer organisation, plus a platform
 * operator, call every operation the table governs; each call the table refuses must come back FORBIDDEN with
 * `extensions.requiredRoles`, and each call it allows must get past that check (it may still fail on its
 * made-up arguments: NOT_FOUND, BAD_USER_INPUT, or a FORBIDDEN of the operation's own rules, without requiredRoles).
 */

const SINGLE_ROLES = ['GLOBAL_ADMIN', 'ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN', 'USER_MANAGEMENT_ADMIN'] as const;
const CUSTOMER_ONLY_ROLES = ['RELATIONSHIP_ADMIN'] as const;
/** What an error that never reached a resolver looks like: a made-up argument the graph itself refused. */
const BEFORE_RESOLVERS = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'UNAUTHENTICATED']);

interface Caller {
  name: string;
  token: string;
  roles: string[];
  partnerId?: string;
  tenantId: string;
}

/** A literal of the input type, made up: only required fields, values the scalars parse. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${fields.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return JSON.stringify(randomUUID());
      case 'Int':
        return '1';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'DateTime':
        return '"2031-01-01T00:00:00Z"';
      default:
        return '"x"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

function call(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argList = args.length > 0 ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
  return `${field.name}${argList}${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''}`;
}

describe('R12: every cell of the access matrix, through the gateway', () => {
  let stack: Stack;
  let url: string;
  let schema: GraphQLSchema;
  const callers: Caller[] = [];
  let partnerId: string;
  let customerId: string;
  let partnerAdminId: string;
  const callerNamed = (name: string) => callers.find((one) => one.name === name)!;

  /** A user with exactly one role, added by an admin of the organisation, signed in with their own password. */
  const userWith = async (adminToken: string, domain: string, role: string) =>
    (await addSignedInUser(url, adminToken, `${role.toLowerCase().replace(/_/g, '.')}@${domain}`, [role])).token;

  beforeAll(async () => {
    stack = await startStack();
    url = stack.urls.gateway;
    const introspection = await graphql(url, getIntrospectionQuery());
    schema = buildClientSchema(introspection.data);

    const partner = await activePartner(url);
    partnerId = partner.partnerId;
    const partnerDomain = partner.admin.email.split('@')[1];
    const customer = await signUpCustomer(url);
    customerId = customer.tenantId;
    // The partner and the customer work together, so the partner's users have a customer to see.
    const { token: invitation } = await inviteByEmail(url, partner.token, ['DELEGATED_ADMIN'], customer.email);
    const accepted = await graphql(url, ACCEPT, { input: { token: invitation } }, customer.token);
    if (accepted.errors) throw new Error(accepted.errors[0].message);
    partnerAdminId = (await graphql(url, '{ me { id } }', {}, partner.token)).data.me.id;
    const customerDomain = customer.email.split('@')[1];

    for (const role of SINGLE_ROLES) {
      callers.push({
        name: `partner ${role}`,
        token: await userWith(partner.token, partnerDomain, role),
        roles: [role],
        partnerId,
        tenantId: partner.tenantId,
      });
      const token = role === 'GLOBAL_ADMIN' ? customer.token : await userWith(customer.token, customerDomain, role);
      callers.push({ name: `customer ${role}`, token, roles: [role], tenantId: customer.tenantId });
    }
    // B4: a customer's own role, which only its global admin gives.
    for (const role of CUSTOMER_ONLY_ROLES) {
      callers.push({ name: `customer ${role}`, token: await userWith(customer.token, customerDomain, role), roles: [role], tenantId: customer.tenantId });
    }
    const operator = await operatorToken(url);
    const me = await graphql(url, '{ me { tenant { id } } }', {}, operator);
    callers.push({ name: 'PLATFORM_OPERATOR', token: operator, roles: ['PLATFORM_OPERATOR'], tenantId: me.data.me.tenant.id });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });

  /** The request that reaches `operation` for this caller: a root field directly, an entity's field by `_entities` on its subgraph. */
  function request(operation: Operation, caller: Caller): { target: string; query: string } {
    const [type, fieldName] = operation.split('.');
    if (type === 'Query' || type === 'Mutation') {
      const root = type === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      const field = root.getFields()[fieldName];
      return { target: url, query: `${type === 'Query' ? 'query' : 'mutation'} { ${call(field)} }` };
    }
    const owner = stack.urls[subgraphOf(operation)];
    const id = type === 'Tenant' ? caller.tenantId : type === 'Partner' ? partnerId : customerId;
    const field = (schema.getType(type) as ReturnType<GraphQLSchema['getQueryType']>)!.getFields()[fieldName];
    return {
      target: owner,
      query: `query { _entities(representations: [{ __typename: "${type}", id: "${id}" }]) { ... on ${type} { ${call(field)} } } }`,
    };
  }

  const governed = (Object.keys(ACCESS) as Operation[]).filter((operation) => ACCESS[operation] !== PUBLIC);

  it('refuses every call the table refuses, naming the roles, and lets every call it allows past the check', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const operation of governed) {
      const outcomes = await Promise.all(
        callers.map(async (caller) => {
          const { target, query } = request(operation, caller);
          return { caller, response: await graphql(target, query, {}, caller.token) };
        }),
      );
      for (const { caller, response } of outcomes) {
        cells += 1;
        const expected = mayCall(operation, caller);
        const refusal = roleRefusal(response);
        if (!expected && !refusal) wrong.push(`${operation} for ${caller.name}: expected FORBIDDEN with requiredRoles, got ${outcomeOf(response)}`);
        if (expected && refusal) wrong.push(`${operation} for ${caller.name}: refused by role (${refusal.message}) though the table allows it`);
        const early = response.errors?.find((error) => BEFORE_RESOLVERS.has(String(error.extensions?.code)));
        if (expected && early) wrong.push(`${operation} for ${caller.name}: never reached its resolver (${early.message})`);
        const crash = response.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (crash) wrong.push(`${operation} for ${caller.name}: INTERNAL_SERVER_ERROR`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBe(governed.length * callers.length);
  }, 300_000);

  it('a helpdesk agent sees the customers and the notifications, and can neither invite nor add a user', async () => {
    const helpdesk = callerNamed('partner HELPDESK_AGENT');
    const seen = await graphql(
      url,
      'query($id: ID!) { partner(id: $id) { customers { totalCount } } notifications { totalCount } }',
      { id: partnerId },
      helpdesk.token,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.partner.customers.totalCount).toBe(1);
    const added = await graphql(
      url,
      ADD_USER,
      { input: { fullName: 'Not Added', email: `not.added@${partnerId}.example.com`, roles: ['SALES_AGENT'] } },
      helpdesk.token,
    );
    expect(added.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRoles: ['ADMIN_AGENT', 'USER_MANAGEMENT_ADMIN'] });
  });

  it('a sales agent invites a customer and sees the customers', async () => {
    const sales = callerNamed('partner SALES_AGENT');
    const invited = await graphql(
      url,
      'mutation($input: RequestRelationshipInput!) { requestRelationship(input: $input) { status } }',
      { input: { roles: ['RESELLER'], customerEmail: 'buyer@sales-lead.example.com' } },
      sales.token,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data.requestRelationship.status).toBe('PENDING');
    const seen = await graphql(url, 'query($id: ID!) { partner(id: $id) { customers { totalCount } } }', { id: partnerId }, sales.token);
    expect(seen.data?.partner.customers.totalCount).toBe(1);
  });

  it('a billing admin reads a customer’s agreement record; a helpdesk agent does not read its acceptances', async () => {
    const query = 'query($id: ID!) { customer(id: $id) { hasAcceptedCurrentAgreement agreementAcceptances { id } } }';
    const billing = await graphql(url, query, { id: customerId }, callerNamed('partner BILLING_ADMIN').token);
    expect(billing.errors).toBeUndefined();
    expect(billing.data.customer).toEqual({ hasAcceptedCurrentAgreement: false, agreementAcceptances: [] });
    const helpdesk = await graphql(url, query, { id: customerId }, callerNamed('partner HELPDESK_AGENT').token);
    expect(helpdesk.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('a user-management admin adds users but never changes the global admin', async () => {
    const admin = callerNamed('partner USER_MANAGEMENT_ADMIN');
    const added = await graphql(
      url,
      ADD_USER,
      { input: { fullName: 'New Seller', email: `new.seller@${partnerId}.example.com`, roles: ['SALES_AGENT'] } },
      admin.token,
    );
    expect(added.errors).toBeUndefined();
    const demoted = await graphql(
      url,
      'mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }',
      { input: { userId: partnerAdminId, roles: ['SALES_AGENT'] } },
      admin.token,
    );
    expect(demoted.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('global admin') });
  });

  it('tells a refused user which roles would do, in their kind of organisation', async () => {
    const helpdesk = callerNamed('partner HELPDESK_AGENT');
    const refused = await graphql(
      url,
      'mutation($input: RequestRelationshipInput!) { requestRelationship(input: $input) { id } }',
      { input: { roles: ['RESELLER'], customerEmail: 'someone@customer.example.com' } },
      helpdesk.token,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This needs one of these roles in a partner organisation: ADMIN_AGENT, SALES_AGENT.',
      extensions: { code: 'FORBIDDEN', requiredRoles: ['ADMIN_AGENT', 'SALES_AGENT'] },
    });
    const userManager = callerNamed('partner USER_MANAGEMENT_ADMIN');
    const customers = await graphql(url, 'query($id: ID!) { partner(id: $id) { customers { totalCount } } }', { id: partnerId }, userManager.token);
    expect(customers.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRoles: ['GLOBAL_ADMIN', 'ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'],
    });
  });
});

const SUBGRAPHS = ['enrollment', 'relationship', 'agreement', 'notification'] as const;

/** The subgraph whose schema defines an entity's field (schema/<subgraph>.graphql). */
function subgraphOf(operation: Operation): (typeof SUBGRAPHS)[number] {
  const [type, field] = operation.split('.');
  const owner = SUBGRAPHS.find((subgraph) =>
    parse(readFileSync(path.join(__dirname, '../../schema', `${subgraph}.graphql`), 'utf8')).definitions.some(
      (definition) =>
        'fields' in definition && 'name' in definition && definition.name?.value === type && definition.fields?.some((f) => f.name.value === field),
    ),
  );
  if (!owner) throw new Error(`no subgraph defines ${operation}`);
  return owner;
}

function roleRefusal(response: GraphQLResponse) {
  return response.errors?.find((error) => error.extensions?.code === 'FORBIDDEN' && Array.isArray(error.extensions?.requiredRoles));
}

function outcomeOf(response: GraphQLResponse): string {
  return response.errors ? response.errors.map((error) => `${String(error.extensions?.code)}: ${error.message}`).join('; ') : 'data';
}
