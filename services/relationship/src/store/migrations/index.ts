import { CreateAbuseCounters1764900000000, CreateAccessRevocations1764400000000, EVENT_TABLE_MIGRATIONS } from '@channelgraph/common';
import { Initial1763900000001 } from './1763900000001-initial';
import { Relationships1763900000002 } from './1763900000002-relationships';
import { ProjectionSequences1765300000002 } from './1765300000002-projection-sequences';
import { AcceptanceByVersion1765500000002 } from './1765500000002-acceptance-by-version';
import { PartnerUserAssignment1766000000001 } from './1766000000001-partner-user-assignment';
import { RelationshipSource1766100000001 } from './1766100000001-relationship-source';
import { LeadProjection1766100000002 } from './1766100000002-lead-projection';
import { Referrals1766100000003 } from './1766100000003-referrals';
import { AdminAccess1766200000001 } from './1766200000001-admin-access';
import { AdminAccessAssignments1766200000002 } from './1766200000002-admin-access-assignments';

export const migrations = [
  ...EVENT_TABLE_MIGRATIONS,
  Initial1763900000001,
  Relationships1763900000002,
  CreateAccessRevocations1764400000000,
  CreateAbuseCounters1764900000000,
  ProjectionSequences1765300000002,
  AcceptanceByVersion1765500000002,
  PartnerUserAssignment1766000000001,
  RelationshipSource1766100000001,
  LeadProjection1766100000002,
  Referrals1766100000003,
  AdminAccess1766200000001,
  AdminAccessAssignments1766200000002,
];
