#!/usr/bin/env node
'use strict';
// `node infra/healthcheck.js <url>`: exit 0 when the URL answers 2xx within 2 s, else 1 — the
// container health check of docker-compose.yml and the Dockerfile (the image has no curl).
const url = process.argv[2];
if (!url) {
  console.error('usage: node infra/healthcheck.js <url>, e.g. http://127.0.0.1:4001/readyz');
  process.exit(2);
}
fetch(url, { signal: AbortSignal.timeout(2000) })
  .then((response) => process.exit(response.ok ? 0 : 1))
  .catch(() => process.exit(1));
