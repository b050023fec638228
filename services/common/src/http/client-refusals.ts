import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * graphql-armor's token limit refuses a document from a parsing hook, and Apollo
 * Server answers whatever such a hook throws with HTTP 500; armor's own handler
 * then relabels every unexpected error, message and all, as a validation
 * failure. Here only a syntax error (the token limit's, or a document that does
 * not parse) becomes the client's HTTP 400; anything else stays an internal
 * error, masked and logged.
 */
export function syntaxErrorsAsClientErrors<P extends ApolloServerPlugin<any>>(plugin: P): P {
  if (!plugin.unexpectedErrorProcessingRequest) return plugin;
  return {
    ...plugin,
    async unexpectedErrorProcessingRequest({ error }) {
      if (error.name !== 'GraphQLError' || !error.message.startsWith('Syntax Error:')) return;
      const tokens = /^Syntax Error: Token limit of (\d+) exceeded/.exec(error.message);
      if (!tokens) throw refusal(error.message, 'GRAPHQL_PARSE_FAILED');
      const max = Number(tokens[1]);
      throw new GraphQLError(`This query has more than ${max.toLocaleString('en')} tokens, the limit (MAX_QUERY_TOKENS): send a shorter document.`, {
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'MAX_QUERY_TOKENS', max, http: { status: 400 } },
      });
    },
  };
}

/**
 * A request must resolve to one operation this graph runs. An unknown operation
 * name, several operations and no name, or a subscription (nothing here serves
 * one) are the client's mistakes, answered with HTTP 400 before execution; the
 * gateway's executor would throw them as internal errors.
 */
export const refuseUnrunnableOperations: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (!operation) {
          throw refusal(
            request.operationName
              ? `The document has no operation named "${request.operationName}".`
              : 'The document holds several operations: name the one to run (operationName).',
            'OPERATION_RESOLUTION_FAILURE',
          );
        }
        if (operation.operation === 'subscription') throw refusal('Subscriptions are not served here.', 'BAD_REQUEST');
      },
    };
  },
};
