/**
 * The one place that builds the links we hand out and email: every one starts
 * with PUBLIC_URL and carries its token as the `token` query parameter.
 */
/**
 * Any URL that carries a link token in its `token` query parameter, also as an HTML email holds it
 * (Handlebars writes `=` as `&#x3D;`, and `&` may be `&amp;`).
 */
const LINK_WITH_TOKEN = /https?:\/\/[^\s<>"]*[?&](?:amp;)?token(?:=|&#x3D;|&#61;)[^\s<>"&]+[^\s<>"]*/g;

/** What a stored email shows instead of a link that proves its mailbox: the link works only from the email itself. */
export const REMOVED_LINK = '[link removed: it opens only from the email itself]';

/**
 * An email's text as it may be shown back through the API: every link that
 * holds a token removed, so reading a mailbox's copy is never as good as
 * owning the mailbox (DESIGN §8).
 */
export function withoutLinkTokens(text: string): string {
  return text.replace(LINK_WITH_TOKEN, REMOVED_LINK);
}

export class Links {
  constructor(private readonly publicUrl: string) {}

  private build(pathname: string, params: Record<string, string> = {}): string {
    const url = new URL(pathname, this.publicUrl.endsWith('/') ? this.publicUrl : `${this.publicUrl}/`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.toString();
  }

  /**
   * The tokens of every invitation link of `kind` in `text`, e.g. a message a partner edited: whoever
   * keeps only a token's hash checks a message for its link this way.
   */
  invitationTokensIn(kind: string, text: string): string[] {
    const prefix = this.invitation(kind, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...text.matchAll(new RegExp(`${prefix}([A-Za-z0-9_-]+)`, 'g'))].map(([, token]) => token);
  }

  signIn(): string {
    return this.build('sign-in');
  }

  /** R10: the application's page, where a rejected one is fixed and resubmitted. */
  enrolment(): string {
    return this.build('enroll');
  }

  /** R10: the primary contact confirms their address. */
  verifyPrimaryContact(token: string): string {
    return this.build('verify-contact', { token });
  }

  /** R3/R13: "Accept agreement & authorize partner", or "Authorize indirect provider" for a reseller invitation. */
  invitation(kind: string, token: string): string {
    return this.build(kind === 'INDIRECT_RESELLER' ? 'indirect-providers/authorize' : 'invitations/accept', { token });
  }
}
