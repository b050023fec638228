import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { eventually } from './graphql';
import { CaughtMail, mailTo } from './mailbox';
import { Stack, startStack } from './stack';

/** Debian's Chromium, which `npm test` installs when missing; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium headless, sandbox-free (it runs as root in CI) and off the network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-dev-shm-usage',
];

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ConsoleStack {
  stack: Stack;
  /** The console's origin, which is also PUBLIC_URL: emailed links open it. */
  origin: string;
  /** The gateway's /graphql, for setting the scene through the API. */
  url: string;
  browser: Browser;
  /** A fresh browser profile (no cookies, no storage), like a person on a new device. */
  newPage(): Promise<Page>;
  stop(): Promise<void>;
}

/** The whole stack with the console served by the gateway, and headless Chromium to drive it. */
export async function startConsoleStack(overrides: Record<string, string> = {}): Promise<ConsoleStack> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // WEB_DIST_DIR: a console built elsewhere than web/dist (the gateway's default).
  const dist: Record<string, string> = process.env.WEB_DIST_DIR ? { WEB_DIST_DIR: process.env.WEB_DIST_DIR } : {};
  const stack = await startStack({ PUBLIC_URL: origin, ...dist, ...overrides }, { gatewayPort: port });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  return {
    stack,
    origin,
    url: stack.urls.gateway,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: origin, locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(15000);
      contexts.push(context);
      return context.newPage();
    },
    async stop() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close();
      await stack.stop();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AXE_SOURCE: string = require('axe-core').source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * axe-core on the page as it is now: fails on any serious or critical violation of WCAG 2.x A/AA
 * (REQUIREMENTS C5). Injected through the DevTools protocol, which the page's CSP does not govern.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  })) as AxeViolation[];
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length > 0) {
    const lines = serious.map(
      (violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
    throw new Error(`Accessibility violations on ${where}:\n${lines.join('\n')}`);
  }
}

/** Saves what the person sees, for review: test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Both at once: every page of a flow is checked and kept. */
export async function review(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await expectAccessible(page, name);
}

/** The newest email to an address whose text holds a link to `pathname`, and that link. */
export async function linkInMail(address: string, pathname: string, match: (mail: CaughtMail) => boolean = () => true): Promise<string> {
  return eventually(`an email to ${address} with a link to ${pathname}`, async () => {
    const pattern = new RegExp(`https?://[^\\s"<>]+${pathname.replace(/[/?]/g, (c) => `\\${c}`)}[^\\s"<>]*`);
    const links = (await mailTo(address))
      .filter(match)
      .map((mail) => pattern.exec(mail.text)?.[0])
      .filter((link): link is string => !!link);
    return links.at(-1);
  });
}

/** Signs in through the sign-in page as a person would, and waits to leave it. */
export async function signInThroughPage(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** Signs in on the page the link led to, when it sent the person to sign in first. */
export async function signInIfAsked(page: Page, email: string, password: string) {
  // The first h1 is either the sign-in page's or the page's own: the redirect has happened by then.
  await page.locator('h1').first().waitFor();
  if (new URL(page.url()).pathname === '/sign-in') await signInThroughPage(page, email, password);
}

/** Waits until a field is marked invalid: the graph's answer arrives after the click. */
export async function expectInvalid(field: Locator): Promise<void> {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
}
