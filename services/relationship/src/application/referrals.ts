import { checkEmail, checkName, Connection, DomainError, invalid, PageRequest, Principal, Transaction, UnitOfWork } from '@channelgraph/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  checkAnswerableReferral,
  checkConvertibleReferral,
  checkDeclineReason,
  checkInviteeOfReferral,
  checkReferralNeed,
  effectiveReferralStatus,
  ReferralStatus,
} from '../domain/referrals';
import { ReferralEvents } from '../events/published';
import type { ReferralRow } from '../store/entities';
import { partnerById } from '../store/partners.repository';
import { insertReferral, referralOfTenantForUpdate, referralsDueForExpiry, referralsPage, saveReferral } from '../store/referrals.repository';

// R18 vendor referrals: the vendor's operators refer a customer to an ACTIVE partner, which accepts or declines it and invites from it.

const NOT_YOURS = 'No referral with this id was made to your organisation.';
const partnerNameOf = async (tx: Pick<Transaction, 'manager'>, partnerId: string) => (await partnerById(tx.manager, partnerId))?.legalName ?? 'The partner';

/** A referral as read: PENDING past its expiry is EXPIRED, whether or not the sweep stored it yet. */
export const asRead = (row: ReferralRow): ReferralRow => ({ ...row, status: effectiveReferralStatus(row.status, row.expiresAt) });

/** A platform operator refers a customer to an ACTIVE partner; the partner's primary contact is emailed (ReferralCreated). */
export function createReferral(
  deps: { unitOfWork: UnitOfWork; referralTtlDays: number },
  principal: Principal,
  input: { partnerId: string; customerEmail: string; customerName: string; need: string },
): Promise<ReferralRow> {
  const customerEmail = checkEmail('customerEmail', input.customerEmail);
  const customerName = checkName('customerName', input.customerName);
  const need = checkReferralNeed(input.need);
  return deps.unitOfWork.run(async ({ manager, raise }) => {
    const partner = await partnerById(manager, input.partnerId);
    if (!partner || partner.status !== 'ACTIVE')
      throw invalid('partnerId', 'This is not an active partner: refer customers to partners whose enrolment is approved.');
    const now = new Date();
    const referral: ReferralRow = {
      id: randomUUID(),
      partnerId: partner.partnerId,
      partnerTenantId: partner.tenantId,
      customerEmail,
      customerName,
      need,
      status: 'PENDING',
      declineReason: null,
      requestId: null,
      createdByUserId: principal.userId,
      expiresAt: new Date(now.getTime() + deps.referralTtlDays * 24 * 3600 * 1000),
      createdAt: now,
      updatedAt: now,
    };
    await insertReferral(manager, referral);
    raise(ReferralEvents.created(referral, partner.legalName));
    return referral;
  });
}

/** The partner accepts or declines a referral made to it; another tenant's does not exist for it. */
export function answerReferral(
  deps: { unitOfWork: UnitOfWork },
  principal: Principal,
  input: { referralId: string; answer: 'accept' } | { referralId: string; answer: 'decline'; reason: string },
): Promise<ReferralRow> {
  const reason = input.answer === 'decline' ? checkDeclineReason(input.reason) : null;
  return deps.unitOfWork.run(async (tx) => {
    const found = await referralOfTenantForUpdate(tx.manager, input.referralId, principal.tenantId);
    if (!found) throw new DomainError('NOT_FOUND', NOT_YOURS);
    checkAnswerableReferral(effectiveReferralStatus(found.status, found.expiresAt), input.answer);
    const now = new Date();
    const name = await partnerNameOf(tx, found.partnerId);
    if (reason !== null) {
      const declined = { ...found, status: 'DECLINED' as const, declineReason: reason, updatedAt: now };
      await saveReferral(tx.manager, declined);
      tx.raise(ReferralEvents.declined(declined, name, principal.userId));
      return declined;
    }
    const accepted = { ...found, status: 'ACCEPTED' as const, updatedAt: now };
    await saveReferral(tx.manager, accepted);
    tx.raise(ReferralEvents.accepted(accepted, name, principal.userId));
    return accepted;
  });
}

/**
 * Inside requestRelationship's transaction: the referral must be this partner's and ACCEPTED
 * (NOT_FOUND for another's, CONFLICT otherwise), the invitee the referred customer. Returns the
 * step that marks it CONVERTED once the request exists.
 */
export async function checkReferralToInvite(
  tx: Pick<Transaction, 'manager' | 'raise'>,
  referralId: string,
  partner: { partnerId: string; tenantId: string; legalName: string },
  inviteeEmail: string,
): Promise<(requestId: string) => Promise<void>> {
  const found = await referralOfTenantForUpdate(tx.manager, referralId, partner.tenantId);
  if (!found || found.partnerId !== partner.partnerId) throw new DomainError('NOT_FOUND', NOT_YOURS);
  checkConvertibleReferral(effectiveReferralStatus(found.status, found.expiresAt));
  checkInviteeOfReferral(inviteeEmail, found.customerEmail);
  return async (requestId) => {
    const converted = { ...found, status: 'CONVERTED' as const, requestId, updatedAt: new Date() };
    await saveReferral(tx.manager, converted);
    tx.raise(ReferralEvents.converted(converted, partner.legalName));
  };
}

/** Referrals, newest first: a partner's (partnerId), or every one for operators (null). Who may read them is the caller's rule. */
export async function listReferrals(
  deps: { dataSource: DataSource },
  partnerId: string | null,
  status: ReferralStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<ReferralRow>> {
  const connection = await referralsPage(deps.dataSource.manager, partnerId, status, page);
  return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: asRead(edge.node) })) };
}

/** The sweep (EXPIRY_SWEEP_MS, beside the requests'): PENDING referrals past their expiry are stored EXPIRED, with ReferralExpired. */
export function expireReferrals(unitOfWork: UnitOfWork, batch = 100): Promise<number> {
  return unitOfWork.run(async (tx) => {
    const due = await referralsDueForExpiry(tx.manager, new Date(), batch);
    for (const referral of due) {
      const expired = { ...referral, status: 'EXPIRED' as const, updatedAt: new Date() };
      await saveReferral(tx.manager, expired);
      tx.raise(ReferralEvents.expired(expired, await partnerNameOf(tx, referral.partnerId)));
    }
    return due.length;
  });
}
