#!/usr/bin/env node
'use strict';
// `npm run mail -- list-failed | retry <id>… | retry --all-failed`: FAILED email, and sending it again.
require('./lib/service-command').runServiceCommand('notification', 'mail', process.argv.slice(2));
