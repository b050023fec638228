import { notificationConfigSchema } from '../src/config';
import { messageIdDomainOf, messageIdOf, outcomeOfFailure, RetryPolicy } from '../src/mail/mailer';

const smtpError = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });
const noConnection = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' });

/** The policy as the settings give it: MAIL_GIVE_UP_AFTER_HOURS in hours, fractions allowed. */
const policyOf = (giveUpAfterHours: string): RetryPolicy => {
  const { MAIL_RETRY_BASE_MS, MAIL_RETRY_MAX_MS, MAIL_GIVE_UP_AFTER_HOURS } = notificationConfigSchema
    .pick({ MAIL_RETRY_BASE_MS: true, MAIL_RETRY_MAX_MS: true, MAIL_GIVE_UP_AFTER_HOURS: true })
    .parse({
      MAIL_GIVE_UP_AFTER_HOURS: giveUpAfterHours,
    });
  return { retryBaseMs: MAIL_RETRY_BASE_MS, retryMaxMs: MAIL_RETRY_MAX_MS, giveUpAfterMs: MAIL_GIVE_UP_AFTER_HOURS * 3_600_000 };
};

describe('what a failed attempt leaves on an email', () => {
  const now = new Date('2026-01-02T12:00:00Z');
  const queuedAgo = (ms: number) => ({ queuedAt: new Date(now.getTime() - ms) });

  it('fails an email at once when the server refuses it for good (5xx)', () => {
    const outcome = outcomeOfFailure(smtpError(550, '550 5.1.1 mailbox unavailable'), queuedAgo(0), 1, policyOf('24'), now);
    expect(outcome).toMatchObject({ status: 'FAILED', lastError: '550 5.1.1 mailbox unavailable' });
  });

  it('retries a temporary failure, no connection or a send past its deadline with capped backoff, however many attempts', () => {
    const policy = policyOf('24');
    for (const error of [smtpError(451, '451 try again later'), noConnection, Object.assign(new Error('no answer within 30000 ms'), { code: 'ETIMEDOUT' })]) {
      expect(outcomeOfFailure(error, queuedAgo(60_000), 1, policy, now)).toMatchObject({ status: 'QUEUED', nextAttemptAt: new Date(now.getTime() + 2000) });
      // Far past the old ceiling of 8 attempts, and the wait stays at MAIL_RETRY_MAX_MS.
      expect(outcomeOfFailure(error, queuedAgo(3_600_000), 200, policy, now)).toMatchObject({
        status: 'QUEUED',
        nextAttemptAt: new Date(now.getTime() + 300_000),
      });
    }
  });

  it('gives up on an email still failing once it is MAIL_GIVE_UP_AFTER_HOURS old, and says why', () => {
    // 0.001 h is 3.6 s: an email queued 4 s ago that still cannot go is FAILED, one queued 3 s ago is retried.
    const policy = policyOf('0.001');
    expect(outcomeOfFailure(noConnection, queuedAgo(3000), 3, policy, now).status).toBe('QUEUED');
    const outcome = outcomeOfFailure(noConnection, queuedAgo(4000), 4, policy, now);
    expect(outcome.status).toBe('FAILED');
    expect(outcome.lastError).toBe('not sent within 0.001 h (MAIL_GIVE_UP_AFTER_HOURS), 4 attempts; last: connect ECONNREFUSED 127.0.0.1:25');
  });

  it('gives up after 24 hours and ends a send after 30 s unless told otherwise, and refuses nonsense', () => {
    const { MAIL_GIVE_UP_AFTER_HOURS: giveUp, MAIL_SEND_TIMEOUT_MS: sendTimeout } = notificationConfigSchema.shape;
    expect(giveUp.parse(undefined)).toBe(24);
    expect(sendTimeout.parse(undefined)).toBe(30000);
    for (const wrong of ['0', '-1', 'a day']) expect(giveUp.safeParse(wrong).success).toBe(false);
    for (const wrong of ['0', '1.5', 'soon']) expect(sendTimeout.safeParse(wrong).success).toBe(false);
  });
});

describe('the Message-ID of an email', () => {
  it('is the notification id at the domain of MAIL_FROM, the same on every attempt', () => {
    expect(messageIdOf('0b6f2c1e-7d1a-4c39-9a57-3e2f7c1d9b10', messageIdDomainOf('channelgraph <no-reply@channelgraph.local>'))).toBe(
      '<0b6f2c1e-7d1a-4c39-9a57-3e2f7c1d9b10@channelgraph.local>',
    );
    expect(messageIdDomainOf('"Partner Portal" <Portal@Mail.Example.COM>')).toBe('mail.example.com');
    expect(messageIdDomainOf('ops@example.org')).toBe('example.org');
  });

  it('falls back to channelgraph.local when MAIL_FROM has no usable domain', () => {
    expect(messageIdDomainOf('channelgraph')).toBe('channelgraph.local');
    expect(messageIdDomainOf('<no-reply@>')).toBe('channelgraph.local');
  });
});
