/**
 * The platform's own tenant: it holds the PLATFORM_OPERATOR account (DESIGN §5), and service
 * tokens act in it.
 */
export const OPERATIONS_TENANT_DOMAIN = 'operations.channelgraph.internal';
