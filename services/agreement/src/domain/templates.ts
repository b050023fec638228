import { invalid } from '@channelgraph/common/domain';

export const AGREEMENT_TYPES = ['CUSTOMER_AGREEMENT', 'PARTNER_AGREEMENT'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/** How people name the agreements in sentences. */
export const AGREEMENT_NAMES: Record<AgreementType, string> = {
  CUSTOMER_AGREEMENT: 'Customer Agreement',
  PARTNER_AGREEMENT: 'Partner Agreement',
};

export interface PublishTemplateInput {
  type: string;
  version: string;
  documentUrl: string;
  language?: string | null;
}

export interface ValidTemplate {
  type: AgreementType;
  version: string;
  documentUrl: string;
  language: string;
}

const VERSION = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;
export const DEFAULT_LANGUAGE = 'en';

export function checkAgreementType(field: string, type: string): AgreementType {
  if (!(AGREEMENT_TYPES as readonly string[]).includes(type)) throw invalid(field, `type must be one of ${AGREEMENT_TYPES.join(', ')}.`);
  return type as AgreementType;
}

function checkVersion(version: string): string {
  const trimmed = version.trim();
  if (!VERSION.test(trimmed)) {
    throw invalid('version', 'A version is 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. 2 or 2026.1).');
  }
  return trimmed;
}

/** Customers open the document from the acceptance page: it must be a full https address, without credentials in it. */
function checkDocumentUrl(documentUrl: string): string {
  let url: URL;
  try {
    url = new URL(documentUrl.trim());
  } catch {
    throw invalid('documentUrl', `"${documentUrl}" is not a web address; give the full https address of the document.`);
  }
  if (url.protocol !== 'https:') throw invalid('documentUrl', 'The document must be served over https, so customers read exactly what was published.');
  if (url.username || url.password) throw invalid('documentUrl', 'The document address must not contain a user name or password.');
  const normalized = url.toString();
  if (normalized.length > 2000) throw invalid('documentUrl', 'The document address is too long (at most 2,000 characters).');
  return normalized;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 tag in its canonical form (en, de-CH, pt-BR) whose language ICU knows, so customers can be shown its name. */
function checkLanguage(language: string | null | undefined): string {
  const given = language?.trim() || DEFAULT_LANGUAGE;
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(given);
  } catch {
    canonical = undefined;
  }
  if (!canonical || canonical.length > 16 || !languageNames.of(new Intl.Locale(canonical).language)) {
    throw invalid('language', `"${given}" is not a known language tag; use one like en, de or pt-BR.`);
  }
  return canonical;
}

/** Validates and normalizes a new version, naming the first field that is wrong. */
export function validateTemplate(input: PublishTemplateInput): ValidTemplate {
  return {
    type: checkAgreementType('type', input.type),
    version: checkVersion(input.version),
    documentUrl: checkDocumentUrl(input.documentUrl),
    language: checkLanguage(input.language),
  };
}
