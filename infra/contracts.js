#!/usr/bin/env node
'use strict';
// The public contracts against the last release (schema/released, README there):
//   node infra/contracts.js --check       (in npm test) fails on a change a client or consumer of the
//                                          release would break on: a breaking GraphQL change in the
//                                          graph's API schema (@graphql-inspector/core), or an edit to
//                                          an event schema of the release that changes what it accepts
//                                          (a new version must carry it instead), or a released event
//                                          schema removed
//   node infra/contracts.js --release     after cutting a release: the current contracts become the baseline

const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const RELEASED = path.join(root, 'schema/released');
const CURRENT_SUPERGRAPH = path.join(root, 'schema/supergraph.graphql');
const CURRENT_EVENTS = path.join(root, 'schema/events');

/** What the graph's clients see of a supergraph: its API schema, without the join machinery. */
function apiSchemaOf(file) {
  const { Supergraph } = require('@apollo/federation-internals');
  return Supergraph.build(fs.readFileSync(file, 'utf8')).apiSchema().toGraphQLJSSchema();
}

async function graphBreaks(releasedSupergraph, currentSupergraph) {
  const { diff, CriticalityLevel } = require('@graphql-inspector/core');
  const changes = await diff(apiSchemaOf(releasedSupergraph), apiSchemaOf(currentSupergraph));
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking).map((change) => `GraphQL: ${change.message}`);
}

// Words that describe and do not constrain; an event schema of a release may change them freely.
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'x-consumers']);

/** The part of a JSON Schema that decides what it accepts, keys in a fixed order. */
function constraintsOf(schema) {
  if (Array.isArray(schema)) return schema.map(constraintsOf);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.keys(schema)
      .filter((key) => !ANNOTATIONS.has(key))
      .sort()
      .map((key) => [key, constraintsOf(schema[key])]),
  );
}

/** Where two constraint trees first differ, as a JSON pointer. */
function firstDifference(before, after, pointer = '') {
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
      const found = firstDifference(before[key], after[key], `${pointer}/${key}`);
      if (found !== undefined) return found;
    }
  }
  return pointer || '/';
}

/**
 * Every event schema is strict (additionalProperties: false), so any change to what a released
 * version accepts breaks someone: a consumer of the release refuses the new events, or a new
 * consumer refuses the events of the release still in Kafka. Such a change is a new version.
 */
function eventBreaks(releasedEvents, currentEvents) {
  const breaks = [];
  for (const file of fs
    .readdirSync(releasedEvents)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const released = JSON.parse(fs.readFileSync(path.join(releasedEvents, file), 'utf8'));
    const currentFile = path.join(currentEvents, file);
    if (!fs.existsSync(currentFile)) {
      breaks.push(
        `event ${released.$id}: its schema was removed, yet events of that version may still be in Kafka and consumers of the release still read them`,
      );
      continue;
    }
    const current = JSON.parse(fs.readFileSync(currentFile, 'utf8'));
    const where = firstDifference(constraintsOf(released), constraintsOf(current));
    if (where !== undefined) {
      breaks.push(`event ${released.$id}: what it accepts changed at ${where}; a released version stays as it is: add ${nextVersionOf(released.$id)} instead`);
    }
  }
  return breaks;
}

function nextVersionOf(eventType) {
  return eventType.replace(/\.v(\d+)$/, (_, n) => `.v${Number(n) + 1}`);
}

function release() {
  fs.rmSync(RELEASED, { recursive: true, force: true });
  fs.mkdirSync(path.join(RELEASED, 'events'), { recursive: true });
  fs.copyFileSync(CURRENT_SUPERGRAPH, path.join(RELEASED, 'supergraph.graphql'));
  for (const file of fs.readdirSync(CURRENT_EVENTS).filter((name) => name.endsWith('.json'))) {
    fs.copyFileSync(path.join(CURRENT_EVENTS, file), path.join(RELEASED, 'events', file));
  }
  console.error('[contracts] schema/released now holds the current contracts: write the release into schema/released/README.md');
}

/** Every change from the released contracts to the current ones that breaks a client or consumer of the release. */
async function breakingChanges({ released = RELEASED, supergraph = CURRENT_SUPERGRAPH, events = CURRENT_EVENTS } = {}) {
  return [...(await graphBreaks(path.join(released, 'supergraph.graphql'), supergraph)), ...eventBreaks(path.join(released, 'events'), events)];
}

async function main() {
  if (process.argv.includes('--release')) return release();
  const breaks = await breakingChanges();
  if (breaks.length > 0) {
    console.error(`[contracts] ${breaks.length} change(s) would break clients or consumers of the last release (schema/released):\n  ${breaks.join('\n  ')}`);
    process.exit(1);
  }
  console.error('[contracts] the graph and the events stay compatible with the last release (schema/released)');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { breakingChanges };
