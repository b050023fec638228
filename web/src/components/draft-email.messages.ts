import { defineMessages } from '../i18n/i18n';

/** The words of the draft invitation email (R17, R19). */
export const draftMessages = defineMessages({
  en: {
    draftTitle: 'Draft email',
    draftIntro:
      'Edit the text as you like, but keep the personalised link: the recipient needs it. Send it from here, or copy it or open it in your email program.',
    to: 'To',
    subject: 'Subject',
    message: 'Message',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Your browser did not allow copying. Select the text of the message and copy it yourself.',
    openInEmail: 'Open in email',
    send: 'Send',
    sentTo: 'Sent to {to}.',
    done: 'Done',
  },
  it: {
    draftTitle: 'Bozza dell’email',
    draftIntro:
      'Modifica il testo come preferisci, ma lascia il link personalizzato: serve al destinatario. Invialo da qui, oppure copialo o aprilo nel tuo programma di posta.',
    to: 'A',
    subject: 'Oggetto',
    message: 'Messaggio',
    copy: 'Copia',
    copied: 'Copiato',
    copyFailed: 'Il browser non ha consentito la copia. Seleziona il testo del messaggio e copialo tu.',
    openInEmail: 'Apri nell’email',
    send: 'Invia',
    sentTo: 'Inviata a {to}.',
    done: 'Fatto',
  },
});
