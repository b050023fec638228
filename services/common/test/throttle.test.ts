import { MemoryAbuseCounters, Throttle, waitInWords } from '../src';

describe('Throttle', () => {
  it('lets max through per window and key, then refuses with FORBIDDEN saying what and when', async () => {
    let now = 10_000;
    const throttle = new Throttle(new MemoryAbuseCounters(() => now), 'invitations', { max: 2, windowSeconds: 60 }, 'invitations from your organisation');
    await throttle.take('tenant-a');
    await throttle.take('tenant-a');
    await expect(throttle.take('tenant-a')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Too many invitations from your organisation: at most 2 per minute. Try again in 50 seconds.',
    });
    await expect(throttle.take('tenant-b')).resolves.toBeUndefined();
    now += 50_000;
    await expect(throttle.take('tenant-a')).resolves.toBeUndefined();
  });

  it('keeps the counts of two actions apart for the same key', async () => {
    const counters = new MemoryAbuseCounters(() => 0);
    const emails = new Throttle(counters, 'emails', { max: 1, windowSeconds: 3600 }, 'emails');
    const invitations = new Throttle(counters, 'invitations', { max: 1, windowSeconds: 3600 }, 'invitations');
    await emails.take('tenant-a');
    await expect(invitations.take('tenant-a')).resolves.toBeUndefined();
    await expect(emails.take('tenant-a')).rejects.toThrow('Too many emails: at most 1 per hour. Try again in about 60 minutes.');
  });

  it('says a wait in seconds, or in minutes beyond two', () => {
    expect(waitInWords(1)).toBe('in 1 second');
    expect(waitInWords(119)).toBe('in 119 seconds');
    expect(waitInWords(121)).toBe('in about 3 minutes');
  });
});
