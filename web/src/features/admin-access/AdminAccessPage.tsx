import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { inRoleOrder, useAdminRoleName } from '../../components/AdminRoles';
import { adminRoleMessages } from '../../components/admin-roles.messages';
import { Button } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { Checkbox } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { AdminAccessStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const SummaryDocument = graphql(`
  query AdminAccessSummary($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      adminAccessExpiry {
        within1Day
        within7Days
        within30Days
        expired
      }
    }
  }
`);

const ListDocument = graphql(`
  query AdminAccessList($partnerId: ID!, $status: AdminAccessStatus, $expiresWithinDays: Int, $first: Int, $after: String) {
    partner(id: $partnerId) {
      id
      adminAccess(status: $status, expiresWithinDays: $expiresWithinDays, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            customerName
            customerDomain
            adminRoles
            adminAccessExpiresAt
            adminAccessStatus
            autoExtend
            customer {
              id
            }
          }
        }
      }
    }
  }
`);

const SetAutoExtendForManyDocument = graphql(`
  mutation AdminAccessSetAutoExtendForMany($input: SetAutoExtendForManyInput!) {
    setAutoExtendForMany(input: $input) {
      relationships {
        id
        autoExtend
        adminAccessExpiresAt
        adminAccessStatus
      }
      refused {
        relationshipId
        code
        message
      }
    }
  }
`);

const PAGE_SIZE = 20;
/** setAutoExtendForMany takes at most this many relationships at once. */
const MAX_SELECTED = 100;

/** The tiles, each a filter of the list: ending within so many days (not yet ended), or ended. */
type Filter = 'within1Day' | 'within7Days' | 'within30Days' | 'expired';
const FILTERS: Array<{ key: Filter; variables: { expiresWithinDays?: number; status?: AdminAccessStatus } }> = [
  { key: 'within1Day', variables: { expiresWithinDays: 1 } },
  { key: 'within7Days', variables: { expiresWithinDays: 7 } },
  { key: 'within30Days', variables: { expiresWithinDays: 30 } },
  { key: 'expired', variables: { status: 'EXPIRED' } },
];

function Tiles({ partnerId, filter, onChoose }: { partnerId: string; filter: Filter | null; onChoose(filter: Filter | null): void }) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const [result, refetch] = useQuery({ query: SummaryDocument, variables: { partnerId }, requestPolicy: 'cache-and-network' });
  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const summary = result.data?.partner?.adminAccessExpiry;
  if (!summary) return <Loading />;
  return (
    <section aria-label={t('summaryLabel')}>
      <ul className="tiles" role="list">
        {FILTERS.map(({ key }) => (
          <li key={key}>
            <button type="button" className="button-secondary" aria-pressed={filter === key} onClick={() => onChoose(filter === key ? null : key)}>
              <span className="tile-count">{summary[key]}</span>
              <span>{t(key)}</span>
            </button>
          </li>
        ))}
      </ul>
      {filter ? (
        <p>
          <Button onClick={() => onChoose(null)}>{t('showAll')}</Button>
        </p>
      ) : null}
    </section>
  );
}

/** The list under the tiles, a checkbox per row and "Turn on auto-extend for selected" (B1), each refusal on its row. */
function AccessList({ partnerId, filter, onChanged }: { partnerId: string; filter: Filter | null; onChanged(): void }) {
  const t = useT(messages);
  const a = useT(adminRoleMessages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const roleName = useAdminRoleName();
  const { me } = useMe();
  const pages = useCursorPages();
  const variables = FILTERS.find((each) => each.key === filter)?.variables ?? {};
  const [result, refetch] = useQuery({
    query: ListDocument,
    variables: { partnerId, first: PAGE_SIZE, after: pages.after, status: variables.status ?? null, expiresWithinDays: variables.expiresWithinDays ?? null },
    requestPolicy: 'cache-and-network',
  });
  const setMany = useFormMutation(SetAutoExtendForManyDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ changed: number; refused: number } | null>(null);
  const mayChange = may(me, 'Mutation.setAutoExtendForMany');

  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const connection = result.data?.partner?.adminAccess;
  if (!connection) return <Loading />;
  const filterName = filter ? t(filter) : '';
  if (connection.edges.length === 0) return <Empty>{filter ? t('emptyFiltered', { filter: filterName }) : t('empty')}</Empty>;

  async function onTurnOn() {
    setOutcome(null);
    if (selected.length === 0) return setSelectionError(t('chooseOne'));
    if (selected.length > MAX_SELECTED) return setSelectionError(t('tooMany', { max: MAX_SELECTED }));
    setSelectionError(null);
    const done = await setMany.submit({ input: { relationshipIds: selected, autoExtend: true } });
    const payload = done?.data?.setAutoExtendForMany;
    if (!payload) return;
    setRefusals(Object.fromEntries(payload.refused.map((refusal) => [refusal.relationshipId, refusal.message])));
    setOutcome({ changed: payload.relationships.length, refused: payload.refused.length });
    setSelected(payload.refused.map((refusal) => refusal.relationshipId));
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  }

  const bulkError = selectionError ?? setMany.errors.form ?? setMany.errors.fields.relationshipIds;

  return (
    <>
      {outcome && outcome.changed > 0 ? <StatusMessage>{t('turnedOn', { count: outcome.changed })}</StatusMessage> : null}
      {outcome && outcome.refused > 0 ? <ErrorMessage>{t('refusedSome', { count: outcome.refused })}</ErrorMessage> : null}
      <table>
        <caption>{filter ? t('tableLabelFiltered', { filter: filterName }) : t('tableLabel')}</caption>
        <thead>
          <tr>
            {mayChange ? (
              <th scope="col">
                <span className="visually-hidden">{t('select')}</span>
              </th>
            ) : null}
            <th scope="col">{t('customer')}</th>
            <th scope="col">{t('adminRoles')}</th>
            <th scope="col">{t('endsOn')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('autoExtend')}</th>
            {Object.keys(refusals).length > 0 ? <th scope="col">{t('result')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => {
            const name = node.customerName ?? node.customerDomain ?? node.customer.id;
            return (
              <tr key={node.id}>
                {mayChange ? (
                  <td>
                    <Checkbox
                      label={<span className="visually-hidden">{t('selectCustomer', { customer: name })}</span>}
                      checked={selected.includes(node.id)}
                      onChange={(event) => {
                        setSelectionError(null);
                        setSelected((current) => (event.target.checked ? [...current, node.id] : current.filter((id) => id !== node.id)));
                      }}
                    />
                  </td>
                ) : null}
                <td>
                  <Link to={`/customers/${node.id}`} state={{ search: node.customerName ?? node.customerDomain ?? '' }}>
                    {name}
                  </Link>
                </td>
                <td>{node.adminRoles.length > 0 ? inRoleOrder(node.adminRoles).map(roleName).join(', ') : '—'}</td>
                <td>{formatDate(node.adminAccessExpiresAt)}</td>
                <td>{a(`accessStatus_${node.adminAccessStatus}`)}</td>
                <td>{node.autoExtend ? a('autoExtendOn') : a('autoExtendOff')}</td>
                {Object.keys(refusals).length > 0 ? (
                  <td>{refusals[node.id] ? <span className="field-error">{t('refusedRow', { message: refusals[node.id] })}</span> : null}</td>
                ) : null}
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
      {mayChange ? (
        <div className="actions">
          <Button variant="primary" busy={setMany.busy} onClick={onTurnOn} aria-describedby={bulkError ? 'bulk-error' : undefined}>
            {t('turnOnSelected')}
          </Button>
          {bulkError ? (
            <p className="field-error" id="bulk-error" role="alert">
              {bulkError}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** `/admin-access` (B1): how many admin accesses end soon or ended, the list filtered by a tile, and auto-extend for many. */
export function AdminAccessPage() {
  const t = useT(messages);
  const { me, fetching } = useMe();
  const [filter, setFilter] = useState<Filter | null>(null);
  const [reloads, setReloads] = useState(0);
  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner) {
    return (
      <Page title={t('title')}>
        <p>{t('notPartner')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      {/* After a change the tiles are read afresh: auto-extend moves no end date, but the counts are the graph's to say. */}
      <Tiles key={reloads} partnerId={me.partner.id} filter={filter} onChoose={setFilter} />
      <AccessList key={filter ?? 'all'} partnerId={me.partner.id} filter={filter} onChanged={() => setReloads((n) => n + 1)} />
    </Page>
  );
}
