import { Link } from 'react-router';
import { Page } from '../components/Page';
import { common } from '../i18n/common';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT(common);
  return (
    <Page title={t('notFoundTitle')}>
      <p>{t('notFoundText')}</p>
      <p>
        <Link to="/">{t('home')}</Link>
      </p>
    </Page>
  );
}
