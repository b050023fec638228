import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { refuseUnrunnableOperations, syntaxErrorsAsClientErrors } from './client-refusals';
import { complexityLimits } from './query-complexity';

export interface QueryLimits {
  MAX_QUERY_DEPTH: number;
  MAX_QUERY_COST: number;
  MAX_QUERY_ALIASES: number;
  MAX_QUERY_TOKENS: number;
}

/**
 * Mutations that hash a password (scrypt: deliberately slow). One request may
 * carry one of them, so aliases cannot turn a request into hundreds of hashes.
 */
export const PASSWORD_HASHING_MUTATIONS: ReadonlySet<string> = new Set(['signUp', 'signIn', 'changePassword', 'addUser']);

/** Top-level fields of a selection set, through fragments, counted by name. */
function countRootFields(context: ValidationContext, selectionSet: SelectionSetNode, names: ReadonlySet<string>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (names.has(selection.name.value)) count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, names, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(context, fragment.selectionSet, names, seen);
    }
  }
  return count;
}

/** Refuses a mutation operation that asks for more than one password hash. */
export function onePasswordHashPerRequest(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      if (countRootFields(context, node.selectionSet, PASSWORD_HASHING_MUTATIONS) > 1) {
        context.reportError(
          new GraphQLError(
            `A request may carry only one of ${[...PASSWORD_HASHING_MUTATIONS].join(', ')}: each checks or sets a password. Send them one by one.`,
            {
              nodes: [node],
            },
          ),
        );
      }
    },
  };
}

/**
 * The limits every GraphQL endpoint enforces, the gateway's and each
 * subgraph's alike (internal teams call subgraphs directly): depth, cost,
 * aliases, tokens and directives (graphql-armor), no field suggestions,
 * one password hash per request, and one runnable operation; every refusal
 * is the client's (HTTP 400), never a 500.
 */
export function queryLimits(limits: QueryLimits) {
  // Depth, aliases and cost are measured by complexityLimits, with the variables known, so that `first`
  // counts and a refusal carries its own code (QUERY_TOO_COMPLEX); a validation rule could do neither.
  const armor = new ApolloArmor({
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { n: limits.MAX_QUERY_TOKENS },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules: [...armor.validationRules, onePasswordHashPerRequest],
    plugins: [...armor.plugins.map(syntaxErrorsAsClientErrors), refuseUnrunnableOperations, complexityLimits(limits)],
  };
}
