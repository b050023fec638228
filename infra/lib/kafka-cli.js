'use strict';
// The Kafka client of the command-line tools (npm run events, npm run dlq): the brokers and the
// authentication the services read (KAFKA_BROKERS, KAFKA_SASL_MECHANISM, KAFKA_USERNAME,
// KAFKA_PASSWORD, KAFKA_SSL). Behind ACLs the user needs Read on the topics it reads, Write on those
// it writes, and Read on the consumer groups prefixed with the tool's name (each run reads in a
// throw-away group of its own).
const { createBrokerClient } = require('./broker-client');

const brokersOf = (env = process.env) => (env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');

function security(env = process.env) {
  const mechanism = (env.KAFKA_SASL_MECHANISM || 'none').toLowerCase();
  const ssl = env.KAFKA_SSL === 'true';
  if (mechanism === 'none') return { ssl };
  const { KAFKA_USERNAME: username, KAFKA_PASSWORD: password } = env;
  if (!username || !password)
    throw new Error(`KAFKA_SASL_MECHANISM is ${mechanism}: set KAFKA_USERNAME and KAFKA_PASSWORD to a Kafka user allowed to read the topics`);
  return { ssl, sasl: { mechanism, username, password } };
}

function cliKafka(clientId, env = process.env) {
  return createBrokerClient({ clientId, brokers: brokersOf(env), ...security(env) });
}

module.exports = { cliKafka, brokersOf };
