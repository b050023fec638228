'use strict';
// Secrets for local runs (`npm start`, `npm test`, `npm run rotate-keys`), generated once per checkout into the
// git-ignored .cache/local-secrets.json so that nobody has to set them. Production sets its own (README, Security);
// the key is marked `local:`, and services refuse it with NODE_ENV=production.
const { randomBytes } = require('node:crypto');
const { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const file = path.join(root, '.cache/local-secrets.json');

function generate() {
  return {
    KEY_ENCRYPTION_KEY: `local:${randomBytes(32).toString('base64')}`,
    OPERATOR_PASSWORD: `Local-${randomBytes(12).toString('base64url')}`,
  };
}

/** The secrets of this checkout, created on first use; several processes starting at once agree on one file. */
function localSecrets() {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT')
      throw new Error(`${path.relative(process.cwd(), file)} is unreadable (${error.message}); delete it to generate new local secrets.`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under another name, then linked into place: a process starting at the same moment
  // either wins the link or reads the winner's complete file, never a half-written one.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${JSON.stringify(generate(), null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Fills in the local secrets an environment does not set itself (from .env or the shell); nothing in
 * production, where a missing secret must stop the service rather than be made up.
 */
function withLocalSecrets(env = process.env) {
  if (env.NODE_ENV === 'production') return env;
  const secrets = localSecrets();
  for (const [name, value] of Object.entries(secrets)) if (!env[name]) env[name] = value;
  return env;
}

module.exports = { localSecrets, withLocalSecrets, localSecretsFile: file };
