import { buildSchema, DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureOperation, tooComplex } from '@channelgraph/common';
import { loadGatewayConfig } from '../src/config';
import * as consoleDocuments from '../../web/src/gql/graphql';

/**
 * The default limits must fit the product (issue: the partner dashboard with agreement
 * acceptances was refused). Every operation the console sends, with the largest page a
 * client may ask for (100) wherever it passes `first`, and the partner dashboard of 100
 * customers with their agreement status and acceptances, pass the gateway's defaults.
 */
describe("the default query limits and the console's own queries", () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8'));
  const limits = loadGatewayConfig({});
  const largestPage = (operation: OperationDefinitionNode) =>
    Object.fromEntries((operation.variableDefinitions ?? []).filter((variable) => variable.variable.name.value === 'first').map(() => ['first', 100]));
  const measure = (document: DocumentNode, variables?: Record<string, unknown>) => {
    const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return measureOperation(schema, operation, fragments, variables ?? largestPage(operation));
  };

  const documents = Object.entries(consoleDocuments).filter(
    ([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT,
  ) as Array<[string, DocumentNode]>;

  it('finds the console operations', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  it.each(documents)('%s, with pages of 100, fits', (_, document) => {
    expect(tooComplex(measure(document), limits)).toBeUndefined();
  });

  it('fits the partner dashboard of 100 customers with their agreement status and acceptances', () => {
    const dashboard = parse(`
      query Dashboard($id: ID!) {
        partner(id: $id) {
          customers(first: 100) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id roles adminPrivileges canTransact customerName
              customer { id displayName domain country hasAcceptedCurrentAgreement agreementAcceptances { id acceptedAt } } } }
          }
        }
      }`);
    expect(validate(schema, dashboard)).toEqual([]);
    const measured = measure(dashboard, {});
    expect(tooComplex(measured, limits)).toBeUndefined();
    expect(measured.cost).toBeLessThan(limits.MAX_QUERY_COST / 2);
  });
});
