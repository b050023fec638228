'use strict';
// Runs one of a service's own commands (services/<name>/dist/bin/<command>.js) with the settings
// the services run with: .env, the environment, and for local runs .cache/local-secrets.json.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { root, build } = require('./install');

function runServiceCommand(service, command, args = []) {
  const envFile = path.join(root, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  require('./local-secrets').withLocalSecrets(process.env);
  // In an image (docker compose) the code is built already and there is no compiler.
  if (existsSync(path.join(root, 'node_modules/typescript'))) build();
  const result = spawnSync(process.execPath, [path.join(root, `services/${service}/dist/bin/${command}.js`), ...args], {
    cwd: root,
    env: process.env,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

module.exports = { runServiceCommand };
