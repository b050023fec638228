'use strict';
// Installs dependencies and builds the TypeScript when missing or stale, using only Node's built-ins
// (it runs before anything is installed).
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function run(label, command, args) {
  console.error(`[setup] ${label}...`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${label} failed (${command} ${args.join(' ')} exited with ${result.status}).`);
  }
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * Installs the locked versions when node_modules is missing or older than the lock file.
 * `npm install`, not `npm ci`: npm 11 refuses `npm ci` when the lock lacks other platforms'
 * optional packages (npm/cli#4828), which a registry mirror may not serve; install still
 * takes every version from the lock.
 */
function ensureDependencies() {
  const installed = path.join(root, 'node_modules/.package-lock.json');
  if (!existsSync(installed) || mtime(installed) < mtime(path.join(root, 'package-lock.json'))) {
    run('installing npm dependencies (npm install, locked versions)', 'npm', ['install', '--no-audit', '--no-fund']);
  }
}

/** tsc -b is incremental: quick when nothing changed. */
function build() {
  run('compiling TypeScript (tsc -b)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b']);
}

module.exports = { root, run, ensureDependencies, build };
