import { defineMessages } from '../i18n/i18n';

/** The reasons an operator gives for rejecting an application (R10), as the operator and the applicant read them. */
export const reasonCodeMessages = defineMessages({
  en: {
    code_MPN_INACTIVE: 'MPN profile not active',
    code_MPN_COUNTRY_MISMATCH: 'MPN profile in another country',
    code_CONTACT_NOT_VERIFIED: 'Primary contact not confirmed',
    code_LEGAL_NAME_MISMATCH: 'Legal name does not match the MPN profile',
    code_DOCUMENTS_REQUIRED: 'Documents required',
    code_OTHER: 'Other',
  },
  it: {
    code_MPN_INACTIVE: 'Profilo MPN non attivo',
    code_MPN_COUNTRY_MISMATCH: 'Profilo MPN di un altro paese',
    code_CONTACT_NOT_VERIFIED: 'Contatto principale non confermato',
    code_LEGAL_NAME_MISMATCH: 'La ragione sociale non corrisponde al profilo MPN',
    code_DOCUMENTS_REQUIRED: 'Documenti necessari',
    code_OTHER: 'Altro',
  },
});
