import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { Button, SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { MpnProfileStatus } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';
import { OperatorOnly } from './OperatorOnly';

const OperatorMpnProfileDocument = graphql(`
  query OperatorMpnProfile($mpnId: String!) {
    mpnProfile(mpnId: $mpnId) {
      mpnId
      organizationName
      country
      status
      updatedAt
    }
  }
`);

const OperatorUpsertMpnProfileDocument = graphql(`
  mutation OperatorUpsertMpnProfile($input: UpsertMpnProfileInput!) {
    upsertMpnProfile(input: $input) {
      mpnId
      organizationName
      country
      status
      updatedAt
    }
  }
`);

export function MpnProfilesPage() {
  const t = useT(messages);
  return (
    <OperatorOnly title={t('mpnTitle')}>
      <MpnProfiles />
    </OperatorOnly>
  );
}

interface ProfileForm {
  mpnId: string;
  organizationName: string;
  country: string;
  status: MpnProfileStatus;
}

/** `/operator/mpn-profiles`: the partner-membership registry an application's MPN ID is checked against (R10). */
function MpnProfiles() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [query, setQuery] = useState('');
  const [lookedUp, setLookedUp] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: OperatorMpnProfileDocument,
    variables: { mpnId: lookedUp ?? '' },
    pause: !lookedUp,
    requestPolicy: 'network-only',
  });
  const upsert = useFormMutation(OperatorUpsertMpnProfileDocument);
  const [form, setForm] = useState<ProfileForm>({ mpnId: '', organizationName: '', country: '', status: 'ACTIVE' });
  const [saved, setSaved] = useState<string | null>(null);
  const set = (key: keyof ProfileForm) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  function onLookUp(event: FormEvent) {
    event.preventDefault();
    const mpnId = query.trim();
    if (!mpnId) return;
    if (mpnId === lookedUp) reexecute({ requestPolicy: 'network-only' });
    setLookedUp(mpnId);
  }

  async function onSave(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const outcome = await upsert.submit({ input: form });
    const profile = outcome?.data?.upsertMpnProfile;
    if (!profile) return;
    setSaved(t('profileSaved', { mpnId: profile.mpnId }));
    if (lookedUp === profile.mpnId) reexecute({ requestPolicy: 'network-only' });
  }

  const profile = result.data?.mpnProfile;
  let found = null;
  if (lookedUp) {
    if (result.fetching && !result.data) found = <Loading />;
    else if (result.error) found = <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    else if (!profile) found = <p className="alert alert-info">{t('noProfile', { mpnId: lookedUp })}</p>;
    else
      found = (
        <>
          <dl className="details">
            <dt>{t('mpnId')}</dt>
            <dd>{profile.mpnId}</dd>
            <dt>{t('organizationName')}</dt>
            <dd>{profile.organizationName}</dd>
            <dt>{t('country')}</dt>
            <dd>{profile.country}</dd>
            <dt>{t('profileStatus')}</dt>
            <dd>
              <span className="badge">{t(`MPN_${profile.status}`)}</span>
            </dd>
            <dt>{t('updatedAt')}</dt>
            <dd>{formatDate(profile.updatedAt, true)}</dd>
          </dl>
          <p className="actions">
            <Button
              onClick={() => setForm({ mpnId: profile.mpnId, organizationName: profile.organizationName, country: profile.country, status: profile.status })}
            >
              {t('editProfile')}
            </Button>
          </p>
        </>
      );
  }

  return (
    <Page title={t('mpnTitle')}>
      <p>{t('mpnIntro')}</p>
      <section aria-labelledby="lookup-heading">
        <h2 id="lookup-heading">{t('lookupHeading')}</h2>
        <form onSubmit={onLookUp} className="search-bar" role="search" aria-labelledby="lookup-heading">
          <TextField label={t('findByMpnId')} inputMode="numeric" value={query} onChange={(event) => setQuery(event.target.value)} />
          <SubmitButton variant="secondary">{t('lookUp')}</SubmitButton>
        </form>
        {found}
      </section>
      <section aria-labelledby="upsert-heading">
        <h2 id="upsert-heading">{t('upsertHeading')}</h2>
        {saved ? <StatusMessage>{saved}</StatusMessage> : null}
        <form onSubmit={onSave} noValidate className="form">
          <ErrorMessage>{upsert.errors.form}</ErrorMessage>
          <TextField
            label={t('mpnId')}
            inputMode="numeric"
            value={form.mpnId}
            onChange={set('mpnId')}
            hint={t('mpnIdHint')}
            error={upsert.errors.fields.mpnId}
            required
          />
          <TextField
            label={t('organizationName')}
            value={form.organizationName}
            onChange={set('organizationName')}
            error={upsert.errors.fields.organizationName}
            required
          />
          <CountrySelect
            label={t('country')}
            placeholder={t('chooseCountry')}
            value={form.country}
            onChange={set('country')}
            error={upsert.errors.fields.country}
            required
          />
          <SelectField label={t('profileStatus')} value={form.status} onChange={set('status')} error={upsert.errors.fields.status}>
            <option value="ACTIVE">{t('MPN_ACTIVE')}</option>
            <option value="INACTIVE">{t('MPN_INACTIVE')}</option>
          </SelectField>
          <SubmitButton busy={upsert.busy}>{t('saveProfile')}</SubmitButton>
        </form>
      </section>
    </Page>
  );
}
