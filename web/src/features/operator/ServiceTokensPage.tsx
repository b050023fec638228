import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { ServiceTokenStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';
import { OperatorOnly } from './OperatorOnly';

const OperatorServiceTokensDocument = graphql(`
  query OperatorServiceTokens($first: Int, $after: String) {
    serviceTokens(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          createdAt
          expiresAt
          revokedAt
          status
        }
      }
    }
  }
`);

const OperatorCreateServiceTokenDocument = graphql(`
  mutation OperatorCreateServiceToken($input: CreateServiceTokenInput!) {
    createServiceToken(input: $input) {
      id
      name
      token
      expiresAt
    }
  }
`);

const OperatorRevokeServiceTokenDocument = graphql(`
  mutation OperatorRevokeServiceToken($input: RevokeServiceTokenInput!) {
    revokeServiceToken(input: $input) {
      id
      status
      revokedAt
    }
  }
`);

const PAGE_SIZE = 20;
const DEFAULT_TTL_HOURS = '24';

interface TokenRow {
  id: string;
  name: string;
}

interface CreatedToken {
  name: string;
  token: string;
  expiresAt: string;
}

export function ServiceTokensPage() {
  const t = useT(messages);
  return (
    <OperatorOnly title={t('serviceTokensTitle')}>
      <ServiceTokens />
    </OperatorOnly>
  );
}

/** The token of `createServiceToken`, shown this once: closing the panel forgets it, and the graph never returns it again. */
function CreatedTokenPanel({ created, onDone }: { created: CreatedToken; onDone(): void }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [created]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="card" aria-labelledby="created-token-heading">
      <h2 id="created-token-heading" ref={heading} tabIndex={-1}>
        {t('createdTokenHeading', { name: created.name })}
      </h2>
      <div className="alert alert-info">
        <p>
          <strong>{t('copyItNow')}</strong>
        </p>
      </div>
      <TextField
        label={t('serviceToken')}
        value={created.token}
        readOnly
        spellCheck={false}
        autoComplete="off"
        hint={t('tokenExpiresOn', { date: formatDate(created.expiresAt, true) })}
        onFocus={(event) => event.target.select()}
      />
      <div className="actions">
        <Button onClick={onCopy}>{t('copy')}</Button>
        <Button variant="primary" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
      {copy === 'copied' ? <StatusMessage>{t('copied')}</StatusMessage> : null}
      {copy === 'failed' ? <ErrorMessage>{t('tokenCopyFailed')}</ErrorMessage> : null}
    </section>
  );
}

/** The question that replaces a row's Revoke button: keyboard users land on its first answer. */
function ConfirmRevoke({ token, onRevoked, onCancel }: { token: TokenRow; onRevoked(revokedAt: string | null | undefined): void; onCancel(): void }) {
  const t = useT(messages);
  const revoke = useFormMutation(OperatorRevokeServiceTokenDocument);
  const questionId = useId();
  const confirmBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    confirmBox.current?.querySelector('button')?.focus();
  }, []);

  async function onConfirm() {
    const outcome = await revoke.submit({ input: { id: token.id } });
    const revoked = outcome?.data?.revokeServiceToken;
    if (revoked) onRevoked(revoked.revokedAt);
  }

  return (
    <div className="card" role="group" ref={confirmBox} aria-labelledby={questionId}>
      <ErrorMessage>{revoke.errors.form ?? Object.values(revoke.errors.fields)[0]}</ErrorMessage>
      <p id={questionId}>{t('revokeQuestion', { name: token.name })}</p>
      <div className="actions">
        <Button variant="danger" busy={revoke.busy} onClick={onConfirm}>
          {t('confirmRevoke')}
        </Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </div>
  );
}

/** A row's Revoke button, or the question in its place; Cancel brings the focus back to the button. */
function RevokeAction({
  token,
  asking,
  onAsk,
  onCancel,
  onRevoked,
}: {
  token: TokenRow;
  asking: boolean;
  onAsk(): void;
  onCancel(): void;
  onRevoked(revokedAt: string | null | undefined): void;
}) {
  const t = useT(messages);
  const button = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (asking) return <ConfirmRevoke token={token} onRevoked={onRevoked} onCancel={onCancel} />;
  return (
    <button type="button" className="button-danger" ref={button} onClick={onAsk}>
      {t('revoke')}
      <span className="visually-hidden"> – {token.name}</span>
    </button>
  );
}

/** `/operator/service-tokens`: tokens for the systems that call the subgraphs, created (shown once) and revoked. */
function ServiceTokens() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const pages = useCursorPages();
  const [result, reexecute] = useQuery({
    query: OperatorServiceTokensDocument,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const create = useFormMutation(OperatorCreateServiceTokenDocument);
  const [form, setForm] = useState({ name: '', ttlHours: DEFAULT_TTL_HOURS });
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  // What revoking answered, shown at once while the list is fetched again.
  const [revokedHere, setRevokedHere] = useState<Record<string, string | null | undefined>>({});
  const [done, setDone] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  async function onCreate(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setDone(null);
    const ttlHours = Number(form.ttlHours);
    // A number field may hold a fraction or nothing, which the graph's Int refuses without naming the field.
    if (form.ttlHours.trim() === '' || !Number.isInteger(ttlHours)) {
      create.setErrors({ fields: { ttlHours: t('ttlHoursWhole') } });
      return;
    }
    const outcome = await create.submit({ input: { name: form.name.trim(), ttlHours } });
    const token = outcome?.data?.createServiceToken;
    if (!token?.token) return;
    setCreated({ name: token.name, token: token.token, expiresAt: token.expiresAt });
    setForm({ name: '', ttlHours: DEFAULT_TTL_HOURS });
    // The newest comes first: show the first page, where it is.
    if (pages.after) pages.reset();
    else reload();
  }

  function onRevoked(token: TokenRow, revokedAt: string | null | undefined) {
    setRevokedHere((current) => ({ ...current, [token.id]: revokedAt ?? new Date().toISOString() }));
    setAsking(null);
    setDone(t('revokedMessage', { name: token.name }));
    reload();
  }

  const connection = result.data?.serviceTokens;
  let list;
  if (!connection && result.fetching) list = <Loading />;
  else if (!connection) list = <LoadError message={loadErrorText(result.error)} onRetry={reload} />;
  else if (connection.edges.length === 0) list = <Empty>{t('noServiceTokens')}</Empty>;
  else
    list = (
      <>
        <table>
          <caption>{t('serviceTokensCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokenName')}</th>
              <th scope="col">{t('tokenCreated')}</th>
              <th scope="col">{t('tokenExpires')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => {
              const revokedAt = node.revokedAt ?? revokedHere[node.id];
              const status: ServiceTokenStatus = revokedAt ? 'REVOKED' : node.status;
              return (
                <tr key={node.id}>
                  <th scope="row">{node.name}</th>
                  <td>{formatDate(node.createdAt, true)}</td>
                  <td>{formatDate(node.expiresAt, true)}</td>
                  <td>
                    <span className="badge">{t(`TOKEN_${status}`)}</span>
                    {status === 'REVOKED' && revokedAt ? t('revokedOn', { date: formatDate(revokedAt, true) }) : null}
                  </td>
                  <td>
                    {status === 'ACTIVE' ? (
                      <RevokeAction
                        token={node}
                        asking={asking === node.id}
                        onAsk={() => {
                          setDone(null);
                          setAsking(node.id);
                        }}
                        onCancel={() => setAsking(null)}
                        onRevoked={(at) => onRevoked(node, at)}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <Pagination
          shown={connection.edges.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
          onPrevious={pages.previous}
        />
      </>
    );

  return (
    <Page title={t('serviceTokensTitle')}>
      <p>{t('serviceTokensIntro')}</p>
      {created ? <CreatedTokenPanel created={created} onDone={() => setCreated(null)} /> : null}
      <section aria-labelledby="create-token-heading">
        <h2 id="create-token-heading">{t('createTokenHeading')}</h2>
        <form onSubmit={onCreate} noValidate className="form">
          <ErrorMessage>{create.errors.form}</ErrorMessage>
          <TextField
            label={t('tokenNameLabel')}
            value={form.name}
            onChange={set('name')}
            hint={t('tokenNameHint')}
            error={create.errors.fields.name}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
          <TextField
            label={t('ttlHours')}
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            step={1}
            value={form.ttlHours}
            onChange={set('ttlHours')}
            hint={t('ttlHoursHint')}
            error={create.errors.fields.ttlHours}
            required
          />
          <SubmitButton busy={create.busy}>{t('createToken')}</SubmitButton>
        </form>
      </section>
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      {list}
    </Page>
  );
}
