import {
  defaultFieldResolver,
  getNamedType,
  GraphQLFieldResolver,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { checkLength } from '../validation';

/**
 * A string input's limit, as its description documents it: "at most 200
 * characters", "1 to 200 characters", "up to 20,000 characters". The schema's
 * words are the rule, so what clients read and what is enforced cannot drift.
 */
const DOCUMENTED_LIMIT = /\b(?:at most|to) (\d{1,3}(?:,\d{3})*|\d+) characters\b/i;

/** IDs are UUIDs (DESIGN §2): no id needs more. */
const ID_LENGTH = 36;

export function documentedLength(description: string | null | undefined): number | undefined {
  const match = description?.match(DOCUMENTED_LIMIT);
  return match ? Number(match[1].replace(/,/g, '')) : undefined;
}

/** Checks one value; `path` names it as `extensions.field` does: below `input`, e.g. `admin.fullName`. */
type Check = (value: unknown, path: string) => void;

const below = (path: string, name: string) => (path ? `${path}.${name}` : name);

/**
 * The check of a value of `type`, or undefined when nothing in it is a string.
 * `checks` holds each input object's check once (null: nothing to check), built
 * before its fields so that a type containing itself refers to its own check.
 */
function checkOf(type: GraphQLInputType, declaredAt: string, description: string | null | undefined, checks: Map<string, Check | null>): Check | undefined {
  if (isNonNullType(type)) return checkOf(type.ofType, declaredAt, description, checks);
  if (isListType(type)) {
    const item = checkOf(type.ofType, declaredAt, description, checks);
    if (!item) return undefined;
    // A list of strings is one field to a person (keywords); a list of objects is rows, each named by its index.
    const byIndex = isInputObjectType(getNamedType(type));
    return (value, path) => {
      if (Array.isArray(value)) value.forEach((element, i) => element != null && item(element, byIndex ? below(path, String(i)) : path));
    };
  }
  if (isScalarType(type)) {
    if (type.name !== 'String' && type.name !== 'ID') return undefined;
    const max = type.name === 'ID' ? ID_LENGTH : documentedLength(description);
    if (max === undefined) {
      throw new Error(
        `${declaredAt} is a String input without a documented limit: say "at most N characters" in its description (N no more than its column holds).`,
      );
    }
    return (value, path) => {
      if (typeof value === 'string') checkLength(path, value, max);
    };
  }
  if (!isInputObjectType(type)) return undefined;
  const known = checks.get(type.name);
  if (known !== undefined) return known ?? undefined;
  const fields: Array<[string, Check]> = [];
  const check: Check = (value, path) => {
    if (!value || typeof value !== 'object') return;
    for (const [name, inner] of fields) {
      const fieldValue = (value as Record<string, unknown>)[name];
      if (fieldValue != null) inner(fieldValue, below(path, name));
    }
  };
  checks.set(type.name, check);
  for (const field of Object.values(type.getFields())) {
    const inner = checkOf(field.type, `${type.name}.${field.name}`, field.description, checks);
    if (inner) fields.push([field.name, inner]);
  }
  if (fields.length > 0) return check;
  checks.set(type.name, null);
  return undefined;
}

/**
 * Every string a client sends is refused past its documented length with
 * BAD_USER_INPUT naming the field, before any resolver runs: never a 500 from
 * the database, never a value cut short, and no megabyte password hashed.
 * A String input without a documented limit stops the schema from building,
 * so none is ever forgotten.
 */
export function guardInputLengths(schema: GraphQLSchema): GraphQLSchema {
  const inputChecks = new Map<string, Check | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args
        .map((arg) => [arg.name, checkOf(arg.type, `${type.name}.${field.name}(${arg.name})`, arg.description, inputChecks)] as const)
        .filter((entry): entry is readonly [string, Check] => entry[1] !== undefined);
      if (checks.length === 0) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        // The fields of the `input` argument are named without its prefix, as every other refusal names them.
        for (const [name, check] of checks) if (args[name] != null) check(args[name], name === 'input' ? '' : name);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
