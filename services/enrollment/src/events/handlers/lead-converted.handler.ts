import type { HandlerOf } from '@channelgraph/common';
import { projectLeadConversion } from '../../application/leads';

/** R18: an invitation sent from a lead turns it CONVERTED for the partner that sent it. */
export const leadConverted: HandlerOf<'channelgraph.relationship.RelationshipRequested.v3'> = (event, tx) => projectLeadConversion(tx, event);
