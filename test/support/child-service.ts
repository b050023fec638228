import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

const ENTRY = path.join(__dirname, 'service-main.js');
const JOIN_TIMEOUT_MS = 60_000;
/** Lines of the child's output kept to explain a start that failed. */
const KEPT_LINES = 40;

/**
 * One subgraph running as a process of its own (test/support/service-main.js), so a test can
 * SIGKILL it as a crash would: no shutdown hook runs, the consumer does not leave its group and
 * commits nothing more.
 */
export class ChildService {
  private readonly output: string[] = [];
  private readonly exited: Promise<void>;

  private constructor(
    readonly service: string,
    private readonly child: ChildProcess,
  ) {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        this.output.push(...chunk.split('\n').filter(Boolean));
        this.output.splice(0, Math.max(0, this.output.length - KEPT_LINES));
      });
    }
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Starts the service with `env` (e.g. isolatedEnv's) and resolves once its consumer has joined its group. */
  static async start(service: string, env: NodeJS.ProcessEnv): Promise<ChildService> {
    const child = fork(ENTRY, [service], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const started = new ChildService(service, child);
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => fail(`exited with ${signal ?? `code ${code}`}`);
      const timer = setTimeout(() => fail(`no consumer in its group after ${JOIN_TIMEOUT_MS / 1000} s`), JOIN_TIMEOUT_MS);
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`${service} (pid ${child.pid}) did not start: ${why}\n${started.output.join('\n')}`));
      };
      child.once('exit', onExit);
      child.once('message', () => {
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        resolve();
      });
    });
    return started;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** A crash: SIGKILL, resolved once the process is gone. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM: the service leaves its group and closes its connections). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    await this.exited;
  }
}
