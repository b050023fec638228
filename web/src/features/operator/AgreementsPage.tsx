import { FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { Empty, ErrorMessage, LoadError, Loading, StatusMessage } from '../../components/Feedback';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { graphql } from '../../gql';
import type { AgreementType } from '../../gql/graphql';
import { useFormatDate, useT } from '../../i18n/i18n';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { messages } from './messages';
import { OperatorOnly } from './OperatorOnly';

const OperatorAgreementTemplatesDocument = graphql(`
  query OperatorAgreementTemplates($type: AgreementType!) {
    agreementTemplates(type: $type) {
      id
      type
      version
      language
      documentUrl
      publishedAt
      isCurrent
      reacceptanceDeadline
    }
  }
`);

const OperatorPublishAgreementTemplateDocument = graphql(`
  mutation OperatorPublishAgreementTemplate($input: PublishAgreementTemplateInput!) {
    publishAgreementTemplate(input: $input) {
      id
      version
      isCurrent
    }
  }
`);

const TYPES: AgreementType[] = ['CUSTOMER_AGREEMENT', 'PARTNER_AGREEMENT'];

export function AgreementsPage() {
  const t = useT(messages);
  return (
    <OperatorOnly title={t('agreementsTitle')}>
      <Agreements />
    </OperatorOnly>
  );
}

/** `/operator/agreements`: the published versions of each agreement, and publishing the next one (R3, R4). */
function Agreements() {
  const t = useT(messages);
  const formatDate = useFormatDate();
  const loadErrorText = useLoadErrorText();
  const [type, setType] = useState<AgreementType>('CUSTOMER_AGREEMENT');
  const [result, reexecute] = useQuery({ query: OperatorAgreementTemplatesDocument, variables: { type }, requestPolicy: 'cache-and-network' });
  const publish = useFormMutation(OperatorPublishAgreementTemplateDocument);
  const [form, setForm] = useState({ version: '', documentUrl: '', language: 'en', reacceptanceDeadline: '' });
  const [published, setPublished] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const typeName = t(type);

  async function onPublish(event: FormEvent) {
    event.preventDefault();
    setPublished(null);
    // A date alone: the deadline is the end of that day, in UTC, as the email and the customer's page show it.
    const reacceptanceDeadline = form.reacceptanceDeadline ? `${form.reacceptanceDeadline}T23:59:59.999Z` : null;
    const outcome = await publish.submit({
      input: { type, version: form.version, documentUrl: form.documentUrl, language: form.language, reacceptanceDeadline },
    });
    const template = outcome?.data?.publishAgreementTemplate;
    if (!template) return;
    setPublished(t('publishedMessage', { version: template.version, type: typeName }));
    setForm({ version: '', documentUrl: '', language: form.language, reacceptanceDeadline: '' });
    reexecute({ requestPolicy: 'network-only' });
  }

  const templates = result.data?.agreementTemplates;
  let list;
  if (!templates && result.fetching) list = <Loading />;
  else if (!templates) list = <LoadError message={loadErrorText(result.error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (templates.length === 0) list = <Empty>{t('noVersions')}</Empty>;
  else
    list = (
      <table>
        <caption>{t('versions', { type: typeName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('language')}</th>
            <th scope="col">{t('document')}</th>
            <th scope="col">{t('published')}</th>
            <th scope="col">{t('reacceptanceDeadline')}</th>
            <th scope="col">{t('current')}</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <th scope="row">{template.version}</th>
              <td>{template.language}</td>
              <td>
                <a href={template.documentUrl} target="_blank" rel="noreferrer noopener">
                  {t('openDocument', { type: typeName, version: template.version })}
                </a>
              </td>
              <td>{formatDate(template.publishedAt, true)}</td>
              <td>{template.reacceptanceDeadline ? formatDate(template.reacceptanceDeadline) : t('noDeadline')}</td>
              <td>{template.isCurrent ? <span className="badge">{t('current')}</span> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <Page title={t('agreementsTitle')}>
      <p>{t('agreementsIntro')}</p>
      <div className="search-bar">
        <SelectField label={t('agreementType')} value={type} onChange={(event) => setType(event.target.value as AgreementType)}>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(value)}
            </option>
          ))}
        </SelectField>
      </div>
      {list}
      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">{t('publishHeading', { type: typeName })}</h2>
        <p>{t('publishWarning')}</p>
        {published ? <StatusMessage>{published}</StatusMessage> : null}
        <form onSubmit={onPublish} noValidate className="form">
          <ErrorMessage>{publish.errors.form}</ErrorMessage>
          <TextField
            label={t('version')}
            value={form.version}
            onChange={set('version')}
            hint={t('versionHint')}
            error={publish.errors.fields.version}
            required
          />
          <TextField
            label={t('documentUrl')}
            type="url"
            value={form.documentUrl}
            onChange={set('documentUrl')}
            hint={t('documentUrlHint')}
            error={publish.errors.fields.documentUrl}
            required
          />
          <TextField
            label={t('language')}
            value={form.language}
            onChange={set('language')}
            hint={t('languageHint')}
            error={publish.errors.fields.language}
            required
          />
          {type === 'CUSTOMER_AGREEMENT' ? (
            <TextField
              label={t('reacceptanceDeadline')}
              type="date"
              value={form.reacceptanceDeadline}
              onChange={set('reacceptanceDeadline')}
              hint={t('reacceptanceDeadlineHint')}
              error={publish.errors.fields.reacceptanceDeadline}
            />
          ) : null}
          <SubmitButton busy={publish.busy}>{t('publishVersion')}</SubmitButton>
        </form>
      </section>
    </Page>
  );
}
