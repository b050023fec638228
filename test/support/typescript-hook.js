'use strict';
// Lets a plain `node` process (a service a test starts as a child, to kill it) run the services'
// TypeScript sources, as jest does through ts-jest: each .ts file is transpiled on require (types are
// checked by `tsc -b`, not here) and @channelgraph/* resolve to the sources, like jest.preset.js maps them.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '../..');
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

/** The source a workspace import stands for, or the request unchanged. */
function sourceOf(request) {
  if (request === '@channelgraph/common') return path.join(root, 'services/common/src');
  const service = /^@channelgraph\/(enrollment|relationship|agreement|notification)\/(.+)$/.exec(request);
  if (service) return path.join(root, 'services', service[1], 'src', service[2]);
  const gateway = /^@channelgraph\/gateway\/(.+)$/.exec(request);
  if (gateway) return path.join(root, 'gateway/src', gateway[1]);
  return request;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolve(request, ...rest) {
  return resolveFilename.call(this, sourceOf(request), ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};
