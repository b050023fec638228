#!/usr/bin/env node
'use strict';
// Composes schema/<subgraph>.graphql into schema/supergraph.graphql (`npm run compose`);
// with --check, fails when the committed supergraph differs from a fresh composition.
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const path = require('node:path');
const { SUBGRAPHS } = require('./subgraphs');

const schemaDir = path.resolve(__dirname, '../schema');
const supergraphPath = path.join(schemaDir, 'supergraph.graphql');

function compose() {
  const services = SUBGRAPHS.map(({ name, port }) => ({
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    typeDefs: parse(readFileSync(path.join(schemaDir, `${name}.graphql`), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    const details = result.errors.map((e) => `  - ${e.message}`).join('\n');
    throw new Error(`Composition failed:\n${details}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

function main() {
  const fresh = compose();
  if (process.argv.includes('--check')) {
    const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
    if (committed !== fresh) {
      console.error('schema/supergraph.graphql is out of date with schema/*.graphql: run `npm run compose` and commit the result.');
      process.exit(1);
    }
    console.log('supergraph is up to date');
    return;
  }
  writeFileSync(supergraphPath, fresh);
  console.log(`wrote ${path.relative(process.cwd(), supergraphPath)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

module.exports = { compose, supergraphPath };
