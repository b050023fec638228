import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { eventually } from '../../../../test/support/graphql';
import { address, eventPublisher, now } from './events';

type Publisher = ReturnType<typeof eventPublisher>;

export interface KnownPartner {
  partnerId: string;
  tenantId: string;
  legalName: string;
  contact: { firstName: string; lastName: string; email: string };
}

/** A partner enrollment announced (submitted, then activated): what notification's partner projection learns from. */
export async function announcePartner(
  publisher: Publisher,
  legalName: string,
  program = 'INDIRECT_RESELLER',
  tenantId: string = randomUUID(),
  partnerId: string = randomUUID(),
): Promise<KnownPartner> {
  const partner = { partnerId, tenantId, legalName, contact: { firstName: 'Pat', lastName: 'Primary', email: address('pat', 'partner.example.com') } };
  const facts = { partnerId: partner.partnerId, tenantId, program, legalName, mpnId: '1234567', primaryContact: partner.contact };
  await publisher.publish('channelgraph.enrollment.PartnerEnrollmentSubmitted.v1', partner.partnerId, { ...facts, submittedAt: now() }, { tenantId });
  await publisher.publish(
    'channelgraph.enrollment.PartnerActivated.v1',
    partner.partnerId,
    { ...facts, adminAgentUserId: randomUUID(), activatedAt: now() },
    { tenantId },
  );
  return partner;
}

export interface KnownUser {
  userId: string;
  tenantId: string;
  email: string;
  fullName: string;
}

/** A customer organisation signed up: its first global admin. */
export async function announceSignUp(publisher: Publisher, displayName: string, tenantId: string = randomUUID()): Promise<KnownUser> {
  const admin = { userId: randomUUID(), fullName: `${displayName} Admin`, email: address('admin', 'customer.example.com') };
  await publisher.publish(
    'channelgraph.enrollment.TenantSignedUp.v1',
    tenantId,
    { tenantId, domain: 'customer.example.com', displayName, country: 'US', admin, signedUpAt: now() },
    { tenantId },
  );
  return { ...admin, tenantId };
}

/** Another user of a tenant, with roles. */
export async function announceUser(publisher: Publisher, tenantId: string, fullName: string, roles: string[]): Promise<KnownUser> {
  const user = { userId: randomUUID(), tenantId, fullName, email: address('user', 'customer.example.com') };
  await publisher.publish('channelgraph.enrollment.UserAdded.v1', user.userId, { ...user, roles, addedByUserId: randomUUID(), addedAt: now() }, { tenantId });
  return user;
}

/**
 * Waits until notification's projections hold what was announced. Events on
 * other topics are not ordered after them, so a test publishes what depends
 * on them only then, as time would ensure in production.
 */
export async function untilProjected(dataSource: DataSource, what: { partners?: string[]; users?: string[]; acceptances?: string[] }): Promise<void> {
  const count = async (sql: string, ids: string[]) => (ids.length === 0 ? 0 : Number((await dataSource.query(sql, [ids]))[0].n));
  await eventually('the projections', async () => {
    const partners = await count('SELECT COUNT(*) AS n FROM partner_contact WHERE partner_id IN (?)', what.partners ?? []);
    const users = await count('SELECT COUNT(*) AS n FROM tenant_user WHERE user_id IN (?)', what.users ?? []);
    const acceptances = await count('SELECT COUNT(*) AS n FROM agreement_acceptance WHERE customer_tenant_id IN (?)', what.acceptances ?? []);
    const done = partners === (what.partners ?? []).length && users === (what.users ?? []).length && acceptances === (what.acceptances ?? []).length;
    return done ? true : undefined;
  });
}

/** Waits until the consumer has handled (or skipped as a duplicate) an event: its id is in the inbox. */
export async function untilHandled(dataSource: DataSource, eventId: string): Promise<void> {
  await eventually(`event ${eventId} handled`, async () =>
    (await dataSource.query('SELECT 1 AS yes FROM inbox_event WHERE event_id = ?', [eventId])).length > 0 ? true : undefined,
  );
}
