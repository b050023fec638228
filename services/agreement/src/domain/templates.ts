import { DomainError, invalid } from '@channelgraph/common/domain';

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
  /** R4: until when customers that accepted an earlier version may go on transacting; absent: they stop at once. */
  reacceptanceDeadline?: Date | null;
}

export interface ValidTemplate {
  type: AgreementType;
  version: string;
  documentUrl: string;
  language: string;
  reacceptanceDeadline: Date | null;
}

/** The longest grace a new version may give: a year and a day. */
export const MAX_REACCEPTANCE_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

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

function checkReacceptanceDeadline(deadline: Date | null | undefined, now: Date): Date | null {
  if (deadline === null || deadline === undefined) return null;
  if (Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime()) {
    throw invalid('reacceptanceDeadline', 'The reacceptance deadline must be in the future; leave it empty to require the new version at once.');
  }
  if (deadline.getTime() - now.getTime() > MAX_REACCEPTANCE_DAYS * DAY_MS) {
    throw invalid('reacceptanceDeadline', `The reacceptance deadline can be at most ${MAX_REACCEPTANCE_DAYS} days away.`);
  }
  return deadline;
}

/** Validates and normalizes a new version, naming the first field that is wrong. */
export function validateTemplate(input: PublishTemplateInput, now: Date): ValidTemplate {
  return {
    type: checkAgreementType('type', input.type),
    version: checkVersion(input.version),
    documentUrl: checkDocumentUrl(input.documentUrl),
    language: checkLanguage(input.language),
    reacceptanceDeadline: checkReacceptanceDeadline(input.reacceptanceDeadline, now),
  };
}

/** What the current version of a type holds, as publishing needs it. */
export interface CurrentVersion {
  id: string;
  version: string;
  reacceptanceDeadline: Date | null;
  versionsAcceptedUntilDeadline: readonly string[];
}

/**
 * What publishing does (R4). A version label not published before is a new version: it becomes the current one,
 * and with a deadline the acceptances of the version it replaces count until then, and so do the earlier
 * versions whose own deadline had not passed yet (a customer in good standing stays so). The current version's
 * label in another language is a translation: same version, same deadline, nobody has to accept again.
 */
export type Publication =
  { kind: 'NEW_VERSION'; reacceptanceDeadline: Date | null; versionsAcceptedUntilDeadline: string[] } | { kind: 'TRANSLATION'; of: CurrentVersion };

export function publicationOf(template: ValidTemplate, current: CurrentVersion | null, labelPublished: boolean, now: Date): Publication {
  if (current && template.version === current.version) {
    if (template.reacceptanceDeadline) {
      throw invalid(
        'reacceptanceDeadline',
        `This is a translation of the current version ${current.version}, which keeps that version's deadline; leave the reacceptance deadline empty.`,
      );
    }
    return { kind: 'TRANSLATION', of: current };
  }
  if (labelPublished) {
    throw new DomainError(
      'CONFLICT',
      `Version ${template.version} of the ${AGREEMENT_NAMES[template.type]} has been replaced${current ? ` by version ${current.version}` : ''}; only the current version can be published in another language.`,
      'version',
    );
  }
  const deadline = current ? template.reacceptanceDeadline : null;
  const stillHonoured = current?.reacceptanceDeadline && current.reacceptanceDeadline.getTime() > now.getTime() ? current.versionsAcceptedUntilDeadline : [];
  return {
    kind: 'NEW_VERSION',
    reacceptanceDeadline: deadline,
    versionsAcceptedUntilDeadline: deadline && current ? [...new Set([current.version, ...stillHonoured])] : [],
  };
}

/**
 * The document of the current version a reader gets: the language asked for, else the same language of another
 * region (de for de-CH), else English, else the first one published. `templates`: the version's languages, oldest first.
 */
export function inLanguage<T extends { language: string }>(templates: readonly T[], language: string | null | undefined): T | undefined {
  const wanted = (language ?? DEFAULT_LANGUAGE).trim().toLowerCase();
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return (
    templates.find((template) => template.language.toLowerCase() === wanted) ??
    templates.find((template) => base(template.language) === base(wanted)) ??
    templates.find((template) => template.language === DEFAULT_LANGUAGE) ??
    templates[0]
  );
}
