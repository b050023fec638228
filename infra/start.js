#!/usr/bin/env node
'use strict';
// `npm start`: installs what is missing, starts Kafka and the SMTP catcher, then the four subgraphs
// (each creates and migrates its own database) and the gateway; seeds a demo; stops it all on Ctrl-C.
const { spawn } = require('node:child_process');
const { createWriteStream, existsSync, mkdirSync } = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { root, ensureDependencies, build, buildConsole } = require('./lib/install');

const envFile = path.join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
// Whatever .env and the shell leave unset of KEY_ENCRYPTION_KEY and OPERATOR_PASSWORD comes from .cache/local-secrets.json.
const operatorPasswordGiven = Boolean(process.env.OPERATOR_PASSWORD);
require('./lib/local-secrets').withLocalSecrets(process.env);

const SERVICES = [
  { name: 'enrollment', entry: 'services/enrollment/dist/main.js', port: process.env.ENROLLMENT_PORT || 4001 },
  { name: 'relationship', entry: 'services/relationship/dist/main.js', port: process.env.RELATIONSHIP_PORT || 4002 },
  { name: 'agreement', entry: 'services/agreement/dist/main.js', port: process.env.AGREEMENT_PORT || 4003 },
  { name: 'notification', entry: 'services/notification/dist/main.js', port: process.env.NOTIFICATION_PORT || 4004 },
];
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT || 4000);
const logDir = path.join(root, '.cache/logs');
const children = [];
let stopping = false;

function say(message) {
  console.log(`[start] ${message}`);
}

/** Runs a service with its full log in .cache/logs and its warnings and errors on the console. */
function launch(name, entry) {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const file = createWriteStream(logFile, { flags: 'a' });
  // The gateway calls the subgraphs from 127.0.0.1 and names the client in X-Forwarded-For: they believe it, nobody else.
  const env = name === 'gateway' ? process.env : { TRUSTED_PROXIES: 'loopback', ...process.env };
  const child = spawn(process.execPath, [path.join(root, entry)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      file.write(`${line}\n`);
      let entryLevel = 50;
      let message = line;
      try {
        const parsed = JSON.parse(line);
        entryLevel = parsed.level;
        message = parsed.msg + (parsed.err?.message ? `: ${parsed.err.message}` : '');
      } catch {
        // not a JSON log line: show it as is
      }
      if (entryLevel >= 40) console.log(`[${name}] ${message}`);
    });
  }
  child.on('exit', (code, signal) => {
    // Ctrl-C reaches the services too; they stop cleanly and exit 0 on their own.
    if (!stopping && code === 0) shutdown(0);
    else if (!stopping) {
      console.error(`[${name}] stopped unexpectedly (${signal || `exit ${code}`}); its log: ${path.relative(process.cwd(), logFile)}`);
      shutdown(1);
    }
  });
  children.push({ name, child });
  return { child, logFile };
}

async function waitUntilReady(name, url, child, timeoutMs = 90000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up; see .cache/logs/${name}.log`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s; see .cache/logs/${name}.log`);
}

let catcher;
let kafka;
async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping...');
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10000).unref();
        }),
    ),
  );
  await catcher?.close();
  if (kafka?.startedHere) await require('./kafka').stopKafka();
  say('stopped');
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  ensureDependencies();
  build();
  buildConsole();
  const { checkMysql } = require('./lib/mysql');
  const mysqlUrl = process.env.MYSQL_URL || 'mysql://root@127.0.0.1:3306';
  say(`MySQL ${await checkMysql(mysqlUrl)} at ${mysqlUrl}`);
  kafka = await require('./kafka').ensureKafka();
  const smtpPort = Number(process.env.SMTP_PORT || 1025);
  const smtpUiPort = Number(process.env.SMTP_UI_PORT || 1080);
  const mail = mailDestination(process.env.SMTP_URL, smtpPort);
  if (mail.catcher) {
    process.env.SMTP_URL = mail.url;
    catcher = await require('./smtp-catcher').startSmtpCatcher({ smtpPort, httpPort: smtpUiPort });
    say(`SMTP catcher on ${mail.url}`);
  } else {
    say(`emails go out through ${mail.server} (SMTP_URL); no SMTP catcher started`);
  }

  // Enrollment first: it owns the signing keys every other service verifies tokens with.
  const [first, ...rest] = SERVICES;
  for (const group of [[first], rest]) {
    await Promise.all(
      group.map(async (service) => {
        say(`starting ${service.name} on port ${service.port}...`);
        const { child } = launch(service.name, service.entry);
        await waitUntilReady(service.name, `http://127.0.0.1:${service.port}/healthz`, child);
      }),
    );
  }
  say(`starting the gateway on port ${GATEWAY_PORT}...`);
  const gateway = launch('gateway', 'gateway/dist/main.js');
  await waitUntilReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}/healthz`, gateway.child);

  const operator = { email: process.env.OPERATOR_EMAIL || 'operator@channelgraph.local', password: process.env.OPERATOR_PASSWORD };
  say('seeding the demo (MPN profiles, a customer, an indirect provider and an indirect reseller)...');
  const { accounts, invitation } = await require('./seed-demo')
    .seedDemoFromEnv({ ...process.env, GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}`, OPERATOR_EMAIL: operator.email }, { sendInvitation: mail.catcher })
    .catch((error) => {
      if (operatorPasswordGiven || !error.message.includes(`sign in ${operator.email}`)) throw error;
      throw new Error(
        `${error.message} The operator account was created before npm start generated its password into .cache/local-secrets.json ` +
          '(it was then Operator-Passw0rd!): set that password as OPERATOR_PASSWORD in .env, or drop the channelgraph_enrollment database to start afresh.',
      );
    });
  const operatorPassword = operatorPasswordGiven
    ? '(from OPERATOR_PASSWORD)'
    : `${operator.password}   (generated for this checkout: .cache/local-secrets.json)`;
  console.log(`
channelgraph is running.

  Console           http://localhost:${GATEWAY_PORT}/
  GraphQL gateway   http://localhost:${GATEWAY_PORT}/graphql
  Mail sent         ${mail.catcher ? `http://localhost:${smtpUiPort}   (the SMTP catcher: every email the platform sends)` : `through ${mail.server}`}
  Logs              ${path.relative(process.cwd(), logDir)}/<service>.log

Sign-ins:
  platform operator   ${operator.email} / ${operatorPassword}
${accounts.map((account) => `  ${account.label.padEnd(19)} ${account.email} / ${account.password}`).join('\n')}
${invitation ? `\nTry it: open the mail catcher, find "${invitation.subject}" to ${invitation.to}, click its link\nand sign in as the customer admin to accept the invitation in the console.\n` : ''}
Press Ctrl-C to stop everything.`);
}

/**
 * Where the platform's email goes: to the bundled SMTP catcher when SMTP_URL is unset or names the
 * catcher's own address, otherwise to the server SMTP_URL names (its password never printed).
 */
function mailDestination(smtpUrl, smtpPort) {
  const catcherUrl = `smtp://127.0.0.1:${smtpPort}`;
  if (!smtpUrl) return { catcher: true, url: catcherUrl };
  const url = new URL(smtpUrl);
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && Number(url.port || 25) === smtpPort;
  return { catcher: local, url: smtpUrl, server: `${url.protocol}//${url.host}` };
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  shutdown(1);
});
