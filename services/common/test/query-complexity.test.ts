import { buildSchema, Kind, OperationDefinitionNode, parse, FragmentDefinitionNode } from 'graphql';
import { measureOperation, tooComplex, UNPAGED_LIST_SIZE } from '../src/http/query-complexity';

const schema = buildSchema(`
  scalar _Any
  union _Entity = Customer
  type Query { partner(id: ID!): Partner  me: User  _entities(representations: [_Any!]!): [_Entity]!  __placeholder: Int }
  type User { id: ID! name: String }
  type Partner { id: ID!  customers(first: Int = 20, after: String): CustomerConnection!  tags: [String!]! }
  type CustomerConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [CustomerEdge!]!  nodes: [Customer!]! }
  type PageInfo { hasNextPage: Boolean! }
  type CustomerEdge { cursor: String!  node: Customer! }
  type Customer { id: ID!  name: String  acceptances: [Acceptance!]!  partners(first: Int = 20): PartnerConnection! }
  type PartnerConnection { edges: [PartnerEdge!]! }
  type PartnerEdge { node: Partner! }
  type Acceptance { id: ID!  template: Template }
  type Template { id: ID! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return measureOperation(schema, operation, fragments, variables);
}

describe('the complexity of an operation, measured before it runs', () => {
  it('counts each object as often as its page size lets it occur, from `first`, its variable or its default', () => {
    const page = 'customers(first: $first) { totalCount pageInfo { hasNextPage } edges { cursor node { id acceptances { id } } } }';
    // partner, customers, pageInfo: 1 each; 50 edges and their 50 nodes; up to UNPAGED_LIST_SIZE acceptances of each.
    expect(measure(`query($first: Int) { partner(id: "p") { ${page} } }`, { first: 50 }).cost).toBe(3 + 50 + 50 + 50 * UNPAGED_LIST_SIZE);
    expect(measure('{ partner(id: "p") { customers(first: 7) { edges { node { id } } } } }').cost).toBe(2 + 7 * 2);
    expect(measure('{ partner(id: "p") { customers { nodes { id } } } }').cost).toBe(2 + 20);
    // An unset variable leaves the argument's default.
    expect(measure('query($first: Int) { partner(id: "p") { customers(first: $first) { nodes { id } } } }').cost).toBe(2 + 20);
  });

  it('multiplies nested lists: objects under an unpaged list count UNPAGED_LIST_SIZE times each, pages within pages their product', () => {
    expect(measure('{ partner(id: "p") { customers(first: 10) { nodes { acceptances { template { id } } } } } }').cost).toBe(
      2 + 10 + 10 * UNPAGED_LIST_SIZE * 2,
    );
    expect(measure('{ partner(id: "p") { customers(first: 100) { nodes { partners(first: 100) { edges { node { id } } } } } } }').cost).toBe(
      2 + 100 + 100 + 100 * 100 * 2,
    );
    // Scalars and lists of scalars cost nothing.
    expect(measure('{ partner(id: "p") { id tags } }').cost).toBe(1);
  });

  it('counts entity lookups by the representations given', () => {
    const reps = Array.from({ length: 40 }, (_, i) => ({ __typename: 'Customer', id: String(i) }));
    expect(measure('query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { acceptances { id } } } }', { r: reps }).cost).toBe(
      40 + 40 * UNPAGED_LIST_SIZE,
    );
  });

  it('measures depth through fragments without counting them as levels, and counts aliases', () => {
    const query = `
      query { a: me { id } b: me { id } partner(id: "p") { ...Page } }
      fragment Page on Partner { customers { ... on CustomerConnection { edges { node { name } } } } }`;
    expect(measure(query)).toMatchObject({ depth: 5, aliases: 2 });
    // A fragment that spreads itself (refused by validation) is not followed for ever.
    expect(measure('{ partner(id: "p") { ...Loop } } fragment Loop on Partner { id ...Loop }').depth).toBe(2);
  });

  it('measures fragments doubling 30 times (2^30 spreads) in one walk each, their cost and aliases multiplied', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} a${i}: me { id } }`).join(' ');
    const started = Date.now();
    const measured = measure(`query { ...F30 } fragment F0 on Query { me { id } } ${fragments}`);
    expect(Date.now() - started).toBeLessThan(1000);
    // F(n) = 2 F(n-1) + 1 me, with F(0) = 1 me: 2^31 - 1 objects.
    expect(measured.cost).toBe(2 ** 31 - 1);
    expect(measured.aliases).toBe(2 ** 30 - 1);
    expect(measured.depth).toBe(2);
  });

  it('leaves introspection out', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } me { id } }')).toEqual({ depth: 2, aliases: 0, cost: 1 });
  });

  it('refuses with QUERY_TOO_COMPLEX, naming the limit, its setting and how far over, with what to do', () => {
    const limits = { MAX_QUERY_DEPTH: 12, MAX_QUERY_COST: 5000, MAX_QUERY_ALIASES: 15 };
    expect(tooComplex({ depth: 12, aliases: 15, cost: 5000 }, limits)).toBeUndefined();
    const refusal = tooComplex({ depth: 3, aliases: 0, cost: 5829 }, limits)!;
    expect(refusal.message).toBe(
      'This query may return 5,829 objects, over the limit of 5,000 (MAX_QUERY_COST) by 829: ask for smaller pages (first) or fewer nested lists.',
    );
    expect(refusal.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_COST', max: 5000, found: 5829 });
    expect(tooComplex({ depth: 13, aliases: 0, cost: 1 }, limits)!.message).toBe(
      'This query nests fields 13 levels deep, over the limit of 12 (MAX_QUERY_DEPTH) by 1: ask for fewer nested objects.',
    );
    expect(tooComplex({ depth: 1, aliases: 40, cost: 1 }, limits)!.extensions).toMatchObject({ limit: 'MAX_QUERY_ALIASES', found: 40 });
  });
});
