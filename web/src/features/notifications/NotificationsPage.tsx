import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { NotificationFilter, NotificationKind, NotificationsListQuery, NotificationStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { isOperator, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const PAGE_SIZE = 20;

const STATUSES: NotificationStatus[] = ['QUEUED', 'SENT', 'FAILED'];
const KINDS: NotificationKind[] = [
  'WELCOME',
  'PRIMARY_CONTACT_VERIFICATION',
  'ENROLLMENT_IN_REVIEW',
  'PARTNER_ACTIVATED',
  'PARTNER_REJECTED',
  'RELATIONSHIP_INVITATION',
  'INDIRECT_RESELLER_INVITATION',
  'PARTNER_LEAD',
  'LEAD_ANSWERED',
  'REFERRAL_CREATED',
  'RELATIONSHIP_ACCEPTED',
  'RELATIONSHIP_DECLINED',
  'ADMIN_PRIVILEGES_REMOVED',
  'RELATIONSHIP_DELETED',
  'RELATIONSHIP_TERMINATED',
  'PARTNER_USER_ASSIGNED',
  'PARTNER_USER_UNASSIGNED',
  'INDIRECT_PROVIDER_AUTHORIZED',
  'PROVIDER_ADMIN_ACCESS_REMOVED',
  'INDIRECT_LINK_REVOKED',
  'CUSTOMER_AGREEMENT_UPDATED',
  'ADMIN_ACCESS_EXPIRING',
  'ADMIN_ACCESS_CHANGED',
  'ADMIN_ACCESS_CHANGE_REQUEST',
  'ADMIN_ACCESS_CHANGE_CLOSED',
];

const NotificationsListDocument = graphql(`
  query NotificationsList($filter: NotificationFilter, $first: Int, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          to
          subject
          status
          attempts
          createdAt
          sentAt
          body
        }
      }
    }
  }
`);

const RetryNotificationDocument = graphql(`
  mutation RetryNotification($id: ID!) {
    retryNotification(id: $id) {
      id
      status
      attempts
    }
  }
`);

type Key = keyof (typeof messages)['en'];
type Row = NotificationsListQuery['notifications']['edges'][number]['node'];
type Retried = Pick<Row, 'id' | 'status' | 'attempts'>;

/**
 * An operator's Retry on a FAILED email. While the graph answers, the button says so (and ignores
 * presses); a refusal is said beside it, in the graph's words.
 */
function RetryAction({ row, onRetried }: { row: Row; onRetried(retried: Retried): void }) {
  const t = useT(messages);
  const retry = useFormMutation(RetryNotificationDocument);
  const error = retry.errors.form ?? Object.values(retry.errors.fields)[0];
  async function onRetry() {
    const answer = (await retry.submit({ id: row.id }))?.data?.retryNotification;
    if (answer) onRetried(answer);
  }
  return (
    <>
      <Button busy={retry.busy} onClick={onRetry}>
        {retry.busy ? t('retrying') : t('retry')}
        <span className="visually-hidden"> – {row.subject}</span>
      </Button>
      <ErrorMessage>{error}</ErrorMessage>
    </>
  );
}

/** Where the focus goes once the Retry button that had it is gone: the sentence in its place. */
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/** An email retried on this page: its row as the graph answered the retry, and the list's answer it was retried from. */
interface RetriedHere {
  row: Row;
  listedIn: unknown;
}

/**
 * The page's rows. An email retried here shows what the retry answered until the list is fetched
 * again (then the graph's word counts: it may have been sent, or failed again), and keeps its place
 * (newest first) should the list no longer hold it, e.g. under the Failed filter.
 */
function rowsOf(list: unknown, listed: Row[], retried: Record<string, RetriedHere>): Row[] {
  const rows = listed.map((node) => (retried[node.id]?.listedIn === list ? retried[node.id].row : node));
  const missing = Object.values(retried).filter((entry) => !listed.some((node) => node.id === entry.row.id));
  if (missing.length === 0) return rows;
  return [...rows, ...missing.map((entry) => entry.row)].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The body as sent, line by line (plain text), without a style attribute. */
function Body({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <p>
      {lines.map((line, index) => (
        <span key={index}>
          {line}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </p>
  );
}

/** /notifications: the emails of the caller's tenant, newest first, filtered by status, kind or recipient. */
export function NotificationsPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const pages = useCursorPages();
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [to, setTo] = useState('');
  const [filter, setFilter] = useState<NotificationFilter>({});
  const [result, refetch] = useQuery({ query: NotificationsListDocument, variables: { filter, first: PAGE_SIZE, after: pages.after } });
  const connection = result.data?.notifications;
  const filtered = Object.keys(filter).length > 0;
  // Only operators may send a FAILED email again (retryNotification).
  const canRetry = isOperator(useMe().me);
  // The emails retried on this page of this list, as the graph answered: another filter or page forgets them.
  const listKey = JSON.stringify([filter, pages.after]);
  const [retried, setRetried] = useState<{ listKey: string; rows: Record<string, RetriedHere> }>({ listKey, rows: {} });
  const retriedHere = retried.listKey === listKey ? retried.rows : {};
  const onRetried = (row: Row) => (answer: Retried) =>
    setRetried((current) => ({
      listKey,
      rows: { ...(current.listKey === listKey ? current.rows : {}), [row.id]: { row: { ...row, ...answer }, listedIn: result.data } },
    }));
  const rows = connection
    ? rowsOf(
        result.data,
        connection.edges.map((edge) => edge.node),
        retriedHere,
      )
    : [];

  function onFilter(event: FormEvent) {
    event.preventDefault();
    const next: NotificationFilter = {};
    if (status) next.status = status as NotificationStatus;
    if (kind) next.kind = kind as NotificationKind;
    if (to.trim()) next.to = to.trim();
    pages.reset();
    setFilter(next);
  }

  function onClear() {
    setStatus('');
    setKind('');
    setTo('');
    pages.reset();
    setFilter({});
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <form className="search-bar" onSubmit={onFilter} aria-label={t('filters')}>
        <SelectField label={t('status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status${value}` as Key)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('anyKind')}</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kind${value}` as Key)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('to')} type="email" value={to} onChange={(e) => setTo(e.target.value)} />
        <SubmitButton>{t('filter')}</SubmitButton>
        {filtered ? <Button onClick={onClear}>{t('clear')}</Button> : null}
      </form>

      {result.fetching && !connection ? <Loading /> : null}
      {result.error && !connection ? <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {connection && rows.length === 0 ? <Empty>{filtered ? t('emptyFiltered') : t('empty')}</Empty> : null}
      {connection && rows.length > 0 ? (
        <>
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('date')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((node) => (
                <tr key={node.id}>
                  <td>
                    <details>
                      <summary>
                        {node.subject}
                        <span className="visually-hidden"> – {t('readEmail')}</span>
                      </summary>
                      {node.body ? <Body text={node.body} /> : <p className="field-hint">{t('hiddenBody')}</p>}
                    </details>
                  </td>
                  <td>{node.to}</td>
                  <td>{t(`kind${node.kind}` as Key)}</td>
                  <td>
                    <span className="badge">{t(`status${node.status}` as Key)}</span>
                    {node.status === 'FAILED' ? <span className="field-hint"> {t('attempts', { count: node.attempts })}</span> : null}
                    {node.status === 'FAILED' && canRetry ? <RetryAction row={node} onRetried={onRetried(node)} /> : null}
                    {node.status !== 'FAILED' && retriedHere[node.id] ? (
                      <div className="field-hint" role="status" tabIndex={-1} ref={focusOnMount}>
                        {t('retried')}
                      </div>
                    ) : null}
                  </td>
                  <td>{formatDate(node.sentAt ?? node.createdAt, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            shown={rows.length}
            // With the emails retried here that the list no longer holds.
            total={connection.totalCount + rows.length - connection.edges.length}
            hasNextPage={connection.pageInfo.hasNextPage}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      ) : null}
    </Page>
  );
}
