import { FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { IndirectProvidersListQuery } from '../../gql/graphql';
import { useFormatDate, useLocale, useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { DraftEmailPanel } from '../../components/DraftEmailPanel';
import { messages } from './messages';

const ProvidersDocument = graphql(`
  query IndirectProvidersList($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      indirectProviders {
        id
        providerName
        status
        providerAdminAccess
        establishedAt
        provider {
          id
        }
      }
    }
  }
`);

const SharedCustomersDocument = graphql(`
  query IndirectSharedCustomers($partnerId: ID!, $providerId: ID!) {
    partner(id: $partnerId) {
      id
      customersSharedWith(providerId: $providerId) {
        id
        displayName
        domain
        country
      }
    }
  }
`);

const RemoveAccessDocument = graphql(`
  mutation IndirectRemoveProviderAdminAccess($input: RemoveProviderAdminAccessInput!) {
    removeProviderAdminAccess(input: $input) {
      id
      providerAdminAccess
    }
  }
`);

const InviteCustomerDocument = graphql(`
  mutation IndirectInviteCustomerWithProvider($input: InviteCustomerWithProviderInput!) {
    inviteCustomerWithProvider(input: $input) {
      id
      emailDraft {
        subject
        body
      }
    }
  }
`);

type Link = NonNullable<IndirectProvidersListQuery['partner']>['indirectProviders'][number];

function SharedCustomers({ partnerId, link }: { partnerId: string; link: Link }) {
  const t = useT(messages);
  const loadErrorText = useLoadErrorText();
  const { locale } = useLocale();
  const regionName = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  const heading = useRef<HTMLHeadingElement>(null);
  const [result, refetch] = useQuery({ query: SharedCustomersDocument, variables: { partnerId, providerId: link.provider.id } });
  useEffect(() => {
    heading.current?.focus();
  }, [link.id]);
  const customers = result.data?.partner?.customersSharedWith;
  const name = link.providerName;
  return (
    <section aria-labelledby="shared-title">
      <h2 id="shared-title" ref={heading} tabIndex={-1}>
        {t('sharedTitle', { name })}
      </h2>
      {result.error && !result.data ? (
        <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !customers ? (
        <Loading />
      ) : customers.length === 0 ? (
        <Empty>{t('sharedEmpty', { name })}</Empty>
      ) : (
        <table aria-labelledby="shared-title">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('domain')}</th>
              <th scope="col">{t('country')}</th>
            </tr>
          </thead>
          <tbody>
            {customers.map((customer) => (
              <tr key={customer.id}>
                <td>{customer.displayName}</td>
                <td>{customer.domain}</td>
                <td>{regionName(customer.country)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RemoveAccess({ link, onDone }: { link: Link; onDone(removed: boolean): void }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(RemoveAccessDocument);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmButton.current?.focus();
  }, []);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({ input: { linkId: link.id } });
    if (result?.data?.removeProviderAdminAccess) onDone(true);
  }
  return (
    <form onSubmit={onSubmit} className="card" aria-label={t('removeAccess')}>
      <ErrorMessage>{errors.form}</ErrorMessage>
      <p>{t('confirmRemove', { name: link.providerName })}</p>
      <div className="actions">
        <button type="submit" className="button-danger" ref={confirmButton} aria-disabled={busy || undefined}>
          {t('confirmRemoveButton')}
        </button>
        <Button onClick={() => onDone(false)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}

function InviteCustomersPanel({ links, onClose }: { links: Link[]; onClose(): void }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(InviteCustomerDocument);
  const [providerId, setProviderId] = useState(links[0]?.provider.id ?? '');
  const [email, setEmail] = useState('');
  const [draft, setDraft] = useState<{ requestId: string; to: string; subject: string; body: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({ input: { providerId, customerEmail: email } });
    const request = result?.data?.inviteCustomerWithProvider;
    if (request?.emailDraft) setDraft({ requestId: request.id, to: email.trim(), subject: request.emailDraft.subject, body: request.emailDraft.body });
  }

  if (draft) return <DraftEmailPanel {...draft} onDone={onClose} />;
  return (
    <section className="card" aria-labelledby="invite-customers-title">
      <h2 id="invite-customers-title" ref={heading} tabIndex={-1}>
        {t('inviteCustomersTitle')}
      </h2>
      <p>{t('inviteCustomersIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <SelectField label={t('provider')} value={providerId} onChange={(e) => setProviderId(e.target.value)} error={errors.fields.providerId}>
          {links.map((link) => (
            <option key={link.id} value={link.provider.id}>
              {link.providerName}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('customerEmail')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.customerEmail}
          required
        />
        <div className="actions">
          <SubmitButton busy={busy}>{t('createInvitation')}</SubmitButton>
          <Button onClick={onClose}>{t('cancel')}</Button>
        </div>
      </form>
    </section>
  );
}

function Providers({ partnerId }: { partnerId: string }) {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const location = useLocation();
  const authorized = (location.state as { authorized?: string } | null)?.authorized;
  const [result, refetch] = useQuery({ query: ProvidersDocument, variables: { partnerId } });
  const [viewing, setViewing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const [inviting, setInviting] = useState(false);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const { me } = useMe();

  if (result.error && !result.data) return <LoadError message={loadErrorText(result.error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const links = result.data?.partner?.indirectProviders;
  if (!links) return <Loading />;
  const viewed = links.find((link) => link.id === viewing);

  return (
    <>
      {authorized ? <StatusMessage>{t('authorized', { provider: authorized })}</StatusMessage> : null}
      {removed ? <StatusMessage>{t('accessRemoved', { name: removed })}</StatusMessage> : null}
      {links.length > 0 && !inviting && may(me, 'Mutation.inviteCustomerWithProvider') ? (
        <p className="actions">
          <button type="button" className="button-primary" ref={inviteButton} onClick={() => setInviting(true)}>
            {t('inviteCustomers')}
          </button>
        </p>
      ) : null}
      {inviting ? (
        <InviteCustomersPanel
          links={links}
          onClose={() => {
            setInviting(false);
            setTimeout(() => inviteButton.current?.focus(), 0);
          }}
        />
      ) : null}
      {links.length === 0 ? (
        <Empty>{t('providersEmpty')}</Empty>
      ) : (
        <table>
          <caption>{t('providersTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('adminAccess')}</th>
              <th scope="col">{t('established')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <td>{link.providerName}</td>
                <td>{t(`status_${link.status}`)}</td>
                <td>{link.providerAdminAccess ? t('yes') : t('no')}</td>
                <td>{formatDate(link.establishedAt)}</td>
                <td>
                  <div className="actions">
                    <Button onClick={() => setViewing(link.id)}>{t('viewCustomers')}</Button>
                    {link.providerAdminAccess && removing !== link.id && may(me, 'Mutation.removeProviderAdminAccess') ? (
                      <Button
                        variant="danger"
                        onClick={() => {
                          setRemoved(null);
                          setRemoving(link.id);
                        }}
                      >
                        {t('removeAccess')}
                      </Button>
                    ) : null}
                  </div>
                  {removing === link.id ? (
                    <RemoveAccess
                      link={link}
                      onDone={(done) => {
                        setRemoving(null);
                        if (done) {
                          setRemoved(link.providerName);
                          refetch({ requestPolicy: 'network-only' });
                        }
                      }}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {viewed ? <SharedCustomers key={viewed.id} partnerId={partnerId} link={viewed} /> : null}
    </>
  );
}

/** `/indirect-providers` (R13, R14, R19): the reseller's providers, their shared customers, and one invitation for both. */
export function IndirectProvidersPage() {
  const t = useT(messages);
  const { me, fetching } = useMe();
  if (!me) return fetching ? <Loading /> : null;
  if (!isActivePartner(me) || !me.partner || me.partner.program !== 'INDIRECT_RESELLER') {
    return (
      <Page title={t('providersTitle')}>
        <p>{t('providersOnly')}</p>
      </Page>
    );
  }
  return (
    <Page title={t('providersTitle')}>
      <p>{t('providersIntro')}</p>
      <Providers partnerId={me.partner.id} />
    </Page>
  );
}
