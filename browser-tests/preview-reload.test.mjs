// The preview reloads what the editor sees: `bin/hoshin serve --content COPY --port P` on a copy of the content, a
// page open in Chromium, a real save of an initiative's file. After a good save the page reloads and shows the new
// text; after a broken one it reloads and shows the red error box over the last good build; the next good save
// brings the page back without the box. Checked on the ward page and on a changes page (新旧対照表).
//
// Each good save's times are reported as test diagnostics: save → reloaded page's load event, and the rebuild's end
// (the "rebuilt" line in the terminal) → load. HOSHIN_RELOAD_ROUNDS=N repeats the good save N times per page, to
// measure; times are never asserted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { launchChromium } from './browser.mjs';

const PROJECT = join(process.cwd(), '..');
const ROUNDS = Math.max(1, Number(process.env.HOSHIN_RELOAD_ROUNDS ?? 1));
/** Generous: on a loaded 2-core machine a rebuild can take seconds. How fast is measured, not asserted. */
const WAIT_MS = 60_000;
const shared = { dir: null, serve: null, browser: null, file: null, original: '', ward: '', year: '', saves: 0 };

/** A port nobody listens on now, from the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `bin/hoshin serve` in its own process group; lines of its output are kept with the time they came. */
function startServe(content, port) {
  const child = spawn(join(PROJECT, 'bin', 'hoshin'), ['serve', '--content', content, '--port', String(port)],
    { cwd: PROJECT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (chunk) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop();
      parts.forEach((text) => lines.push({ at: Date.now(), text }));
    });
  }
  return { child, lines, exited };
}

async function waitForLine(serve, pattern, from = 0) {
  const deadline = Date.now() + 10 * WAIT_MS; // the first run may compile hoshin
  for (;;) {
    const line = serve.lines.slice(from).find((l) => pattern.test(l.text));
    if (line) return line;
    if (serve.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`serve did not print ${pattern}:\n${serve.lines.map((l) => l.text).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The folder names of `dir` in order, or none. */
function folders(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort() : [];
}

/** The first Markdown file under `dir`, in name order. */
function firstMarkdown(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const found = firstMarkdown(path);
      if (found) return found;
    } else if (name.endsWith('.md')) {
      return path;
    }
  }
  return null;
}

/**
 * The first ward's latest edition and an initiative file of it; an earlier edition is made from it when the ward has
 * none, so that the latest has a changes page.
 */
function chooseEdition(content) {
  const wards = join(content, 'wards');
  const ward = folders(wards).find((w) => folders(join(wards, w)).some((y) => /^\d{4}$/.test(y)));
  const years = folders(join(wards, ward)).filter((y) => /^\d{4}$/.test(y));
  const year = years[years.length - 1];
  if (years.length === 1) {
    const earlier = join(wards, ward, String(Number(year) - 1));
    cpSync(join(wards, ward, year), earlier, { recursive: true });
  }
  const file = firstMarkdown(join(wards, ward, year, 'ja', 'pillars'));
  assert.ok(file, `no initiative file in ${ward}/${year}`);
  return { ward, year, file };
}

before(async () => {
  shared.dir = mkdtempSync(join(tmpdir(), 'hoshin-preview-'));
  const content = join(shared.dir, 'content');
  cpSync(join(PROJECT, 'src', 'test', 'resources', 'fixture', 'content'), content, { recursive: true }); // the tests' own project
  Object.assign(shared, chooseEdition(content));
  shared.original = readFileSync(shared.file, 'utf8');
  shared.serve = startServe(content, await freePort());
  const serving = await waitForLine(shared.serve, /^serving at http:\/\/localhost:\d+\//);
  shared.url = serving.text.match(/http:\/\/localhost:\d+/)[0];
  shared.browser = await launchChromium();
});

after(async () => {
  await shared.browser?.close();
  if (shared.serve && shared.serve.child.exitCode === null) {
    process.kill(-shared.serve.child.pid, 'SIGTERM');
    await shared.serve.exited;
  }
  rmSync(shared.dir, { recursive: true, force: true });
});

/** Saves the initiative with a new last paragraph; returns its text, the time of the write and the log position. */
function saveWithNewParagraph() {
  const marker = `再読み込みの確認、${++shared.saves}回目の保存。`;
  const logFrom = shared.serve.lines.length;
  const savedAt = Date.now();
  writeFileSync(shared.file, `${shared.original.trimEnd()}\n\n${marker}\n`);
  return { marker, savedAt, logFrom };
}

/** Saves the initiative with a key its front matter does not allow: the build fails at that file. */
function saveBroken() {
  assert.ok(shared.original.startsWith('---\n'), 'an initiative file starts with its front matter');
  writeFileSync(shared.file, shared.original.replace('---\n', '---\nno-such-field: x\n'));
}

/**
 * Waits until the page has been reloaded (not merely re-rendered) into a state `check` accepts; returns the load
 * event's time. Every load is looked at, as a page may reload once more when a build ends just as it loads.
 */
async function reloadedInto(page, check, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const remaining = deadline - Date.now();
    assert.ok(remaining > 0, `the page did not reload into ${what}; serve said:\n`
      + shared.serve.lines.slice(-10).map((l) => l.text).join('\n'));
    try {
      await page.waitForEvent('load', { timeout: remaining });
      const state = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        return {
          type: navigation.type,
          loadedAt: performance.timeOrigin + navigation.loadEventStart,
          alert: document.querySelector('pre[role=alert]')?.textContent ?? null,
          text: document.body.innerText,
          inserted: [...document.querySelectorAll('ins')].map((e) => e.textContent).join('\n'),
        };
      });
      if (state.type === 'reload' && check(state)) return state.loadedAt;
    } catch (error) {
      if (!/Execution context was destroyed|Timeout/.test(String(error))) throw error;
    }
  }
}

async function checkReloads(t, path, shown) {
  const page = await shared.browser.newPage();
  try {
    await page.goto(shared.url + path, { waitUntil: 'load' });
    assert.equal(await page.locator('pre[role=alert]').count(), 0, 'the preview starts without an error box');
    for (let round = 0; round < ROUNDS; round++) {
      const { marker, savedAt, logFrom } = saveWithNewParagraph();
      const loadedAt = await reloadedInto(page, (s) => s.alert === null && shown(s, marker), 'the saved text');
      const rebuilt = await waitForLine(shared.serve, /^rebuilt /, logFrom);
      t.diagnostic(`${path}: save → reloaded page loaded ${Math.round(loadedAt - savedAt)} ms; `
        + `rebuild done → loaded ${Math.round(loadedAt - rebuilt.at)} ms (${rebuilt.text})`);
    }

    const relativeFile = relative(join(shared.dir), shared.file).split(sep).join('/');
    saveBroken();
    await reloadedInto(page, (s) => s.alert !== null && s.alert.includes(relativeFile)
      && s.alert.includes('no-such-field'), 'the error box naming the file');

    const { marker } = saveWithNewParagraph();
    await reloadedInto(page, (s) => s.alert === null && shown(s, marker), 'the next good build, without the box');
  } finally {
    await page.close();
    writeFileSync(shared.file, shared.original);
  }
}

test('the ward page reloads on a good save, shows the error box on a broken one and recovers', async (t) => {
  await checkReloads(t, `/ja/wards/${shared.ward}/`, (s, marker) => s.text.includes(marker));
});

test('a changes page reloads with the saved paragraph marked as inserted, and shows and clears the error box',
  async (t) => {
    await checkReloads(t, `/ja/wards/${shared.ward}/${shared.year}/changes/`, (s, marker) => s.inserted.includes(marker));
  });
