import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextArea } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { EnrollmentRejectionReasonCode, PartnerStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { reasonCodeMessages } from '../../components/reason-codes.messages';
import { messages } from './messages';
import { OperatorOnly } from './OperatorOnly';

const OperatorEnrollmentsDocument = graphql(`
  query OperatorEnrollments($status: PartnerStatus, $first: Int, $after: String) {
    partnerEnrollments(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          legalName
          program
          mpnId
          status
          enrolledAt
          rejectionReasons {
            code
            message
          }
          address {
            country
          }
          primaryContact {
            firstName
            lastName
            email
          }
        }
      }
    }
  }
`);

const OperatorReviewEnrollmentDocument = graphql(`
  mutation OperatorReviewEnrollment($input: ReviewEnrollmentInput!) {
    reviewEnrollment(input: $input) {
      id
      status
      rejectionReasons {
        code
      }
    }
  }
`);

const REASON_CODES: EnrollmentRejectionReasonCode[] = [
  'MPN_INACTIVE',
  'MPN_COUNTRY_MISMATCH',
  'CONTACT_NOT_VERIFIED',
  'LEGAL_NAME_MISMATCH',
  'DOCUMENTS_REQUIRED',
  'OTHER',
];
const STATUSES: PartnerStatus[] = ['IN_REVIEW', 'EMAIL_VERIFICATION_PENDING', 'ACTIVE', 'REJECTED'];
const PAGE_SIZE = 10;

export function EnrollmentsPage() {
  const t = useT(messages);
  return (
    <OperatorOnly title={t('enrollmentsTitle')}>
      <Enrollments />
    </OperatorOnly>
  );
}

/** `/operator/enrollments`: applications by status (in review first), approved or rejected with a reason. */
function Enrollments() {
  const t = useT(messages);
  const reasonLabel = useT(reasonCodeMessages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [status, setStatus] = useState<PartnerStatus | ''>('IN_REVIEW');
  const pages = useCursorPages();
  const [result, reexecute] = useQuery({
    query: OperatorEnrollmentsDocument,
    variables: { status: status || null, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const review = useFormMutation(OperatorReviewEnrollmentDocument);
  const [rejecting, setRejecting] = useState<{ id: string; name: string } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonCodes, setReasonCodes] = useState<EnrollmentRejectionReasonCode[]>([]);
  const [done, setDone] = useState<string | null>(null);

  async function decide(id: string, name: string, decision: 'APPROVE' | 'REJECT') {
    setDone(null);
    const rejection = decision === 'REJECT' ? { reasonCodes, reason: reason.trim() ? reason : null } : {};
    const outcome = await review.submit({ input: { partnerId: id, decision, ...rejection } });
    if (!outcome?.data?.reviewEnrollment) return;
    setDone(t(decision === 'APPROVE' ? 'approved' : 'rejected', { name }));
    setRejecting(null);
    setReason('');
    setReasonCodes([]);
    reexecute({ requestPolicy: 'network-only' });
  }

  function onReject(event: FormEvent) {
    event.preventDefault();
    if (rejecting) void decide(rejecting.id, rejecting.name, 'REJECT');
  }

  const connection = result.data?.partnerEnrollments;
  let list;
  if (!connection && result.fetching) list = <Loading />;
  else if (!connection) list = <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (connection.edges.length === 0) list = <Empty>{t('noApplications')}</Empty>;
  else
    list = (
      <>
        <table>
          <caption>{t('applications')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('legalName')}</th>
              <th scope="col">{t('programme')}</th>
              <th scope="col">{t('mpnId')}</th>
              <th scope="col">{t('country')}</th>
              <th scope="col">{t('primaryContact')}</th>
              <th scope="col">{t('submitted')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{node.legalName}</th>
                <td>{t(node.program)}</td>
                <td>{node.mpnId}</td>
                <td>{node.address?.country}</td>
                <td>
                  {node.primaryContact ? (
                    <>
                      {node.primaryContact.firstName} {node.primaryContact.lastName}
                      <br />
                      {node.primaryContact.email}
                    </>
                  ) : null}
                </td>
                <td>{formatDate(node.enrolledAt, true)}</td>
                <td>
                  <span className="badge">{t(node.status)}</span>
                  {node.rejectionReasons?.length ? (
                    <ul aria-label={t('rejectionReasonsOf', { name: node.legalName })}>
                      {node.rejectionReasons.map((item) => (
                        <li key={item.code}>
                          {reasonLabel(`code_${item.code}`)}: {item.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
                <td>
                  {node.status === 'IN_REVIEW' ? (
                    <div className="actions">
                      <Button variant="primary" busy={review.busy} onClick={() => decide(node.id, node.legalName, 'APPROVE')}>
                        {t('approve')}
                      </Button>
                      <Button
                        variant="danger"
                        onClick={() => {
                          review.clearErrors();
                          setReason('');
                          setReasonCodes([]);
                          setRejecting({ id: node.id, name: node.legalName });
                        }}
                      >
                        {t('reject')}
                      </Button>
                    </div>
                  ) : null}
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
    <Page title={t('enrollmentsTitle')}>
      <p>{t('enrollmentsIntro')}</p>
      {done ? <StatusMessage>{done}</StatusMessage> : null}
      {!rejecting ? <ErrorMessage>{review.errors.form}</ErrorMessage> : null}
      <div className="search-bar">
        <SelectField
          label={t('statusFilter')}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as PartnerStatus | '');
            pages.reset();
          }}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(value)}
            </option>
          ))}
          <option value="">{t('anyStatus')}</option>
        </SelectField>
      </div>
      {rejecting ? (
        <form onSubmit={onReject} noValidate className="form" aria-labelledby="reject-heading">
          <h2 id="reject-heading">{t('rejectHeading', { name: rejecting.name })}</h2>
          <ErrorMessage>{review.errors.form}</ErrorMessage>
          <fieldset className="field-group" aria-describedby={review.errors.fields.reasonCodes ? 'reason-codes-error' : 'reason-codes-hint'}>
            <legend>{t('reasonCodes')}</legend>
            <p className="field-hint" id="reason-codes-hint">
              {t('reasonCodesHint')}
            </p>
            {REASON_CODES.map((code) => (
              <div className="field field-checkbox" key={code}>
                <input
                  type="checkbox"
                  id={`reason-${code}`}
                  checked={reasonCodes.includes(code)}
                  onChange={(event) => setReasonCodes((current) => (event.target.checked ? [...current, code] : current.filter((chosen) => chosen !== code)))}
                />
                <label htmlFor={`reason-${code}`}>{reasonLabel(`code_${code}`)}</label>
              </div>
            ))}
            {review.errors.fields.reasonCodes ? (
              <p className="field-error" id="reason-codes-error">
                {review.errors.fields.reasonCodes}
              </p>
            ) : null}
          </fieldset>
          <TextArea
            label={t('reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            hint={t('reasonHint')}
            error={review.errors.fields.reason}
            required={reasonCodes.includes('OTHER')}
          />
          <div className="actions">
            <SubmitButton variant="danger" busy={review.busy}>
              {t('rejectApplication')}
            </SubmitButton>
            <Button onClick={() => setRejecting(null)}>{t('cancel')}</Button>
          </div>
        </form>
      ) : null}
      {list}
    </Page>
  );
}
