#!/usr/bin/env node
'use strict';
// `npm run rotate-keys`: a new token-signing key for enrollment, with the settings the services run with
// (.env, the environment, and for local runs .cache/local-secrets.json). Running instances pick it up by themselves.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { root, build } = require('./lib/install');

const envFile = path.join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
require('./lib/local-secrets').withLocalSecrets(process.env);
// In an image (docker compose) the code is built already and there is no compiler.
if (existsSync(path.join(root, 'node_modules/typescript'))) build();
const result = spawnSync(process.execPath, [path.join(root, 'services/enrollment/dist/bin/rotate-keys.js')], { cwd: root, env: process.env, stdio: 'inherit' });
process.exit(result.status ?? 1);
