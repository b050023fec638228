import type { Links, Logger, UnitOfWork } from '@channelgraph/common';
import type { DataSource } from 'typeorm';
import type { InvitationEmailThrottles } from '../application/send-invitation-email';
import type { EmailBodies } from '../mail/bodies';
import type { Mailer } from '../mail/mailer';

/** What the resolvers use; the request context is common's (the principal). */
export interface NotificationDeps {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  mailer: Mailer;
  bodies: EmailBodies;
  links: Links;
  log: Logger;
  /** R17's emails per partner tenant, and per invitation (DESIGN §8). */
  invitationEmailThrottles: InvitationEmailThrottles;
}
