import type { ApolloServerPlugin } from '@apollo/server';
import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';

/**
 * What one operation asks of the servers, measured before anything runs:
 * - `depth`: the longest chain of nested fields (the leaf counted; fragments are not levels);
 * - `aliases`: aliased fields, everywhere in the operation;
 * - `cost`: the objects it may return. Every field whose type is an object (or a list of them)
 *   costs 1 for each time it can occur, which its enclosing lists decide: a connection's `first`
 *   (its value, its variable's, or the argument's default) multiplies its `edges` and `nodes`;
 *   `_entities` multiplies by the representations it is given; any other list by
 *   UNPAGED_LIST_SIZE. Scalars and enums cost nothing. Introspection (`__schema`, `__type`)
 *   is neither measured nor charged: the schema is small and public to every caller.
 */
export interface Complexity {
  depth: number;
  aliases: number;
  cost: number;
}

/** What an unpaged list of objects (a customer's relationships, an acceptance's history) counts as. */
export const UNPAGED_LIST_SIZE = 10;

const CONNECTION_ITEMS = new Set(['edges', 'nodes']);

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): Complexity {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, aliases: 0, cost: 0 };

  const argumentValue = (field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown => {
    const definition = field.args.find((arg) => arg.name === name);
    if (!definition) return undefined;
    const given = node.arguments?.find((arg) => arg.name.value === name);
    const value = given ? valueFromAST(given.value, definition.type, variables) : undefined;
    return value ?? definition.defaultValue;
  };

  /** How many of each item the field's list holds at most, as far as can be known before running it. */
  const itemsPer = (field: GraphQLField<unknown, unknown>, node: FieldNode, pagedBy: number | undefined): number => {
    const type = getNullableType(field.type);
    if (!isListType(type)) return 1;
    if (pagedBy !== undefined && CONNECTION_ITEMS.has(field.name)) return pagedBy;
    if (field.name === '_entities') {
      const representations = argumentValue(field, node, 'representations');
      return Array.isArray(representations) ? representations.length : UNPAGED_LIST_SIZE;
    }
    return UNPAGED_LIST_SIZE;
  };

  // What a selection set asks for once (its cost grows linearly with how often it occurs). A named
  // fragment is measured once per page size it sits under, so fragments spreading fragments (2^30
  // spreads in a few hundred bytes) cost one walk each, and their cost multiplies as it should.
  const fragmentsMeasured = new Map<string, Complexity>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pagedBy: number | undefined, inFragments: ReadonlySet<string>): Complexity => {
    const measured: Complexity = { depth: 0, aliases: 0, cost: 0 };
    const add = (part: Complexity, times = 1, deeper = 0) => {
      measured.cost += part.cost * times;
      measured.aliases += part.aliases;
      measured.depth = Math.max(measured.depth, part.depth + deeper);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) add(walk(selection.selectionSet, condition, pagedBy, inFragments));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment that spreads itself is refused by validation; here it is simply not followed again.
        if (!fragment || inFragments.has(name)) continue;
        const key = `${name}:${pagedBy ?? ''}`;
        let part = fragmentsMeasured.get(key);
        if (!part) {
          const condition = schema.getType(fragment.typeCondition.name.value);
          part =
            condition && isCompositeType(condition)
              ? walk(fragment.selectionSet, condition, pagedBy, new Set([...inFragments, name]))
              : { depth: 0, aliases: 0, cost: 0 };
          fragmentsMeasured.set(key, part);
        }
        add(part);
        continue;
      }
      if (selection.alias) measured.aliases += 1;
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') continue;
      measured.depth = Math.max(measured.depth, 1);
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field || !selection.selectionSet) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      const items = itemsPer(field, selection, pagedBy);
      const first = argumentValue(field, selection, 'first');
      measured.cost += items;
      add(walk(selection.selectionSet, type, typeof first === 'number' ? first : undefined, inFragments), items, 1);
    }
    return measured;
  };
  return walk(operation.selectionSet, root, undefined, new Set());
}

export interface ComplexityLimits {
  MAX_QUERY_DEPTH: number;
  MAX_QUERY_COST: number;
  MAX_QUERY_ALIASES: number;
}

const LIMITS: Array<{ setting: keyof ComplexityLimits; measure: keyof Complexity; what: string; advice: string }> = [
  { setting: 'MAX_QUERY_DEPTH', measure: 'depth', what: 'nests fields {found} levels deep', advice: 'ask for fewer nested objects' },
  { setting: 'MAX_QUERY_ALIASES', measure: 'aliases', what: 'has {found} aliased fields', advice: 'send the aliased fields in several requests' },
  { setting: 'MAX_QUERY_COST', measure: 'cost', what: 'may return {found} objects', advice: 'ask for smaller pages (first) or fewer nested lists' },
];

/** The refusal of an operation over a limit: code QUERY_TOO_COMPLEX, which limit, how far over, and what to do. */
export function tooComplex(complexity: Complexity, limits: ComplexityLimits): GraphQLError | undefined {
  for (const { setting, measure, what, advice } of LIMITS) {
    const found = complexity[measure];
    const limit = limits[setting];
    if (found <= limit) continue;
    return new GraphQLError(
      `This query ${what.replace('{found}', found.toLocaleString('en'))}, over the limit of ${limit.toLocaleString('en')} (${setting}) by ${(found - limit).toLocaleString('en')}: ${advice}.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', limit: setting, max: limit, found, http: { status: 400 } } },
    );
  }
  return undefined;
}

/** Measures every operation once it is resolved (its variables known) and refuses it, before it runs, when over a limit. */
export function complexityLimits(limits: ComplexityLimits): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
          );
          const refusal = tooComplex(measureOperation(schema, operation, fragments, request.variables ?? {}), limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
