import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Empty, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useMe } from '../../lib/me';
import { useLoadErrorText } from '../../lib/use-form-mutation';
import { AgreementNotice } from './AgreementNotice';
import { messages, RoleKey } from './messages';

const PartnersListDocument = graphql(`
  query PartnersList($id: ID!) {
    customer(id: $id) {
      id
      hasAcceptedCurrentAgreement
      relationships {
        id
        partnerName
        roles
        adminPrivileges
        status
        establishedAt
      }
    }
  }
`);

/** What another page of the console may tell this list after it brought the person here. */
export interface PartnersListState {
  accepted?: string;
  deleted?: string;
}

/** The customer's partners (R3, R6, R7): a row each, opening its details. */
export function PartnersPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const location = useLocation();
  const state = (location.state ?? {}) as PartnersListState;
  const { me, error: meError } = useMe();
  const tenantId = me?.tenant.id;
  const [result, reload] = useQuery({ query: PartnersListDocument, variables: { id: tenantId ?? '' }, pause: !tenantId, requestPolicy: 'cache-and-network' });
  const customer = result.data?.customer;
  const error = result.error ?? meError;

  return (
    <Page title={t('listTitle')}>
      {state.accepted ? <StatusMessage>{t('accepted', { partner: state.accepted })}</StatusMessage> : null}
      {state.deleted ? <StatusMessage>{t('deleted', { partner: state.deleted })}</StatusMessage> : null}
      <p>{t('listIntro')}</p>
      {customer && !customer.hasAcceptedCurrentAgreement && customer.relationships.length > 0 ? <AgreementNotice /> : null}
      {!customer && error ? (
        <LoadError message={loadErrorText(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
      ) : !customer ? (
        <Loading />
      ) : customer.relationships.length === 0 ? (
        <Empty>
          {t('empty')} <Link to="/find-a-partner">{t('findPartner')}</Link>
        </Empty>
      ) : (
        <table className="table">
          <caption>{t('tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('roles')}</th>
              <th scope="col">{t('adminPrivileges')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('since')}</th>
            </tr>
          </thead>
          <tbody>
            {customer.relationships.map((relationship) => (
              <tr key={relationship.id}>
                <th scope="row">
                  <Link to={`/partners/${relationship.id}`}>{relationship.partnerName}</Link>
                </th>
                <td>{relationship.roles.length > 0 ? relationship.roles.map((role) => t(`role${role}` as RoleKey)).join(', ') : t('noRoles')}</td>
                <td>{relationship.adminPrivileges ? t('yes') : t('no')}</td>
                <td>{t(`status${relationship.status}`)}</td>
                <td>{formatDate(relationship.establishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
