import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { guardEntityRepresentations } from '../src/http/entity-representations';

const schema = guardEntityRepresentations(
  buildSubgraphSchema([
    {
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires"])
        type Query { ping: Boolean }
        type Thing @key(fields: "id") { id: ID! name: String }
        type Order @key(fields: "id") { id: ID! paid: Boolean! @external label: String @requires(fields: "paid") }
      `),
      resolvers: {
        Thing: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `thing ${ref.id}` }) },
        Order: { __resolveReference: (ref: { id: string; paid: boolean }) => ({ ...ref, label: ref.paid ? 'paid' : 'due' }) },
      } as never,
    },
  ]),
);

const lookup = (representations: unknown[]) =>
  graphql({
    schema,
    source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id name } ... on Order { id label } } }',
    variableValues: { r: representations },
  });

describe('_entities called directly', () => {
  it('resolves what the router sends', async () => {
    const result = await lookup([
      { __typename: 'Thing', id: 't1' },
      { __typename: 'Order', id: 'o1', paid: true },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [
        { id: 't1', name: 'thing t1' },
        { id: 'o1', label: 'paid' },
      ],
    });
  });

  it.each([
    ['a type this subgraph does not have', { __typename: 'Nothing', id: 'x' }, 'representations.0'],
    ['__proto__ for a type name', JSON.parse('{"__typename":"__proto__","id":"x"}'), 'representations.0'],
    ['no type name', { id: 'x' }, 'representations.0'],
    ['no key', { __typename: 'Thing' }, 'representations.0'],
    ['an empty key', { __typename: 'Thing', id: '' }, 'representations.0'],
    ['an object for a key', { __typename: 'Thing', id: { $ne: null } }, 'representations.0'],
    ['a list for a key', { __typename: 'Thing', id: ['t1'] }, 'representations.0'],
    ['a field @requires needs left out', { __typename: 'Order', id: 'o1' }, 'representations.0'],
    ['a string for a representation', 'Thing', 'representations.0'],
  ])('refuses %s as BAD_USER_INPUT', async (_what, representation, field) => {
    const result = await lookup([representation]);
    expect(result.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field }]);
  });

  it('names the representation that is wrong', async () => {
    const result = await lookup([{ __typename: 'Thing', id: 't1' }, { __typename: 'Thing', id: 7 }, { __typename: 'Thing' }]);
    expect(result.errors?.map((error) => error.extensions?.field)).toEqual(['representations.2']);
  });
});
