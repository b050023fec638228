import { FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { RelationshipSource } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { common } from '../../i18n/common';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';
import { Prefill, RequestRelationshipPanel } from './RequestRelationshipPanel';

export const CustomersListDocument = graphql(`
  query CustomersList($partnerId: ID!, $first: Int, $after: String, $search: String, $source: RelationshipSource) {
    partner(id: $partnerId) {
      id
      customers(first: $first, after: $after, search: $search, source: $source) {
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
            roles
            adminPrivileges
            status
            canTransact
            source
            establishedAt
            customer {
              id
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** R18: where a customer came from, in the order the filter offers them. */
const SOURCES: RelationshipSource[] = ['OWN_MARKETING', 'DIRECTORY_LEAD', 'VENDOR_REFERRAL', 'INDIRECT_PROVIDER', 'IMPORTED'];

function CustomerTable({ partnerId, search, source }: { partnerId: string; search: string; source: RelationshipSource | '' }) {
  const t = useT(messages);
  const c = useT(common);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const pages = useCursorPages();
  const [result, refetch] = useQuery({
    query: CustomersListDocument,
    variables: { partnerId, first: PAGE_SIZE, after: pages.after, search: search || null, source: source || null },
    requestPolicy: 'cache-and-network',
  });
  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const connection = result.data?.partner?.customers;
  if (!connection) return <Loading />;
  if (connection.edges.length === 0) {
    if (search) return <Empty>{t('emptySearch', { search })}</Empty>;
    return <Empty>{source ? t('emptySource', { source: t(`source_${source}`) }) : t('empty')}</Empty>;
  }
  return (
    <>
      <table>
        <caption>{t('tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('domain')}</th>
            <th scope="col">{t('roles')}</th>
            <th scope="col">{t('canTransact')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('since')}</th>
          </tr>
        </thead>
        <tbody>
          {connection.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link to={`/customers/${node.id}`}>{node.customerName ?? node.customerDomain ?? node.customer.id}</Link>
              </td>
              <td>{node.customerDomain}</td>
              <td>{node.roles.length > 0 ? node.roles.map((role) => t(`role_${role}`)).join(', ') : t('noRoles')}</td>
              <td>{node.canTransact ? c('yes') : c('no')}</td>
              <td>{t(`source_${node.source}`)}</td>
              <td>{formatDate(node.establishedAt)}</td>
            </tr>
          ))}
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
}

/** `/customers` (R17): the partner's customers with search, and "Request a reseller relationship". */
export function CustomersPage() {
  const t = useT(messages);
  const { me, fetching } = useMe();
  // A customer's details page tells the list when the partner ended that relationship; the leads and
  // referrals pages open the request prefilled (R18), with the lead or referral it answers.
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { ended?: string; invite?: Prefill } | null;
  const ended = state?.ended;
  // Taken once: a request opened later from the button is a plain one, not the lead's or referral's again.
  const [prefill, setPrefill] = useState<Prefill | undefined>(state?.invite);
  const [draftSearch, setDraftSearch] = useState('');
  const [search, setSearch] = useState('');
  const [source, setSource] = useState<RelationshipSource | ''>('');
  const [requesting, setRequesting] = useState(Boolean(state?.invite));
  const requestButton = useRef<HTMLButtonElement>(null);

  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner) {
    return (
      <Page title={t('notPartnerTitle')}>
        <p>{t('notPartner')}</p>
      </Page>
    );
  }

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(draftSearch.trim());
  }

  function closePanel() {
    setRequesting(false);
    if (prefill) {
      setPrefill(undefined);
      navigate(location.pathname, { replace: true, state: null });
    }
    // Back where the person started, once the button is on the page again.
    setTimeout(() => requestButton.current?.focus(), 0);
  }

  return (
    <Page
      title={t('title')}
      actions={
        requesting || !may(me, 'Mutation.requestRelationship') ? null : (
          <button type="button" className="button-primary" ref={requestButton} onClick={() => setRequesting(true)}>
            {t('request')}
          </button>
        )
      }
    >
      {ended ? <StatusMessage>{t('ended', { customer: ended })}</StatusMessage> : null}
      <p>{t('intro')}</p>
      {requesting ? <RequestRelationshipPanel onClose={closePanel} prefill={prefill} /> : null}
      <form className="search-bar" role="search" onSubmit={onSearch}>
        <TextField label={t('search')} type="search" value={draftSearch} onChange={(e) => setDraftSearch(e.target.value)} hint={t('searchHint')} />
        <SubmitButton>{t('search')}</SubmitButton>
        {search ? (
          <Button
            onClick={() => {
              setDraftSearch('');
              setSearch('');
            }}
          >
            {t('clearSearch')}
          </Button>
        ) : null}
      </form>
      <div className="search-bar">
        <SelectField label={t('source')} value={source} onChange={(event) => setSource(event.target.value as RelationshipSource | '')}>
          <option value="">{t('anySource')}</option>
          {SOURCES.map((value) => (
            <option key={value} value={value}>
              {t(`source_${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <CustomerTable key={`${search}|${source}`} partnerId={me.partner.id} search={search} source={source} />
    </Page>
  );
}
