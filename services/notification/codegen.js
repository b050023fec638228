'use strict';
// What the root codegen.js needs to type this subgraph's resolvers (paths relative to src/graphql).
module.exports = {
  contextType: '@channelgraph/common#RequestContextBase',
  mappers: {
    Notification: './notification-graph#NotificationGraph',
    Partner: '@channelgraph/common#EntityRef',
  },
};
