import { Link, Navigate } from 'react-router';
import { navigationFor } from '../../app/Layout';
import { Loading } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/i18n';
import { useMe } from '../../lib/me';
import { useSession } from '../../lib/session';
import { messages } from './messages';

/** `/`: a signed-in person goes to their first page; anyone else is welcomed and offered sign-in. */
export function HomePage() {
  const t = useT(messages);
  const { token } = useSession();
  const { me, fetching } = useMe();
  if (token) {
    if (!me && fetching) return <Loading />;
    const first = navigationFor(me)[0];
    if (first) return <Navigate to={first.to} replace />;
  }
  return (
    <Page title={t('welcomeTitle')}>
      <p>{t('welcomeText')}</p>
      <p className="actions">
        <Link className="button-primary" to="/sign-in">
          {t('signIn')}
        </Link>
        <Link className="button-secondary" to="/sign-up">
          {t('createOne')}
        </Link>
      </p>
    </Page>
  );
}
