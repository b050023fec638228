import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage, LoadError, Loading } from '../../components/Feedback';
import { Checkbox } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { common } from '../../i18n/common';
import { useFormatDate, useT } from '../../i18n/i18n';
import { formErrorsOf } from '../../lib/errors';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useFormMutation } from '../../lib/use-form-mutation';
import { messages } from './messages';

const RequestByTokenDocument = graphql(`
  query IndirectAuthorizeRequest($token: String!) {
    relationshipRequestByToken(token: $token) {
      id
      kind
      status
      expiresAt
      partner {
        id
        legalName
      }
    }
  }
`);

const AuthorizeDocument = graphql(`
  mutation IndirectAuthorizeProvider($input: AuthorizeIndirectProviderInput!) {
    authorizeIndirectProvider(input: $input) {
      id
      providerName
      status
    }
  }
`);

function AuthorizeForm({ token }: { token: string }) {
  const t = useT(messages);
  const c = useT(common);
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const { me } = useMe();
  const [result, refetch] = useQuery({ query: RequestByTokenDocument, variables: { token } });
  const { submit, busy, errors } = useFormMutation(AuthorizeDocument);
  const [confirm, setConfirm] = useState(false);

  if (result.error && !result.data) {
    const words = formErrorsOf(result.error, { networkError: c('networkError'), unexpectedError: c('unexpectedError') });
    if (words.fields.token) {
      return (
        <>
          <ErrorMessage>{t('badLink', { reason: words.fields.token })}</ErrorMessage>
          <p>{t('badLinkHelp')}</p>
        </>
      );
    }
    return <LoadError message={words.form ?? c('unexpectedError')} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  const request = result.data?.relationshipRequestByToken;
  if (!request) return <Loading />;
  const provider = request.partner.legalName;

  if (request.kind !== 'INDIRECT_RESELLER') {
    return (
      <>
        <p>{t('notForProvider')}</p>
        <p>
          <Link to={`/invitations/accept?token=${encodeURIComponent(token)}`}>{t('openInvitation')}</Link>
        </p>
      </>
    );
  }
  if (request.status !== 'PENDING') {
    return (
      <>
        <ErrorMessage>{t(`closed_${request.status}`)}</ErrorMessage>
        {request.status === 'ACCEPTED' ? (
          <p>
            <Link to="/indirect-providers">{t('goToProviders')}</Link>
          </p>
        ) : (
          <p>{t('badLinkHelp')}</p>
        )}
      </>
    );
  }

  const mayAuthorize = isActivePartner(me) && me?.partner?.program === 'INDIRECT_RESELLER' && may(me, 'Mutation.authorizeIndirectProvider');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const done = await submit({ input: { token, confirm } });
    const link = done?.data?.authorizeIndirectProvider;
    if (link) navigate('/indirect-providers', { state: { authorized: link.providerName } });
  }

  return (
    <>
      <p>{t('authorizeAsks', { provider })}</p>
      <p>{t('authorizeWhat', { provider })}</p>
      <ul>
        <li>{t('mayOrders')}</li>
        <li>{t('mayAdmin')}</li>
      </ul>
      <p>{t('expires', { date: formatDate(request.expiresAt) })}</p>
      {me && !mayAuthorize ? <ErrorMessage>{t('needsAdminAgent')}</ErrorMessage> : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form ?? errors.fields.token}</ErrorMessage>
        <Checkbox label={t('confirm', { provider })} checked={confirm} onChange={(e) => setConfirm(e.target.checked)} error={errors.fields.confirm} />
        <SubmitButton busy={busy}>{t('authorize')}</SubmitButton>
      </form>
    </>
  );
}

/** `/indirect-providers/authorize?token=` (R13, C1): the reseller's admin agent authorises the inviting provider. */
export function AuthorizeProviderPage() {
  const t = useT(messages);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <Page title={t('authorizeTitle')}>
      {token ? (
        <AuthorizeForm token={token} />
      ) : (
        <>
          <ErrorMessage>{t('noToken')}</ErrorMessage>
          <p>{t('badLinkHelp')}</p>
        </>
      )}
    </Page>
  );
}
