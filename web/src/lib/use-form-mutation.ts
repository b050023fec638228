import { useCallback, useRef, useState } from 'react';
import { AnyVariables, DocumentInput, OperationResult, useMutation } from 'urql';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';
import { FormErrors, formErrorsOf } from './errors';

/**
 * A mutation behind a form: `submit` runs it at most once at a time (a double click sends one
 * request), and `errors` holds the graph's refusal split by field, in words.
 */
export function useFormMutation<Data, Variables extends AnyVariables>(document: DocumentInput<Data, Variables>) {
  const t = useT(common);
  const [state, execute] = useMutation<Data, Variables>(document);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const inFlight = useRef(false);
  const submit = useCallback(
    async (variables: Variables): Promise<OperationResult<Data, Variables> | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      try {
        const result = await execute(variables);
        setErrors(formErrorsOf(result.error, { networkError: t('networkError'), unexpectedError: t('unexpectedError') }));
        return result;
      } finally {
        inFlight.current = false;
      }
    },
    [execute, t],
  );
  const clearErrors = useCallback(() => setErrors({ fields: {} }), []);
  return { submit, busy: state.fetching, errors, clearErrors, setErrors };
}

/** The words for a failed load, with the page's own fallback. */
export function useLoadErrorText() {
  const t = useT(common);
  return (error: Parameters<typeof formErrorsOf>[0]) => {
    const { form, fields } = formErrorsOf(error, { networkError: t('networkError'), unexpectedError: t('unexpectedError') });
    return form ?? Object.values(fields)[0] ?? t('unexpectedError');
  };
}
