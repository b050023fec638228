'use strict';
// What the root codegen.js needs to type this subgraph's resolvers (paths relative to src/graphql).
module.exports = {
  contextType: './context#EnrollmentContext',
  mappers: {
    // Rows: their remaining fields (tenant, partner, users, address, contacts, enrolledAt, …) have resolvers of their own.
    Tenant: '../store/entities#TenantRow',
    User: '../store/entities#UserRow',
    Partner: '../store/entities#PartnerRow',
    MpnProfile: '../store/entities#MpnProfileRow',
    // The record (status has a resolver); the token itself only in createServiceToken's response.
    ServiceToken: './service-token.resolvers#ServiceTokenView',
    // A tenant seen as a customer: its row and itself as `tenant`.
    Customer: './customer.resolvers#CustomerView',
    // A directory entry as stored (sizes as validated strings).
    BusinessProfile: './business-profile.resolvers#BusinessProfileView',
    // R18: a lead with the status of the partner reading it.
    Lead: '../store/directory.repository#PartnerLeadView',
  },
};
