import nodemailer, { Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import net from 'node:net';

const CONNECTION_TIMEOUT_MS = 5000;

/**
 * Opens plain TCP connections with Nagle's algorithm off. nodemailer writes a
 * message's headers and its last bytes in separate small writes; with Nagle
 * on, the last write waits for the server's delayed ACK (about 40 ms on
 * Linux) on every email. Implicit TLS (smtps) keeps nodemailer's own sockets;
 * STARTTLS upgrades this socket in place.
 */
function noDelaySocket(options: SMTPPool.Options, callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void): void {
  const socket = net.connect({ host: options.host ?? 'localhost', port: Number(options.port ?? 587) });
  socket.setNoDelay(true);
  let settled = false;
  const settle = (error: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    socket.removeListener('error', settle);
    if (error) {
      socket.destroy();
      callback(error);
    } else {
      callback(null, { connection: socket });
    }
  };
  const timer = setTimeout(() => settle(Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT' })), CONNECTION_TIMEOUT_MS);
  socket.once('error', settle);
  socket.once('connect', () => settle(null));
}

/**
 * A pool of at most `maxConnections` SMTP connections, reused from one email
 * to the next. The options go in one object: given a URL string, nodemailer
 * reads the URL alone and ignores any other option.
 */
export function createSmtpTransport(smtpUrl: string, maxConnections: number): Transporter {
  const fromUrl = parseConnectionUrl(smtpUrl);
  return nodemailer.createTransport({
    ...fromUrl,
    pool: true,
    maxConnections,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: 5000,
    socketTimeout: 20000,
    ...(fromUrl.secure ? {} : { getSocket: noDelaySocket }),
  } satisfies SMTPPool.Options);
}
