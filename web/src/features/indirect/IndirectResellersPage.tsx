import { FormEvent, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const ResellersDocument = graphql(`
  query IndirectResellersList($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      indirectResellers {
        id
        resellerName
        status
        providerAdminAccess
        establishedAt
      }
    }
  }
`);

const InviteResellerDocument = graphql(`
  mutation IndirectInviteReseller($input: InviteIndirectResellerInput!) {
    inviteIndirectReseller(input: $input) {
      id
      kind
      expiresAt
    }
  }
`);

/**
 * R13: the provider's invitation. The graph emails it to the reseller at once (notification sends
 * IndirectResellerInvited straight away), so there is no draft to send: the page says it went.
 */
function InvitePanel({ onClose }: { onClose(): void }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const { submit, busy, errors } = useFormMutation(InviteResellerDocument);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ email: string; expiresAt: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    const result = await submit({ input: { resellerEmail: email } });
    const request = result?.data?.inviteIndirectReseller;
    if (request) {
      setSent({ email: email.trim(), expiresAt: request.expiresAt });
      setEmail('');
    }
  }

  return (
    <section className="card" aria-labelledby="invite-reseller-title">
      <h2 id="invite-reseller-title" ref={heading} tabIndex={-1}>
        {t('inviteTitle')}
      </h2>
      <p>{t('inviteIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        {sent ? <StatusMessage>{t('invitationSent', { email: sent.email, date: formatDate(sent.expiresAt) })}</StatusMessage> : null}
        <TextField
          label={t('resellerEmail')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.resellerEmail}
          required
        />
        <div className="actions">
          <SubmitButton busy={busy}>{t('sendInvitation')}</SubmitButton>
          <Button onClick={onClose}>{sent ? t('done') : t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

function ResellerTable({ partnerId }: { partnerId: string }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [result, refetch] = useQuery({ query: ResellersDocument, variables: { partnerId } });
  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const links = result.data?.partner?.indirectResellers;
  if (!links) return <Loading />;
  if (links.length === 0) return <Empty>{t('resellersEmpty')}</Empty>;
  return (
    <table>
      <caption>{t('resellersTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('adminAccess')}</th>
          <th scope="col">{t('established')}</th>
        </tr>
      </thead>
      <tbody>
        {links.map((link) => (
          <tr key={link.id}>
            <td>{link.resellerName}</td>
            <td>{t(`status_${link.status}`)}</td>
            <td>{link.providerAdminAccess ? t('yes') : t('no')}</td>
            <td>{formatDate(link.establishedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/indirect-resellers` (R13): an indirect provider's resellers, and "Invite indirect reseller". */
export function IndirectResellersPage() {
  const t = useT(messages);
  const { me, fetching } = useMe();
  const [inviting, setInviting] = useState(false);
  const inviteButton = useRef<HTMLButtonElement>(null);
  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner || me.partner.program !== 'INDIRECT_PROVIDER') {
    return (
      <Page title={t('resellersTitle')}>
        <p>{t('resellersOnly')}</p>
      </Page>
    );
  }
  return (
    <Page
      title={t('resellersTitle')}
      actions={
        inviting || !may(me, 'Mutation.inviteIndirectReseller') ? null : (
          <button type="button" className="button-primary" ref={inviteButton} onClick={() => setInviting(true)}>
            {t('invite')}
          </button>
        )
      }
    >
      <p>{t('resellersIntro')}</p>
      {inviting ? (
        <InvitePanel
          onClose={() => {
            setInviting(false);
            setTimeout(() => inviteButton.current?.focus(), 0);
          }}
        />
      ) : null}
      <ResellerTable partnerId={me.partner.id} />
    </Page>
  );
}
