import { getNamedType, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, isObjectType } from 'graphql';
import type { Target, ValueCategory } from './categories';
import { acceptsAnyText, BaselineContext, OwnIds } from './fields';
import type { HostileRequest, Serials } from './hostile-request';
import { HostileValue, hostileValues, otherEntityId, OtherIds } from './hostile-values';
import type { SeededRandom } from './random';
import {
  argumentList,
  baselineArguments,
  baselineValue,
  entityTypes,
  objectFields,
  prefixed,
  rootFields,
  selectionOf,
  SlotAt,
  slotsOf,
  variableDefinitions,
  Variables,
  withValue,
} from './schema-walk';

export const VALUE_CATEGORIES: ValueCategory[] = ['wrongType', 'nonUuid', 'empty', 'tooLong', 'unicode', 'html', 'crlf', 'sql', 'otherTenant'];

export interface ProbeContext {
  target: Target;
  schema: GraphQLSchema;
  rng: SeededRandom;
  serials: Serials;
  own: OwnIds;
  others: OtherIds;
}

/** Categories whose values a free-text field may rightly accept: a write carrying one is made invalid elsewhere. */
const LENIENT: ValueCategory[] = ['unicode', 'html', 'crlf', 'sql'];

/** Arguments where naming another tenant is the operation's purpose: the directory is public (R1). */
const PUBLIC_REFERENCES = new Set(['contactPartners.partnerIds']);

/** Kinds of value a write can be spoiled by: a malformed one is refused before anything is stored. */
const SPOILERS = new Set(['email', 'domain', 'country', 'url', 'mpnId']);
/** Kinds whose baseline already names nothing (a random id or link token), so the write cannot succeed. */
const INERT = new Set(['id', 'linkToken']);

/** Items a list may hold, where documented; 10x of it is the hostile length. */
const MAX_ITEMS: Record<string, number> = { partnerIds: 5, keywords: 20, relationships: 1000, representations: 100 };

function listValues(category: ValueCategory, at: SlotAt, item: unknown, rng: SeededRandom): HostileValue[] {
  switch (category) {
    case 'wrongType':
      return [
        ...(at.slot.nonNull ? [{ value: null, label: 'null for a required list' }] : []),
        { value: { 0: item }, label: 'an object for a list' },
        { value: [[item]], label: 'a nested list' },
        { value: [item, null], label: 'a null item' },
      ];
    case 'empty':
      return [{ value: [], label: 'an empty list' }];
    case 'tooLong': {
      // A list of enum values names each at most once: duplicates are folded, not stored, so length is no attack there.
      if (at.slot.enumValues) return [];
      const count = (MAX_ITEMS[at.slot.name] ?? 100) * 10;
      // Distinct items, so that a service folding duplicates (as it may) still holds too many.
      const nth = (i: number) => (at.slot.namedType === 'ID' ? rng.uuid() : typeof item === 'string' ? `${item}${i}` : item);
      return [{ value: Array.from({ length: count }, (_, i) => nth(i)), label: `${count} distinct items (10x ${count / 10})` }];
    }
    default:
      return [];
  }
}

function valuesFor(category: ValueCategory, at: SlotAt, ctx: ProbeContext, baseline: BaselineContext): HostileValue[] {
  if (at.shape === 'list') return listValues(category, at, baselineValue(at.itemType as GraphQLInputType, at.slot.name, baseline), ctx.rng);
  if (at.shape === 'object') return category === 'wrongType' ? hostileValues('wrongType', at.slot, ctx.rng, ctx.others) : [];
  return hostileValues(category, at.slot, ctx.rng, ctx.others);
}

const samePlace = (a: Array<string | number>, b: Array<string | number>) => a.length <= b.length && a.every((key, i) => b[i] === key);

/**
 * Makes a write that could rightly succeed fail on another field, so that
 * the corpus as a whole must leave every database as it was. Undefined if the
 * operation has no field to spoil.
 */
function spoiled(variables: Variables, slots: SlotAt[], hostile: SlotAt): Variables | undefined {
  const others = slots.filter((at) => at.shape === 'leaf' && !samePlace(at.path, hostile.path) && !samePlace(hostile.path, at.path));
  const spoiler = others.find((at) => SPOILERS.has(at.slot.spec.kind));
  if (spoiler) return withValue(variables, spoiler.path, 'not-valid');
  return others.some((at) => INERT.has(at.slot.spec.kind)) ? variables : undefined;
}

interface Operation {
  operation: 'query' | 'mutation';
  /** Names the probed field in reports: `signUp`, `Partner.customers`. */
  label: string;
  /** The arguments probed, the variable prefix they take and the root field their baseline is built for. */
  args: readonly GraphQLArgument[];
  prefix: string;
  rootField: string;
  /** The document around the probed field, given its argument list; and the variables that document needs besides. */
  document: (definitions: string) => string;
  fixed: () => Variables;
}

function probesOf(op: Operation, ctx: ProbeContext): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const slots = slotsOf(op.args, op.rootField);
  const definitions = variableDefinitions(op.args, op.prefix);
  const document = op.document(definitions);
  for (const at of slots) {
    for (const category of VALUE_CATEGORIES) {
      const baselineContext = (): BaselineContext => ({
        rng: ctx.rng,
        serial: ctx.serials.next(),
        operation: op.operation,
        rootField: op.rootField,
        own: ctx.own,
      });
      for (const hostile of valuesFor(category, at, ctx, baselineContext())) {
        const serial = ctx.serials.next();
        let variables: Variables | undefined = withValue(baselineArguments(op.args, { ...baselineContext(), serial }), at.path, hostile.value);
        const lenient =
          (LENIENT.includes(category) && acceptsAnyText(at.slot.spec)) ||
          (category === 'otherTenant' && PUBLIC_REFERENCES.has(`${op.rootField}.${at.slot.name}`));
        if (op.operation === 'mutation' && lenient) variables = spoiled(variables, slots, at);
        if (!variables) continue;
        requests.push({
          serial,
          target: ctx.target,
          category,
          what: `${op.label}(${at.path.join('.')}) <- ${hostile.label}`,
          body: { query: document, variables: { ...op.fixed(), ...prefixed(variables, op.prefix) } },
        });
      }
    }
  }
  return requests;
}

/** Every argument of every root Query and Mutation field (`_entities` has its own probes). */
function rootProbes(ctx: ProbeContext): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    for (const field of rootFields(ctx.schema, operation)) {
      if (field.args.length === 0 || field.name.startsWith('_')) continue;
      const selection = selectionOf(getNamedType(field.type), 2);
      requests.push(
        ...probesOf(
          {
            operation,
            label: field.name,
            args: field.args,
            prefix: '',
            rootField: field.name,
            document: (definitions) => `${operation} Probe(${definitions}) { ${field.name}${argumentList(field.args)} ${selection} }`,
            fixed: () => ({}),
          },
          ctx,
        ),
      );
    }
  }
  return requests;
}

type AnyField = GraphQLField<unknown, unknown>;

/** Arguments of fields below the root (connections' `first`/`after`, `search`, filters), reached through a valid parent. */
function nestedProbes(ctx: ProbeContext): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const probeField = (parentType: GraphQLNamedType, field: AnyField, wrap: (inner: string) => string, fixedDefinitions: string, fixed: () => Variables) => {
    const selection = selectionOf(getNamedType(field.type), 1);
    requests.push(
      ...probesOf(
        {
          operation: 'query',
          label: `${parentType.name}.${field.name}`,
          args: field.args,
          prefix: 'n_',
          rootField: `${parentType.name}.${field.name}`,
          document: (definitions) =>
            `query Probe(${[fixedDefinitions, definitions].filter(Boolean).join(', ')}) { ${wrap(`${field.name}${argumentList(field.args, 'n_')} ${selection}`)} }`,
          fixed,
        },
        ctx,
      ),
    );
  };

  // Through root queries, one and two levels down.
  for (const root of rootFields(ctx.schema, 'query')) {
    if (root.name.startsWith('_')) continue;
    const rootType = getNamedType(root.type);
    const rootBaseline = () =>
      baselineArguments(root.args, { rng: ctx.rng, serial: ctx.serials.next(), operation: 'query', rootField: root.name, own: ctx.own });
    const definitions = variableDefinitions(root.args);
    const open = `${root.name}${argumentList(root.args)}`;
    for (const field of objectFieldsWithArgs(rootType)) probeField(rootType, field, (inner) => `${open} { ${inner} }`, definitions, rootBaseline);
    for (const { field: middle, type } of objectFields(rootType)) {
      if (middle.args.some((arg) => String(arg.type).endsWith('!'))) continue;
      for (const field of objectFieldsWithArgs(type)) probeField(type, field, (inner) => `${open} { ${middle.name} { ${inner} } }`, definitions, rootBaseline);
    }
  }
  // Through `_entities` on a subgraph: the prober's own entity, so that its fields resolve.
  for (const type of entityTypes(ctx.schema)) {
    const representation = () => ({ representations: [{ __typename: type.name, id: ownEntityId(type.name, ctx) }] });
    for (const field of objectFieldsWithArgs(type)) {
      probeField(
        type,
        field,
        (inner) => `_entities(representations: $representations) { ... on ${type.name} { ${inner} } }`,
        '$representations: [_Any!]!',
        representation,
      );
    }
  }
  return requests;
}

function objectFieldsWithArgs(type: GraphQLNamedType): AnyField[] {
  return isObjectType(type) ? Object.values(type.getFields()).filter((field) => field.args.length > 0) : [];
}

function ownEntityId(typename: string, ctx: ProbeContext): string {
  const byType: Record<string, string> = {
    Tenant: ctx.own.tenantId,
    Customer: ctx.own.tenantId,
    Partner: ctx.own.partnerId,
    User: ctx.own.userId,
    RelationshipRequest: ctx.own.requestId,
    Notification: ctx.own.notificationId,
  };
  return byType[typename] ?? ctx.rng.uuid();
}

/** `_entities` called directly, as internal teams may: every entity type with ids that are malformed or not the caller's. */
function entityProbes(ctx: ProbeContext): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const types = entityTypes(ctx.schema);
  // A thousand representations cost seconds each: one entity type per subgraph carries that probe.
  const bulk = types.length > 0 ? ctx.rng.pick(types).name : undefined;
  for (const type of types) {
    const document = `query Probe($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type.name} ${selectionOf(type, 1)} } }`;
    const rep = (id: unknown) => ({ __typename: type.name, id });
    const own = rep(ownEntityId(type.name, ctx));
    const other = otherEntityId(type.name, ctx.others);
    const cases: Array<[ValueCategory, unknown[], string]> = [
      ['nonUuid', [rep('1')], 'id "1"'],
      ['nonUuid', [rep('../../etc/passwd')], 'a path for an id'],
      ['empty', [rep('')], 'an empty id'],
      ['empty', [], 'no representations'],
      ['tooLong', [rep(Array.from({ length: 10 }, () => ctx.rng.uuid()).join(''))], '10 UUIDs in one id'],
      ...(type.name === bulk
        ? ([['tooLong', Array.from({ length: 1000 }, () => own), '1000 representations (10x a page)']] as Array<[ValueCategory, unknown[], string]>)
        : []),
      ['unicode', [rep(`${ctx.rng.uuid()}\u200b`)], 'a zero-width space in an id'],
      ['html', [rep('<script>alert(1)</script>')], 'a script for an id'],
      ['crlf', [rep(`${ctx.rng.uuid()}\r\nX-Injected: 1`)], 'CRLF in an id'],
      ['sql', [rep("' OR '1'='1")], 'SQL for an id'],
      ['wrongType', [{ __typename: type.name }], 'no id'],
      ['wrongType', [rep(5)], 'a number for an id'],
      ['wrongType', [rep({ $ne: null })], 'an object for an id'],
      ['wrongType', [rep([ctx.rng.uuid()])], 'a list for an id'],
      ['wrongType', [{ ...own, __typename: '__proto__' }], '__proto__ for a type name'],
      ...(other ? ([['otherTenant', [rep(other)], `another tenant's ${type.name}`]] as Array<[ValueCategory, unknown[], string]>) : []),
    ];
    for (const [category, representations, label] of cases) {
      requests.push({
        serial: ctx.serials.next(),
        target: ctx.target,
        category,
        what: `_entities(${type.name}) <- ${label}`,
        body: { query: document, variables: { representations } },
      });
    }
  }
  return requests;
}

/** Hostile values in every argument the schema has, at every depth a client reaches it. */
export function valueProbes(ctx: ProbeContext): HostileRequest[] {
  return [...rootProbes(ctx), ...nestedProbes(ctx), ...entityProbes(ctx)];
}
