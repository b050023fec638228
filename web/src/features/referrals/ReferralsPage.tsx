import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextArea } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { ReferralStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

export const PartnerReferralsDocument = graphql(`
  query PartnerReferrals($partnerId: ID!, $status: ReferralStatus, $first: Int, $after: String) {
    partner(id: $partnerId) {
      id
      referrals(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            customerName
            customerEmail
            need
            status
            expiresAt
          }
        }
      }
    }
  }
`);

const AcceptReferralDocument = graphql(`
  mutation ReferralsAccept($input: AcceptReferralInput!) {
    acceptReferral(input: $input) {
      id
      status
    }
  }
`);

const DeclineReferralDocument = graphql(`
  mutation ReferralsDecline($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      id
      status
      declineReason
    }
  }
`);

const STATUSES: ReferralStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'CONVERTED', 'EXPIRED'];
const PAGE_SIZE = 20;

function DeclineForm({ referral, onDone, onCancel }: { referral: { id: string; customer: string }; onDone(): void; onCancel(): void }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(DeclineReferralDocument);
  const [reason, setReason] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({ input: { referralId: referral.id, reason } });
    if (result?.data?.declineReferral) onDone();
  }

  return (
    <section className="card" aria-labelledby="decline-heading">
      <h2 id="decline-heading" ref={heading} tabIndex={-1}>
        {t('declineHeading', { customer: referral.customer })}
      </h2>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextArea label={t('reason')} hint={t('reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={3} />
        <div className="actions">
          <SubmitButton busy={busy}>{t('confirmDecline')}</SubmitButton>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

/** `/referrals` (R18): the customers the vendor referred to the partner; accept, decline with a reason, invite from an accepted one. */
export function ReferralsPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const navigate = useNavigate();
  const { me, fetching } = useMe();
  const pages = useCursorPages();
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [declining, setDeclining] = useState<{ id: string; customer: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const [, accept] = useMutation(AcceptReferralDocument);
  const partnerId = me?.partner?.id ?? '';
  const [result, refetch] = useQuery({
    query: PartnerReferralsDocument,
    variables: { partnerId, status: status || null, first: PAGE_SIZE, after: pages.after },
    pause: !partnerId,
    requestPolicy: 'cache-and-network',
  });

  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner) {
    return (
      <Page title={t('title')}>
        <p>{t('notPartner')}</p>
      </Page>
    );
  }

  async function onAccept(id: string, customer: string) {
    setDone(null);
    setAcceptError(null);
    const answer = await accept({ input: { referralId: id } });
    if (answer.error) setAcceptError(answer.error.graphQLErrors[0]?.message ?? loadErrorText(answer.error));
    else setDone(t('accepted', { customer }));
    refetch({ requestPolicy: 'network-only' });
  }

  const connection = result.data?.partner?.referrals;
  let list;
  if (result.error && !result.data) list = <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!connection) list = <Loading />;
  else if (connection.edges.length === 0) list = <Empty>{status ? t('emptyStatus', { status: t(`status_${status}`) }) : t('empty')}</Empty>;
  else
    list = (
      <>
        <table>
          <caption>{t('tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('need')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('expires')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.customerName}</td>
                <td>{node.customerEmail}</td>
                <td>{node.need}</td>
                <td>{t(`status_${node.status}`)}</td>
                <td>{node.status === 'PENDING' ? formatDate(node.expiresAt) : null}</td>
                <td>
                  <div className="actions">
                    {node.status === 'PENDING' && may(me, 'Mutation.acceptReferral') ? (
                      <Button aria-label={t('acceptLabel', { customer: node.customerName })} onClick={() => onAccept(node.id, node.customerName)}>
                        {t('accept')}
                      </Button>
                    ) : null}
                    {node.status === 'PENDING' && may(me, 'Mutation.declineReferral') ? (
                      <Button
                        aria-label={t('declineLabel', { customer: node.customerName })}
                        onClick={() => {
                          setDone(null);
                          setDeclining({ id: node.id, customer: node.customerName });
                        }}
                      >
                        {t('decline')}
                      </Button>
                    ) : null}
                    {node.status === 'ACCEPTED' && may(me, 'Mutation.requestRelationship') ? (
                      <Button
                        aria-label={t('inviteLabel', { customer: node.customerName })}
                        onClick={() => navigate('/customers', { state: { invite: { email: node.customerEmail, referralId: node.id } } })}
                      >
                        {t('invite')}
                      </Button>
                    ) : null}
                  </div>
                </td>
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
      <ErrorMessage>{acceptError}</ErrorMessage>
      {declining ? (
        <DeclineForm
          referral={declining}
          onCancel={() => setDeclining(null)}
          onDone={() => {
            setDone(t('declined', { customer: declining.customer }));
            setDeclining(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      <div className="search-bar">
        <SelectField
          label={t('statusFilter')}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ReferralStatus | '');
            pages.reset();
          }}
        >
          <option value="">{t('anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status_${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list}
    </Page>
  );
}
