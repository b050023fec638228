'use strict';
// What the root codegen.js needs to type this subgraph's resolvers (paths relative to src/graphql).
module.exports = {
  contextType: '@channelgraph/common#RequestContextBase',
  mappers: {
    Notification: './resolvers#NotificationGraph',
    Partner: '@channelgraph/common#EntityRef',
  },
};
