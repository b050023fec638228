import { Link } from 'react-router';
import { useT } from '../../i18n/i18n';
import { messages } from './messages';

/** R4: a customer with partners but without the current Customer Agreement is told, with the way to accept it. */
export function AgreementNotice() {
  const t = useT(messages);
  return (
    <div className="alert alert-info">
      <p>{t('agreementDue')}</p>
      <p>
        <Link to="/agreements/accept">{t('agreementLink')}</Link>
      </p>
    </div>
  );
}
