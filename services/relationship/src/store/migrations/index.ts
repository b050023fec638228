import { CreateAbuseCounters1764900000000, CreateAccessRevocations1764400000000, CreateEventTables1763900000000 } from '@channelgraph/common';
import { Initial1763900000001 } from './1763900000001-initial';
import { Relationships1763900000002 } from './1763900000002-relationships';

export const migrations = [CreateEventTables1763900000000, Initial1763900000001, Relationships1763900000002, CreateAccessRevocations1764400000000, CreateAbuseCounters1764900000000];
