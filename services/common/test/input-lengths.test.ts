import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  execute,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from 'graphql';
import { buildSchemaFor } from '../src/http/subgraph-server';
import { documentedLength, guardInputLengths } from '../src/http/input-lengths';

/**
 * Every string input of every subgraph and the limit its description documents, beside the column it
 * lands in (the migrations' VARCHAR sizes) or, where it is not stored, why that much is enough.
 */
const LIMITS: Record<string, Record<string, number>> = {
  enrollment: {
    'Query.mpnProfile(mpnId)': 10, // 6 to 10 digits (mpn_profile.mpn_id VARCHAR(16))
    'Query.partnerEnrollments(after)': 2000, // a cursor: a 200-character name and an id, escaped, in base64url
    'Query.partnerEnrollments(search)': 200, // compared with partner.legal_name VARCHAR(200)
    'Query.searchPartners(after)': 2000,
    'Query.serviceTokens(after)': 2000,
    'Tenant.users(after)': 2000,
    'Partner.users(after)': 2000,
    'Partner.leads(after)': 2000,
    'AnswerLeadInput.message': 4000, // not stored: it goes into the email (notification.text_body MEDIUMTEXT)
    'PartnerSearchFilter.country': 2, // compared with CHAR(2)
    'PartnerSearchFilter.city': 100, // partner_profile.city VARCHAR(100)
    'PartnerSearchFilter.keywords': 200, // free text, not stored: 20 words at most are used
    'SignUpInput.domain': 253, // tenant.domain VARCHAR(253)
    'SignUpInput.displayName': 200, // tenant.display_name VARCHAR(200)
    'SignUpInput.country': 2, // tenant.country CHAR(2)
    'SignUpAdminInput.fullName': 200, // user.full_name VARCHAR(200)
    'SignUpAdminInput.email': 254, // user.email VARCHAR(254)
    'SignUpAdminInput.password': 128, // hashed, not stored: scrypt of a long input is an abuse
    'SignInInput.email': 254,
    'SignInInput.password': 128,
    'ChangePasswordInput.currentPassword': 128,
    'ChangePasswordInput.newPassword': 128,
    'CreateServiceTokenInput.name': 63, // a name in the token's subject
    'UpsertMpnProfileInput.mpnId': 10, // mpn_profile.mpn_id VARCHAR(16), 6 to 10 digits
    'UpsertMpnProfileInput.organizationName': 200, // mpn_profile.organization_name VARCHAR(200)
    'UpsertMpnProfileInput.country': 2,
    'EnrollPartnerInput.mpnId': 10, // partner.mpn_id VARCHAR(32), 6 to 10 digits
    'EnrollPartnerInput.legalName': 200, // partner.legal_name VARCHAR(200)
    'AddressInput.line1': 200, // partner.address_line1 VARCHAR(200)
    'AddressInput.line2': 200,
    'AddressInput.city': 100, // partner.address_city VARCHAR(100)
    'AddressInput.region': 100,
    'AddressInput.postalCode': 20, // partner.address_postal_code VARCHAR(20)
    'AddressInput.country': 2,
    'ContactInput.firstName': 100, // partner.primary_first_name VARCHAR(100)
    'ContactInput.lastName': 100,
    'ContactInput.email': 254,
    'ContactInput.phone': 32, // partner.primary_phone VARCHAR(32)
    'SupportContactInput.email': 254,
    'SupportContactInput.phone': 32,
    'SupportContactInput.website': 500, // partner.support_website VARCHAR(500)
    'VerifyPrimaryContactInput.token': 64, // hashed, not stored: tokens have 43 characters
    'ReviewEnrollmentInput.reason': 1000, // partner.rejection_reason VARCHAR(1000)
    'AddUserInput.fullName': 200,
    'AddUserInput.email': 254,
    'UpdateBusinessProfileInput.description': 2000, // partner_profile.description TEXT
    'UpdateBusinessProfileInput.city': 100,
    'UpdateBusinessProfileInput.country': 2,
    'UpdateBusinessProfileInput.keywords': 40, // each; 20 of them fit partner_profile.keywords VARCHAR(1000)
    'UpdateEnrollmentInput.legalName': 200, // partner.legal_name, as EnrollPartnerInput
    'UpdateEnrollmentInput.mpnId': 10, // partner.mpn_id, as EnrollPartnerInput
    'ContactPartnersInput.need': 2000, // lead.need TEXT
    'ContactPartnersInput.contactEmail': 254, // lead.contact_email VARCHAR(254)
  },
  relationship: {
    'Query.relationshipRequestByToken(token)': 64,
    'Partner.customers(after)': 2000,
    'Partner.customers(search)': 253, // a prefix of customer_name VARCHAR(200) or customer_domain VARCHAR(253)
    'Partner.relationshipRequests(after)': 2000,
    'RequestRelationshipInput.customerEmail': 254, // relationship_request.invitee_email VARCHAR(254)
    'InviteIndirectResellerInput.resellerEmail': 254,
    'InviteCustomerWithProviderInput.customerEmail': 254,
    'AcceptRelationshipRequestInput.token': 64,
    'AuthorizeIndirectProviderInput.token': 64,
    'DeclineRelationshipRequestInput.token': 64,
    'ExistingRelationshipInput.mpnId': 10, // pending_import.mpn_id VARCHAR(16), 6 to 10 digits
    'CreateReferralInput.customerEmail': 254, // referral.customer_email VARCHAR(254)
    'CreateReferralInput.customerName': 200, // referral.customer_name VARCHAR(200)
    'CreateReferralInput.need': 2000, // referral.need TEXT
    'DeclineReferralInput.reason': 1000, // referral.decline_reason TEXT
    'Partner.referrals(after)': 2000,
    'Query.referrals(after)': 2000,
    // B1: an ISO 8601 duration, relationship_request.admin_access_duration VARCHAR(16).
    'RequestRelationshipInput.adminAccessDuration': 16,
    'InviteCustomerWithProviderInput.adminAccessDuration': 16,
    'RequestAdminAccessChangeInput.adminAccessDuration': 16,
    'Partner.adminAccess(after)': 2000,
  },
  agreement: {
    'PublishAgreementTemplateInput.version': 32, // agreement_template.version VARCHAR(32)
    'Query.currentAgreement(language)': 16, // compared with agreement_template.language VARCHAR(16)
    'RelationshipRequest.agreement(language)': 16, // the same
    'PublishAgreementTemplateInput.documentUrl': 2000, // agreement_template.document_url VARCHAR(2000)
    'PublishAgreementTemplateInput.language': 16, // agreement_template.language VARCHAR(16)
    'AcceptanceContactInput.firstName': 100, // agreement_acceptance.contact_first_name VARCHAR(100)
    'AcceptanceContactInput.lastName': 100,
    'AcceptanceContactInput.email': 254, // agreement_acceptance.contact_email VARCHAR(254)
    'AcceptanceContactInput.phone': 32, // agreement_acceptance.contact_phone VARCHAR(32)
  },
  notification: {
    'Query.notifications(after)': 2000,
    'Partner.notifications(after)': 2000,
    'NotificationFilter.to': 254, // compared with notification.to_address VARCHAR(254)
    'SendRelationshipRequestEmailInput.to': 254,
    'SendRelationshipRequestEmailInput.subject': 200, // notification.subject VARCHAR(300)
    'SendRelationshipRequestEmailInput.body': 20000, // notification.text_body MEDIUMTEXT
  },
};

/** One string input, reached from a field's argument: where the schema declares it and what a refusal names. */
interface Slot {
  declaredAt: string;
  max: number;
  /** An ID, held to a UUID's length rather than to a description. */
  id: boolean;
  /** Keys from the argument's value down to the string (list items: index 0). */
  keys: Array<string | number>;
  /** `extensions.field`: the path below `input`; a list of strings is named as a whole, a list of objects by index. */
  field: string;
}

function slotsOf(
  type: GraphQLInputType,
  declaredAt: string,
  description: string | null | undefined,
  keys: Array<string | number>,
  field: string,
  seen: string[],
): Slot[] {
  if (isNonNullType(type)) return slotsOf(type.ofType, declaredAt, description, keys, field, seen);
  if (isListType(type)) {
    const byIndex = isInputObjectType(getNamedType(type));
    return slotsOf(type.ofType, declaredAt, description, [...keys, 0], byIndex ? `${field}.0` : field, seen);
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) {
    const id = type.name === 'ID';
    return [{ declaredAt, max: id ? 36 : documentedLength(description)!, id, keys, field }];
  }
  if (!isInputObjectType(type) || seen.includes(type.name)) return [];
  return Object.values(type.getFields()).flatMap((inner) =>
    slotsOf(inner.type, `${type.name}.${inner.name}`, inner.description, [...keys, inner.name], field ? `${field}.${inner.name}` : inner.name, [
      ...seen,
      type.name,
    ]),
  );
}

/** A value of every input type, every optional field filled, so that any slot in it can be made too long. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type)]));
  if (type.name === 'Int' || type.name === 'Float') return 1;
  if (type.name === 'Boolean') return true;
  if (type.name === 'DateTime') return '2026-01-01T00:00:00.000Z';
  return 'x';
}

function withValue(value: unknown, keys: Array<string | number>, replacement: string): unknown {
  if (keys.length === 0) return replacement;
  const [key, ...rest] = keys;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as object) };
  copy[key] = withValue(copy[key], rest, replacement);
  return copy;
}

interface Probe {
  name: string;
  slot: Slot;
  run: (value: string) => Promise<readonly GraphQLError[]>;
}

/** Every slot of every argument of every field, each with an operation that sends a value there. */
function probesOf(schema: GraphQLSchema): Probe[] {
  const probes: Probe[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      for (const arg of field.args) {
        for (const slot of slotsOf(arg.type, `${type.name}.${field.name}(${arg.name})`, arg.description, [], arg.name === 'input' ? '' : arg.name, [])) {
          probes.push({
            name: `${type.name}.${field.name}(${arg.name}) ${slot.declaredAt}`,
            slot,
            run: (value) => send(schema, type, field, arg.name, slot, value),
          });
        }
      }
    }
  }
  return probes;
}

/** What the gateway sends along with an entity's key for the fields a subgraph's @requires names. */
const REQUIRED_FIELDS: Record<string, Record<string, unknown>> = { RelationshipRequest: { agreementRequired: true } };

async function send(schema: GraphQLSchema, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, probed: string, slot: Slot, value: string) {
  const variables = Object.fromEntries(
    field.args.map((arg) => [arg.name, arg.name === probed ? withValue(sample(arg.type), slot.keys, value) : sample(arg.type)]),
  );
  const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
  const call = `${field.name}(${field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''}`;
  const root =
    type === schema.getQueryType()
      ? `query(${definitions}) { ${call} }`
      : type === schema.getMutationType()
        ? `mutation(${definitions}) { ${call} }`
        : undefined;
  // A field of an entity: reached through _entities, as the gateway reaches it.
  const document =
    root ?? `query($representations: [_Any!]!, ${definitions}) { _entities(representations: $representations) { ... on ${type.name} { ${call} } } }`;
  const representation = { __typename: type.name, id: 'x', ...REQUIRED_FIELDS[type.name] };
  const result = await execute({ schema, document: parse(document), variableValues: { ...variables, representations: [representation] } });
  return result.errors ?? [];
}

const refusedLength = (errors: readonly GraphQLError[]) => errors.filter((error) => /may have at most/.test(error.message));

describe.each(Object.keys(LIMITS))('the %s subgraph', (name) => {
  const schema = buildSchemaFor(name, {});
  const probes = probesOf(schema);

  it('documents a limit for every string input, the one its column allows', () => {
    const documented = Object.fromEntries(probes.filter((probe) => !probe.slot.id).map((probe) => [probe.slot.declaredAt, probe.slot.max]));
    expect(documented).toEqual(LIMITS[name]);
  });

  it.each(probes.map((probe) => [probe.name, probe] as const))('refuses %s one character past its limit, and takes it at the limit', async (_name, probe) => {
    const [refusal, ...others] = refusedLength(await probe.run('a'.repeat(probe.slot.max + 1)));
    expect(others).toEqual([]);
    expect(refusal.originalError).toMatchObject({ code: 'BAD_USER_INPUT', field: probe.slot.field });
    expect(refusal.message).toBe(`This may have at most ${probe.slot.max.toLocaleString('en-US')} characters.`);
    expect(refusedLength(await probe.run('a'.repeat(probe.slot.max)))).toEqual([]);
  });
});

describe('length limits', () => {
  const sdl = `
    type Query {
      find("at most 5 characters" term: String, ids: [ID!]): String
    }
    type Mutation {
      save(input: SaveInput!): String
    }
    input SaveInput {
      "Up to 1,000 characters."
      note: String
      "Each 2 to 4 characters."
      tags: [String!]
      rows: [RowInput!]
    }
    input RowInput {
      "At most 3 characters."
      label: String!
      child: RowInput
    }`;
  const schema = guardInputLengths(
    buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: { Query: { find: () => 'ok' }, Mutation: { save: () => 'saved' } } }]),
  );
  const run = async (document: string, variableValues: Record<string, unknown>) => {
    const result = await execute({ schema, document: parse(document), variableValues });
    return { data: result.data, refusal: result.errors?.[0]?.originalError as { field?: string; message: string } | undefined };
  };
  const save = (input: unknown) => run('mutation($input: SaveInput!) { save(input: $input) }', { input });

  it('are read from the descriptions', () => {
    expect([
      documentedLength('At most 200 characters.'),
      documentedLength('20 to 2,000 characters'),
      documentedLength('up to 20,000 characters'),
      documentedLength('Digits only.'),
    ]).toEqual([200, 2000, 20000, undefined]);
  });

  it('count characters as MySQL does: an emoji is one', async () => {
    expect((await run('query($term: String) { find(term: $term) }', { term: '😀'.repeat(5) })).data).toEqual({ find: 'ok' });
    expect((await run('query($term: String) { find(term: $term) }', { term: '😀'.repeat(6) })).refusal).toMatchObject({ field: 'term' });
  });

  it('name the field below input, a list of strings as a whole and rows by their index, however deep', async () => {
    expect((await save({ note: 'n'.repeat(1001) })).refusal).toMatchObject({ field: 'note', message: 'This may have at most 1,000 characters.' });
    expect((await save({ tags: ['ok', 'too long'] })).refusal).toMatchObject({ field: 'tags' });
    expect((await save({ rows: [{ label: 'ok' }, { label: 'abc', child: { label: 'abcd' } }] })).refusal).toMatchObject({ field: 'rows.1.child.label' });
    expect((await save({ note: 'fine', tags: ['ab'], rows: [{ label: 'abc', child: null }] })).data).toEqual({ save: 'saved' });
  });

  it('hold ids to the length of a UUID', async () => {
    expect((await run('query($ids: [ID!]) { find(ids: $ids) }', { ids: ['0b6f3a52-8d0e-4a55-9d4c-6f1f3e0c2b11', 'x'.repeat(37)] })).refusal).toMatchObject({
      field: 'ids',
    });
  });

  it('must be documented: a string input without one stops the schema from building', () => {
    const undocumented = buildSubgraphSchema([{ typeDefs: parse('type Query { find(term: String): String }') }]);
    expect(() => guardInputLengths(undocumented)).toThrow('Query.find(term) is a String input without a documented limit');
  });
});
