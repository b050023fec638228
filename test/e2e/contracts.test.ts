import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { breakingChanges } = require('../../infra/contracts');

const root = path.join(__dirname, '../..');
const EVENT = 'channelgraph.enrollment.PartnerActivated.v1.json';

/** A copy of the current contracts to edit, as a change to the repository would. */
function editedCopy(edit: (dir: string) => void): { supergraph: string; events: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'channelgraph-contracts-'));
  cpSync(path.join(root, 'schema'), dir, { recursive: true });
  edit(dir);
  return { supergraph: path.join(dir, 'supergraph.graphql'), events: path.join(dir, 'events') };
}

describe('the public contracts against the last release (schema/released)', () => {
  it('hold today', async () => {
    await expect(breakingChanges()).resolves.toEqual([]);
  });

  it('refuse a released event version that accepts something else, and say to add a new version', async () => {
    const copy = editedCopy((dir) => {
      const file = path.join(dir, 'events', EVENT);
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      schema.properties.newField = { type: 'string' };
      schema.description = 'Descriptions may change freely.';
      writeFileSync(file, JSON.stringify(schema));
    });
    expect(await breakingChanges(copy)).toEqual([
      'event channelgraph.enrollment.PartnerActivated.v1: what it accepts changed at /properties/newField; a released version stays as it is: add channelgraph.enrollment.PartnerActivated.v2 instead',
    ]);
  });

  it('refuse a released event version removed, and a breaking change in the graph', async () => {
    const copy = editedCopy((dir) => {
      rmSync(path.join(dir, 'events', EVENT));
      const supergraph = path.join(dir, 'supergraph.graphql');
      writeFileSync(supergraph, readFileSync(supergraph, 'utf8').replace(/\n {2}legalName: String!/, '\n  legalName: String'));
    });
    const breaks: string[] = await breakingChanges(copy);
    expect(breaks).toContain(
      'event channelgraph.enrollment.PartnerActivated.v1: its schema was removed, yet events of that version may still be in Kafka and consumers of the release still read them',
    );
    expect(breaks.some((line) => /^GraphQL: Field '[A-Za-z]+\.legalName' changed type from 'String!' to 'String'$/.test(line))).toBe(true);
  });
});
