import { FormEvent, useRef, useState } from 'react';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage } from '../../components/Feedback';
import { TextArea, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../lib/session';
import { messages } from './messages';

const EXAMPLE = `{
  me {
    email
    fullName
    roles
  }
}`;

type Errors = { query?: string; variables?: string; form?: string };

/**
 * /explorer: a small GraphQL client for developers, served by the console itself (no CDN, nothing
 * evaluated), posting to /graphql with the session's token and the CSRF-prevention header.
 */
export function ExplorerPage() {
  const t = useT(messages);
  const { token } = useSession();
  const [query, setQuery] = useState(EXAMPLE);
  const [variables, setVariables] = useState('');
  const [operationName, setOperationName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ status: number; text: string } | null>(null);
  const inFlight = useRef(false);

  async function onRun(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    if (!query.trim()) return setErrors({ query: t('emptyQuery') });
    let parsed: unknown = undefined;
    if (variables.trim()) {
      try {
        parsed = JSON.parse(variables);
      } catch (error) {
        return setErrors({ variables: t('badJson', { reason: (error as Error).message }) });
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return setErrors({ variables: t('notObject') });
    }
    setErrors({});
    inFlight.current = true;
    setBusy(true);
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables: parsed, operationName: operationName.trim() || undefined }),
      });
      const text = await response.text();
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: show it as it came
      }
      setResult({ status: response.status, text: shown });
    } catch {
      setErrors({ form: t('networkError') });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      {!token ? (
        <div className="alert alert-info">
          <p>{t('signedOut')}</p>
        </div>
      ) : null}
      <form className="form form-wide" onSubmit={onRun} noValidate>
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextArea
          label={t('query')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          hint={t('queryHint')}
          error={errors.query}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
        />
        <TextArea
          label={t('variables')}
          value={variables}
          onChange={(e) => setVariables(e.target.value)}
          hint={t('variablesHint')}
          error={errors.variables}
          spellCheck={false}
          rows={4}
        />
        <TextField
          label={t('operationName')}
          value={operationName}
          onChange={(e) => setOperationName(e.target.value)}
          hint={t('operationNameHint')}
          spellCheck={false}
          autoCapitalize="off"
        />
        <SubmitButton busy={busy}>{t('run')}</SubmitButton>
      </form>
      <section aria-labelledby="explorer-result">
        <h2 id="explorer-result">{t('result')}</h2>
        {result ? (
          <>
            <p className="field-hint">{t('resultStatus', { status: result.status })}</p>
            <pre className="card code-block" tabIndex={0} aria-labelledby="explorer-result" aria-live="polite">
              {result.text}
            </pre>
          </>
        ) : (
          <p className="empty">{t('noResult')}</p>
        )}
      </section>
    </Page>
  );
}
