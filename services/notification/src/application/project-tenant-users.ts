import type {
  ReceivedEvent,
  TenantSignedUpV1,
  Transaction,
  UserAddedV1,
  UserAddedV2,
  UserRemovedV1,
  UserRolesChangedV1,
  UserRolesChangedV2,
} from '@channelgraph/common';
import { applyUserEvent, rememberSignUpAdmin } from '../store/tenant-users.repository';

// Who may receive a tenant's emails: enrollment's users, as its events tell them, in the event's inbox transaction.

/** The sign-up's global admin, from the tenant topic. */
export async function projectSignUpAdmin(tx: Transaction, event: ReceivedEvent<TenantSignedUpV1>): Promise<void> {
  await rememberSignUpAdmin(tx.manager, event.data);
}

/** A user enrollment added, with their address. */
export async function projectUserAdded(tx: Transaction, event: ReceivedEvent<UserAddedV1 | UserAddedV2>): Promise<void> {
  const { userId, tenantId, email, fullName, roles } = event.data;
  await applyUserEvent(tx.manager, event, { userId, tenantId, email, fullName, roles, removedAt: null }, { email, fullName });
}

/** Roles only: the address comes from the user's earlier event (or a later sign-up event on the tenant topic). */
export async function projectUserRolesChanged(tx: Transaction, event: ReceivedEvent<UserRolesChangedV1 | UserRolesChangedV2>): Promise<void> {
  const { userId, tenantId, roles } = event.data;
  await applyUserEvent(tx.manager, event, { userId, tenantId, email: null, fullName: null, roles, removedAt: null }, { roles });
}

/** A tombstone without personal data rather than a delete, so no late event brings the user back. */
export async function projectUserRemoved(tx: Transaction, event: ReceivedEvent<UserRemovedV1>): Promise<void> {
  const { userId, tenantId } = event.data;
  const tombstone = { email: null, fullName: null, roles: [], removedAt: new Date() };
  await applyUserEvent(tx.manager, event, { userId, tenantId, ...tombstone }, tombstone);
}
