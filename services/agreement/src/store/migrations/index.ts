import {
  CreateAccessRevocations1764400000000,
  EVENT_TABLE_MIGRATIONS,
  RelationshipProjection1763900000003,
  RelationshipProjectionSequence1765300000001,
} from '@channelgraph/common';
import { Initial1763900000001 } from './1763900000001-initial';
import { VersionsAndAcceptances1763900000002 } from './1763900000002-versions-and-acceptances';
import { PartnerConfirmations1763900000004 } from './1763900000004-partner-confirmations';
import { ReacceptanceDeadline1765500000001 } from './1765500000001-reacceptance-deadline';
import { PartnerProgrammes1766100000001 } from './1766100000001-partner-programmes';

/** In order; each runs once per database (recorded in schema_migrations). */
export const migrations = [
  ...EVENT_TABLE_MIGRATIONS,
  Initial1763900000001,
  VersionsAndAcceptances1763900000002,
  RelationshipProjection1763900000003,
  PartnerConfirmations1763900000004,
  CreateAccessRevocations1764400000000,
  RelationshipProjectionSequence1765300000001,
  ReacceptanceDeadline1765500000001,
  PartnerProgrammes1766100000001,
];
