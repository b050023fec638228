import { lastSequenceMigration } from '@channelgraph/common';

/** The sequence number of the last event applied to each projected partner and current agreement (docs/events.md). */
export const ProjectionSequences1765300000002 = lastSequenceMigration('ProjectionSequences1765300000002', ['partner_projection', 'agreement_current']);
