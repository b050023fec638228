import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button, SubmitButton } from './Button';
import { ErrorMessage, StatusMessage } from './Feedback';
import { TextArea, TextField } from './Field';
import { graphql } from '../gql';
import { useT } from '../i18n/i18n';
import { useFormMutation } from '../lib/use-form-mutation';
import { draftMessages } from './draft-email.messages';

const SendDraftDocument = graphql(`
  mutation DraftEmailSend($input: SendRelationshipRequestEmailInput!) {
    sendRelationshipRequestEmail(input: $input) {
      id
      to
      status
    }
  }
`);

/** A `mailto:` link carrying the draft, for people who prefer their own email program. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * The invitation's draft email (R17, R19): editable subject and message, Copy, Open in email,
 * Send (the graph refuses a message without the personalised link, beside "Message"; an invitation
 * no longer PENDING, in place of Send), and Done.
 */
export function DraftEmailPanel({
  requestId,
  to,
  subject: draftSubject,
  body: draftBody,
  onDone,
}: {
  requestId: string;
  to: string;
  subject: string;
  body: string;
  onDone(): void;
}) {
  const t = useT(draftMessages);
  const [subject, setSubject] = useState(draftSubject);
  const [body, setBody] = useState(draftBody);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const send = useFormMutation(SendDraftDocument);
  const heading = useRef<HTMLHeadingElement>(null);
  // R17: the graph answers CONFLICT once the invitation is no longer PENDING (accepted, declined,
  // cancelled, expired). That is final: its sentence takes the place of Send, which is not offered again.
  const ended = send.errors.code === 'CONFLICT' ? send.errors.form : undefined;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // A sent draft is not sent again until its text changes: a double click, even one slower than
  // the request, sends one email.
  const sent = useRef(false);
  const edit = (set: (value: string) => void) => (value: string) => {
    sent.current = false;
    setSentTo(null);
    set(value);
  };

  async function onSend(event: FormEvent) {
    event.preventDefault();
    if (sent.current) return;
    const result = await send.submit({ input: { requestId, to, subject, body } });
    if (result?.data?.sendRelationshipRequestEmail) {
      sent.current = true;
      setSentTo(result.data.sendRelationshipRequestEmail.to);
    }
  }

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="card" aria-labelledby="draft-email-title">
      <h2 id="draft-email-title" ref={heading} tabIndex={-1}>
        {t('draftTitle')}
      </h2>
      <p>{t('draftIntro')}</p>
      <form onSubmit={onSend} noValidate className="form form-wide">
        <ErrorMessage>{ended ? null : (send.errors.form ?? send.errors.fields.to ?? send.errors.fields.requestId)}</ErrorMessage>
        <p>
          <strong>{t('to')}:</strong> {to}
        </p>
        <TextField
          label={t('subject')}
          value={subject}
          onChange={(e) => edit(setSubject)(e.target.value)}
          error={send.errors.fields.subject}
          required
          maxLength={200}
        />
        <TextArea label={t('message')} value={body} onChange={(e) => edit(setBody)(e.target.value)} error={send.errors.fields.body} required rows={14} />
        {sentTo ? <StatusMessage>{t('sentTo', { to: sentTo })}</StatusMessage> : null}
        {copied === 'yes' ? <StatusMessage>{t('copied')}</StatusMessage> : null}
        {copied === 'failed' ? <ErrorMessage>{t('copyFailed')}</ErrorMessage> : null}
        <ErrorMessage>{ended}</ErrorMessage>
        <div className="actions">
          {ended ? null : (
            <SubmitButton busy={send.busy} aria-disabled={send.busy || sentTo !== null || undefined}>
              {t('send')}
            </SubmitButton>
          )}
          <Button onClick={onCopy}>{t('copy')}</Button>
          <a className="button-secondary" href={mailtoHref(to, subject, body)}>
            {t('openInEmail')}
          </a>
          <Button onClick={onDone}>{t('done')}</Button>
        </div>
      </form>
    </section>
  );
}
