import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { Checkbox } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useMe } from '../../lib/me';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';

const PartnersCurrentAgreementDocument = graphql(`
  query PartnersCurrentAgreement($id: ID!) {
    currentAgreement(type: CUSTOMER_AGREEMENT) {
      id
      version
      documentUrl
    }
    customer(id: $id) {
      id
      hasAcceptedCurrentAgreement
      agreementAcceptances {
        id
        acceptedAt
        template {
          id
        }
      }
    }
  }
`);

const PartnersAcceptAgreementDocument = graphql(`
  mutation PartnersAcceptAgreement($input: AcceptAgreementInput!) {
    acceptAgreement(input: $input) {
      id
      acceptedAt
      template {
        id
        version
      }
    }
  }
`);

/** R4: the customer's global admin reads and accepts the current Customer Agreement. */
export function AcceptAgreementPage() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const { me, error: meError } = useMe();
  const tenantId = me?.tenant.id;
  const [result, reload] = useQuery({
    query: PartnersCurrentAgreementDocument,
    variables: { id: tenantId ?? '' },
    pause: !tenantId,
    requestPolicy: 'cache-and-network',
  });
  const accept = useFormMutation(PartnersAcceptAgreementDocument);
  const [confirmRead, setConfirmRead] = useState(false);
  const [acceptedNow, setAcceptedNow] = useState<string | null>(null);

  const agreement = result.data?.currentAgreement;
  const customer = result.data?.customer;
  const error = result.error ?? meError;
  if (!agreement || !customer) {
    return (
      <Page title={t('agreementTitle')}>
        {error && !result.data ? <LoadError message={loadErrorText(error)} onRetry={() => reload({ requestPolicy: 'network-only' })} /> : <Loading />}
      </Page>
    );
  }

  if (acceptedNow) {
    return (
      <Page title={t('agreementTitle')}>
        <StatusMessage>{t('acceptedNow', { version: acceptedNow })}</StatusMessage>
        <p>
          <Link to="/partners">{t('toPartners')}</Link>
        </p>
      </Page>
    );
  }

  if (customer.hasAcceptedCurrentAgreement) {
    const acceptance = customer.agreementAcceptances.find((candidate) => candidate.template.id === agreement.id);
    return (
      <Page title={t('agreementTitle')}>
        <StatusMessage>
          {acceptance
            ? t('alreadyAccepted', { version: agreement.version, date: formatDate(acceptance.acceptedAt) })
            : t('alreadyAcceptedNoDate', { version: agreement.version })}
        </StatusMessage>
        <p>
          <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('agreementDocument', { version: agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
          </a>
        </p>
        <p>
          <Link to="/partners">{t('toPartners')}</Link>
        </p>
      </Page>
    );
  }

  async function onAccept(event: FormEvent) {
    event.preventDefault();
    if (!confirmRead) {
      accept.setErrors({ fields: { confirmRead: t('confirmReadMissing') } });
      return;
    }
    const done = await accept.submit({ input: { templateId: agreement!.id, confirmRead } });
    const acceptance = done?.data?.acceptAgreement;
    if (acceptance) setAcceptedNow(acceptance.template.version);
  }

  const confirmError = accept.errors.fields.confirmRead;
  return (
    <Page title={t('agreementTitle')}>
      <p>{t('agreementIntro')}</p>
      <form onSubmit={onAccept} noValidate className="form">
        <ErrorMessage>{accept.errors.form ?? accept.errors.fields.templateId}</ErrorMessage>
        <p>
          <a href={agreement.documentUrl} target="_blank" rel="noopener noreferrer">
            {t('agreementDocument', { version: agreement.version })} <span className="visually-hidden">{t('newTab')}</span>
          </a>
        </p>
        <Checkbox
          label={t('confirmRead')}
          checked={confirmRead}
          onChange={(event) => {
            setConfirmRead(event.target.checked);
            if (confirmError) accept.clearErrors();
          }}
          error={confirmError}
        />
        <SubmitButton busy={accept.busy}>{t('accept')}</SubmitButton>
      </form>
    </Page>
  );
}
