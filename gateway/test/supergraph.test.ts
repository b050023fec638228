import { readFileSync } from 'node:fs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compose, supergraphPath } = require('../../infra/compose');

describe('the committed supergraph', () => {
  it('is exactly what schema/*.graphql compose to (run `npm run compose` after changing a subgraph schema)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(compose());
  });
});
