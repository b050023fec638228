import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The docker image keeps only production dependencies (`npm prune --omit=dev`): every package the
 * runtime code loads must be a dependency (not a devDependency) of the workspace that loads it —
 * the root package for the scripts the image runs (docker-compose.yml's and the Dockerfile's
 * `node infra/…` commands and what they require). Once the SMTP catcher's mailparser and
 * smtp-server were devDependencies, and compose delivered no email.
 */
const root = path.join(__dirname, '../..');
const WORKSPACES = ['services/common', 'services/enrollment', 'services/relationship', 'services/agreement', 'services/notification', 'gateway'];
const BUILTIN = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

const dependenciesOf = (dir: string) => new Set(Object.keys(JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')).dependencies ?? {}));

/** The package a specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** What a file loads at run time: value imports, requires and dynamic imports, not type-only imports. */
function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gm)) {
    const [, typeOnly, clause, specifier] = match;
    const allTypes =
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}\s]/g, '')
        .split(',')
        .filter(Boolean)
        .every((name) => name.startsWith('type'));
    if (!typeOnly && !allTypes) found.push(specifier);
  }
  for (const match of text.matchAll(/^import\s+'([^']+)'/gm)) found.push(match[1]);
  for (const match of text.matchAll(/(?:require|import)\(\s*'([^']+)'\s*\)/g)) found.push(match[1]);
  return found;
}

function sourcesOf(dir: string): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((file) => /\.ts$/.test(file) && !/\.(test|int\.test)\.ts$/.test(file))
    .map((file) => path.join(root, dir, file));
}

/** The infra scripts the image runs, and the relative requires they pull in. */
function imageScripts(): string[] {
  const entries = [readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), readFileSync(path.join(root, 'Dockerfile'), 'utf8')].flatMap((text) =>
    [...text.matchAll(/"node",\s*"(infra\/[^"]+\.js)"/g)].map((match) => path.join(root, match[1])),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(file).filter((s) => s.startsWith('.')))
      visit(path.resolve(path.dirname(file), specifier.endsWith('.js') ? specifier : `${specifier}.js`));
  };
  entries.forEach(visit);
  return [...seen];
}

function missingFrom(dependencies: Set<string>, files: string[]): string[] {
  const missing = new Set<string>();
  for (const file of files) {
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.') || BUILTIN.has(specifier) || BUILTIN.has(packageOf(specifier))) continue;
      if (!dependencies.has(packageOf(specifier))) missing.add(`${packageOf(specifier)} (${path.relative(root, file)})`);
    }
  }
  return [...missing].sort();
}

describe('what the docker image runs finds its packages among the production dependencies', () => {
  it.each(WORKSPACES)('%s', (workspace) => {
    const files = sourcesOf(`${workspace}/src`);
    expect(files.length).toBeGreaterThan(0);
    expect(missingFrom(dependenciesOf(workspace), files)).toEqual([]);
  });

  it('the scripts compose and the Dockerfile run (SMTP catcher, Kafka ACLs, demo seeding, health check)', () => {
    const scripts = imageScripts().map((file) => path.relative(root, file));
    expect(scripts).toEqual(expect.arrayContaining(['infra/smtp-catcher.js', 'infra/kafka.js', 'infra/seed-demo.js', 'infra/healthcheck.js']));
    expect(missingFrom(dependenciesOf('.'), imageScripts())).toEqual([]);
  });
});
