'use strict';
// `npm test` runs the suites that mostly wait (a broker restarting, a consumer group noticing a killed member,
// leaders moving in a cluster) in a lane of their own, beside the rest: the machine works on one while the
// other waits. Each lane is one jest process, in band, with its own run id (databases, topics, groups).

/** The waiting suites, as jest path patterns. */
const FAULT_LANE = [
  'test/e2e/consumer-crashes\\.test\\.ts$',
  'test/e2e/kafka-cluster\\.test\\.ts$',
  'test/e2e/broker-outage\\.test\\.ts$',
  'test/e2e/kafka-outage\\.test\\.ts$',
  'test/e2e/two-instances\\.test\\.ts$',
  'test/abuse/abuse\\.test\\.ts$',
];

/** What the main lane leaves out: the fault lane's suites, when it runs beside it (TEST_LANE=main). */
const ignoredInLane = () => (process.env.TEST_LANE === 'main' ? FAULT_LANE : []);

module.exports = { FAULT_LANE, ignoredInLane };
