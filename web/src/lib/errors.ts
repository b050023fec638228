import type { CombinedError } from 'urql';

/** A refusal from the graph, split into what belongs beside a field and what belongs above the form. */
export interface FormErrors {
  /** By the field's path in the operation's input, e.g. `primaryContact.email` (the graph's `extensions.field`). */
  fields: Record<string, string>;
  /** A sentence for the whole form, when the refusal names no field. */
  form?: string;
  /** The graph's `extensions.code` of the first error, for pages that answer a code with their own words. */
  code?: string;
}

export interface ErrorWords {
  networkError: string;
  unexpectedError: string;
}

/**
 * Turns a CombinedError into sentences a person understands: the graph's own message (its
 * errors are written for people), never a raw code or a stack trace.
 */
export function formErrorsOf(error: CombinedError | undefined | null, words: ErrorWords): FormErrors {
  if (!error) return { fields: {} };
  if (error.networkError && error.graphQLErrors.length === 0) return { fields: {}, form: words.networkError };
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const graphError of error.graphQLErrors) {
    const code = graphError.extensions?.code as string | undefined;
    const field = graphError.extensions?.field as string | undefined;
    const message = code === 'INTERNAL_SERVER_ERROR' || !code ? words.unexpectedError : graphError.message;
    if (field && code === 'BAD_USER_INPUT') fields[field.replace(/^input\./, '')] ??= message;
    else form ??= message;
  }
  return { fields, form, code: error.graphQLErrors[0]?.extensions?.code as string | undefined };
}
