'use strict';
// Runs once before all tests: this run's own *_test databases, and a clear message if Kafka or the SMTP catcher is missing.
const mysql = require('mysql2/promise');
const net = require('node:net');
const { DATABASE_OWNERS, testDatabase, testSettings } = require('./settings');

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

const STALE_AFTER_MS = 3 * 60 * 60 * 1000;

/** Drops databases of runs that never cleaned up: `channelgraph_<owner>_r<start time in base 36>_test`. */
async function dropStaleDatabases(connection) {
  const [rows] = await connection.query("SHOW DATABASES LIKE 'channelgraph\\_%\\_test'");
  for (const row of rows) {
    const name = Object.values(row)[0];
    // Only names as a run makes them (r + its start time, 8 base-36 digits): another run id that starts with r is not a clock.
    const match = /^channelgraph_[a-z]+_r([0-9a-z]{8})_test$/.exec(name);
    if (match && Date.now() - parseInt(match[1], 36) > STALE_AFTER_MS) {
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    }
  }
}

module.exports = async () => {
  // Workers start after this and inherit it.
  process.env.TEST_RUN_ID ||= `r${Date.now().toString(36)}`;
  const settings = testSettings();
  const connection = await mysql.createConnection({ uri: settings.MYSQL_URL }).catch((error) => {
    throw new Error(`Tests need MySQL/MariaDB at ${settings.MYSQL_URL} (set MYSQL_URL): ${error.message}`);
  });
  try {
    await dropStaleDatabases(connection);
    for (const owner of DATABASE_OWNERS) {
      const database = testDatabase(owner);
      if (!database.endsWith('_test')) throw new Error(`refusing to reset ${database}`);
      await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
  const [host, port] = settings.KAFKA_BROKERS.split(',')[0].split(':');
  if (!(await reachable(host, Number(port)))) {
    throw new Error(`Tests need Kafka at ${settings.KAFKA_BROKERS}: run them with \`npm test\`, which starts it.`);
  }
  const smtp = new URL(settings.SMTP_URL);
  if (!(await reachable(smtp.hostname, Number(smtp.port)))) {
    throw new Error(`Tests need the SMTP catcher at ${settings.SMTP_URL}: run them with \`npm test\`, which starts it.`);
  }
};
