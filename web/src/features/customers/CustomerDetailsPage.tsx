import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { ErrorMessage, LoadError, Loading } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { CustomerDetailsRelationshipQuery } from '../../gql/graphql';
import { common } from '../../i18n/common';
import { useFormatDate, useLocale, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { AdminAccessPanel } from './AdminAccessPanel';
import { ConfirmAcceptancePanel } from './ConfirmAcceptancePanel';
import { messages } from './messages';

const RelationshipDocument = graphql(`
  query CustomerDetailsRelationship($id: ID!) {
    relationship(id: $id) {
      id
      partner {
        id
      }
      customerName
      customerDomain
      roles
      adminPrivileges
      status
      canTransact
      establishedAt
      adminRoles
      adminAccessExpiresAt
      adminAccessStatus
      autoExtend
      assignedUser {
        id
        fullName
        email
      }
      customer {
        id
        displayName
        domain
        country
      }
    }
  }
`);

const AuthorizeDocument = graphql(`
  query CustomerDetailsAuthorize($partnerId: ID!, $customerId: ID!) {
    authorize(partnerId: $partnerId, customerId: $customerId, permission: SUBMIT_ORDERS) {
      allowed
      reasons
    }
  }
`);

const TerminateDocument = graphql(`
  mutation CustomerDetailsTerminate($input: TerminateRelationshipInput!) {
    terminateRelationship(input: $input) {
      id
      status
    }
  }
`);

type Relationship = NonNullable<CustomerDetailsRelationshipQuery['relationship']>;

function TransactDecision({ partnerId, customerId }: { partnerId: string; customerId: string }) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const [result, refetch] = useQuery({ query: AuthorizeDocument, variables: { partnerId, customerId } });
  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const decision = result.data?.authorize;
  if (!decision) return <Loading />;
  if (decision.allowed) return <p>{t('mayTransact')}</p>;
  return (
    <>
      <p>{t('mayNotTransact')}</p>
      <ul>
        {decision.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
}

/** The partner ends the relationship itself (for every role; the customer may delete only some, R7), after a confirmation. */
function EndRelationship({ relationship, name }: { relationship: Relationship; name: string }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const terminate = useFormMutation(TerminateDocument);
  const [confirming, setConfirming] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);
  // The question replaces the button: keyboard users land on its first answer.
  useEffect(() => {
    if (confirming) confirmBox.current?.querySelector('button')?.focus();
  }, [confirming]);

  async function onConfirm() {
    const done = await terminate.submit({ input: { relationshipId: relationship.id } });
    setConfirming(false);
    if (done?.data?.terminateRelationship) navigate('/customers', { state: { ended: name } });
  }

  return (
    <>
      <h2>{t('endHeading')}</h2>
      <ErrorMessage>{terminate.errors.form ?? Object.values(terminate.errors.fields)[0]}</ErrorMessage>
      {confirming ? (
        <div className="card" role="group" ref={confirmBox} aria-labelledby="end-question">
          <p id="end-question">{t('endQuestion', { customer: name })}</p>
          <div className="actions">
            <Button variant="danger" busy={terminate.busy} onClick={onConfirm}>
              {t('confirmEnd')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('endRelationship')}
          </Button>
        </div>
      )}
    </>
  );
}

function Details({ partnerId, relationship }: { partnerId: string; relationship: Relationship }) {
  const t = useT(messages);
  const c = useT(common);
  const formatDate = useFormatDate();
  const { locale } = useLocale();
  const { me } = useMe();
  // Only an admin agent ends a relationship (terminateRelationship).
  const mayEnd = may(me, 'Mutation.terminateRelationship');
  const country = relationship.customer.country
    ? (new Intl.DisplayNames([locale], { type: 'region' }).of(relationship.customer.country) ?? relationship.customer.country)
    : '';
  return (
    <>
      <h2>{t('relationshipHeading')}</h2>
      <dl className="details">
        <dt>{t('customerName')}</dt>
        <dd>{relationship.customer.displayName ?? relationship.customerName}</dd>
        <dt>{t('domain')}</dt>
        <dd>{relationship.customer.domain ?? relationship.customerDomain}</dd>
        <dt>{t('country')}</dt>
        <dd>{country}</dd>
        <dt>{t('status')}</dt>
        <dd>{t(`status_${relationship.status}`)}</dd>
        <dt>{t('roles')}</dt>
        <dd>
          {relationship.roles.length > 0
            ? relationship.roles.map((role) => (
                <span className="badge" key={role}>
                  {t(`role_${role}`)}
                </span>
              ))
            : t('noRoles')}
        </dd>
        <dt>{t('adminPrivileges')}</dt>
        <dd>{relationship.adminPrivileges ? c('yes') : c('no')}</dd>
        <dt>{t('canTransact')}</dt>
        <dd>{relationship.canTransact ? c('yes') : c('no')}</dd>
        <dt>{t('established')}</dt>
        <dd>{formatDate(relationship.establishedAt)}</dd>
        {relationship.roles.includes('PARTNER') ? (
          <>
            <dt>{t('assignedContact')}</dt>
            <dd>{relationship.assignedUser ? `${relationship.assignedUser.fullName} (${relationship.assignedUser.email})` : t('noAssignedContact')}</dd>
          </>
        ) : null}
      </dl>
      {relationship.roles.includes('DELEGATED_ADMIN') || relationship.adminAccessStatus !== 'NONE' ? <AdminAccessPanel relationship={relationship} /> : null}
      <h2>{t('transactHeading')}</h2>
      <TransactDecision partnerId={partnerId} customerId={relationship.customer.id} />
      {/* R4: only a reseller of the customer attests its acceptance of the Customer Agreement. */}
      {relationship.status === 'ACTIVE' && relationship.roles.includes('RESELLER') ? <ConfirmAcceptancePanel customerId={relationship.customer.id} /> : null}
      {mayEnd ? (
        <EndRelationship relationship={relationship} name={relationship.customer.displayName ?? relationship.customerName ?? relationship.customer.id} />
      ) : null}
    </>
  );
}

function Lookup({ partnerId, relationshipId }: { partnerId: string; relationshipId: string }) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const [result, reload] = useQuery({ query: RelationshipDocument, variables: { id: relationshipId }, requestPolicy: 'network-only' });
  // The page is for this partner's active customers: another side's relationship, or one that ended, is not among them.
  const found = result.data?.relationship;
  const relationship = found && found.partner.id === partnerId && found.status === 'ACTIVE' ? found : null;
  const title = relationship ? (relationship.customer.displayName ?? relationship.customerName ?? t('detailsTitle')) : t('detailsTitle');
  return (
    <Page title={title}>
      <p>
        <Link to="/customers">{t('backToList')}</Link>
      </p>
      {result.fetching && !result.data ? <Loading /> : null}
      {result.error && !result.data ? <LoadError message={loadErrorText(result.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : null}
      {result.data && !relationship ? <LoadError message={t('notFound')} /> : null}
      {relationship ? <Details partnerId={partnerId} relationship={relationship} /> : null}
    </Page>
  );
}

/** `/customers/:relationshipId`: one customer, what the relationship allows, and why orders may not be placed yet (R15). */
export function CustomerDetailsPage() {
  const t = useT(messages);
  const { relationshipId = '' } = useParams();
  const { me, fetching } = useMe();
  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner) {
    return (
      <Page title={t('detailsTitle')}>
        <p>{t('notPartner')}</p>
      </Page>
    );
  }
  return <Lookup key={relationshipId} partnerId={me.partner.id} relationshipId={relationshipId} />;
}
