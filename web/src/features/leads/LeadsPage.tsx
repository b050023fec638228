import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextArea } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { LeadStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

export const LeadsListDocument = graphql(`
  query LeadsList($partnerId: ID!, $status: LeadStatus, $first: Int, $after: String) {
    partner(id: $partnerId) {
      id
      leads(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            need
            contactEmail
            status
            createdAt
            customer {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const AnswerLeadDocument = graphql(`
  mutation LeadsAnswerLead($input: AnswerLeadInput!) {
    answerLead(input: $input) {
      id
      status
      answeredAt
    }
  }
`);

const STATUSES: LeadStatus[] = ['NEW', 'ANSWERED', 'CONVERTED'];
const PAGE_SIZE = 20;

interface Answering {
  leadId: string;
  customer: string;
  contact: string;
}

function AnswerForm({ lead, onDone, onCancel }: { lead: Answering; onDone(): void; onCancel(): void }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(AnswerLeadDocument);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({ input: { leadId: lead.leadId, message } });
    if (result?.data?.answerLead) onDone();
  }

  return (
    <section className="card" aria-labelledby="answer-heading">
      <h2 id="answer-heading" ref={heading} tabIndex={-1}>
        {t('answerHeading', { customer: lead.customer })}
      </h2>
      <p>{t('answerIntro', { contact: lead.contact })}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextArea
          label={t('message')}
          hint={t('messageHint')}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={errors.fields.message}
          rows={6}
        />
        <div className="actions">
          <SubmitButton busy={busy}>{t('send')}</SubmitButton>
          <Button onClick={onCancel}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

/** `/leads` (R18): the leads customers sent the partner from the directory; answer one, or invite its customer. */
export function LeadsPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const navigate = useNavigate();
  const { me, fetching } = useMe();
  const pages = useCursorPages();
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const [answering, setAnswering] = useState<Answering | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const partnerId = me?.partner?.id ?? '';
  const [result, refetch] = useQuery({
    query: LeadsListDocument,
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

  const connection = result.data?.partner?.leads;
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
              <th scope="col">{t('need')}</th>
              <th scope="col">{t('contact')}</th>
              <th scope="col">{t('customer')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.need}</td>
                <td>{node.contactEmail}</td>
                <td>{node.customer.displayName}</td>
                <td>{t(`status_${node.status}`)}</td>
                <td>{formatDate(node.createdAt)}</td>
                <td>
                  <div className="actions">
                    {node.status !== 'CONVERTED' && may(me, 'Mutation.answerLead') ? (
                      <Button
                        aria-label={t('answerLabel', { customer: node.customer.displayName })}
                        onClick={() => {
                          setDone(null);
                          setAnswering({ leadId: node.id, customer: node.customer.displayName, contact: node.contactEmail });
                        }}
                      >
                        {t('answer')}
                      </Button>
                    ) : null}
                    {node.status !== 'CONVERTED' && may(me, 'Mutation.requestRelationship') ? (
                      <Button
                        aria-label={t('inviteLabel', { customer: node.customer.displayName })}
                        onClick={() => navigate('/customers', { state: { invite: { email: node.contactEmail, leadId: node.id } } })}
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
      {answering ? (
        <AnswerForm
          lead={answering}
          onCancel={() => setAnswering(null)}
          onDone={() => {
            setDone(t('answered', { customer: answering.customer }));
            setAnswering(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
      <div className="search-bar">
        <SelectField
          label={t('statusFilter')}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as LeadStatus | '');
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
