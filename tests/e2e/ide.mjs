// Browser test of the self-hosted Banana Cake Pop IDE: in real headless
// Chromium (Debian's, driven by playwright-core), open /graphql, run
// `{ releases(first: 1) { nodes { title } } }` from the IDE's editor and wait
// for the first release's title in the response pane. Saves a screenshot
// either way, so a failure in CI can be looked at.
//
//   node ide.mjs [url] [screenshot.png]
//
//   url         server root or the IDE page; default $IDE_URL, then
//               http://127.0.0.1:5000. A bare origin gets /graphql appended.
//   screenshot  default $IDE_SCREENSHOT, then ./output/ide.png
//   $CHROMIUM_PATH   browser binary, default /usr/bin/chromium
//   $IDE_TIMEOUT_MS  per-step timeout, default 30000
//   $IDE_EXPECT_TEXT text the response pane must show; by default the title
//                    the endpoint itself returns for the query (asked first)
//   $IDE_SUBSCRIPTION optional: a subscription document to run next, in a new
//                    tab, over the IDE's own WebSocket connection;
//                    $IDE_SUBSCRIPTION_EXPECT is the text its events must show
//                    (required with it), and $IDE_SUBSCRIPTION_TRIGGER an
//                    optional JSON body POSTed to the endpoint once the
//                    subscription runs, to make an event happen (a mutation)
//
// Exit code 0 when the title shows up, 1 with a message saying which step failed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const QUERY = '{ releases(first: 1) { nodes { title } } }';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const pageUrl = resolveIdeUrl(process.argv[2] ?? process.env.IDE_URL ?? 'http://127.0.0.1:5000');
const screenshotPath = path.resolve(process.argv[3] ?? process.env.IDE_SCREENSHOT ?? 'output/ide.png');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeout = Number(process.env.IDE_TIMEOUT_MS ?? 30000);
const subscription = process.env.IDE_SUBSCRIPTION?.trim() || null;
const subscriptionExpect = process.env.IDE_SUBSCRIPTION_EXPECT ?? null;
const subscriptionTrigger = process.env.IDE_SUBSCRIPTION_TRIGGER ?? null;

function resolveIdeUrl(raw) {
  const url = new URL(raw);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

class StepError extends Error {}

/** Fails with the step's name so the message says how far the test got. */
async function step(name, fn) {
  console.log(`ide: ${name}`);
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StepError) throw err;
    throw new StepError(`${name}: ${err.message.split('\n')[0]}`);
  }
}

/** Asks the endpoint directly, so the browser check knows which title to look for. */
async function expectedText() {
  if (process.env.IDE_EXPECT_TEXT) return process.env.IDE_EXPECT_TEXT;
  const res = await fetch(pageUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = await res.text();
  let title;
  try {
    title = JSON.parse(body)?.data?.releases?.nodes?.[0]?.title;
  } catch {
    // reported below with the body
  }
  if (typeof title !== 'string' || title.length === 0) {
    throw new Error(`the endpoint gave no release title (HTTP ${res.status}): ${body.slice(0, 500)}`);
  }
  return title;
}

/** The Monaco editor that follows a pane heading ("Request", "Response"). */
function editorAfter(page, heading) {
  return page
    .locator(`xpath=//h1[normalize-space()="${heading}"]/following::div[contains(concat(" ", normalize-space(@class), " "), " monaco-editor ")][1]`)
    .filter({ visible: true }) // other tabs' panes may stay in the page, hidden
    .first();
}

/** Visible text of a Monaco editor, lines in screen order, with its non-breaking spaces made plain. */
async function editorText(editor) {
  return editor.evaluate((el) =>
    [...el.querySelectorAll('.view-lines .view-line')]
      .map((line) => ({ top: parseFloat(line.style.top) || 0, text: line.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

/** Replaces the Request editor's text with a document. */
async function typeDocument(page, document) {
  const editor = editorAfter(page, 'Request');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText, not typing: Monaco would auto-close every brace typed.
  await page.keyboard.insertText(document);
  const typed = (await editorText(editor)).replace(/\s+/g, ' ').trim();
  if (typed !== document.replace(/\s+/g, ' ').trim()) throw new Error(`the editor holds "${typed}"`);
}

async function runOperation(page) {
  // Labelled "Run Operation (Ctrl+Alt+⏎)" in 18.0.0; the visible text is "Run".
  await page.getByRole('button', { name: /^Run Operation\b/ }).or(page.locator('button', { hasText: /^\s*Run\s*$/ })).first().click();
}

/** Polls the Response editor until one of the texts shows up. */
async function waitForResponse(page, texts) {
  const response = editorAfter(page, 'Response');
  const deadline = Date.now() + timeout;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await editorText(response);
    if (texts.some((t) => shown.includes(t))) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`not there after ${timeout} ms; the pane shows: ${shown.slice(0, 600) || '(nothing)'}`);
}

async function run() {
  if (subscription && !subscriptionExpect) {
    throw new StepError('IDE_SUBSCRIPTION needs IDE_SUBSCRIPTION_EXPECT: the text its events must show');
  }
  if (!fs.existsSync(executablePath)) {
    throw new StepError(`no browser at ${executablePath} (install Debian's chromium: tests/e2e/install.sh)`);
  }
  const expected = await step(`asking ${pageUrl} for the first release title`, expectedText);
  // The response pane shows JSON: quotes and backslashes appear escaped, and a
  // server may also escape non-ASCII characters as \uXXXX (in either case).
  const jsonEscaped = JSON.stringify(expected).slice(1, -1);
  const asciiEscaped = jsonEscaped.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const candidates = [...new Set([expected, jsonEscaped, asciiEscaped, asciiEscaped.replace(/\\u[0-9a-f]{4}/g, (u) => u.toUpperCase().replace('\\U', '\\u'))])];

  fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scographql-ide-'));
  const problems = [];
  const context = await step('starting Chromium', () =>
    chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1400, height: 900 },
      timeout,
    }),
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`));

    try {
      await step(`opening ${pageUrl}`, async () => {
        const response = await page.goto(pageUrl, { waitUntil: 'load' });
        const type = response?.headers()['content-type'] ?? '';
        if (!response?.ok() || !type.includes('text/html')) {
          const text = (await page.locator('body').innerText().catch(() => '')).slice(0, 600);
          throw new Error(`got HTTP ${response?.status()} ${type}, not the IDE. Page says: ${text}`);
        }
      });

      // First run shows a start screen; a document tab has the Request/Response panes.
      await step('opening a new document', async () => {
        const create = page.getByRole('button', { name: 'Create Document' });
        const request = page.locator('h1', { hasText: /^Request$/ });
        await create.or(request).first().waitFor();
        if (await create.isVisible()) await create.click();
        await request.first().waitFor();
      });

      await step('typing the query into the editor', () => typeDocument(page, QUERY));
      await step('running the query', () => runOperation(page));
      await step(`waiting for "${expected}" in the response pane`, () => waitForResponse(page, candidates));

      if (subscription) {
        await step('opening a second document for the subscription', async () => {
          const before = await page.locator('h1', { hasText: /^Request$/ }).count();
          await page.getByRole('button', { name: /^New Document\b/ }).first().click();
          // The new tab is ready when its (empty) Request editor is the visible one.
          const deadline = Date.now() + timeout;
          while ((await editorText(editorAfter(page, 'Request'))).trim() !== '') {
            if (Date.now() > deadline) throw new Error(`no empty editor appeared (Request panes: ${before})`);
            await page.waitForTimeout(250);
          }
        });
        await step('typing the subscription into the editor', () => typeDocument(page, subscription));
        const sockets = [];
        page.on('websocket', (ws) => sockets.push(ws.url()));
        await step('running the subscription', () => runOperation(page));
        if (subscriptionTrigger) {
          await step('triggering an event', async () => {
            await page.waitForTimeout(1000); // let the IDE's socket subscribe first
            const res = await fetch(pageUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: subscriptionTrigger });
            if (!res.ok) throw new Error(`trigger answered HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
          });
        }
        await step(`waiting for "${subscriptionExpect}" from the subscription`, async () => {
          await waitForResponse(page, [subscriptionExpect]);
          if (!sockets.length) throw new Error('the event arrived without a WebSocket; the IDE used another transport');
          console.log(`ide: subscription events came over ${sockets.join(', ')}`);
        });
      }
    } finally {
      await page.screenshot({ path: screenshotPath }).then(
        () => console.log(`ide: screenshot saved to ${screenshotPath}`),
        (err) => console.error(`ide: could not save a screenshot: ${err.message}`),
      );
    }
  } catch (err) {
    if (problems.length) err.message += `\nbrowser reported:\n  ${problems.slice(0, 20).join('\n  ')}`;
    throw err;
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

try {
  await run();
  console.log(`ide: PASS — the IDE at ${pageUrl} ran the query and showed the result`);
} catch (err) {
  console.error(`ide: FAIL — ${err instanceof StepError ? err.message : err.stack}`);
  process.exitCode = 1;
}
