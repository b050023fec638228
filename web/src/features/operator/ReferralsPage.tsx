import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextArea, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { OperatorOnly } from './OperatorOnly';
import { referralMessages as messages } from './referral-messages';

const OperatorReferralsDocument = graphql(`
  query OperatorReferrals($first: Int, $after: String) {
    referrals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          partnerName
          customerName
          customerEmail
          status
          createdAt
          expiresAt
        }
      }
    }
  }
`);

const OperatorActivePartnersDocument = graphql(`
  query OperatorActivePartners($search: String) {
    partnerEnrollments(status: ACTIVE, search: $search, first: 100) {
      edges {
        node {
          id
          legalName
        }
      }
    }
  }
`);

const OperatorCreateReferralDocument = graphql(`
  mutation OperatorCreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      status
      partnerName
      customerName
    }
  }
`);

const PAGE_SIZE = 20;

/** `/operator/referrals` (R18): the vendor refers a customer to an active partner, and follows every referral. */
export function ReferralsPage() {
  const t = useT(messages);
  return (
    <OperatorOnly title={t('title')}>
      <Referrals />
    </OperatorOnly>
  );
}

function Referrals() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const pages = useCursorPages();
  // A vendor may have thousands of partners: the operator narrows the choice by name.
  const [partnerSearch, setPartnerSearch] = useState('');
  const [partners] = useQuery({ query: OperatorActivePartnersDocument, variables: { search: partnerSearch.trim() || null } });
  const [result, refetch] = useQuery({
    query: OperatorReferralsDocument,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const { submit, busy, errors } = useFormMutation(OperatorCreateReferralDocument);
  const [form, setForm] = useState({ partnerId: '', customerEmail: '', customerName: '', need: '' });
  const [done, setDone] = useState<string | null>(null);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [field]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const created = (await submit({ input: form }))?.data?.createReferral;
    if (created) {
      setDone(t('referred', { customer: created.customerName, partner: created.partnerName }));
      setForm({ partnerId: form.partnerId, customerEmail: '', customerName: '', need: '' });
      refetch({ requestPolicy: 'network-only' });
    }
  }

  const connection = result.data?.referrals;
  let list;
  if (result.error && !result.data) list = <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!connection) list = <Loading />;
  else if (connection.edges.length === 0) list = <Empty>{t('empty')}</Empty>;
  else
    list = (
      <>
        <table>
          <caption>{t('tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('partner')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('referredOn')}</th>
              <th scope="col">{t('expires')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>
                  {node.customerName} ({node.customerEmail})
                </td>
                <td>{node.partnerName}</td>
                <td>{t(`status_${node.status}`)}</td>
                <td>{formatDate(node.createdAt)}</td>
                <td>{formatDate(node.expiresAt)}</td>
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

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      <section className="card" aria-labelledby="refer-heading">
        <h2 id="refer-heading">{t('formHeading')}</h2>
        <form onSubmit={onSubmit} noValidate className="form">
          <ErrorMessage>{errors.form}</ErrorMessage>
          <TextField
            label={t('findPartner')}
            type="search"
            autoComplete="off"
            value={partnerSearch}
            onChange={(event) => setPartnerSearch(event.target.value)}
            hint={t('findPartnerHint')}
          />
          <SelectField label={t('partner')} value={form.partnerId} onChange={set('partnerId')} error={errors.fields.partnerId}>
            <option value="">{t('choosePartner')}</option>
            {(partners.data?.partnerEnrollments.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.legalName}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('customerEmail')}
            type="email"
            autoComplete="off"
            value={form.customerEmail}
            onChange={set('customerEmail')}
            error={errors.fields.customerEmail}
          />
          <TextField label={t('customerName')} autoComplete="off" value={form.customerName} onChange={set('customerName')} error={errors.fields.customerName} />
          <TextArea label={t('need')} hint={t('needHint')} value={form.need} onChange={set('need')} error={errors.fields.need} rows={4} />
          <div className="actions">
            <SubmitButton busy={busy}>{t('submit')}</SubmitButton>
          </div>
        </form>
      </section>
      {list}
    </Page>
  );
}
