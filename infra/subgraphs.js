'use strict';
// The one list of subgraphs: name, default port, and the SDL that is its contract.
const SUBGRAPHS = [
  { name: 'enrollment', port: 4001 },
  { name: 'relationship', port: 4002 },
  { name: 'agreement', port: 4003 },
  { name: 'notification', port: 4004 },
];

module.exports = { SUBGRAPHS };
