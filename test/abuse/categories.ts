/** What the corpus holds, by kind of hostility; the report counts each. */
export const CATEGORIES = {
  wrongType: 'wrong types',
  nonUuid: 'non-UUID ids',
  empty: 'empty strings and lists',
  tooLong: '10x the documented length',
  unicode: 'confusables, RTL, zero-width',
  html: 'HTML and script',
  crlf: 'CRLF header injection',
  sql: 'SQL-shaped strings',
  otherTenant: "other tenants' ids",
  deep: 'deep queries',
  wide: 'wide queries',
  aliasBomb: 'alias bombs',
  fragmentBomb: 'fragment bombs and cycles',
  batched: 'batched operations',
  directives: 'directive overloading',
  malformed: 'malformed HTTP requests',
  tokenExpired: 'expired tokens',
  tokenForged: 'forged tokens',
  tokenWrongAudience: 'wrong-audience tokens',
  tokenAlgNone: 'alg:none tokens',
  tokenGarbage: 'garbage tokens',
} as const;

export type Category = keyof typeof CATEGORIES;

/** Values put into one argument (or input field) of an operation. */
export type ValueCategory = 'wrongType' | 'nonUuid' | 'empty' | 'tooLong' | 'unicode' | 'html' | 'crlf' | 'sql' | 'otherTenant';

export type TokenCategory = 'tokenExpired' | 'tokenForged' | 'tokenWrongAudience' | 'tokenAlgNone' | 'tokenGarbage';

export const TARGETS = ['gateway', 'enrollment', 'relationship', 'agreement', 'notification'] as const;
export type Target = (typeof TARGETS)[number];
export type Subgraph = Exclude<Target, 'gateway'>;
