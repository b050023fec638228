'use strict';
// What the root codegen.js needs to type this subgraph's resolvers (paths relative to src/graphql).
module.exports = {
  contextType: './context#RelationshipContext',
  mappers: {
    Relationship: '../store/entities#RelationshipRow',
    RelationshipRequest: './context#RelationshipRequestView',
    IndirectLink: '../store/entities#IndirectLinkRow',
    Referral: '../store/entities#ReferralRow',
    AdminAccessAssignment: '../store/admin-access-assignments.repository#AssignmentRecord',
    Partner: '@channelgraph/common#EntityRef',
    Customer: '@channelgraph/common#EntityRef',
    User: '@channelgraph/common#EntityRef',
  },
};
