import { checkEmail, DomainError, hashLinkToken, invalid, isUuid, Links, Principal, Throttle, UnitOfWork } from '@channelgraph/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { checkInvitationSendable } from '../domain/invitation-sending';
import type { EmailBodies } from '../mail/bodies';
import type { Mailer } from '../mail/mailer';
import { idempotencyKeyOf, queueEmail } from '../mail/queue';
import type { InvitationRow, NotificationRow } from '../store/entities';
import { invitationEndOf, invitationOf } from '../store/invitations.repository';
import { notificationByIdempotencyKey } from '../store/notifications.repository';

export interface SendInvitationInput {
  requestId: string;
  to: string;
  subject: string;
  body: string;
}

/** How often a partner may send invitation emails: in all, and for one invitation (a reminder or two, not a flood). */
export interface InvitationEmailThrottles {
  perTenant: Throttle;
  perInvitation: Throttle;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The invitation announced by relationship; it may trail the mutation that created it by a moment. */
async function awaitedInvitation(manager: EntityManager, requestId: string, waitMs: number): Promise<InvitationRow | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const row = await invitationOf(manager, requestId);
    if (row || Date.now() >= deadline) return row;
    await sleep(100);
  }
}

/**
 * Whether `body` holds the invitation's own link, as we built it: the invitation keeps only the hash
 * of its token, so the token of each such link in the body is hashed and compared.
 */
function holdsInvitationLink(body: string, invitation: InvitationRow, links: Links): boolean {
  return links.invitationTokensIn(invitation.kind, body).some((token) => hashLinkToken(token) === invitation.tokenHash);
}

/**
 * R17: the partner that created an invitation sends its email, edited or not,
 * as long as the personalised link is still in it and the invitation is still
 * live (PENDING, not expired). Sending the same text to
 * the same address again is the same email, not a second one.
 */
export async function sendInvitationEmail(
  deps: {
    dataSource: DataSource;
    unitOfWork: UnitOfWork;
    mailer: Mailer;
    bodies: EmailBodies;
    links: Links;
    invitationEmailThrottles: InvitationEmailThrottles;
  },
  principal: Principal,
  input: SendInvitationInput,
  waitMs = 5000,
): Promise<NotificationRow> {
  const to = checkEmail('to', input.to);
  const subject = input.subject.replace(/[\r\n]+/g, ' ').trim();
  if (subject.length === 0 || subject.length > 200) throw invalid('subject', 'The subject must have 1 to 200 characters.');
  if (input.body.length > 20000) throw invalid('body', 'The message is too long (at most 20,000 characters).');
  await deps.invitationEmailThrottles.perTenant.take(principal.tenantId);
  // Only an id relationship issued is worth waiting for; anything else is refused at once.
  const invitation = isUuid(input.requestId) ? await awaitedInvitation(deps.dataSource.manager, input.requestId, waitMs) : null;
  if (!invitation || invitation.senderTenantId !== principal.tenantId)
    throw new DomainError('NOT_FOUND', 'No invitation with this id was created by your organisation.');
  // The link lets its holder accept: it goes only to the address the partner invited.
  if (to !== invitation.inviteeEmail.toLowerCase()) {
    throw invalid(
      'to',
      `This invitation is for ${invitation.inviteeEmail}; its email can go only to that address. Invite another address with a new invitation.`,
    );
  }
  // Only a live invitation: PENDING, and not past its expiry.
  const ended = await invitationEndOf(deps.dataSource.manager, invitation.requestId);
  checkInvitationSendable({ expiresAt: invitation.expiresAt, ended: ended && { status: ended.status, at: ended.changedAt } }, new Date());
  if (!holdsInvitationLink(input.body, invitation, deps.links)) {
    throw invalid('body', 'Keep the personalised invitation link in the message: the customer needs it to accept. Edit the text around it, not the link.');
  }
  // Counted once the invitation is known to be the caller's: nobody else can use up its emails.
  await deps.invitationEmailThrottles.perInvitation.take(invitation.requestId);
  const eventLike = createHash('sha256').update(`${input.requestId}\n${subject}\n${input.body}`).digest('hex');
  return deps.unitOfWork.run(async ({ manager, afterCommit }) => {
    await queueEmail(manager, deps.bodies, {
      eventId: eventLike,
      kind: 'RELATIONSHIP_INVITATION',
      to,
      tenantId: principal.tenantId,
      relatedEntityId: invitation.requestId,
      email: {
        subject,
        text: input.body,
        html: `<!doctype html><html lang="en"><body><pre style="font-family: sans-serif; white-space: pre-wrap">${escapeHtml(input.body)}</pre></body></html>`,
      },
    });
    afterCommit(() => deps.mailer.kick());
    return notificationByIdempotencyKey(manager, idempotencyKeyOf(eventLike, 'RELATIONSHIP_INVITATION', to));
  });
}
