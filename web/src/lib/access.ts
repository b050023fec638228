// The console shows each person only what their roles may use (R12): the same table every subgraph enforces.
import { mayCall, type Operation } from '../../../services/common/src/auth/access';
import type { Me } from './me';

/** Whether the signed-in user's roles let them call `operation` (docs/access.md). */
export const may = (me: Me | null, operation: Operation): boolean => !!me && mayCall(operation, { roles: me.roles, partnerId: me.partner?.id });
