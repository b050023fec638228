'use strict';
// Local single-node Apache Kafka (KRaft, broker+controller in one JVM) built from
// Maven Central jars, because this machine has no Docker. Everything lives in
// <repo>/.cache/kafka; the data dir survives stop/start so restarts are fast and
// tests can prove that nothing is lost across a broker outage.
//
// With SASL asked for (KAFKA_SASL_MECHANISM, or ensureKafka({ sasl })) a second broker runs beside
// that one, in its own directory (.cache/kafka-sasl) on its own port (9094): clients authenticate
// with SASL/SCRAM, and the ACLs of infra/lib/kafka-acls.js let each service's user write only its
// own topics. Its SCRAM users are created when its storage is formatted.
//
// ensureKafkaCluster runs three such nodes as one cluster (each a broker and a controller, every
// partition on all three, two in sync for a write): what the fault tests kill a broker of.
//
//   node infra/kafka.js start|stop|status|restart     (port: KAFKA_PORT, default 9092, or 9094 with SASL)
//   node infra/kafka.js acls                          (the ACLs on KAFKA_BROKERS, as the super user: docker compose)
//   node infra/kafka.js start-cluster|stop-cluster    (three nodes, replication factor 3, in .cache/kafka-cluster;
//                                                      ports from KAFKA_CLUSTER_PORT, default 19292; --remove deletes its data)

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const { createBrokerClient } = require('./lib/broker-client');
const { applyAcls, readContracts, servicesOf } = require('./lib/kafka-acls');

const KAFKA_VERSION = '3.9.1';
const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'kafka');
const SASL_CACHE = path.join(ROOT, '.cache', 'kafka-sasl');
const SASL_PORT = 9094;
const LIBS = path.join(CACHE, 'libs'); // shared by every broker directory
const READY_TIMEOUT_MS = 90_000;

/** The files of one broker: the default one in .cache/kafka, the SASL one in .cache/kafka-sasl, a test's in a temp dir. */
function brokerFiles(dir = CACHE) {
  const logs = path.join(dir, 'logs');
  return {
    dir,
    data: path.join(dir, 'data'),
    logs,
    props: path.join(dir, 'server.properties'),
    log4j: path.join(dir, 'log4j.properties'),
    pidFile: path.join(dir, 'kafka.pid'),
    lockFile: path.join(dir, 'start.lock'),
    serverLog: path.join(logs, 'server.log'),
    // What the SCRAM users were formatted with (a digest, never the passwords).
    credentialsFile: path.join(dir, 'scram-users.sha256'),
  };
}
const DEFAULT_FILES = brokerFiles(CACHE);

const log = (msg) => process.stderr.write(`[kafka] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Java properties files treat '\' as an escape, so always hand them forward slashes.
const fwd = (p) => p.split(path.sep).join('/');
// Maven colours its output even in batch mode.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

// ---------------------------------------------------------------- probing

function tcpOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

// A broker counts as up when it answers cluster and topic metadata requests.
// In KRaft mode the broker only opens its listener for requests once it is
// registered and unfenced, so this also means "topics can be created".
// A SASL broker is probed as its super user (`auth`: { mechanism, username, password }).
async function isKafkaUp(port = 9092, auth = undefined) {
  if (!(await tcpOpen(port))) return false; // fast path: no client retry noise
  const kafka = createBrokerClient({
    clientId: 'infra-probe',
    brokers: [`127.0.0.1:${port}`],
    connectionTimeoutMs: 1000,
    requestTimeoutMs: 3000,
    retry: { retries: 0 },
    ...(auth ? { sasl: auth } : {}),
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const brokers = await admin.brokerCount();
    await admin.topicPartitions([]);
    return brokers > 0;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

// ---------------------------------------------------------------- pid helpers

function readPid(file) {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM'; // exists but belongs to someone else
  }
}

// Pids get recycled: before signalling, make sure the pid really is our broker.
function isOurBroker(pid, files) {
  if (!alive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('kafka.Kafka') && cmd.includes(fwd(files.props));
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** Pid of the broker started from `files.dir` (.cache/kafka by default), or null (cleans up a stale pid file). */
function brokerPid(files = DEFAULT_FILES) {
  const pid = readPid(files.pidFile);
  if (pid && isOurBroker(pid, files)) return pid;
  if (pid) fs.rmSync(files.pidFile, { force: true });
  return null;
}

function configuredPort(files) {
  try {
    const m = /^listeners=(?:SASL_)?PLAINTEXT:\/\/[^:]+:(\d+)/m.exec(fs.readFileSync(files.props, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Last `lines` lines of the broker's server.log (reads only the file's tail). */
function kafkaLogTail(lines = 30, files = DEFAULT_FILES) {
  let fd;
  try {
    fd = fs.openSync(files.serverLog, 'r');
    const size = fs.fstatSync(fd).size;
    const len = Math.min(size, 64 * 1024);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    return buf
      .toString('utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n')
      .trimEnd();
  } catch {
    return '(no server.log yet)';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------- setup steps

function run(cmd, args, { capture = false, quiet = false, onOutput } = {}) {
  return new Promise((resolve, reject) => {
    // Everything the tool prints ends up on our stderr (CLI stdout stays clean), minus the
    // stray ANSI resets Maven's -q mode emits; stdout is captured when we need it.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', capture ? 'pipe' : 2, quiet ? 'ignore' : 'pipe'] });
    let out = '';
    if (capture)
      child.stdout.on('data', (d) => {
        out += d;
        onOutput?.(stripAnsi(String(d)));
      });
    child.stderr?.on('data', (d) => {
      const text = stripAnsi(String(d));
      if (text.trim()) process.stderr.write(text);
    });
    child.once('error', (err) => {
      if (err.code === 'ENOENT') {
        reject(
          new Error(
            `'${cmd}' not found on PATH. The local Kafka needs Java 17+ and Maven: ` +
              'install them (e.g. `apt-get install openjdk-17-jdk-headless maven` or `brew install openjdk@17 maven`) and retry.',
          ),
        );
      } else reject(err);
    });
    child.once('exit', (code) => {
      if (code === 0) return resolve(out);
      // Maven prints its [ERROR] lines on stdout (with ANSI resets even in batch mode)
      if (stripAnsi(out).trim()) process.stderr.write(`${stripAnsi(out)}\n`);
      reject(new Error(`${cmd} ${args.slice(0, 3).join(' ')}... exited with code ${code}`));
    });
  });
}

/**
 * Maven's "Downloaded from central: … (12 kB at 3.4 MB/s)" lines, summed and reported every few
 * seconds, so the first run (tens of MB, a minute or more) never sits silent.
 */
function downloadProgress(everyMs = 3000) {
  const UNITS = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
  let files = 0;
  let bytes = 0;
  let reported = 0;
  const report = () => {
    if (files === reported) return;
    reported = files;
    log(`  ${files} files, ${(bytes / 1e6).toFixed(1)} MB so far...`);
  };
  const timer = setInterval(report, everyMs);
  return {
    read(text) {
      for (const match of text.matchAll(/Downloaded from \S+: \S+ \(([\d.,]+) (B|kB|MB|GB)/g)) {
        files += 1;
        bytes += Number(match[1].replace(',', '')) * UNITS[match[2]];
      }
    },
    done() {
      clearInterval(timer);
      report();
    },
  };
}

async function ensureJars() {
  if (fs.existsSync(path.join(LIBS, `kafka_2.13-${KAFKA_VERSION}.jar`))) return;
  // fail early with the install hint rather than after a half-finished download
  await run('java', ['-version'], { quiet: true });
  await run('mvn', ['-v'], { capture: true, quiet: true });
  log(`downloading Apache Kafka ${KAFKA_VERSION} jars from Maven Central (first run only)...`);
  const progress = downloadProgress();
  try {
    await run(
      'mvn',
      ['-B', '-f', path.join(__dirname, 'kafka', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${LIBS}`, '-DincludeScope=runtime'],
      { capture: true, onOutput: progress.read },
    ); // captured: shown only on failure, and counted for the progress lines
  } finally {
    progress.done();
  }
  if (!fs.existsSync(path.join(LIBS, `kafka_2.13-${KAFKA_VERSION}.jar`))) {
    throw new Error(`Maven finished but ${LIBS} has no kafka_2.13-${KAFKA_VERSION}.jar`);
  }
}

/**
 * SASL/SCRAM for clients, and the broker as the super user on its own listener; the controller
 * listener (loopback only) uses PLAIN with the same super user, because a KRaft controller cannot
 * check SCRAM credentials that live in the very metadata it serves. Every request is authorized by
 * KRaft's StandardAuthorizer: no ACL, no access.
 */
function saslProps(port, sasl, advertisedPort = port) {
  const mechanism = sasl.mechanism.toUpperCase();
  const { username, password } = sasl.admin;
  return {
    listeners: `SASL_PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1}`,
    'advertised.listeners': `SASL_PLAINTEXT://127.0.0.1:${advertisedPort}`,
    'inter.broker.listener.name': 'SASL_PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    'sasl.enabled.mechanisms': mechanism,
    'sasl.mechanism.inter.broker.protocol': mechanism,
    [`listener.name.sasl_plaintext.${sasl.mechanism}.sasl.jaas.config`]: `org.apache.kafka.common.security.scram.ScramLoginModule required username="${username}" password="${password}";`,
    'sasl.mechanism.controller.protocol': 'PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.controller.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="${username}" password="${password}" user_${username}="${password}";`,
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'super.users': `User:${username}`,
    'allow.everyone.if.no.acl.found': false,
  };
}

/**
 * One node of a cluster (`nodeId`, the controller `voters`, `replicas` per partition) or the single
 * node (the defaults). `advertisedPort`: where clients are told to connect, when that is not `port`
 * (a proxy in front of the broker).
 */
function writeConfig(files, port, sasl, { nodeId = 1, voters = `1@127.0.0.1:${port + 1}`, replicas = 1, advertisedPort = port } = {}) {
  // Regenerated on every start so edits here always take effect.
  const props = {
    'process.roles': 'broker,controller',
    'node.id': nodeId,
    'controller.quorum.voters': voters,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${advertisedPort}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    ...(sasl ? saslProps(port, sasl, advertisedPort) : {}),
    'log.dirs': fwd(files.data),
    'num.partitions': 3,
    // A single node holds every internal topic alone. In a cluster every partition has `replicas`
    // copies and a write with acks=all needs two of them: one node may fail without losing a write.
    'default.replication.factor': replicas,
    'min.insync.replicas': Math.min(replicas, 2),
    'offsets.topic.replication.factor': replicas,
    'offsets.topic.num.partitions': 3,
    'transaction.state.log.replication.factor': replicas,
    'transaction.state.log.min.isr': Math.min(replicas, 2),
    // default is 50 partitions, created on the first transactional producer: slow for nothing
    'transaction.state.log.num.partitions': 3,
    // tests must not wait 3 s on every consumer group join
    'group.initial.rebalance.delay.ms': 0,
    'auto.create.topics.enable': true,
    'log.retention.hours': 24,
  };
  const body = Object.entries(props)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  // It holds the super user's password when SASL is on: readable by this user only.
  fs.writeFileSync(files.props, `# generated by infra/kafka.js on every start; edit that file instead\n${body}\n`, { mode: 0o600 });
  fs.chmodSync(files.props, 0o600);
  fs.writeFileSync(
    files.log4j,
    [
      '# generated by infra/kafka.js',
      'log4j.rootLogger=INFO, file',
      'log4j.appender.file=org.apache.log4j.FileAppender',
      `log4j.appender.file.File=${fwd(files.serverLog)}`,
      'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
      // same noise reduction as Kafka's own config/log4j.properties
      'log4j.logger.kafka.request.logger=WARN',
      'log4j.logger.state.change.logger=WARN',
      '',
    ].join('\n'),
  );
}

// Kafka cluster ids are 16 random bytes, base64url without padding (22 chars);
// Kafka itself never hands out one starting with '-', so neither do we.
function clusterId() {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

const javaArgs = (files, ...rest) => [`-Dlog4j.configuration=file:${fwd(files.log4j)}`, '-cp', path.join(LIBS, '*'), ...rest];

/** Every SCRAM user of a SASL broker: the super user first, then one per service. */
const scramUsers = (sasl) => [sasl.admin, ...sasl.users];

// A digest of the SCRAM users, to notice that the ones asked for are not the ones the storage was formatted with.
function credentialsDigest(sasl) {
  const users = scramUsers(sasl)
    .map(({ username, password }) => [username, password])
    .sort();
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([sasl.mechanism, users]))
    .digest('hex');
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function formatStorageOnce(files, sasl, id = clusterId()) {
  if (fs.existsSync(path.join(files.data, 'meta.properties'))) {
    if (!sasl || readIfExists(files.credentialsFile).trim() === credentialsDigest(sasl)) return;
    // SCRAM users are made at format time; this broker holds nothing that outlives a local run.
    log(`the SCRAM users differ from those ${files.dir} was formatted with: formatting it afresh (its topics are dropped)...`);
    fs.rmSync(files.data, { recursive: true, force: true });
  }
  log(sasl ? `formatting storage with ${scramUsers(sasl).length} SCRAM users...` : 'formatting storage (first run only)...');
  const scram = (sasl ? scramUsers(sasl) : []).flatMap(({ username, password }) => [
    '--add-scram',
    `${sasl.mechanism.toUpperCase()}=[name=${username},password=${password}]`,
  ]);
  await run('java', javaArgs(files, 'kafka.tools.StorageTool', 'format', '--ignore-formatted', '-t', id, '-c', files.props, ...scram), { capture: true });
  if (sasl) fs.writeFileSync(files.credentialsFile, `${credentialsDigest(sasl)}\n`, { mode: 0o600 });
}

// Keep exactly one previous log so the file does not grow forever and the
// tail printed on failure belongs to this start.
function rotate(file) {
  if (fs.existsSync(file)) fs.renameSync(file, `${file}.1`);
}

function spawnBroker(files) {
  rotate(path.join(files.logs, 'stdout.log'));
  const out = fs.openSync(path.join(files.logs, 'stdout.log'), 'a');
  const child = spawn('java', ['-Xms256m', '-Xmx768m', '-XX:+UseG1GC', ...javaArgs(files, 'kafka.Kafka', files.props)], {
    cwd: files.dir,
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  child.unref(); // the broker outlives this Node process on purpose
  fs.writeFileSync(files.pidFile, String(child.pid));
  const state = { exited: false };
  child.once('exit', (code, sig) => {
    state.exited = `exited with ${sig || `code ${code}`}`;
  });
  return { pid: child.pid, state };
}

async function waitReady(files, port, auth, { pid, state } = {}) {
  const t0 = Date.now();
  let lastNote = t0;
  for (;;) {
    if (await isKafkaUp(port, auth)) return;
    const died = state?.exited || (pid && !alive(pid) && 'is gone');
    const elapsed = Date.now() - t0;
    if (died || elapsed > READY_TIMEOUT_MS) {
      const why = died ? `the broker process ${died}` : `no answer within ${READY_TIMEOUT_MS / 1000}s`;
      process.stderr.write(`[kafka] last lines of ${files.serverLog}:\n${kafkaLogTail(30, files)}\n`);
      throw new Error(`Kafka did not come up on 127.0.0.1:${port}: ${why}. See ${files.logs}/`);
    }
    if (Date.now() - lastNote >= 5000) {
      log(`still waiting for the broker (${Math.round(elapsed / 1000)}s)...`);
      lastNote = Date.now();
    }
    await sleep(500);
  }
}

// Cross-process lock around download/format/spawn, so two test runners calling
// ensureKafka at the same moment cannot start two brokers on one data dir.
function tryLock(files) {
  try {
    fs.writeFileSync(files.lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    const holder = readPid(files.lockFile);
    if (holder && alive(holder)) return false;
    fs.rmSync(files.lockFile, { force: true }); // left behind by a crashed run
    return tryLock(files);
  }
}

// ---------------------------------------------------------------- SASL settings

const SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512'];
// Names and passwords end up inside `--add-scram '…=[name=…,password=…]'` and quoted JAAS values:
// keep to characters that need no escaping in either (base64, hex and generated passwords fit).
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;
const SAFE_PASSWORD = /^[A-Za-z0-9._~+/=!@#%^*-]{8,}$/;

/** Checks ensureKafka's `sasl` option: { mechanism, admin: { username, password }, users: [{ service, username, password }], topicPrefix }. */
function checkSasl(sasl) {
  if (!SASL_MECHANISMS.includes(sasl.mechanism)) throw new Error(`SASL mechanism must be one of ${SASL_MECHANISMS.join(', ')}, not ${sasl.mechanism}`);
  const users = scramUsers(sasl);
  for (const { username, password } of users) {
    if (!SAFE_NAME.test(username ?? '')) throw new Error(`Kafka user name ${JSON.stringify(username)} must match ${SAFE_NAME}`);
    if (!SAFE_PASSWORD.test(password ?? ''))
      throw new Error(`the password of Kafka user ${username} must be at least 8 of A-Z a-z 0-9 . _ ~ + / = ! @ # % ^ * -`);
  }
  const names = users.map((user) => user.username);
  if (new Set(names).size !== names.length) throw new Error(`each Kafka user needs a name of its own (super user and services): ${names.join(', ')}`);
  return { topicPrefix: '', ...sasl };
}

const adminAuth = (sasl) => sasl && { mechanism: sasl.mechanism, username: sasl.admin.username, password: sasl.admin.password };

/** The ACLs of every service user, created as the super user (creating one that exists changes nothing). */
async function ensureAcls(brokers, sasl) {
  const admin = createBrokerClient({ clientId: 'infra-acls', brokers: [].concat(brokers), sasl: adminAuth(sasl) }).admin();
  await admin.connect();
  try {
    return await applyAcls(admin, sasl.users, { topicPrefix: sasl.topicPrefix });
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/**
 * SASL settings from the environment, for the CLI: KAFKA_SASL_MECHANISM, the super user
 * KAFKA_ADMIN_USERNAME (default admin) / KAFKA_ADMIN_PASSWORD, and one user per service,
 * <SERVICE>_KAFKA_USERNAME (default the service's name) / <SERVICE>_KAFKA_PASSWORD - the same
 * names the services read their own credentials from. Undefined when KAFKA_SASL_MECHANISM is unset or none.
 */
function saslFromEnv(env = process.env) {
  const mechanism = env.KAFKA_SASL_MECHANISM;
  if (!mechanism || mechanism === 'none') return undefined;
  const passwordOf = (name) => env[name] || undefined;
  const users = servicesOf(readContracts()).map((service) => ({
    service,
    username: env[`${service.toUpperCase()}_KAFKA_USERNAME`] || service,
    password: passwordOf(`${service.toUpperCase()}_KAFKA_PASSWORD`),
  }));
  const missing = [
    ...(passwordOf('KAFKA_ADMIN_PASSWORD') ? [] : ['KAFKA_ADMIN_PASSWORD']),
    ...users.filter((user) => !user.password).map((user) => `${user.service.toUpperCase()}_KAFKA_PASSWORD`),
  ];
  if (missing.length > 0) throw new Error(`KAFKA_SASL_MECHANISM=${mechanism} needs ${missing.join(', ')}`);
  return checkSasl({
    mechanism,
    admin: { username: env.KAFKA_ADMIN_USERNAME || 'admin', password: env.KAFKA_ADMIN_PASSWORD },
    users,
    topicPrefix: env.KAFKA_TOPIC_PREFIX || '',
  });
}

// ---------------------------------------------------------------- public API

/**
 * Make sure a broker answers on 127.0.0.1:<port>; start ours if none does.
 *
 * Without options: the plaintext broker of .cache/kafka on 9092. With `sasl` ({ mechanism:
 * 'scram-sha-256'|'scram-sha-512', admin: { username, password }, users: [{ service, username,
 * password }], topicPrefix }): a SASL/SCRAM broker with ACLs, by default in .cache/kafka-sasl on
 * 9094 (so both can run at once); `dir` puts a broker's files elsewhere (a test's temp dir).
 * `advertisedPort` is the port clients are told to connect to, when something else listens there
 * and forwards to the broker (a test's fault proxy, so that cutting it cuts every connection).
 * @returns {Promise<{brokers: string, startedHere: boolean, dir: string}>}
 */
async function ensureKafka({ port, dir, sasl, advertisedPort } = {}) {
  if (sasl) sasl = checkSasl(sasl);
  port ??= sasl ? SASL_PORT : 9092;
  const files = brokerFiles(dir ?? (sasl ? SASL_CACHE : CACHE));
  if (sasl && files.dir === CACHE) throw new Error('the SASL broker needs a directory of its own, not .cache/kafka');
  const brokers = `127.0.0.1:${port}`;
  const auth = adminAuth(sasl);
  const ready = async (startedHere) => {
    if (sasl && !startedHere && readIfExists(files.credentialsFile).trim() !== credentialsDigest(sasl)) {
      log('the running broker was formatted with other SCRAM users; `node infra/kafka.js restart` formats it with these');
    }
    if (sasl) await ensureAcls(brokers, sasl);
    return { brokers, startedHere, dir: files.dir };
  };
  if (await isKafkaUp(port, auth)) return ready(false);
  fs.mkdirSync(files.logs, { recursive: true });

  const running = brokerPid(files);
  if (running) {
    // Our broker is still booting (another process started it) - or bound elsewhere.
    const other = configuredPort(files);
    if (other && other !== port) {
      throw new Error(
        `the broker from ${path.relative(ROOT, files.dir) || files.dir} (pid ${running}) runs on port ${other}, not ${port}; ` +
          'run `node infra/kafka.js stop` first',
      );
    }
    log(`broker pid ${running} is starting, waiting for it...`);
    await waitReady(files, port, auth, { pid: running });
    return ready(false);
  }

  if (!tryLock(files)) {
    log('another process is starting Kafka, waiting for it...');
    for (let holder; (holder = readPid(files.lockFile)) && alive(holder);) await sleep(500);
    return ensureKafka({ port, dir, sasl, advertisedPort });
  }
  try {
    for (const p of [port, port + 1]) {
      if (await tcpOpen(p)) {
        throw new Error(
          `port ${p} is already in use by something that is not ${sasl ? 'our SASL' : 'a'} Kafka broker; ` +
            'stop that process or pick another port (KAFKA_PORT)',
        );
      }
    }
    await ensureJars();
    rotate(files.serverLog);
    writeConfig(files, port, sasl, { advertisedPort });
    await formatStorageOnce(files, sasl);
    const t0 = Date.now();
    log(`starting ${sasl ? `SASL/${sasl.mechanism.toUpperCase()} ` : ''}broker on ${brokers}...`);
    const broker = spawnBroker(files);
    await waitReady(files, port, auth, broker);
    log(`broker up on ${brokers} (pid ${broker.pid}, ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    return await ready(true);
  } finally {
    fs.rmSync(files.lockFile, { force: true });
  }
}

/** Stop the broker started from `dir` (.cache/kafka by default), if any. Resolves true if one was stopped. */
async function stopKafka({ dir = CACHE } = {}) {
  const files = brokerFiles(dir);
  const pid = brokerPid(files);
  if (!pid) return false;
  log(`stopping broker (pid ${pid})...`);
  process.kill(pid, 'SIGTERM'); // Kafka's shutdown hook does a clean, fast-to-recover shutdown
  const deadline = Date.now() + 30_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) {
    log('broker ignored SIGTERM for 30s, killing it');
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    while (alive(pid)) await sleep(100);
  }
  fs.rmSync(files.pidFile, { force: true });
  log('broker stopped');
  return true;
}

// ---------------------------------------------------------------- a cluster

const CLUSTER_CACHE = path.join(ROOT, '.cache', 'kafka-cluster');
const CLUSTER_PORT = 19292;
const CLUSTER_SIZE = 3;

/** Node i (from 1) of a cluster listens on port + 2(i - 1), its controller on the port after; its files are in <dir>/node-<i>. */
function clusterNodes(port, dir, size) {
  return Array.from({ length: size }, (_, i) => ({ nodeId: i + 1, port: port + 2 * i, files: brokerFiles(path.join(dir, `node-${i + 1}`)) }));
}

/** How many brokers the cluster's metadata lists (registered and not fenced), asked through any of `ports`; 0 when none answers. */
async function brokersListed(ports) {
  const admin = createBrokerClient({
    clientId: 'infra-probe',
    brokers: ports.map((port) => `127.0.0.1:${port}`),
    connectionTimeoutMs: 1000,
    requestTimeoutMs: 3000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    return await admin.brokerCount();
  } catch {
    return 0;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

/** The cluster's id, made once: every node's storage is formatted with it. */
function clusterIdOf(dir) {
  const file = path.join(dir, 'cluster.id');
  const known = readIfExists(file).trim();
  if (known) return known;
  const id = clusterId();
  fs.writeFileSync(file, `${id}\n`);
  return id;
}

/**
 * Make sure every node of a KRaft cluster runs (plaintext, no SASL): `size` nodes (3 by default),
 * each a combined broker and controller, in <dir>/node-<i> (.cache/kafka-cluster by default) on
 * port + 2(i - 1) (19292, 19294, 19296 by default). Topics get `size` replicas by default and a
 * write with acks=all needs two of them in sync (min.insync.replicas=2), internal topics alike: one
 * node may die without losing a write or stopping the cluster. Starts only the nodes that are not
 * running (the one a test killed, say) and resolves once the metadata lists every broker.
 * @returns {Promise<{brokers: string, startedHere: boolean, dir: string, nodes: Array<{nodeId: number, port: number, pid: number|null}>}>}
 */
async function ensureKafkaCluster({ port = CLUSTER_PORT, dir = CLUSTER_CACHE, size = CLUSTER_SIZE } = {}) {
  if (!Number.isInteger(size) || size < 3) throw new Error(`a cluster needs at least 3 nodes (one may fail while two hold every write), not ${size}`);
  const nodes = clusterNodes(port, dir, size);
  const ports = nodes.map((node) => node.port);
  const result = (startedHere) => ({
    brokers: ports.map((p) => `127.0.0.1:${p}`).join(','),
    startedHere,
    dir,
    nodes: nodes.map((node) => ({ nodeId: node.nodeId, port: node.port, pid: brokerPid(node.files) })),
  });
  fs.mkdirSync(dir, { recursive: true });
  const clusterFiles = brokerFiles(dir);
  if (!tryLock(clusterFiles)) {
    log('another process is starting this cluster, waiting for it...');
    for (let holder; (holder = readPid(clusterFiles.lockFile)) && alive(holder);) await sleep(500);
    return ensureKafkaCluster({ port, dir, size });
  }
  try {
    const missing = nodes.filter((node) => !brokerPid(node.files));
    for (const node of missing) {
      for (const p of [node.port, node.port + 1]) {
        // A node killed a moment ago may still hold its ports while it dies.
        for (const deadline = Date.now() + 5000; Date.now() < deadline && (await tcpOpen(p));) await sleep(200);
        if (await tcpOpen(p))
          throw new Error(
            `port ${p} (node ${node.nodeId}) is already in use by something that is not this cluster's node; pick another base port (KAFKA_CLUSTER_PORT)`,
          );
      }
    }
    if (missing.length > 0) {
      await ensureJars();
      const id = clusterIdOf(dir);
      const voters = nodes.map((node) => `${node.nodeId}@127.0.0.1:${node.port + 1}`).join(',');
      const t0 = Date.now();
      // All at once: a node answers only once a majority of the controllers has elected a leader.
      await Promise.all(
        missing.map(async (node) => {
          fs.mkdirSync(node.files.logs, { recursive: true });
          rotate(node.files.serverLog);
          writeConfig(node.files, node.port, undefined, { nodeId: node.nodeId, voters, replicas: Math.min(size, 3) });
          await formatStorageOnce(node.files, undefined, id);
        }),
      );
      log(
        `starting ${missing.length === size ? `a ${size}-node cluster` : `node ${missing.map((node) => node.nodeId).join(', ')} of the cluster`} on ${missing.map((node) => `127.0.0.1:${node.port}`).join(', ')}...`,
      );
      await Promise.all(missing.map((node) => waitReady(node.files, node.port, undefined, spawnBroker(node.files))));
      log(`${missing.length} node(s) up (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    }
    const t1 = Date.now();
    while ((await brokersListed(ports)) < size) {
      if (Date.now() - t1 > READY_TIMEOUT_MS)
        throw new Error(`the cluster in ${dir} does not list all ${size} brokers after ${READY_TIMEOUT_MS / 1000}s; see each node's logs/`);
      await sleep(250);
    }
    return result(missing.length > 0);
  } finally {
    fs.rmSync(clusterFiles.lockFile, { force: true });
  }
}

/**
 * Stop every node of the cluster in `dir` (.cache/kafka-cluster by default); resolves how many were
 * running. `removeData`: kill them at once (SIGKILL: nothing of theirs is kept) and delete `dir`.
 */
async function stopKafkaCluster({ dir = CLUSTER_CACHE, removeData = false } = {}) {
  const nodeDirs = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => /^node-\d+$/.test(name))
        .map((name) => path.join(dir, name))
    : [];
  const pids = nodeDirs.map((nodeDir) => brokerPid(brokerFiles(nodeDir))).filter(Boolean);
  if (removeData) {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    while (pids.some(alive)) await sleep(100);
    fs.rmSync(dir, { recursive: true, force: true });
  } else {
    await Promise.all(nodeDirs.map((nodeDir) => stopKafka({ dir: nodeDir })));
  }
  return pids.length;
}

module.exports = { ensureKafka, stopKafka, ensureKafkaCluster, stopKafkaCluster, isKafkaUp, kafkaLogTail, saslFromEnv, ensureAcls, SASL_PORT, CLUSTER_PORT };

// ---------------------------------------------------------------- CLI

if (require.main === module) {
  let sasl;
  try {
    sasl = saslFromEnv();
  } catch (err) {
    console.error(`[kafka] ${err.message}`);
    process.exit(1);
  }
  const port = Number(process.env.KAFKA_PORT || (sasl ? SASL_PORT : 9092));
  const dir = sasl ? SASL_CACHE : CACHE;
  const clusterPort = Number(process.env.KAFKA_CLUSTER_PORT || CLUSTER_PORT);
  const commands = {
    async start() {
      const { brokers, startedHere } = await ensureKafka({ port, sasl });
      console.log(`Kafka${sasl ? ` (SASL/${sasl.mechanism.toUpperCase()}, ACLs)` : ''} is up at ${brokers}${startedHere ? '' : ' (was already running)'}`);
      return 0;
    },
    // docker compose: the broker runs in its own container, this creates the services' ACLs on it.
    async acls() {
      if (!sasl) throw new Error('acls needs KAFKA_SASL_MECHANISM and the passwords it names');
      const brokers = (process.env.KAFKA_BROKERS || `127.0.0.1:${port}`).split(',');
      const entries = await ensureAcls(brokers, sasl);
      console.log(`${entries.length} ACLs for ${sasl.users.map((user) => user.username).join(', ')} on ${brokers.join(',')}`);
      return 0;
    },
    async stop() {
      const stopped = await stopKafka({ dir });
      if (await isKafkaUp(port, adminAuth(sasl))) {
        console.log(`a broker still answers on 127.0.0.1:${port} but was not started by infra/kafka.js; left alone`);
        return 1;
      }
      console.log(stopped ? 'Kafka stopped' : 'Kafka was not running');
      return 0;
    },
    async status() {
      const up = await isKafkaUp(port, adminAuth(sasl));
      const pid = brokerPid(brokerFiles(dir));
      if (up) console.log(`Kafka is up at 127.0.0.1:${port}${pid ? ` (pid ${pid}, data in ${dir})` : ' (not managed by infra/kafka.js)'}`);
      else console.log(pid ? `Kafka process ${pid} exists but does not answer on port ${port} (starting?)` : 'Kafka is down');
      return up ? 0 : 1;
    },
    async restart() {
      await stopKafka({ dir });
      return commands.start();
    },
    async 'start-cluster'() {
      const { brokers, startedHere } = await ensureKafkaCluster({ port: clusterPort });
      console.log(
        `a Kafka cluster of 3 nodes is up at ${brokers}${startedHere ? '' : ' (was already running)'}; data in ${path.relative(ROOT, CLUSTER_CACHE)}`,
      );
      return 0;
    },
    async 'stop-cluster'() {
      const removeData = process.argv.includes('--remove');
      const stopped = await stopKafkaCluster({ removeData });
      console.log(
        `${stopped > 0 ? `${stopped} node(s) stopped` : 'the cluster was not running'}${removeData ? `; ${path.relative(ROOT, CLUSTER_CACHE)} removed` : ''}`,
      );
      return 0;
    },
  };
  const cmd = commands[process.argv[2]];
  if (!cmd) {
    console.error(
      'usage: node infra/kafka.js start|stop|status|restart|acls   (port from KAFKA_PORT, default 9092; 9094 with KAFKA_SASL_MECHANISM)\n' +
        `       node infra/kafka.js start-cluster|stop-cluster [--remove]   (3 nodes from KAFKA_CLUSTER_PORT, default ${CLUSTER_PORT})`,
    );
    process.exit(1);
  }
  cmd().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`[kafka] ${err.message}`);
      process.exit(1);
    },
  );
}
