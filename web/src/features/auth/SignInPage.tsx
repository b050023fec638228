import { FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/RequireAuth';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useT } from '../../i18n/i18n';
import { useSession } from '../../lib/session';
import { useFormMutation } from '../../lib/use-form-mutation';
import { messages } from './messages';

const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      mustChangePassword
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
    }
  }
`);

/** Sign-in (DESIGN §6), then the forced password change of a temporary password (R12), then back to the link. */
export function SignInPage() {
  const t = useT(messages);
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useFormMutation(SignInDocument);
  const change = useFormMutation(ChangePasswordDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [mustChange, setMustChange] = useState(false);

  async function onSignIn(event: FormEvent) {
    event.preventDefault();
    const result = await signIn.submit({ input: { email, password } });
    const payload = result?.data?.signIn;
    if (!payload) return;
    session.signIn(payload.token);
    if (payload.mustChangePassword) setMustChange(true);
    else navigate(next, { replace: true });
  }

  async function onChange(event: FormEvent) {
    event.preventDefault();
    const result = await change.submit({ input: { currentPassword: password, newPassword } });
    const payload = result?.data?.changePassword;
    if (!payload) return;
    session.signIn(payload.token);
    navigate(next, { replace: true });
  }

  if (mustChange) {
    return (
      <Page title={t('changeTitle')}>
        <p>{t('changeIntro')}</p>
        <form onSubmit={onChange} noValidate className="form">
          <ErrorMessage>{change.errors.form}</ErrorMessage>
          <TextField
            label={t('currentPassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={change.errors.fields.currentPassword}
            required
          />
          <TextField
            label={t('newPassword')}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            hint={t('newPasswordHint')}
            error={change.errors.fields.newPassword}
            required
          />
          <SubmitButton busy={change.busy}>{t('changePassword')}</SubmitButton>
        </form>
      </Page>
    );
  }

  return (
    <Page title={t('signInTitle')}>
      {session.signedOutReason === 'expired' ? <ErrorMessage>{t('expired')}</ErrorMessage> : null}
      {session.signedOutReason === 'signedOut' ? <StatusMessage>{t('signedOut')}</StatusMessage> : null}
      <form onSubmit={onSignIn} noValidate className="form">
        <ErrorMessage>{signIn.errors.form}</ErrorMessage>
        <TextField
          label={t('email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={signIn.errors.fields.email}
          required
        />
        <TextField
          label={t('password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={signIn.errors.fields.password}
          required
        />
        <SubmitButton busy={signIn.busy}>{t('signIn')}</SubmitButton>
      </form>
      <p>
        {t('noAccount')} <Link to={`/sign-up${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('createOne')}</Link>
      </p>
    </Page>
  );
}
