import { CreateAbuseCounters1764900000000, CreateAccessRevocations1764400000000, EVENT_TABLE_MIGRATIONS } from '@channelgraph/common';
import type { EmailBodies } from '../../mail/bodies';
import { Initial1763900000001 } from './1763900000001-initial';
import { Invitations1763900000002 } from './1763900000002-invitations';
import { Projections1763900000003 } from './1763900000003-projections';
import { linksAtRestMigration } from './1765000000001-links-at-rest';
import { MailLanes1765100000002 } from './1765100000002-mail-lanes';
import { DeferredEmails1765300000003 } from './1765300000003-deferred-emails';
import { RetryClock1765300000004 } from './1765300000004-retry-clock';
import { AcceptanceVersions1765500000003 } from './1765500000003-acceptance-versions';
import { ReplyTo1766100000004 } from './1766100000004-reply-to';
import { InvitationStatus1765400000001 } from './1765400000001-invitation-status';

export const migrations = [
  ...EVENT_TABLE_MIGRATIONS,
  Initial1763900000001,
  Invitations1763900000002,
  Projections1763900000003,
  CreateAccessRevocations1764400000000,
  CreateAbuseCounters1764900000000,
  MailLanes1765100000002,
  DeferredEmails1765300000003,
  RetryClock1765300000004,
  InvitationStatus1765400000001,
  AcceptanceVersions1765500000003,
  ReplyTo1766100000004,
];

/** Every migration, with those that need KEY_ENCRYPTION_KEY built for it; what notification runs on start. */
export function notificationMigrations(bodies: EmailBodies) {
  return [...migrations, linksAtRestMigration(bodies)];
}
