'use strict';
// Settings every test uses; infra/test.js exports the same values to the environment.
const SERVICES = ['enrollment', 'relationship', 'agreement', 'notification'];
const DATABASE_OWNERS = [...SERVICES, 'common'];

/** Each run has its own databases and topics, so runs (and a running dev stack) never disturb each other. */
function runId(env = process.env) {
  return env.TEST_RUN_ID || 'adhoc';
}

function testDatabase(owner, env = process.env) {
  return `channelgraph_${owner}_${runId(env)}_test`;
}

function testSettings(env = process.env) {
  return {
    MYSQL_URL: env.MYSQL_URL || 'mysql://root@127.0.0.1:3306',
    KAFKA_BROKERS: env.KAFKA_BROKERS || '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: `test-${runId(env)}.`,
    SMTP_URL: env.TEST_SMTP_URL || 'smtp://127.0.0.1:2525',
    SMTP_API_URL: env.TEST_SMTP_API_URL || 'http://127.0.0.1:2580',
  };
}

module.exports = { SERVICES, DATABASE_OWNERS, runId, testDatabase, testSettings };
