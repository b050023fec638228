import { ReactNode } from 'react';
import { LoadError, Loading } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { useT } from '../../i18n/i18n';
import { isOperator, useMe } from '../../lib/me';
import { useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

/** An operator page: anyone else reads whom it is for, under the page's own title. */
export function OperatorOnly({ title, children }: { title: string; children: ReactNode }) {
  const t = useT(messages);
  const { me, fetching, error, refetch } = useMe();
  const loadErrorText = useLoadErrorText();
  if (!me && fetching) return <Loading />;
  if (!me) return <LoadError message={loadErrorText(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!isOperator(me))
    return (
      <Page title={title}>
        <p className="alert alert-info">{t('operatorsOnly')}</p>
      </Page>
    );
  return <>{children}</>;
}
