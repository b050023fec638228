import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, isUnionType, Kind, ConstDirectiveNode } from 'graphql';
import { badInput } from '../errors';

/** What a representation of one entity type must carry: one of its keys, and the fields its @requires name. */
interface EntityRule {
  keys: string[][];
  requires: string[];
}

/** Top-level field names of a federation field set ("id", "id sku", "id owner { id }" → id, owner). */
function topLevelFields(fieldSet: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const token of fieldSet.match(/[A-Za-z_][A-Za-z0-9_]*|[{}]/g) ?? []) {
    if (token === '{') depth += 1;
    else if (token === '}') depth -= 1;
    else if (depth === 0) names.push(token);
  }
  return names;
}

function fieldSetOf(directive: ConstDirectiveNode): string | undefined {
  const argument = directive.arguments?.find((arg) => arg.name.value === 'fields');
  return argument?.value.kind === Kind.STRING ? argument.value.value : undefined;
}

function ruleOf(type: GraphQLObjectType): EntityRule {
  const directives = [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
  const keys = directives
    .filter((directive) => directive.name.value === 'key')
    .map(fieldSetOf)
    .filter((set): set is string => set !== undefined)
    .map(topLevelFields);
  const requires = Object.values(type.getFields()).flatMap((field) =>
    (field.astNode?.directives ?? [])
      .filter((directive) => directive.name.value === 'requires')
      .flatMap((directive) => topLevelFields(fieldSetOf(directive) ?? '')),
  );
  return { keys, requires: [...new Set(requires)] };
}

const isKeyValue = (value: unknown) => (typeof value === 'string' && value.length > 0) || Number.isInteger(value);

/** Refuses, naming the representation, what the router would never send. */
export function checkRepresentations(representations: unknown, rules: ReadonlyMap<string, EntityRule>): void {
  if (!Array.isArray(representations)) throw badInput('representations', 'Representations are a list of objects.');
  representations.forEach((representation: unknown, i) => {
    const field = `representations.${i}`;
    if (!representation || typeof representation !== 'object' || Array.isArray(representation))
      throw badInput(field, 'A representation is an object with __typename and the key fields.');
    const fields = representation as Record<string, unknown>;
    const typename = Object.hasOwn(fields, '__typename') ? fields.__typename : undefined;
    const rule = typeof typename === 'string' ? rules.get(typename) : undefined;
    if (!rule) throw badInput(field, 'Its __typename is not an entity type of this subgraph.');
    if (!rule.keys.some((key) => key.every((name) => Object.hasOwn(fields, name) && isKeyValue(fields[name])))) {
      throw badInput(field, `A ${typename} needs its key: ${rule.keys.map((key) => key.join(' ')).join(' or ')}.`);
    }
    const missing = rule.requires.filter((name) => !Object.hasOwn(fields, name));
    if (missing.length > 0) throw badInput(field, `A ${typename} here needs ${missing.join(', ')} as well (the fields its @requires name).`);
  });
}

/**
 * `_entities` called directly, as internal teams may: a representation the
 * router would never send (no such entity type, no key, a key that is an
 * object, a field @requires needs left out) is BAD_USER_INPUT, instead of an
 * internal error from deep inside a reference resolver.
 */
export function guardEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!entities || !union || !isUnionType(union)) return schema;
  const rules = new Map(union.getTypes().map((type) => [type.name, ruleOf(type)] as const));
  const resolve = entities.resolve as GraphQLFieldResolver<unknown, unknown>;
  entities.resolve = (source, args, context, info) => {
    checkRepresentations((args as { representations?: unknown }).representations, rules);
    return resolve(source, args, context, info);
  };
  return schema;
}
