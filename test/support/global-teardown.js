'use strict';
// Drops this run's databases; the next run starts clean anyway, this keeps the server tidy.
const mysql = require('mysql2/promise');
const { runId, testSettings } = require('./settings');

module.exports = async () => {
  if (process.env.KEEP_TEST_DATABASES) return;
  const connection = await mysql.createConnection({ uri: testSettings().MYSQL_URL });
  try {
    // Every database of this run, including those of tests that run services in isolation.
    const [rows] = await connection.query('SHOW DATABASES LIKE ?', [`channelgraph\\_%\\_${runId()}\\_test`]);
    for (const row of rows) {
      const database = Object.values(row)[0];
      if (database.endsWith(`_${runId()}_test`)) await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    }
  } finally {
    await connection.end();
  }
};
