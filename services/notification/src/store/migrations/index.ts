import { CreateAccessRevocations1764400000000, CreateEventTables1763900000000 } from '@channelgraph/common';
import { Initial1763900000001 } from './1763900000001-initial';
import { Invitations1763900000002 } from './1763900000002-invitations';
import { Projections1763900000003 } from './1763900000003-projections';

export const migrations = [CreateEventTables1763900000000, Initial1763900000001, Invitations1763900000002, Projections1763900000003, CreateAccessRevocations1764400000000];
