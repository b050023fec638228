import { LAST_SEQUENCE_COLUMN } from '@channelgraph/common';
import { EntitySchema } from 'typeorm';
import type { EndedInvitationStatus } from '../domain/invitation-sending';
import type { MailLane } from '../domain/lanes';
import { projectionEntities } from './projection.entities';

export type { MailLane };

export type NotificationStatus = 'QUEUED' | 'SENT' | 'FAILED';

export interface NotificationRow {
  id: string;
  /** sha256 of event id + kind + recipient: one event never yields a second email of a kind to the same person. */
  idempotencyKey: string;
  tenantId: string | null;
  kind: string;
  lane: MailLane;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** The bodies as they are sent, sealed, while they hold a link token and are not sent yet (mail/bodies). */
  sealedBodies: string | null;
  status: NotificationStatus;
  attempts: number;
  lastError: string | null;
  relatedEntityId: string | null;
  /** Where the recipient's reply should go, when not to the sender (R18: the partner user who answered a lead). */
  replyTo: string | null;
  nextAttemptAt: Date;
  /** When it was last queued (created, or retried by an operator): MAIL_GIVE_UP_AFTER_HOURS counts from here. */
  queuedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export const notificationEntity = new EntitySchema<NotificationRow>({
  name: 'Notification',
  tableName: 'notification',
  columns: {
    id: { type: 'char', length: 36, primary: true },
    idempotencyKey: { name: 'idempotency_key', type: 'char', length: 64, unique: true },
    tenantId: { name: 'tenant_id', type: 'char', length: 36, nullable: true },
    kind: { type: 'varchar', length: 64 },
    lane: { type: 'varchar', length: 16, default: 'TRANSACTIONAL' },
    toAddress: { name: 'to_address', type: 'varchar', length: 254 },
    subject: { type: 'varchar', length: 300 },
    textBody: { name: 'text_body', type: 'mediumtext' },
    htmlBody: { name: 'html_body', type: 'mediumtext' },
    sealedBodies: { name: 'sealed_bodies', type: 'mediumtext', nullable: true },
    status: { type: 'varchar', length: 16 },
    attempts: { type: 'int', default: 0 },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    relatedEntityId: { name: 'related_entity_id', type: 'varchar', length: 64, nullable: true },
    nextAttemptAt: { name: 'next_attempt_at', type: 'datetime', precision: 3 },
    queuedAt: { name: 'queued_at', type: 'datetime', precision: 3 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
    sentAt: { name: 'sent_at', type: 'datetime', precision: 3, nullable: true },
    replyTo: { name: 'reply_to', type: 'varchar', length: 254, nullable: true },
  },
});

export interface InvitationRow {
  requestId: string;
  kind: string;
  senderTenantId: string;
  partnerName: string;
  providerName: string | null;
  inviteeEmail: string;
  /** SHA-256 of the link's token (common link-tokens): enough to recognise the link in a message, useless to open it. */
  tokenHash: string;
  expiresAt: Date;
}

export const invitationEntity = new EntitySchema<InvitationRow>({
  name: 'Invitation',
  tableName: 'invitation',
  columns: {
    requestId: { name: 'request_id', type: 'char', length: 36, primary: true },
    kind: { type: 'varchar', length: 32 },
    senderTenantId: { name: 'sender_tenant_id', type: 'char', length: 36 },
    partnerName: { name: 'partner_name', type: 'varchar', length: 200 },
    providerName: { name: 'provider_name', type: 'varchar', length: 200, nullable: true },
    inviteeEmail: { name: 'invitee_email', type: 'varchar', length: 254 },
    tokenHash: { name: 'token_hash', type: 'char', length: 64 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
  },
});

/**
 * How an invitation ended, as relationship's events said (R17): no row while it is PENDING.
 * `lastSequence` is the sequence of the request's event applied last, so a late or replayed
 * older event never takes the status back.
 */
export interface InvitationStatusRow {
  requestId: string;
  status: EndedInvitationStatus;
  /** When the request was accepted, declined, cancelled or expired (the event's own time). */
  changedAt: Date;
  lastSequence: number | null;
}

export const invitationStatusEntity = new EntitySchema<InvitationStatusRow>({
  name: 'InvitationStatus',
  tableName: 'invitation_status',
  columns: {
    requestId: { name: 'request_id', type: 'char', length: 36, primary: true },
    status: { type: 'varchar', length: 16 },
    changedAt: { name: 'changed_at', type: 'datetime', precision: 3 },
    lastSequence: LAST_SEQUENCE_COLUMN,
  },
});

/**
 * An event whose emails wait for a fact notification does not know yet: the
 * partner's primary contact, or a customer's global admins. Kafka orders nothing
 * across topics, so a relationship event can arrive before the partner's
 * enrollment events (catching up on a backlog, say). The event is handled —
 * recorded in the inbox, so a redelivery or replay stays a no-op — and kept
 * here until the event that makes the fact known releases it, in that event's
 * transaction. Only events of shared topics wait here, which carry no secret.
 */
export interface DeferredEmailRow {
  eventId: string;
  eventType: string;
  /** The fact it waits for, e.g. `partner:<id>` (see domain/awaited-facts). */
  waitingFor: string;
  /** The event as received, JSON. */
  event: string;
  deferredAt: Date;
}

export const deferredEmailEntity = new EntitySchema<DeferredEmailRow>({
  name: 'DeferredEmail',
  tableName: 'deferred_email',
  columns: {
    eventId: { name: 'event_id', type: 'char', length: 36, primary: true },
    eventType: { name: 'event_type', type: 'varchar', length: 200 },
    waitingFor: { name: 'waiting_for', type: 'varchar', length: 100 },
    event: { type: 'mediumtext' },
    deferredAt: { name: 'deferred_at', type: 'datetime', precision: 3 },
  },
});

export const entities = [notificationEntity, invitationEntity, invitationStatusEntity, ...projectionEntities, deferredEmailEntity];
