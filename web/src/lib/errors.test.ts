import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formErrorsOf } from './errors';

const words = { networkError: 'Offline.', unexpectedError: 'Oops.' };

describe('formErrorsOf', () => {
  it('puts a BAD_USER_INPUT refusal beside its field, without the input prefix', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('Use a work address.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.primaryContact.email' } })],
    });
    expect(formErrorsOf(error, words)).toEqual({ fields: { 'primaryContact.email': 'Use a work address.' }, form: undefined, code: 'BAD_USER_INPUT' });
  });

  it('keeps refusals without a field for the form, and hides unexpected errors behind a sentence', () => {
    const forbidden = new CombinedError({ graphQLErrors: [new GraphQLError('Contact the partner.', { extensions: { code: 'FORBIDDEN' } })] });
    expect(formErrorsOf(forbidden, words).form).toBe('Contact the partner.');
    const internal = new CombinedError({ graphQLErrors: [new GraphQLError('Cannot read x of undefined', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] });
    expect(formErrorsOf(internal, words).form).toBe('Oops.');
  });

  it('says the service cannot be reached on a network failure', () => {
    expect(formErrorsOf(new CombinedError({ networkError: new Error('fetch failed') }), words)).toEqual({ fields: {}, form: 'Offline.' });
  });
});
