import { getNamedType, GraphQLNamedType, GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import type { Category, Target } from './categories';
import type { OwnIds } from './fields';
import type { HostileRequest, Serials } from './hostile-request';
import { aliased, operationsOf, single } from './operations';
import type { SeededRandom } from './random';
import { argumentList, baselineArguments, entityTypes, prefixed, rootFields, selectionOf, variableDefinitions } from './schema-walk';

export interface StructuralContext {
  target: Target;
  schema: GraphQLSchema;
  rng: SeededRandom;
  serials: Serials;
  own: OwnIds;
}

const times = (count: number, text: (i: number) => string, separator = ' ') => Array.from({ length: count }, (_, i) => text(i)).join(separator);

/** Object fields without required arguments that lead somewhere further: the steps of a deep query. */
function onwardFields(type: GraphQLNamedType) {
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).filter((field) => {
    const named = getNamedType(field.type);
    return (
      !field.name.startsWith('_') &&
      isObjectType(named) &&
      !field.args.some((arg) => isNonNullType(arg.type)) &&
      Object.values(named.getFields()).some((inner) => isObjectType(getNamedType(inner.type)))
    );
  });
}

/** A random walk down the type graph, `depth` levels if its cycles allow; returns the nested selection and the depth reached. */
function deepSelection(start: GraphQLNamedType, depth: number, rng: SeededRandom): { text: string; depth: number } {
  let type = start;
  const names: string[] = [];
  while (names.length < depth) {
    const candidates = onwardFields(type);
    if (candidates.length === 0) break;
    const field = rng.pick(candidates);
    names.push(field.name);
    type = getNamedType(field.type);
  }
  return { text: `${names.map((name) => `${name} {`).join(' ')} __typename ${'}'.repeat(names.length)}`, depth: names.length };
}

/** Deep, wide, aliased, fragment-bombed, batched and directive-laden requests, built from each target's own types. */
export function structuralProbes(ctx: StructuralContext): HostileRequest[] {
  const requests: HostileRequest[] = [];
  const add = (category: Category, what: string, body: unknown, extra: Partial<HostileRequest> = {}) =>
    requests.push({ serial: ctx.serials.next(), target: ctx.target, category, what, body, ...extra });
  const ops = operationsOf(ctx.target, ctx.schema, { rng: ctx.rng, own: ctx.own, serial: () => ctx.serials.next() });
  const read = single(ops.read);
  const readCall = ops.read.call(0);
  const readDefinitions = ops.read.definitions(0);
  const withRead = (body: string, operation = 'query') => ({
    query: `${operation} Probe${readDefinitions ? `(${readDefinitions})` : ''} ${body}`,
    variables: read.variables,
  });

  // Deep: from every root query (and, on a subgraph, from every entity), as far as the types' cycles go.
  const starts: Array<{ open: string; close: string; type: GraphQLNamedType; definitions: string; variables: Record<string, unknown>; label: string }> = [];
  for (const root of rootFields(ctx.schema, 'query')) {
    if (root.name.startsWith('_') || onwardFields(getNamedType(root.type)).length === 0) continue;
    const variables = prefixed(
      baselineArguments(root.args, { rng: ctx.rng, serial: ctx.serials.next(), operation: 'query', rootField: root.name, own: ctx.own }),
      'r_',
    );
    starts.push({
      open: `${root.name}${argumentList(root.args, 'r_')} {`,
      close: '}',
      type: getNamedType(root.type),
      definitions: variableDefinitions(root.args, 'r_'),
      variables,
      label: root.name,
    });
  }
  for (const type of entityTypes(ctx.schema)) {
    if (onwardFields(type).length === 0) continue;
    const id = type.name === 'Partner' ? ctx.own.partnerId : type.name === 'Tenant' || type.name === 'Customer' ? ctx.own.tenantId : ctx.rng.uuid();
    starts.push({
      open: `_entities(representations: $reps) { ... on ${type.name} {`,
      close: '} }',
      type,
      definitions: '$reps: [_Any!]!',
      variables: { reps: [{ __typename: type.name, id }] },
      label: `_entities(${type.name})`,
    });
  }
  for (const start of ctx.rng.sample(starts, 3)) {
    for (const depth of [13, 40, 150]) {
      const walk = deepSelection(start.type, depth, ctx.rng);
      if (walk.depth < 3) continue;
      add('deep', `${start.label} nested ${walk.depth} levels`, {
        query: `query Probe${start.definitions ? `(${start.definitions})` : ''} { ${start.open} ${walk.text} ${start.close} }`,
        variables: start.variables,
      });
    }
  }
  add('deep', 'introspection nested 30 levels', { query: `{ __schema { types { ${'fields { type { '.repeat(15)} name ${'} } '.repeat(15)} } } }` });
  add('deep', 'the read nested in 300 inline fragments', withRead(`{ ${'... on Query { '.repeat(300)} ${readCall} ${'} '.repeat(300)} }`));

  // Wide.
  const everyRead = rootFields(ctx.schema, 'query').filter((field) => !field.name.startsWith('_'));
  const wideVariables = Object.assign(
    {},
    ...everyRead.map((field) =>
      prefixed(
        baselineArguments(field.args, { rng: ctx.rng, serial: ctx.serials.next(), operation: 'query', rootField: field.name, own: ctx.own }),
        `${field.name}_`,
      ),
    ),
  );
  const wideDefinitions = everyRead
    .map((field) => variableDefinitions(field.args, `${field.name}_`))
    .filter(Boolean)
    .join(', ');
  add('wide', `all ${everyRead.length} root queries, every field 3 levels down`, {
    query: `query Probe${wideDefinitions ? `(${wideDefinitions})` : ''} { ${everyRead.map((field) => `${field.name}${argumentList(field.args, `${field.name}_`)} ${selectionOf(getNamedType(field.type), 3)}`).join(' ')} }`,
    variables: wideVariables,
  });
  add(
    'wide',
    'the read with 3,000 copies of one field',
    withRead(`{ ${ops.read.field}${readCall.slice(ops.read.field.length).replace(/\{[^]*\}$/, '')} { ${times(3000, () => '__typename')} } }`),
  );
  add('wide', '5,000 __typename at the root', { query: `{ ${times(5000, () => '__typename')} }` });
  add('wide', '20,000 __typename at the root (a 200 kB document)', { query: `{ ${times(20000, () => '__typename')} }` });

  // Alias bombs.
  add('aliasBomb', `${ops.read.field} under 100 aliases`, aliased(ops.read, 100));
  add('aliasBomb', `${ops.read.field} under 1,000 aliases`, aliased(ops.read, 1000));
  add('aliasBomb', `${ops.write.field} under 40 aliases (valid inputs)`, aliased(ops.write, 40));
  add('aliasBomb', '2,000 aliased __typename', { query: `{ ${times(2000, (i) => `t${i}: __typename`)} }` });
  for (const hashing of ops.hashing) {
    const count = hashing.field === 'signUp' ? 5 : 50;
    add('aliasBomb', `${hashing.field} under ${count} aliases (password hashing)`, aliased(hashing, count));
  }

  // Fragment bombs and cycles.
  add('fragmentBomb', 'two fragments spreading each other', { query: 'query Probe { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' });
  add('fragmentBomb', 'a fragment spreading itself', { query: 'query Probe { ...A } fragment A on Query { __typename ...A }' });
  add('fragmentBomb', 'fragments doubling 30 times (2^30 spreads)', {
    query: `query Probe { ...F30 } fragment F0 on Query { __typename } ${times(30, (i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} a${i}: __typename }`)}`,
  });
  add(
    'fragmentBomb',
    'the read in fragments doubling 20 times',
    withRead(`{ ...F20 } fragment F0 on Query { ${readCall} } ${times(20, (i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`)}`),
  );
  add('fragmentBomb', '1,000 unused fragments', { query: `query Probe { __typename } ${times(1000, (i) => `fragment U${i} on Query { __typename }`)}` });
  add('fragmentBomb', 'a spread of an undefined fragment, and a fragment on an unknown type', {
    query: 'query Probe { ...Missing ...X } fragment X on NoSuchType { id }',
  });

  // Batched operations (JSON arrays).
  add('batched', 'two reads in a JSON array', [read, read]);
  add(
    'batched',
    '100 reads in a JSON array',
    Array.from({ length: 100 }, () => read),
  );
  add(
    'batched',
    `${ops.write.field} 20 times in a JSON array (valid inputs)`,
    Array.from({ length: 20 }, (_, i) => single(ops.write, i)),
  );
  for (const hashing of ops.hashing)
    add(
      'batched',
      `${hashing.field} 5 times in a JSON array (password hashing)`,
      Array.from({ length: 5 }, (_, i) => single(hashing, i)),
    );
  add('batched', 'an empty JSON array', []);
  add('batched', 'an array of junk', [1, 'query { __typename }', null, [read]]);

  // Directive overloading.
  add(
    'directives',
    '@include 100 times on one field',
    withRead(
      `{ ${ops.read.field}${readCall.slice(ops.read.field.length).replace(/\s\{[^]*\}$/, '')} ${times(100, () => '@include(if: true)')} { __typename } }`,
    ),
  );
  add('directives', '@skip 500 times on __typename', { query: `{ __typename ${times(500, () => '@skip(if: false)')} }` });
  add('directives', 'an unknown directive 200 times', { query: `{ __typename ${times(200, () => '@bogus')} }` });
  add('directives', '100 directives on the operation', { query: `query Probe ${times(100, () => '@include(if: true)')} { __typename }` });
  add('directives', '@deprecated, @defer and @stream where they do not belong', { query: '{ __typename @deprecated(reason: "x") ... @defer { __typename } }' });
  add('directives', '@include without its argument, and with a string for it', { query: '{ a: __typename @include b: __typename @include(if: "yes") }' });
  add('directives', '@include with a variable never defined', { query: '{ __typename @include(if: $undefined) }' });

  // Malformed HTTP requests.
  const raw = (what: string, spec: HostileRequest['raw']) => add('malformed', what, undefined, { raw: spec });
  raw('a body that is not JSON', { method: 'POST', contentType: 'application/json', text: '{"query": "{ __typename }"' });
  raw('a mutation as text/plain (a CSRF attempt)', { method: 'POST', contentType: 'text/plain', text: JSON.stringify(single(ops.write)) });
  raw('a mutation in a GET query string', {
    method: 'GET',
    search: `?query=${encodeURIComponent(single(ops.write).query)}&variables=${encodeURIComponent(JSON.stringify(single(ops.write).variables))}`,
  });
  raw('JSON nested 20,000 levels deep', {
    method: 'POST',
    contentType: 'application/json',
    text: `{"query":"{ __typename }","variables":{"x":${'['.repeat(20000)}${']'.repeat(20000)}}}`,
  });
  raw('a 300 kB body', {
    method: 'POST',
    contentType: 'application/json',
    text: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }),
  });
  raw('a query as application/graphql', { method: 'POST', contentType: 'application/graphql', text: '{ __typename }' });
  add('malformed', 'a document that does not parse', { query: '{ __typename ' });
  add('malformed', 'a number for the query', { query: 5 });
  add('malformed', 'a string for the variables', { query: read.query, variables: 'not an object' });
  add('malformed', 'an operation name that is not in the document', { ...read, operationName: 'Missing' });
  add('malformed', 'two operations and no name', { query: 'query A { __typename } query B { __typename }' });
  add('malformed', 'an empty object', {});
  add('malformed', 'JSON null', null);
  add('malformed', '__proto__ and constructor in the variables', {
    query: read.query,
    variables: { ...JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}'), ...read.variables },
  });
  add('malformed', 'a persisted query that does not exist', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
  add('malformed', 'a subscription', { query: 'subscription { __typename }' });
  return requests;
}
