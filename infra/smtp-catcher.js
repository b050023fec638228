'use strict';
// A real SMTP server that delivers nowhere: it keeps the last messages in memory
// and shows them over HTTP, so local runs and tests can see exactly what was sent.
//
//   node infra/smtp-catcher.js        (ports from SMTP_PORT / SMTP_UI_PORT, default 1025 / 1080)
//
// Recipient rules, to exercise failure paths without a real mail provider:
//   reject-*@...   -> 550 permanent failure      tempfail-*@... -> 451 temporary failure

const http = require('node:http');
const crypto = require('node:crypto');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const MAX_MESSAGES = 2000;

const log = (msg) => process.stderr.write(`[smtp] ${msg}\n`);

function smtpError(code, message) {
  const err = new Error(message);
  err.responseCode = code; // smtp-server replies "<code> <message>"
  return err;
}

// Header values as plain strings: decoded text where mailparser has it (subject,
// address lists), the unfolded raw value otherwise (dates, content-type, ...).
function headersOf(parsed) {
  const raw = {};
  for (const { key, line } of parsed.headerLines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
    raw[key] = raw[key] === undefined ? value : `${raw[key]}, ${value}`;
  }
  const out = {};
  for (const [key, rawValue] of Object.entries(raw)) {
    const v = parsed.headers.get(key);
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v.text === 'string') out[key] = v.text;
    else out[key] = rawValue;
  }
  return out;
}

/** Links in an (escaped) email body become clickable, as in a mail program: the demo is tried by clicking them. */
const linkify = (escaped) => escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function renderPage(messages) {
  const items = messages
    .slice()
    .reverse()
    .map(
      (m) => `
<article>
  <h2>${escapeHtml(m.subject || '(no subject)')}</h2>
  <p class="meta"><b>From</b> ${escapeHtml(m.from)} &middot; <b>To</b> ${escapeHtml(m.to.join(', '))}
    &middot; <time>${escapeHtml(m.receivedAt)}</time></p>
  <pre>${linkify(escapeHtml(m.text || (m.html ? '(HTML only - see /api/messages)' : '(empty body)')))}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>SMTP catcher (${messages.length})</title>
<style>body{font:14px system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
article{border-top:1px solid #ccc;padding:.5rem 0}h2{font-size:1.1rem;margin:.3rem 0}
.meta{color:#555;margin:.2rem 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}</style>
</head><body><h1>SMTP catcher &ndash; ${messages.length} message(s), newest first</h1>
<p>JSON: <a href="/api/messages">/api/messages</a> (<code>?to=address</code> to filter, <code>DELETE</code> to clear)</p>
${items || '<p>No mail yet.</p>'}
</body></html>`;
}

function listen(server, port, host, envName) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.removeListener('listening', onListening);
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${port} on ${host} is busy: stop the other process using it, or set ${envName} to a free port`) : err);
    };
    const onListening = () => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Start the catcher.
 * @returns {Promise<{close(): Promise<void>, smtpPort: number, httpPort: number}>}
 *   (ports are the real ones, so passing 0 picks free ports)
 */
async function startSmtpCatcher({ smtpPort = 1025, httpPort = 1080, host = '127.0.0.1', verbose = false } = {}) {
  const messages = [];

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000, // don't keep close() waiting 30 s for idle pooled clients
    size: 25 * 1024 * 1024,
    // no real auth: if a client is configured with credentials anyway, accept them
    onAuth: (auth, session, cb) => cb(null, { user: auth.username || 'anonymous' }),
    onRcptTo(address, session, cb) {
      const local = address.address.split('@')[0].toLowerCase();
      if (local.startsWith('reject-')) return cb(smtpError(550, '5.1.1 mailbox unavailable'));
      if (local.startsWith('tempfail-')) return cb(smtpError(451, '4.3.0 temporary failure, try again later'));
      return cb();
    },
    onData(stream, session, cb) {
      simpleParser(stream).then(
        (parsed) => {
          if (stream.sizeExceeded) return cb(smtpError(552, '5.3.4 message too big'));
          const msg = {
            id: crypto.randomUUID(),
            receivedAt: new Date().toISOString(),
            // header From for display; the envelope sender if the header is missing
            from: parsed.from?.text || session.envelope.mailFrom?.address || '',
            // envelope recipients: includes Bcc, which headers never show
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject || '',
            text: parsed.text || '',
            html: parsed.html || '',
            headers: headersOf(parsed),
          };
          messages.push(msg);
          if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES);
          if (verbose) log(`received "${msg.subject}" for ${msg.to.join(', ')}`);
          return cb(null, 'Message caught');
        },
        (err) => cb(smtpError(451, `4.3.0 could not parse message: ${err.message}`)),
      );
    },
  });

  const web = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/healthz') return send(200, 'text/plain', 'ok');
    if (url.pathname === '/api/messages' && req.method === 'GET') {
      const to = url.searchParams.get('to')?.toLowerCase();
      const list = to ? messages.filter((m) => m.to.some((a) => a.toLowerCase() === to)) : messages;
      return send(200, 'application/json', JSON.stringify(list));
    }
    if (url.pathname === '/api/messages' && req.method === 'DELETE') {
      const deleted = messages.splice(0).length;
      return send(200, 'application/json', JSON.stringify({ deleted }));
    }
    if (url.pathname === '/' && req.method === 'GET') return send(200, 'text/html; charset=utf-8', renderPage(messages));
    return send(404, 'text/plain', 'not found');
  });

  // smtp-server re-emits socket and listen errors on itself; without a listener a
  // client resetting its connection would crash the host process. Listen failures
  // are reported by listen() below.
  smtp.on('error', (err) => {
    if (verbose && err.code !== 'EADDRINUSE') log(`connection error: ${err.message}`);
  });

  await listen(smtp.server, smtpPort, host, 'SMTP_PORT');
  try {
    await listen(web, httpPort, host, 'SMTP_UI_PORT');
  } catch (err) {
    await new Promise((resolve) => smtp.close(resolve));
    throw err;
  }

  let closing;
  return {
    smtpPort: smtp.server.address().port,
    httpPort: web.address().port,
    close() {
      closing ??= Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => {
          web.close(() => resolve());
          web.closeAllConnections();
        }),
      ]).then(() => {});
      return closing;
    },
  };
}

module.exports = { startSmtpCatcher };

if (require.main === module) {
  const smtpPort = Number(process.env.SMTP_PORT || 1025);
  const httpPort = Number(process.env.SMTP_UI_PORT || 1080);
  const host = process.env.SMTP_HOST || '127.0.0.1';
  startSmtpCatcher({ smtpPort, httpPort, host, verbose: true }).then(
    (catcher) => {
      log(`catching mail on smtp://127.0.0.1:${catcher.smtpPort}, read it at http://127.0.0.1:${catcher.httpPort}`);
      const stop = (sig) => {
        log(`${sig}, shutting down`);
        catcher.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      log(err.message);
      process.exit(1);
    },
  );
}
