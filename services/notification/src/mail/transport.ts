import nodemailer, { SendMailOptions, SentMessageInfo, Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import net from 'node:net';

const CONNECTION_TIMEOUT_MS = 5000;

/**
 * Opens the TCP connection for nodemailer, with Nagle's algorithm off:
 * nodemailer writes a message's headers and its last bytes in separate small
 * writes, and with Nagle on the last write waits for the server's delayed ACK
 * (about 40 ms on Linux) on every email. nodemailer speaks TLS over it itself
 * (STARTTLS in place, smtps at once).
 *
 * The socket is handed over still connecting, never as an error: nodemailer
 * 7's pool keeps the slot of a connection whose getSocket reported an error
 * busy for ever, so once an SMTP server was unreachable `maxConnections`
 * times no email went out again. Handed the socket, nodemailer sees
 * the failure on it and frees the slot; its greeting timeout bounds the connect.
 */
function noDelaySocket(options: SMTPPool.Options): net.Socket {
  const socket = net.connect({ host: options.host ?? 'localhost', port: Number(options.port ?? (options.secure ? 465 : 587)) });
  socket.setNoDelay(true);
  return socket;
}

/**
 * A pool of at most `maxConnections` SMTP connections, reused from one email
 * to the next, that knows every socket it opened: `destroy()` ends them all,
 * also one whose send the server never answers, which nodemailer's own
 * `close()` leaves open until the send settles (and it may never settle).
 */
export class SmtpPool {
  private readonly transporter: Transporter;
  private readonly sockets = new Set<net.Socket>();

  constructor(smtpUrl: string, maxConnections: number) {
    // The options go in one object: given a URL string, nodemailer reads the URL alone and ignores any other option.
    const fromUrl = parseConnectionUrl(smtpUrl);
    this.transporter = nodemailer.createTransport({
      ...fromUrl,
      pool: true,
      maxConnections,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: 5000,
      socketTimeout: 20000,
      getSocket: (options, callback) => callback(null, { connection: this.track(noDelaySocket(options)) }),
    } satisfies SMTPPool.Options);
  }

  send(message: SendMailOptions): Promise<SentMessageInfo> {
    return this.transporter.sendMail(message);
  }

  /** Closes idle connections at once and busy ones once their send settles. */
  close(): void {
    this.transporter.close();
  }

  /** Closes the pool and every connection it opened now; a send still using one fails. */
  destroy(): void {
    this.transporter.close();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private track(socket: net.Socket): net.Socket {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    return socket;
  }
}
