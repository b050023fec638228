import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Target } from './categories';
import { BaselineContext, ENUM_BASELINE, fieldSpec, INT_BASELINE, validId, validString } from './fields';
import type { Slot } from './hostile-values';

const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/** The contract each target serves: the composed supergraph for the gateway, a subgraph's own SDL (with `_entities`) for each subgraph. */
export function schemaOf(target: Target): GraphQLSchema {
  if (target === 'gateway') return buildSchema(readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
  return buildSubgraphSchema([{ typeDefs: parse(readFileSync(path.join(SCHEMA_DIR, `${target}.graphql`), 'utf8')) }]);
}

export type Variables = Record<string, unknown>;

/** A valid value for an input type, built from the field names (fields.ts); `undefined` leaves an optional value out. */
export function baselineValue(type: GraphQLInputType, name: string, ctx: BaselineContext): unknown {
  if (isNonNullType(type)) return baselineValue(type.ofType, name, ctx);
  if (isListType(type)) {
    const item = baselineValue(type.ofType, name, ctx);
    return item === undefined ? undefined : [item];
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const fieldValue = baselineValue(field.type, field.name, ctx);
      if (fieldValue !== undefined) value[field.name] = fieldValue;
    }
    return value;
  }
  if (isEnumType(type)) return ENUM_BASELINE[type.name] ?? type.getValues()[0].value;
  switch (type.name) {
    case 'String':
      return validString(name, ctx);
    case 'ID':
      return validId(name, ctx);
    case 'Int':
      return INT_BASELINE[name] ?? 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return undefined;
  }
}

export function baselineArguments(args: readonly GraphQLArgument[], ctx: BaselineContext): Variables {
  const values: Variables = {};
  for (const arg of args) {
    const value = baselineValue(arg.type, arg.name, ctx);
    if (value !== undefined) values[arg.name] = value;
  }
  return values;
}

/** A place in an operation's variables that a hostile value can take, and what sits there. */
export interface SlotAt {
  /** Path inside the variables, e.g. ['input', 'admin', 'email'] or ['partnerIds', 0]. */
  path: Array<string | number>;
  shape: 'leaf' | 'list' | 'object';
  slot: Slot;
  /** For lists: the type of one item. */
  itemType?: GraphQLInputType;
}

/** Every argument and, depth first, every input field and list item below it. */
export function slotsOf(args: readonly GraphQLArgument[], rootField: string): SlotAt[] {
  const found: SlotAt[] = [];
  const visit = (type: GraphQLInputType, name: string, at: Array<string | number>, seen: Set<string>) => {
    const nonNull = isNonNullType(type);
    const nullable = nonNull ? type.ofType : type;
    const named = getNamedType(type);
    const slot: Slot = {
      name,
      namedType: named.name,
      enumValues: isEnumType(named) ? named.getValues().map((value) => value.name) : undefined,
      nonNull,
      spec: fieldSpec(name, named.name),
      rootField,
    };
    if (isListType(nullable)) {
      found.push({ path: at, shape: 'list', slot, itemType: nullable.ofType });
      visit(nullable.ofType, name, [...at, 0], seen);
    } else if (isInputObjectType(nullable)) {
      found.push({ path: at, shape: 'object', slot });
      // Input types may nest themselves; each is walked once per path.
      if (seen.has(nullable.name)) return;
      const inner = new Set(seen).add(nullable.name);
      for (const field of Object.values(nullable.getFields())) visit(field.type, field.name, [...at, field.name], inner);
    } else {
      found.push({ path: at, shape: 'leaf', slot });
    }
  };
  for (const arg of args) visit(arg.type, arg.name, [arg.name], new Set());
  return found;
}

/** A copy of `variables` with `value` at `at`, creating what is missing on the way. */
export function withValue(variables: Variables, at: Array<string | number>, value: unknown): Variables {
  const copy = structuredClone(variables) as Record<string | number, unknown>;
  let cursor: Record<string | number, unknown> = copy;
  at.forEach((key, i) => {
    if (i === at.length - 1) {
      cursor[key] = value;
      return;
    }
    if (cursor[key] === undefined || cursor[key] === null || typeof cursor[key] !== 'object') cursor[key] = typeof at[i + 1] === 'number' ? [] : {};
    cursor = cursor[key] as Record<string | number, unknown>;
  });
  return copy;
}

export function valueAt(variables: Variables, at: Array<string | number>): unknown {
  return at.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), variables);
}

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);

/**
 * Every field a client may select without arguments, `depth` levels down:
 * a probe reads as much as it can, so that whatever leaks shows in its answer.
 */
export function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) return '{ __typename }';
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('_') || hasRequiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0) {
      const inner = selectionOf(named, depth - 1);
      if (inner && inner !== '{ __typename }') parts.push(`${field.name} ${inner}`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

export function variableDefinitions(args: readonly GraphQLArgument[], prefix = ''): string {
  return args.map((arg) => `$${prefix}${arg.name}: ${String(arg.type)}`).join(', ');
}

export function argumentList(args: readonly GraphQLArgument[], prefix = ''): string {
  return args.length > 0 ? `(${args.map((arg) => `${arg.name}: $${prefix}${arg.name}`).join(', ')})` : '';
}

export function prefixed(values: Variables, prefix: string): Variables {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${key}`, value]));
}

export function rootFields(schema: GraphQLSchema, operation: 'query' | 'mutation'): Array<GraphQLField<unknown, unknown>> {
  const type = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return type ? Object.values(type.getFields()) : [];
}

/** Object-typed fields one level below a type, with their named types. */
export function objectFields(type: GraphQLNamedType): Array<{ field: GraphQLField<unknown, unknown>; type: GraphQLObjectType }> {
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((field) => isObjectType(getNamedType(field.type)))
    .map((field) => ({ field, type: getNamedType(field.type) as GraphQLObjectType }));
}

/** The entity types a subgraph resolves by key (the members of its `_Entity` union). */
export function entityTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const union = schema.getType('_Entity');
  return union && isUnionType(union) ? [...union.getTypes()] : [];
}
