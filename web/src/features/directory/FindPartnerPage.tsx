import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { SubmitButton } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { Empty, ErrorMessage, Loading, LoadError, StatusMessage } from '../../components/Feedback';
import { Checkbox, CheckboxGroup, SelectField, TextArea, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { OrganizationSize, PartnerSearchFilter } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n/i18n';
import { useMe } from '../../lib/me';
import { useCursorPages } from '../../lib/use-cursor-pages';
import { useFormMutation, useLoadErrorText } from '../../lib/use-form-mutation';
import { findPartnerMessages as messages } from './find-partner.messages';

const PAGE_SIZE = 10;
const SIZES: OrganizationSize[] = ['SMALL', 'MEDIUM', 'LARGE'] as OrganizationSize[];

const DirectorySearchPartnersDocument = graphql(`
  query DirectorySearchPartners($filter: PartnerSearchFilter, $first: Int, $after: String) {
    searchPartners(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          legalName
          businessProfile {
            description
            city
            country
            organizationSizes
            keywords
          }
        }
      }
    }
  }
`);

const DirectoryContactPartnersDocument = graphql(`
  mutation DirectoryContactPartners($input: ContactPartnersInput!) {
    contactPartners(input: $input) {
      leadId
      contactedPartners {
        id
        legalName
      }
    }
  }
`);

/** R1: search the directory of active partners, pick some, and send them the business need. */
export function FindPartnerPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const loadErrorText = useLoadErrorText();
  const { me } = useMe();
  const [country, setCountry] = useState('');
  const [city, setCity] = useState('');
  const [size, setSize] = useState('');
  const [keywords, setKeywords] = useState('');
  const [filter, setFilter] = useState<PartnerSearchFilter | null>(null);
  const pages = useCursorPages();
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [need, setNeed] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [emailTouched, setEmailTouched] = useState(false);
  const [sent, setSent] = useState<{ names: string[]; email: string } | null>(null);
  const contact = useFormMutation(DirectoryContactPartnersDocument);

  useEffect(() => {
    if (!emailTouched && me?.email) setContactEmail(me.email);
  }, [me?.email, emailTouched]);

  const [result, reload] = useQuery({
    query: DirectorySearchPartnersDocument,
    variables: { filter: filter ?? {}, first: PAGE_SIZE, after: pages.after },
    pause: filter === null,
  });

  function onSearch(event: FormEvent) {
    event.preventDefault();
    pages.reset();
    setSent(null);
    setFilter({
      country: country || null,
      city: city.trim() || null,
      organizationSize: (size || null) as OrganizationSize | null,
      keywords: keywords.trim() || null,
    });
  }

  function toggle(id: string, name: string, on: boolean) {
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });
    if (contact.errors.fields.partnerIds) contact.clearErrors();
  }

  async function onContact(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    if (selected.size === 0) {
      contact.setErrors({ fields: { partnerIds: t('noneSelected') } });
      return;
    }
    const done = await contact.submit({ input: { partnerIds: [...selected.keys()], need, contactEmail } });
    const payload = done?.data?.contactPartners;
    if (payload) {
      setSent({ names: payload.contactedPartners.map((partner) => partner.legalName), email: contactEmail });
      setSelected(new Map());
      setNeed('');
    }
  }

  const regionName = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  const connection = result.data?.searchPartners;

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <form onSubmit={onSearch} noValidate className="search-bar" role="search" aria-label={t('searchLabel')}>
        <CountrySelect label={t('country')} placeholder={t('anyCountry')} value={country} onChange={(e) => setCountry(e.target.value)} />
        <TextField label={t('city')} value={city} onChange={(e) => setCity(e.target.value)} autoComplete="address-level2" />
        <SelectField label={t('size')} value={size} onChange={(e) => setSize(e.target.value)}>
          <option value="">{t('anySize')}</option>
          {SIZES.map((value) => (
            <option key={value} value={value}>
              {t(`size${value}` as 'sizeSMALL')}
            </option>
          ))}
        </SelectField>
        <TextField label={t('keywords')} value={keywords} onChange={(e) => setKeywords(e.target.value)} hint={t('keywordsHint')} type="search" />
        <SubmitButton>{t('search')}</SubmitButton>
      </form>

      {sent ? (
        <StatusMessage>
          {sent.names.length === 1
            ? t('sentOne', { names: sent.names.join(', '), email: sent.email })
            : t('sent', { count: sent.names.length, names: sent.names.join(', '), email: sent.email })}
        </StatusMessage>
      ) : null}

      {filter === null ? null : (
        <>
          <h2>{t('resultsHeading')}</h2>
          {!connection && result.error ? (
            <LoadError message={loadErrorText(result.error)} onRetry={() => reload({ requestPolicy: 'network-only' })} />
          ) : !connection ? (
            <Loading />
          ) : connection.totalCount === 0 ? (
            <Empty>{t('noResults')}</Empty>
          ) : (
            <form onSubmit={onContact} noValidate className="form form-wide">
              <p>{t('found', { count: connection.totalCount })}</p>
              <CheckboxGroup legend={t('resultsLegend')} error={contact.errors.fields.partnerIds}>
                {connection.edges.map(({ node }) => (
                  <div className="card" key={node.id}>
                    <Checkbox
                      label={node.legalName}
                      checked={selected.has(node.id)}
                      onChange={(e) => toggle(node.id, node.legalName, e.target.checked)}
                      hint={
                        node.businessProfile ? (
                          <>
                            {t('location', { city: node.businessProfile.city, country: regionName(node.businessProfile.country) })}
                            {' · '}
                            {t('sizes', { sizes: node.businessProfile.organizationSizes.map((value) => t(`size${value}` as 'sizeSMALL')).join(', ') })}
                            <br />
                            {node.businessProfile.description}
                          </>
                        ) : undefined
                      }
                    />
                  </div>
                ))}
              </CheckboxGroup>
              <Pagination
                shown={connection.edges.length}
                total={connection.totalCount}
                hasNextPage={connection.pageInfo.hasNextPage}
                onNext={() => pages.next(connection.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
              <h2>{t('contactHeading')}</h2>
              <p>{t('selected', { count: selected.size })}</p>
              <ErrorMessage>{contact.errors.form}</ErrorMessage>
              <TextArea
                label={t('need')}
                value={need}
                onChange={(e) => setNeed(e.target.value)}
                hint={t('needHint')}
                error={contact.errors.fields.need}
                rows={5}
                required
              />
              <TextField
                label={t('contactEmail')}
                type="email"
                autoComplete="email"
                value={contactEmail}
                onChange={(e) => {
                  setEmailTouched(true);
                  setContactEmail(e.target.value);
                }}
                hint={t('contactEmailHint')}
                error={contact.errors.fields.contactEmail}
                required
              />
              <SubmitButton busy={contact.busy}>{t('contact')}</SubmitButton>
            </form>
          )}
        </>
      )}
    </Page>
  );
}
