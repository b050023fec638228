import { getNamedType, GraphQLSchema } from 'graphql';
import type { Target } from './categories';
import type { OwnIds } from './fields';
import type { SeededRandom } from './random';
import { argumentList, baselineArguments, prefixed, rootFields, selectionOf, variableDefinitions, Variables } from './schema-walk';

/** A field of an operation with its variables, ready to be repeated (aliased, batched) `n` times. */
export interface Repeatable {
  operation: 'query' | 'mutation';
  field: string;
  /** Variable definitions and the field itself for copy `i`, each copy with variables of its own. */
  definitions: (i: number) => string;
  call: (i: number) => string;
  variables: (i: number) => Variables;
}

export interface TargetOperations {
  /** A cheap read the caller may make. */
  read: Repeatable;
  /** A write that succeeds for tenant A with its valid inputs, each copy distinct: what a limit must stop being multiplied. */
  write: Repeatable;
  /** Password-hashing writes (sign-up, sign-in, password change): at most one per request. */
  hashing: Repeatable[];
}

function repeatable(
  schema: GraphQLSchema,
  operation: 'query' | 'mutation',
  name: string,
  ctx: { rng: SeededRandom; own: OwnIds; serial: () => number },
  selectionDepth = 1,
  spoilFirst?: (variables: Variables) => Variables,
): Repeatable {
  const field = rootFields(schema, operation).find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${name} is not a ${operation} of this schema`);
  const selection = selectionOf(getNamedType(field.type), selectionDepth);
  const cache = new Map<number, Variables>();
  const variables = (i: number) => {
    if (!cache.has(i)) {
      const values = baselineArguments(field.args, { rng: ctx.rng, serial: ctx.serial(), operation, rootField: field.name, own: ctx.own });
      cache.set(i, prefixed(i === 0 && spoilFirst ? spoilFirst(values) : values, `v${i}_`));
    }
    return cache.get(i)!;
  };
  return {
    operation,
    field: name,
    definitions: (i) => variableDefinitions(field.args, `v${i}_`),
    call: (i) => `${field.name}${argumentList(field.args, `v${i}_`)} ${selection}`,
    variables,
  };
}

/** The first copy of a repeated sign-up is invalid: a service that runs only the first of several still changes nothing. */
const spoilSignUp = (values: Variables) => ({ ...values, input: { ...(values.input as object), domain: 'not a domain' } });

/** Operations each target's structural probes repeat, nest and batch. */
export function operationsOf(target: Target, schema: GraphQLSchema, ctx: { rng: SeededRandom; own: OwnIds; serial: () => number }): TargetOperations {
  const op = (operation: 'query' | 'mutation', name: string, spoil?: (v: Variables) => Variables) => repeatable(schema, operation, name, ctx, 1, spoil);
  const hashing = () => [op('mutation', 'signUp', spoilSignUp), op('mutation', 'signIn'), op('mutation', 'changePassword')];
  switch (target) {
    case 'gateway':
      return { read: op('query', 'me'), write: op('mutation', 'requestRelationship'), hashing: hashing() };
    case 'enrollment':
      return { read: op('query', 'me'), write: op('mutation', 'addUser'), hashing: hashing() };
    case 'relationship':
      return { read: op('query', 'authorize'), write: op('mutation', 'inviteIndirectReseller'), hashing: [] };
    case 'agreement':
      return { read: op('query', 'currentAgreement'), write: op('mutation', 'acceptAgreement'), hashing: [] };
    case 'notification':
      return { read: op('query', 'notifications'), write: op('mutation', 'sendRelationshipRequestEmail'), hashing: [] };
  }
}

/** `count` copies of one field in one document, each under its own alias and with its own variables. */
export function aliased(op: Repeatable, count: number): { query: string; variables: Variables } {
  const indices = Array.from({ length: count }, (_, i) => i);
  const definitions = indices.map(op.definitions).filter(Boolean).join(', ');
  const query = `${op.operation} Probe${definitions ? `(${definitions})` : ''} { ${indices.map((i) => `a${i}: ${op.call(i)}`).join(' ')} }`;
  return { query, variables: Object.assign({}, ...indices.map(op.variables)) };
}

/** One copy as a document of its own (for batches and token probes). */
export function single(op: Repeatable, i = 0): { query: string; variables: Variables } {
  const definitions = op.definitions(i);
  return { query: `${op.operation} Probe${definitions ? `(${definitions})` : ''} { ${op.call(i)} }`, variables: op.variables(i) };
}
