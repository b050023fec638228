#!/usr/bin/env node
'use strict';
// `npm run rotate-keys`: a new token-signing key for enrollment, with the settings the services run with
// (.env, the environment, and for local runs .cache/local-secrets.json). Running instances pick it up by themselves.
require('./lib/service-command').runServiceCommand('enrollment', 'rotate-keys');
