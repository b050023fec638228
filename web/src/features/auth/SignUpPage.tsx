import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/RequireAuth';
import { SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { ErrorMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../lib/session';
import { useFormMutation } from '../../lib/use-form-mutation';
import { messages } from './messages';

const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

/** A new organisation (work account) and its global admin; signs the person in (R9: "one can be created"). */
export function SignUpPage() {
  const t = useT(messages);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const { submit, busy, errors } = useFormMutation(SignUpDocument);
  const [form, setForm] = useState({ displayName: '', domain: '', country: '', fullName: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await submit({
      input: {
        displayName: form.displayName,
        domain: form.domain,
        country: form.country,
        admin: { fullName: form.fullName, email: form.email, password: form.password },
      },
    });
    const token = result?.data?.signUp.token;
    if (!token) return;
    session.signIn(token);
    navigate(next, { replace: true });
  }

  return (
    <Page title={t('signUpTitle')}>
      <p>{t('signUpIntro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorMessage>{errors.form}</ErrorMessage>
        <TextField
          label={t('organisationName')}
          autoComplete="organization"
          value={form.displayName}
          onChange={set('displayName')}
          error={errors.fields.displayName}
          required
        />
        <TextField label={t('domain')} value={form.domain} onChange={set('domain')} hint={t('domainHint')} error={errors.fields.domain} required />
        <CountrySelect
          label={t('country')}
          placeholder={t('chooseCountry')}
          value={form.country}
          onChange={set('country')}
          error={errors.fields.country}
          required
        />
        <TextField
          label={t('fullName')}
          autoComplete="name"
          value={form.fullName}
          onChange={set('fullName')}
          error={errors.fields['admin.fullName']}
          required
        />
        <TextField
          label={t('email')}
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={errors.fields['admin.email']}
          required
        />
        <TextField
          label={t('password')}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          hint={t('newPasswordHint')}
          error={errors.fields['admin.password']}
          required
        />
        <SubmitButton busy={busy}>{t('createAccount')}</SubmitButton>
      </form>
      <p>
        {t('haveAccount')} <Link to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('signIn')}</Link>
      </p>
    </Page>
  );
}
