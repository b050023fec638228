'use strict';
// Installs dependencies and builds the TypeScript when missing or stale, using only Node's built-ins
// (it runs before anything is installed).
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function run(label, command, args, { cwd = root, env = process.env } = {}) {
  console.error(`[setup] ${label}...`);
  const result = spawnSync(command, args, { cwd, env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: 'inherit' });
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

/** The web console (web/dist), which the gateway serves at /; Vite takes a few seconds. */
function buildConsole() {
  run('building the web console (vite build)', process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'web'),
  });
}

/**
 * Browser tests drive Debian's Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). Installed with
 * apt-get when missing and we are root; otherwise the message says how.
 */
function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) return chromium;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${chromium} does not exist.`);
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('Browser tests need Chromium at /usr/bin/chromium: install it with `sudo apt-get install chromium`, or set CHROMIUM_PATH.');
  }
  run('installing Chromium for the browser tests (apt-get update)', 'apt-get', ['update', '-qq']);
  run('installing Chromium for the browser tests (apt-get install chromium)', 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  return chromium;
}

module.exports = { root, run, ensureDependencies, build, buildConsole, ensureChromium };
