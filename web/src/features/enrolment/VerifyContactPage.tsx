import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useT } from '../../i18n/i18n';
import { useFormMutation } from '../../lib/use-form-mutation';
import { messages } from './messages';

const EnrolmentVerifyContactDocument = graphql(`
  mutation EnrolmentVerifyContact($input: VerifyPrimaryContactInput!) {
    verifyPrimaryContact(input: $input) {
      id
      legalName
      status
    }
  }
`);

/**
 * `/verify-contact?token=`: the primary contact confirms their address; no account needed.
 * Verification waits for a click on a button rather than running on load: mail security scanners
 * open every link in an email, and a one-use link consumed on load would be spent by the scanner
 * before the person ever sees it.
 */
export function VerifyContactPage() {
  const t = useT(messages);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { submit, busy, errors } = useFormMutation(EnrolmentVerifyContactDocument);
  const [verifiedName, setVerifiedName] = useState<string | null>(null);

  async function verify() {
    const result = await submit({ input: { token } });
    const partner = result?.data?.verifyPrimaryContact;
    if (partner) setVerifiedName(partner.legalName);
  }

  if (verifiedName !== null) {
    return (
      <Page title={t('verifyTitle')}>
        <StatusMessage>
          <h2>{t('verifiedHeading')}</h2>
          <p>{t('verifiedText', { name: verifiedName })}</p>
        </StatusMessage>
      </Page>
    );
  }

  if (!token) {
    return (
      <Page title={t('verifyTitle')}>
        <ErrorMessage>
          <p>{t('noToken')}</p>
          <p>{t('brokenLinkAdvice')}</p>
        </ErrorMessage>
      </Page>
    );
  }

  const refusal = errors.fields.token ?? errors.form;
  return (
    <Page title={t('verifyTitle')}>
      {errors.code === 'CONFLICT' ? (
        <StatusMessage>{t('usedLink')}</StatusMessage>
      ) : refusal ? (
        <ErrorMessage>
          <p>{refusal}</p>
          {errors.fields.token ? <p>{t('brokenLinkAdvice')}</p> : null}
        </ErrorMessage>
      ) : null}
      {errors.code === 'CONFLICT' || errors.fields.token ? null : (
        <>
          <p>{t('verifyIntro')}</p>
          <p className="actions">
            <Button variant="primary" busy={busy} onClick={verify}>
              {t('verifyButton')}
            </Button>
          </p>
        </>
      )}
    </Page>
  );
}
