import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Paths the gateway answers itself; everything else that is a page belongs to the console. */
const OWN_PATHS = ['/graphql', '/healthz', '/readyz', '/metrics'];

/**
 * The web console (web/dist) on the same origin as /graphql, so every emailed link opens it and
 * Apollo's CSRF prevention stays on. Unknown paths fall back to the app, which routes them.
 * A strict Content-Security-Policy on every answer: scripts, styles and connections from this
 * origin only, no inline script, no framing.
 */
export function consoleRoutes(distDir: string): express.Router {
  const router = express.Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          workerSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
    }),
  );
  // One route label for every page and file of the console (common routeLabel), however many paths people open.
  router.use((_req, res, next) => {
    res.locals.route = 'console';
    next();
  });
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    router.get(/.*/, (req, res, next) => {
      if (OWN_PATHS.some((own) => req.path.startsWith(own))) return next();
      res.status(503).type('text/plain').send('The console is not built yet: `npm start` builds it (or run `npm run build -w web`).');
    });
    return router;
  }
  // Hashed file names never change content: cache them for a year; index.html is always revalidated.
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req, res, next) => {
    if (OWN_PATHS.some((own) => req.path === own || req.path.startsWith(`${own}/`))) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
