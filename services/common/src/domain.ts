/**
 * What domain code may import from common (`@channelgraph/common/domain`): rule errors, validators,
 * wording and types, with nothing behind them that reaches a database, a broker or a server. The
 * barrel (`@channelgraph/common`) also exports those; eslint keeps domain folders off it.
 */
export * from './domain-error';
export * from './validation';
export * from './relationships/role-names';
export * from './agreements/standing';
export { waitInWords } from './abuse/throttle';
export type { AbuseCounters } from './abuse/counters';
export type { ProjectedRelationship } from './relationships/projection';
export type { ErrorCode } from './errors';
export type { Links } from './links';
// Event payloads as the contract (schema/events) defines them: what a domain rule reads an event as.
export type * from './events/event-types.generated';
