'use strict';
// Local single-node Apache Kafka (KRaft, broker+controller in one JVM) built from
// Maven Central jars, because this machine has no Docker. Everything lives in
// <repo>/.cache/kafka; the data dir survives stop/start so restarts are fast and
// tests can prove that nothing is lost across a broker outage.
//
//   node infra/kafka.js start|stop|status|restart     (port: KAFKA_PORT, default 9092)

const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const { Kafka, logLevel } = require('kafkajs');

const KAFKA_VERSION = '3.9.1';
const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache', 'kafka');
const LIBS = path.join(CACHE, 'libs');
const DATA = path.join(CACHE, 'data');
const LOGS = path.join(CACHE, 'logs');
const PROPS = path.join(CACHE, 'server.properties');
const LOG4J = path.join(CACHE, 'log4j.properties');
const PID_FILE = path.join(CACHE, 'kafka.pid');
const LOCK_FILE = path.join(CACHE, 'start.lock');
const SERVER_LOG = path.join(LOGS, 'server.log');
const READY_TIMEOUT_MS = 90_000;

const log = (msg) => process.stderr.write(`[kafka] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Java properties files treat '\' as an escape, so always hand them forward slashes.
const fwd = (p) => p.split(path.sep).join('/');
// Maven colours its output even in batch mode.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");

// ---------------------------------------------------------------- probing

function tcpOpen(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host });
    const done = (ok) => { sock.destroy(); resolve(ok); };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

// A broker counts as up when it answers cluster and topic metadata requests.
// In KRaft mode the broker only opens its listener for requests once it is
// registered and unfenced, so this also means "topics can be created".
async function isKafkaUp(port = 9092) {
  if (!(await tcpOpen(port))) return false; // fast path: no kafkajs retry noise
  const kafka = new Kafka({
    clientId: 'infra-probe',
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.fetchTopicMetadata({ topics: [] });
    return cluster.brokers.length > 0;
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
function isOurBroker(pid) {
  if (!alive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('kafka.Kafka') && cmd.includes(fwd(PROPS));
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

/** Pid of the broker started from .cache/kafka, or null (cleans up a stale pid file). */
function brokerPid() {
  const pid = readPid(PID_FILE);
  if (pid && isOurBroker(pid)) return pid;
  if (pid) fs.rmSync(PID_FILE, { force: true });
  return null;
}

function configuredPort() {
  try {
    const m = /^listeners=PLAINTEXT:\/\/[^:]+:(\d+)/m.exec(fs.readFileSync(PROPS, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Last `lines` lines of the broker's server.log (reads only the file's tail). */
function kafkaLogTail(lines = 30) {
  let fd;
  try {
    fd = fs.openSync(SERVER_LOG, 'r');
    const size = fs.fstatSync(fd).size;
    const len = Math.min(size, 64 * 1024);
    const buf = Buffer.alloc(len);
    fs.readSync(fd, buf, 0, len, size - len);
    return buf.toString('utf8').split('\n').slice(-lines - 1).join('\n').trimEnd();
  } catch {
    return '(no server.log yet)';
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// ---------------------------------------------------------------- setup steps

function run(cmd, args, { capture = false, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    // Everything the tool prints ends up on our stderr (CLI stdout stays clean), minus the
    // stray ANSI resets Maven's -q mode emits; stdout is captured when we need it.
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', capture ? 'pipe' : 2, quiet ? 'ignore' : 'pipe'] });
    let out = '';
    if (capture) child.stdout.on('data', (d) => { out += d; });
    child.stderr?.on('data', (d) => {
      const text = stripAnsi(String(d));
      if (text.trim()) process.stderr.write(text);
    });
    child.once('error', (err) => {
      if (err.code === 'ENOENT') {
        reject(new Error(`'${cmd}' not found on PATH. The local Kafka needs Java 17+ and Maven: ` +
          'install them (e.g. `apt-get install openjdk-17-jdk-headless maven` or `brew install openjdk@17 maven`) and retry.'));
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

async function ensureJars() {
  if (fs.existsSync(path.join(LIBS, `kafka_2.13-${KAFKA_VERSION}.jar`))) return;
  // fail early with the install hint rather than after a half-finished download
  await run('java', ['-version'], { quiet: true });
  await run('mvn', ['-v'], { capture: true, quiet: true });
  log(`downloading Apache Kafka ${KAFKA_VERSION} jars from Maven Central (first run only)...`);
  await run('mvn', ['-B', '-q', '-f', path.join(__dirname, 'kafka', 'pom.xml'),
    'dependency:copy-dependencies', `-DoutputDirectory=${LIBS}`, '-DincludeScope=runtime'],
  { capture: true }); // captured, and shown only on failure
  if (!fs.existsSync(path.join(LIBS, `kafka_2.13-${KAFKA_VERSION}.jar`))) {
    throw new Error(`Maven finished but ${LIBS} has no kafka_2.13-${KAFKA_VERSION}.jar`);
  }
}

function writeConfig(port) {
  // Regenerated on every start so edits here always take effect.
  const props = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${port + 1}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': fwd(DATA),
    'num.partitions': 3,
    // single node: every internal topic must live with replication factor 1
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 3,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    // default is 50 partitions, created on the first transactional producer: slow for nothing
    'transaction.state.log.num.partitions': 3,
    // tests must not wait 3 s on every consumer group join
    'group.initial.rebalance.delay.ms': 0,
    'auto.create.topics.enable': true,
    'log.retention.hours': 24,
  };
  const body = Object.entries(props).map(([k, v]) => `${k}=${v}`).join('\n');
  fs.writeFileSync(PROPS, `# generated by infra/kafka.js on every start; edit that file instead\n${body}\n`);
  fs.writeFileSync(LOG4J, [
    '# generated by infra/kafka.js',
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.FileAppender',
    `log4j.appender.file.File=${fwd(SERVER_LOG)}`,
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    // same noise reduction as Kafka's own config/log4j.properties
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.state.change.logger=WARN',
    '',
  ].join('\n'));
}

// Kafka cluster ids are 16 random bytes, base64url without padding (22 chars);
// Kafka itself never hands out one starting with '-', so neither do we.
function clusterId() {
  for (;;) {
    const id = crypto.randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

const javaArgs = (...rest) => [`-Dlog4j.configuration=file:${fwd(LOG4J)}`, '-cp', path.join(LIBS, '*'), ...rest];

async function formatStorageOnce() {
  if (fs.existsSync(path.join(DATA, 'meta.properties'))) return;
  log('formatting storage (first run only)...');
  await run('java', javaArgs('kafka.tools.StorageTool', 'format', '--ignore-formatted',
    '-t', clusterId(), '-c', PROPS), { capture: true });
}

// Keep exactly one previous log so the file does not grow forever and the
// tail printed on failure belongs to this start.
function rotate(file) {
  if (fs.existsSync(file)) fs.renameSync(file, `${file}.1`);
}

function spawnBroker() {
  rotate(path.join(LOGS, 'stdout.log'));
  const out = fs.openSync(path.join(LOGS, 'stdout.log'), 'a');
  const child = spawn('java', ['-Xms256m', '-Xmx768m', '-XX:+UseG1GC',
    ...javaArgs('kafka.Kafka', PROPS)], { cwd: CACHE, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.unref(); // the broker outlives this Node process on purpose
  fs.writeFileSync(PID_FILE, String(child.pid));
  const state = { exited: false };
  child.once('exit', (code, sig) => { state.exited = `exited with ${sig || `code ${code}`}`; });
  return { pid: child.pid, state };
}

async function waitReady(port, { pid, state } = {}) {
  const t0 = Date.now();
  let lastNote = t0;
  for (;;) {
    if (await isKafkaUp(port)) return;
    const died = state?.exited || (pid && !alive(pid) && 'is gone');
    const elapsed = Date.now() - t0;
    if (died || elapsed > READY_TIMEOUT_MS) {
      const why = died ? `the broker process ${died}` : `no answer within ${READY_TIMEOUT_MS / 1000}s`;
      process.stderr.write(`[kafka] last lines of ${SERVER_LOG}:\n${kafkaLogTail(30)}\n`);
      throw new Error(`Kafka did not come up on 127.0.0.1:${port}: ${why}. See ${LOGS}/`);
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
function tryLock() {
  try {
    fs.writeFileSync(LOCK_FILE, String(process.pid), { flag: 'wx' });
    return true;
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
    const holder = readPid(LOCK_FILE);
    if (holder && alive(holder)) return false;
    fs.rmSync(LOCK_FILE, { force: true }); // left behind by a crashed run
    return tryLock();
  }
}

// ---------------------------------------------------------------- public API

/**
 * Make sure a broker answers on 127.0.0.1:<port>; start ours if none does.
 * @returns {Promise<{brokers: string, startedHere: boolean}>}
 */
async function ensureKafka({ port = 9092 } = {}) {
  const brokers = `127.0.0.1:${port}`;
  if (await isKafkaUp(port)) return { brokers, startedHere: false };
  fs.mkdirSync(LOGS, { recursive: true });

  const running = brokerPid();
  if (running) {
    // Our broker is still booting (another process started it) - or bound elsewhere.
    const other = configuredPort();
    if (other && other !== port) {
      throw new Error(`the broker from .cache/kafka (pid ${running}) runs on port ${other}, not ${port}; ` +
        'run `node infra/kafka.js stop` first');
    }
    log(`broker pid ${running} is starting, waiting for it...`);
    await waitReady(port, { pid: running });
    return { brokers, startedHere: false };
  }

  if (!tryLock()) {
    log('another process is starting Kafka, waiting for it...');
    for (let holder; (holder = readPid(LOCK_FILE)) && alive(holder);) await sleep(500);
    return ensureKafka({ port });
  }
  try {
    for (const p of [port, port + 1]) {
      if (await tcpOpen(p)) {
        throw new Error(`port ${p} is already in use by something that is not a Kafka broker; ` +
          'stop that process or pick another port (KAFKA_PORT)');
      }
    }
    await ensureJars();
    rotate(SERVER_LOG);
    writeConfig(port);
    await formatStorageOnce();
    const t0 = Date.now();
    log(`starting broker on ${brokers}...`);
    const broker = spawnBroker();
    await waitReady(port, broker);
    log(`broker up on ${brokers} (pid ${broker.pid}, ${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    return { brokers, startedHere: true };
  } finally {
    fs.rmSync(LOCK_FILE, { force: true });
  }
}

/** Stop the broker started from .cache/kafka, if any. Resolves true if one was stopped. */
async function stopKafka() {
  const pid = brokerPid();
  if (!pid) return false;
  log(`stopping broker (pid ${pid})...`);
  process.kill(pid, 'SIGTERM'); // Kafka's shutdown hook does a clean, fast-to-recover shutdown
  const deadline = Date.now() + 30_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) {
    log('broker ignored SIGTERM for 30s, killing it');
    try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    while (alive(pid)) await sleep(100);
  }
  fs.rmSync(PID_FILE, { force: true });
  log('broker stopped');
  return true;
}

module.exports = { ensureKafka, stopKafka, isKafkaUp, kafkaLogTail };

// ---------------------------------------------------------------- CLI

if (require.main === module) {
  const port = Number(process.env.KAFKA_PORT || 9092);
  const commands = {
    async start() {
      const { brokers, startedHere } = await ensureKafka({ port });
      console.log(`Kafka is up at ${brokers}${startedHere ? '' : ' (was already running)'}`);
      return 0;
    },
    async stop() {
      const stopped = await stopKafka();
      if (await isKafkaUp(port)) {
        console.log(`a broker still answers on 127.0.0.1:${port} but was not started by infra/kafka.js; left alone`);
        return 1;
      }
      console.log(stopped ? 'Kafka stopped' : 'Kafka was not running');
      return 0;
    },
    async status() {
      const up = await isKafkaUp(port);
      const pid = brokerPid();
      if (up) console.log(`Kafka is up at 127.0.0.1:${port}${pid ? ` (pid ${pid}, data in ${CACHE})` : ' (not managed by infra/kafka.js)'}`);
      else console.log(pid ? `Kafka process ${pid} exists but does not answer on port ${port} (starting?)` : 'Kafka is down');
      return up ? 0 : 1;
    },
    async restart() {
      await stopKafka();
      return commands.start();
    },
  };
  const cmd = commands[process.argv[2]];
  if (!cmd) {
    console.error('usage: node infra/kafka.js start|stop|status|restart   (port from KAFKA_PORT, default 9092)');
    process.exit(1);
  }
  cmd().then((code) => process.exit(code), (err) => {
    console.error(`[kafka] ${err.message}`);
    process.exit(1);
  });
}
