'use strict';
const mysql = require('mysql2/promise');

/** Fails with what to do when the MySQL/MariaDB server is not reachable. */
async function checkMysql(url) {
  try {
    const connection = await mysql.createConnection({ uri: url, connectTimeout: 5000 });
    const [[row]] = await connection.query('SELECT VERSION() AS version');
    await connection.end();
    return row.version;
  } catch (error) {
    throw new Error(
      `Cannot reach MySQL/MariaDB at ${url} (${error.code || error.message}). Start the server, or set MYSQL_URL ` +
        '(e.g. mysql://user:password@host:3306) in the environment or .env.',
    );
  }
}

module.exports = { checkMysql };
