import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { Checkbox, CheckboxGroup, TextArea, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { OrganizationSize } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';
import { may } from '../../lib/access';
import { isActivePartner, useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { profileMessages as messages } from './profile-messages';

const DirectoryProfilePartnerDocument = graphql(`
  query DirectoryProfilePartner($id: ID!) {
    partner(id: $id) {
      id
      legalName
      businessProfile {
        description
        city
        country
        organizationSizes
        keywords
      }
    }
  }
`);

const DirectoryUpdateBusinessProfileDocument = graphql(`
  mutation DirectoryUpdateBusinessProfile($input: UpdateBusinessProfileInput!) {
    updateBusinessProfile(input: $input) {
      id
      businessProfile {
        description
        city
        country
        organizationSizes
        keywords
      }
    }
  }
`);

const SIZES: OrganizationSize[] = ['SMALL', 'MEDIUM', 'LARGE'];

/** `/profile`: an active partner's admin agent describes it for the directory customers search (R1). */
export function ProfilePage() {
  const t = useT(messages);
  const { me, fetching, error, refetch } = useMe();
  const loadErrorText = useLoadErrorText();
  let body;
  if (!me && fetching) body = <Loading />;
  else if (!me) body = <LoadError message={loadErrorText(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  else if (!me.partner || !isActivePartner(me) || !may(me, 'Mutation.updateBusinessProfile')) body = <p className="alert alert-info">{t('notAllowed')}</p>;
  else body = <ProfileLoader partnerId={me.partner.id} tenantCountry={me.tenant.country} />;
  return <Page title={t('profileTitle')}>{body}</Page>;
}

function ProfileLoader({ partnerId, tenantCountry }: { partnerId: string; tenantCountry: string }) {
  const loadErrorText = useLoadErrorText();
  const [result, reexecute] = useQuery({ query: DirectoryProfilePartnerDocument, variables: { id: partnerId }, requestPolicy: 'network-only' });
  const partner = result.data?.partner;
  if (!partner && result.fetching) return <Loading />;
  if (!partner) return <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const profile = partner.businessProfile;
  return (
    <ProfileForm
      name={partner.legalName}
      initial={{
        description: profile?.description ?? '',
        city: profile?.city ?? '',
        country: profile?.country ?? tenantCountry,
        sizes: profile?.organizationSizes ?? [],
        keywords: profile?.keywords.join(', ') ?? '',
      }}
    />
  );
}

interface Form {
  description: string;
  city: string;
  country: string;
  sizes: OrganizationSize[];
  keywords: string;
}

function ProfileForm({ name, initial }: { name: string; initial: Form }) {
  const t = useT(messages);
  const { submit, busy, errors } = useFormMutation(DirectoryUpdateBusinessProfileDocument);
  const [form, setForm] = useState<Form>(initial);
  const [saved, setSaved] = useState(false);
  const set = (key: 'description' | 'city' | 'country' | 'keywords') => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const toggle = (size: OrganizationSize, on: boolean) =>
    setForm((current) => ({ ...current, sizes: on ? SIZES.filter((s) => s === size || current.sizes.includes(s)) : current.sizes.filter((s) => s !== size) }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const keywords = form.keywords
      .split(',')
      .map((keyword) => keyword.trim())
      .filter(Boolean);
    const result = await submit({ input: { description: form.description, city: form.city, country: form.country, organizationSizes: form.sizes, keywords } });
    if (result?.data?.updateBusinessProfile) setSaved(true);
  }

  return (
    <>
      <p>{t('intro', { name })}</p>
      {saved ? <StatusMessage>{t('saved')}</StatusMessage> : null}
      <form onSubmit={onSubmit} noValidate className="form form-wide">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextArea
          label={t('description')}
          value={form.description}
          onChange={set('description')}
          hint={t('descriptionHint')}
          error={errors.fields.description}
          required
        />
        <TextField label={t('city')} value={form.city} onChange={set('city')} error={errors.fields.city} required />
        <CountrySelect
          label={t('country')}
          placeholder={t('chooseCountry')}
          value={form.country}
          onChange={set('country')}
          error={errors.fields.country}
          required
        />
        <CheckboxGroup legend={t('sizes')} error={errors.fields.organizationSizes}>
          {SIZES.map((size) => (
            <Checkbox key={size} label={t(size)} checked={form.sizes.includes(size)} onChange={(event) => toggle(size, event.target.checked)} />
          ))}
        </CheckboxGroup>
        <TextField label={t('keywords')} value={form.keywords} onChange={set('keywords')} hint={t('keywordsHint')} error={errors.fields.keywords} required />
        <SubmitButton busy={busy}>{t('save')}</SubmitButton>
      </form>
    </>
  );
}
