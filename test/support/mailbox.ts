// eslint-disable-next-line @typescript-eslint/no-require-imports
const { testSettings } = require('./settings');

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** What the SMTP catcher received for an address. */
export async function mailTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${testSettings().SMTP_API_URL}/api/messages?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`SMTP catcher answered ${response.status}`);
  return (await response.json()) as CaughtMail[];
}
