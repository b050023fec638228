import { GraphQLError } from 'graphql';
import { badInput, DomainError, maskUnexpectedError } from '../src';

describe('errors clients see', () => {
  it('hides the message of an unexpected error, whatever code it carries', () => {
    const leaked = maskUnexpectedError(
      { message: "Field 'secret_column' doesn't have a default value", extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db.ts:1'] } },
      new Error('db'),
    );
    expect(leaked).toEqual({ message: expect.stringMatching(/^Something went wrong on our side/), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const uncoded = maskUnexpectedError({ message: 'TypeError: x is undefined' }, new TypeError('x'));
    expect(uncoded.message).toMatch(/^Something went wrong/);
  });

  it('passes our own errors through with their code and field, without stack traces', () => {
    const error = badInput('admin.email', 'Not an email.');
    expect(maskUnexpectedError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error)).toEqual({
      message: 'Not an email.',
      extensions: { code: 'BAD_USER_INPUT', field: 'admin.email' },
    });
  });

  it('maps a domain rule broken deep in a use case to its code and field', () => {
    const original = new DomainError('CONFLICT', 'Already enrolled.', 'program');
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['enrollPartner'] });
    expect(maskUnexpectedError({ message: wrapped.message, path: ['enrollPartner'] }, wrapped)).toEqual({
      message: 'Already enrolled.',
      path: ['enrollPartner'],
      locations: undefined,
      extensions: { code: 'CONFLICT', field: 'program' },
    });
  });
});
