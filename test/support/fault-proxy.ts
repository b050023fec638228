import net from 'node:net';

/**
 * A TCP proxy a test puts between a service and one of its servers (MySQL,
 * Kafka, SMTP), so it can take that server away from this service alone —
 * the shared servers other test files use are never touched. `cut()` resets
 * every open connection and refuses new ones until `restore()`.
 */
export class FaultProxy {
  private readonly sockets = new Set<net.Socket>();
  private cutSince: number | null = null;
  /** Connections refused while cut: proof the service tried. */
  refused = 0;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    // The server exists before the proxy that owns it; connections arrive only after both.
    const owner: { proxy?: FaultProxy } = {};
    const server = net.createServer((client) => owner.proxy!.accept(client, target));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    owner.proxy = new FaultProxy(server, (server.address() as net.AddressInfo).port);
    return owner.proxy;
  }

  /** The proxy's address in a `scheme://user@host:port` URL: the target's, with host and port replaced. */
  rewrite(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString().replace(/\/$/, '');
  }

  get isCut(): boolean {
    return this.cutSince !== null;
  }

  cut(): void {
    this.cutSince = Date.now();
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  restore(): void {
    this.cutSince = null;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket, target: { host: string; port: number }): void {
    if (this.isCut) {
      this.refused += 1;
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        // One side gone: the other follows, as when a real network path breaks.
        (socket === client ? upstream : client).destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
