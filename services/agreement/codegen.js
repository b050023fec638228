'use strict';
// What the root codegen.js needs to type this subgraph's resolvers (paths relative to src/graphql).
module.exports = {
  contextType: './context#AgreementContext',
  mappers: {
    // Rows: their remaining fields (isCurrent, customer, template, contact, …) have resolvers of their own.
    AgreementTemplate: '../store/entities#AgreementTemplateRow',
    AgreementAcceptance: '../store/entities#AgreementAcceptanceRow',
    // Owned by relationship: what the gateway sends (@requires agreementRequired).
    RelationshipRequest: './relationship-request.resolvers#RelationshipRequestRepresentation',
    // Owned by enrollment: agreement knows their ids only.
    Customer: '@channelgraph/common#EntityRef',
    Partner: '@channelgraph/common#EntityRef',
    User: '@channelgraph/common#EntityRef',
  },
};
