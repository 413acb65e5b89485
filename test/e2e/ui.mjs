// Workbench UI test: drives code-server's real VS Code workbench in Debian's headless Chromium
// (playwright-core, no browser download) against the installed archnotes .vsix.
//
// usage: node test/e2e/ui.mjs <baseUrl> <workspaceFolder> <shotsDir>
// Prints one `RESULT PASS <step>` / `RESULT FAIL <step> :: <reason> :: screenshot=<png>` line per
// step (run.sh counts them) and exits 1 if any step failed.
//
// Selectors are VS Code internals verified on code-server 4.139.1 (VS Code 1.139.1): keep
// code-server pinned in test/e2e/package.json.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const [base, folder, shots] = process.argv.slice(2);
if (!base || !folder || !shots) {
  console.error('usage: node ui.mjs <baseUrl> <workspaceFolder> <shotsDir>');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOC = 'payments-platform.md';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Generous: CI machines here have 2 cores shared with other jobs (load 15 was seen).
const STEP_TIMEOUT = Number(process.env.UI_STEP_TIMEOUT_MS ?? 45000);
const START_TIMEOUT = Number(process.env.UI_START_TIMEOUT_MS ?? 150000);
fs.mkdirSync(shots, { recursive: true });

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
let failures = 0;
let shotNo = 0;
const shotPath = (name) => path.join(shots, `ui-${String(++shotNo).padStart(2, '0')}-${name}.png`);

const udd = fs.mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'chromium-'));
const context = await chromium.launchPersistentContext(udd, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 1400, height: 900 },
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(STEP_TIMEOUT);
page.setDefaultNavigationTimeout(START_TIMEOUT);
if (process.env.DEBUG_CONSOLE) page.on('console', (m) => console.log(`  [console ${m.type()}]`, m.text().slice(0, 300)));

/** Runs one named step; on failure records it, screenshots, and (unless fatal) carries on. */
async function step(name, fn, { fatal = false } = {}) {
  const start = Date.now();
  try {
    await fn();
    console.log(`RESULT PASS ${name} (${Date.now() - start} ms, at ${elapsed()})`);
    return true;
  } catch (e) {
    failures++;
    const png = shotPath(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    await page.screenshot({ path: png }).catch(() => {});
    const reason = String(e?.message ?? e).split('\n')[0];
    console.log(`RESULT FAIL ${name} :: ${reason} :: screenshot=${png}`);
    if (fatal) throw new Error(`fatal step failed: ${name}`);
    await page.keyboard.press('Escape').catch(() => {});
    return false;
  }
}

/** locator.waitFor with the thing being waited for named in the error (shown in the FAIL line). */
async function need(locator, what, timeout = STEP_TIMEOUT) {
  try {
    await locator.waitFor({ timeout });
  } catch (e) {
    throw new Error(`waited ${timeout} ms for ${what}: not there`);
  }
}

const editor = page.locator('.editor-instance .monaco-editor').first();
const viewLine = (text) => editor.locator('.view-line', { hasText: text }).first();
/**
 * A row of the suggest widget while it is shown. Monaco keeps the rows of a closed list in the DOM,
 * so a row is only proof of a current proposal inside `.suggest-widget.visible`; `focused` is the
 * row that Enter accepts (waiting for it keeps a slow machine from pressing Enter on a stale list).
 */
const suggestRow = (text, { focused = false } = {}) =>
  page.locator(`.suggest-widget.visible .monaco-list-row${focused ? '.focused' : ''}`, { hasText: text }).first();

/**
 * Screen box of `needle` inside the first rendered editor line containing `lineText`.
 * Monaco splits a line into token spans, so the text nodes are joined before searching.
 */
async function textBox(lineText, needle) {
  await need(viewLine(lineText), `the editor line with ${JSON.stringify(lineText)}`);
  const box = await viewLine(lineText).evaluate((el, needle) => {
    const nodes = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let n;
    let full = '';
    while ((n = walker.nextNode())) { nodes.push([n, full.length]); full += n.textContent; }
    const i = full.replace(/\u00a0/g, ' ').indexOf(needle);
    if (i < 0) return null;
    const locate = (pos) => {
      for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= pos) return [nodes[k][0], pos - nodes[k][1]];
      return [nodes[0][0], 0];
    };
    const r = document.createRange();
    r.setStart(...locate(i));
    r.setEnd(...locate(i + needle.length - 1));
    r.setEnd(r.endContainer, r.endOffset + 1);
    const b = r.getBoundingClientRect();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  }, needle);
  if (!box) throw new Error(`${JSON.stringify(needle)} not rendered in the line with ${JSON.stringify(lineText)}`);
  return box;
}

/** Waits until a squiggle of `kind` (error|warning|info) covers the on-screen box. */
async function waitForSquiggle(kind, box) {
  await page.waitForFunction(
    ({ kind, box }) => [...document.querySelectorAll(`.editor-instance .monaco-editor .squiggly-${kind}`)].some((s) => {
      const b = s.getBoundingClientRect();
      const cx = box.x + box.w / 2;
      return b.left <= cx && cx <= b.right && b.top < box.y + box.h + 4 && b.bottom > box.y - 4;
    }),
    { kind, box },
    { timeout: STEP_TIMEOUT },
  ).catch(() => { throw new Error(`waited ${STEP_TIMEOUT} ms for a ${kind} squiggle under the text: not there`); });
}

async function hoverOver(box) {
  await page.mouse.move(5, 880);
  await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2 + 1);
  await page.mouse.move(box.x + box.w / 2 + 1, box.y + box.h / 2);
}

/**
 * What the workbench shows at the box's centre and which hovers are in the DOM: printed when a hover
 * card does not come, so a failure says whether the mouse was on the word and what VS Code showed.
 */
async function hoverScene(box) {
  return page.evaluate(({ x, y }) => {
    const at = document.elementFromPoint(x, y);
    const hovers = [...document.querySelectorAll('.monaco-hover')].map((h) => `${h.classList.contains('hidden') ? 'hidden' : 'shown'}: ${JSON.stringify(h.textContent.slice(0, 80))}`);
    const focused = document.activeElement;
    return `under the mouse: ${at ? `${at.tagName.toLowerCase()}.${[...at.classList].join('.')} ${JSON.stringify((at.textContent ?? '').slice(0, 40))}` : 'nothing'}; ` +
      `hovers: ${hovers.length ? hovers.join(' | ') : 'none'}; focus: ${focused ? `${focused.tagName.toLowerCase()}.${[...focused.classList].join('.')}` : 'none'}`;
  }, { x: box.x + box.w / 2, y: box.y + box.h / 2 });
}

/**
 * Moves the mouse onto `needle` and waits for a hover card containing `expected`. A hover is
 * requested once per mouse position, so the word is re-entered if the first request raced the
 * server start-up (bounded, event-driven: each attempt waits for the card to render). The word's box
 * is measured again for each attempt (a late layout change moves it), and the last attempt asks
 * with the keyboard (the cursor on the word, "Show or Focus Hover"): the same provider answers, so
 * a missing card still fails, while a mouse move the workbench ignored (seen once in CI: no hover at
 * all for 61 s, the card there in the next step) does not. Each miss prints what was on screen.
 */
async function hoverCard(lineText, needle, expected) {
  const card = page.locator('.monaco-hover:not(.hidden)', { hasText: expected }).first();
  for (let attempt = 1; ; attempt++) {
    const box = await textBox(lineText, needle);
    const last = attempt >= 3;
    if (last) {
      await page.mouse.move(5, 880);
      await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    } else {
      await hoverOver(box);
    }
    try {
      await need(card, `a hover card with ${JSON.stringify(expected)} over ${JSON.stringify(needle)}${last ? ' (asked with the keyboard)' : ''}`, last ? STEP_TIMEOUT : 8000);
      if (last) console.log(`  hover on ${needle}: the card came when asked with the keyboard`);
      return card;
    } catch (e) {
      console.log(`  hover attempt ${attempt} on ${needle} showed no card (${await hoverScene(box).catch((x) => String(x))})`);
      if (last) throw e;
    }
  }
}

async function dismissHover() {
  await page.mouse.move(5, 880);
  await page.keyboard.press('Escape');
}

/** Expected first meaningful line of a contributed snippet, with placeholders resolved to their defaults. */
function snippetFirstLine(prefix) {
  const file = path.join(process.env.ARCHNOTES_EXT_ROOT ?? repo, 'snippets/markdown.code-snippets');
  if (!fs.existsSync(file)) throw new Error(`snippet file missing: ${file}`);
  const { parse } = createRequire(path.join(repo, 'package.json'))('jsonc-parser');
  const all = parse(fs.readFileSync(file, 'utf8'));
  const entry = Object.values(all).find((s) => [].concat(s.prefix).includes(prefix));
  if (!entry) throw new Error(`no snippet with prefix ${prefix} in ${file}`);
  const body = [].concat(entry.body).join('\n')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\$\{[A-Z_]+(:([^}]*))?\}/g, '$2');
  const line = body.split('\n').map((l) => l.trim()).find((l) => l.length >= 6);
  if (!line) throw new Error(`snippet ${prefix} has no line to look for`);
  return line.slice(0, 24);
}

/** The rendered lines in order (Monaco positions line elements absolutely; their DOM order can differ). */
async function editorText() {
  const lines = await editor.locator('.view-lines .view-line').evaluateAll((els) => els
    .map((e) => [e.getBoundingClientRect().top, e.textContent.replace(/\u00a0/g, ' ')])
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]));
  return lines.join('\n');
}

/**
 * Waits until the rendered text matches `re` (the editor re-renders a moment after a keystroke: a
 * read right after Enter saw the line before the accepted proposal). On timeout the error quotes
 * the text as it is then.
 */
async function waitForEditorText(re, what) {
  try {
    await page.waitForFunction(({ source, flags }) => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      if (!editor) return false;
      const text = [...editor.querySelectorAll('.view-lines .view-line')]
        .map((e) => [e.getBoundingClientRect().top, e.textContent.replace(/\u00a0/g, ' ')])
        .sort((a, b) => a[0] - b[0])
        .map((x) => x[1])
        .join('\n');
      return new RegExp(source, flags).test(text);
    }, { source: re.source, flags: re.flags }, { timeout: STEP_TIMEOUT });
  } catch {
    throw new Error(`waited ${STEP_TIMEOUT} ms for ${what}; the editor reads: ${JSON.stringify((await editorText()).slice(0, 600))}`);
  }
}

/** Presses Ctrl+. until the quick fix menu lists an entry with `text` (the first answer may be empty). */
async function quickFixEntry(text) {
  const entry = page.locator('.action-widget .monaco-list-row', { hasText: text }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await need(entry, `a quick fix menu entry with ${JSON.stringify(text)}`, attempt < 3 ? 5000 : STEP_TIMEOUT);
      return entry;
    } catch (e) {
      if (attempt >= 3) throw e;
      console.log(`  Ctrl+. attempt ${attempt} showed no quick fix menu; pressing again`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Opens a workspace file through quick open and waits for a line of it in the editor. */
async function openDoc(name, lineText) {
  // Already open: its tab.
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  if (await tab.count() > 0) {
    await tab.click();
    await need(viewLine(lineText), `${name} in the editor`);
    return;
  }
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await need(input, 'the quick open input', attempt < 2 ? 5000 : STEP_TIMEOUT);
      break;
    } catch (e) {
      if (attempt >= 2) throw e;
      // The keyboard focus may be in a webview that was just closed (the markdown preview): take it back.
      await page.locator('.explorer-folders-view').first().click();
    }
  }
  await input.fill(name);
  await need(page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first(), `${name} in quick open`);
  await page.keyboard.press('Enter');
  await need(viewLine(lineText), `${name} in the editor`);
}

async function writeWorkspaceSettings(obj) {
  const dir = path.join(folder, '.vscode');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(obj, null, 2) + '\n');
}

// For the step that watches the language status spin while a big document is analysed.
fs.copyFileSync(path.join(repo, 'bench', 'fixtures', 'notes.md'), path.join(folder, 'docs', 'big-notes.md'));

try {
  await step('open workspace in the workbench', async () => {
    await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await need(page.locator('.monaco-workbench'), 'the workbench', START_TIMEOUT);
    await need(page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'docs' }).first(), 'the explorer to list docs/ (remote connection up)', START_TIMEOUT);
    await page.screenshot({ path: shotPath('workbench') });
  }, { fatal: true });

  await step(`open docs/${DOC} with quick open`, async () => {
    await openDoc(DOC, 'The production VPC uses');
    // The first squiggle proves the extension activated and its server published diagnostics;
    // hovering earlier would ask a provider that is not registered yet.
    await need(editor.locator('.squiggly-error, .squiggly-warning, .squiggly-info').first(), 'the first squiggle (extension activated, server published diagnostics)', START_TIMEOUT);
    await page.screenshot({ path: shotPath('doc-open') });
  }, { fatal: true });

  await step('hover card on SQS shows the service facts', async () => {
    const card = await hoverCard('arrive through an SQS queue', 'SQS', 'Amazon Simple Queue Service');
    if ((await card.locator('table').count()) === 0) throw new Error(`hover card has no facts table: ${(await card.innerText()).slice(0, 300)}`);
    await page.screenshot({ path: shotPath('hover-sqs') });
    await dismissHover();
  });

  // Issue 15, defect 6: at VS Code's default hover size (250 px high) a long card scrolled and its
  // facts sat below the fold (the SQS card was 512 px). The longest cards of the pack must fit.
  await step('service cards fit the hover at its default size: what changed and the key facts in view', async () => {
    await openDoc('service-cards.md', '- Queue: SQS');
    const cards = [
      ['- Queue: SQS', 'SQS', 'Amazon Simple Queue Service'],
      ['- Stream: Kinesis Data Streams', 'Kinesis', 'Amazon Kinesis Data Streams'],
      ['- Database: Aurora', 'Aurora', 'Amazon Aurora'],
      ['- Edge code: Lambda@Edge', 'Lambda', 'Lambda@'],
      ['- Compute: EC2', 'EC2', 'Elastic Compute Cloud'],
      ['- Relational: RDS', 'RDS', 'Relational Database Service'],
      ['- CDN: CloudFront', 'CloudFront', 'Amazon CloudFront'],
      ['- Keys: KMS', 'KMS', 'Key Management Service'],
      ['- Volumes: EBS', 'EBS', 'Elastic Block Store'],
      ['- Balancing: ELB', 'ELB', 'Elastic Load Balancing'],
    ];
    const overflowing = [];
    try {
      for (const [lineText, needle, expected] of cards) {
        const card = await hoverCard(lineText, needle, expected);
        const size = await card.evaluate((el) => {
          const content = el.querySelector('.monaco-hover-content') ?? el;
          return { shown: content.clientHeight, needed: content.scrollHeight, max: content.style.maxHeight };
        });
        console.log(`  card ${needle}: ${size.needed} px needed, ${size.shown} px shown (max-height ${size.max})`);
        if (size.needed > size.shown + 2) overflowing.push(`${needle} (${size.needed} px in ${size.shown})`);
        if (needle === 'SQS') await page.screenshot({ path: shotPath('hover-sqs-default-size') });
        await dismissHover();
      }
      // Over a finding VS Code puts the problem above the card, in the same hover: the card is
      // shorter there, and what changed must still be in view.
      const card = await hoverCard('- Inventory: AWS Application Discovery Service', 'Discovery', 'AWS Application Discovery Service');
      const view = await card.evaluate((el) => {
        const content = el.querySelector('.monaco-hover-content') ?? el;
        const top = content.getBoundingClientRect().top;
        const changed = [...el.querySelectorAll('li, p')].find((n) => (n.textContent ?? '').includes('Changed:'));
        return { shown: content.clientHeight, needed: content.scrollHeight, changedBottom: changed ? changed.getBoundingClientRect().bottom - top : -1 };
      });
      console.log(`  card under a finding (Discovery): ${view.needed} px needed, ${view.shown} px shown, what changed ends at ${Math.round(view.changedBottom)} px`);
      await page.screenshot({ path: shotPath('hover-card-under-finding') });
      if (view.changedBottom < 0 || view.changedBottom > view.shown + 2) overflowing.push(`Discovery under its finding: what changed ends at ${Math.round(view.changedBottom)} px of ${view.shown}`);
    } finally {
      await dismissHover();
      await openDoc(DOC, 'The production VPC uses');
    }
    if (overflowing.length > 0) throw new Error(`cards scroll at the default hover size: ${overflowing.join(', ')}`);
  });

  await step('hover card on 10.0.0.0/20 shows the address counts', async () => {
    const card = await hoverCard('private subnet carved from', '10.0.0.0/20', '4,096');
    const text = await card.innerText();
    if (!text.includes('4,091')) throw new Error(`CIDR card lacks the 4,091 usable addresses: ${text.slice(0, 300)}`);
    await page.screenshot({ path: shotPath('hover-cidr') });
    await dismissHover();
  });

  await step('squiggle and Problems entry for the /15 VPC', async () => {
    const box = await textBox('The production VPC uses', '/15');
    await waitForSquiggle('error', box);
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '131,072' }).first();
    await need(row, 'a Problems row with "131,072"');
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    if (!/vpc-cidr-size/.test(text)) throw new Error(`Problems row lacks the rule id: ${text}`);
    await page.screenshot({ path: shotPath('squiggle-and-problems') });
  });

  await step('rule severity changes live through settings', async () => {
    const box = await textBox('The production VPC uses', '/15');
    await writeWorkspaceSettings({ 'archnotes.rules': { 'vpc-cidr-size': 'warning' } });
    await waitForSquiggle('warning', box);
    await page.screenshot({ path: shotPath('severity-warning') });
    await writeWorkspaceSettings({ 'archnotes.rules': { 'vpc-cidr-size': 'off' } });
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '131,072' });
    await row.first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT })
      .catch(() => { throw new Error('the Problems row stayed after setting vpc-cidr-size to off'); });
    await page.screenshot({ path: shotPath('severity-off') });
    await writeWorkspaceSettings({});
    await waitForSquiggle('error', await textBox('The production VPC uses', '/15'));
  });

  await step('quick fix turns /15 into /16', async () => {
    const box = await textBox('The production VPC uses', '/15');
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    // The light bulb shows once the code actions for the cursor position have been computed.
    await need(editor.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first(), 'the light bulb on the /15 line');
    const fix = await quickFixEntry('/16');
    await page.screenshot({ path: shotPath('quick-fix-menu') });
    await fix.click();
    await need(viewLine('10.0.0.0/16.'), 'the line to read 10.0.0.0/16. after the fix');
    if ((await editorText()).includes('10.0.0.0/15')) throw new Error('/15 still in the text after the fix');
    await page.screenshot({ path: shotPath('quick-fix-applied') });
  });

  await step('snippet aws-vpc-3az through the suggest widget', async () => {
    const expected = snippetFirstLine('aws-vpc-3az');
    await viewLine('Open questions').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('aws-vpc-3az');
    await page.keyboard.press('Control+Space');
    const row = suggestRow('aws-vpc-3az');
    await need(row, 'aws-vpc-3az in the suggest widget');
    await page.screenshot({ path: shotPath('suggest-widget') });
    await row.click();
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')]
        .some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(expected)),
      expected,
    ).catch(() => { throw new Error(`waited ${STEP_TIMEOUT} ms for the snippet text ${JSON.stringify(expected)}: not there`); });
    if (/^\s*aws-vpc-3az\s*$/m.test(await editorText())) throw new Error('the typed prefix is still in the text');
    await page.screenshot({ path: shotPath('snippet-inserted') });
  });

  await step('subnet table: Enter at the end of a row starts a new line; a digit in the CIDR cell proposes the table VPC block', async () => {
    await openDoc('environments.md', 'The staging VPC is');
    // The server has analysed the document once a hover card answers.
    await hoverCard('The staging VPC is', '10.1.0.0/16', '65,536');
    await dismissHover();
    await viewLine('| stg-b | 10.1.1.0/24').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('| stg-c | 1');
    const proposal = suggestRow('10.1.2.0/24');
    await need(proposal, 'the staging block 10.1.2.0/24 in the suggest widget after typing a digit in the CIDR cell');
    await page.screenshot({ path: shotPath('subnet-proposal') });
    // Typed by hand to the end of the row: the proposal closes, and Enter ends the row.
    await page.keyboard.type('0.1.2.0/24 | eu-west-1c |', { delay: 30 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('| stg-d | 1');
    await need(suggestRow('10.1.3.0/24', { focused: true }), 'the next block 10.1.3.0/24, focused in the open suggest widget (the row typed just before counts)');
    await page.keyboard.press('Enter');
    await waitForEditorText(/\| stg-c \| 10\.1\.2\.0\/24 \| eu-west-1c \|\n\| stg-d \| 10\.1\.3\.0\/24/, 'the typed row, a new line, then the accepted proposal');
    await page.screenshot({ path: shotPath('subnet-rows-typed') });
  });

  await step('suppress in a table: the reason typed in place, the preview still a table', async () => {
    await openDoc('network-plan.md', '| App subnet');
    const box = await textBox('| App subnet', '10.0.1.5/24');
    await waitForSquiggle('error', box);
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    const entry = await quickFixEntry('Suppress cidr-host-bits in this table, with a reason');
    await page.screenshot({ path: shotPath('suppress-menu') });
    await entry.click();
    // Type once the snippet is in (its placeholder selected), not into the line clicked before.
    await need(viewLine('archnotes-disable cidr-host-bits -- reason'), 'the disable comment with its placeholder');
    await page.keyboard.type('appliance keeps its address');
    await page.keyboard.press('Escape');
    await waitForEditorText(/## Address plan\n\n<!-- archnotes-disable cidr-host-bits -- appliance keeps its address -->\n\| Tier \| CIDR \| Notes \|/, 'the disable comment with the typed reason right above the table');
    await waitForEditorText(/\| Data subnet [^\n]*\n<!-- archnotes-enable cidr-host-bits -->/, 'the enable comment right below the table');
    await page.screenshot({ path: shotPath('suppressed-in-table') });
    // The rendered markdown: the table keeps all its rows (a comment between rows would end it).
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await need(input, 'the command palette');
    await input.fill('>Markdown: Open Preview to the Side');
    await need(page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first(), 'the preview command');
    await page.keyboard.press('Enter');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await need(preview.locator('table tbody tr', { hasText: 'Data subnet' }).first(), 'the table\'s last row in the markdown preview');
    const rows = await preview.locator('table tr').count();
    if (rows !== 4) throw new Error(`the preview table has ${rows} rows, expected the header and 3 rows`);
    await page.screenshot({ path: shotPath('suppressed-in-table-preview') });
    await page.keyboard.press('Control+W');
  });

  await step('show documentation for a rule from the quick fix menu: the shipped page in the preview', async () => {
    await openDoc(DOC, 'PostgreSQL 16 on port');
    const box = await textBox('PostgreSQL 16 on port', '3306');
    await waitForSquiggle('warning', box);
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    const entry = await quickFixEntry('Show documentation for engine-port-mismatch');
    for (const other of ['Disable engine-port-mismatch for this file', 'Disable engine-port-mismatch in .archnotes.jsonc']) {
      await need(page.locator('.action-widget .monaco-list-row', { hasText: other }).first(), `${JSON.stringify(other)} in the same menu`);
    }
    await page.screenshot({ path: shotPath('rule-actions-menu') });
    await entry.click();
    const preview = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await need(preview.locator('h1', { hasText: 'engine-port-mismatch' }).first(), 'the rule page heading in the markdown preview');
    await need(preview.locator('h2', { hasText: 'Why' }).first(), 'the rule page\'s "Why" section');
    await page.screenshot({ path: shotPath('rule-docs-preview') });
    // Closed by its own tab (Ctrl+W would close whichever editor has the focus, maybe the edited doc).
    const tab = page.locator('.tabs-container .tab', { hasText: 'engine-port-mismatch' }).first();
    await need(tab, 'the preview tab of the rule page');
    await tab.click({ button: 'middle' });
    await tab.waitFor({ state: 'detached', timeout: STEP_TIMEOUT }).catch(() => { throw new Error('the rule page tab stayed open after a middle click'); });
  });

  await step('aws- opens the snippets as typed; Enter after a list dash starts a new line', async () => {
    await openDoc('orders-service.md', '# ');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.press('Enter');
    await page.keyboard.type('after the dash');
    await need(viewLine('after the dash'), 'the text typed after the Enter');
    // Waited for, not read once: a read right after typing saw a line mid-render.
    await waitForEditorText(/(^|\n)-[ ]*\nafter the dash(\n|$)/, 'a line "-" and "after the dash" on the next line (Enter after "- " starts a new line)');
    await page.keyboard.press('Enter');
    await page.keyboard.type('aws-');
    await need(suggestRow('aws-'), 'the aws- snippets in the suggest widget after typing aws- (no Ctrl+Space)');
    await page.screenshot({ path: shotPath('aws-dash-snippets') });
    await page.keyboard.type('vpc-3');
    await need(suggestRow('aws-vpc-3az'), 'aws-vpc-3az after typing on to aws-vpc-3');
    await page.keyboard.press('Escape');
  });

  await step('language status item: findings of the document; the log has the analysis time', async () => {
    await openDoc('payments-platform.md', 'The production VPC uses');
    const status = page.locator('[id="status.languageStatus"]').first();
    await need(status, 'the language status entry in the status bar');
    await status.click();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'archnotes' }).first();
    await need(hover, 'the archnotes language status item');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/archnotes: \d+ (error|warning|info)/.test(text)) throw new Error(`the status item does not count the findings: ${text.slice(0, 300)}`);
    await page.screenshot({ path: shotPath('language-status') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await need(input, 'the command palette');
    await input.fill('>archnotes: Show log');
    await need(page.locator('.quick-input-list .monaco-list-row', { hasText: 'archnotes: Show log' }).first(), 'the Show log command');
    await page.keyboard.press('Enter');
    // (the output wraps long lines: the file name and the time may sit on different view lines)
    // The file by its path in the workspace, as the Explorer shows it, not by a file:// address.
    await need(page.locator('.monaco-editor .view-line', { hasText: /archnotes:\sanalysed\sdocs\/payments-platform\.md\s/ }).first(), 'an "archnotes: analysed docs/payments-platform.md in N ms" line in the output');
    const addresses = await page.locator('.monaco-editor .view-line', { hasText: /file:\/\// }).count();
    if (addresses > 0) throw new Error(`${addresses} line(s) of the archnotes output name a file by its file:// address`);
    // Nothing went wrong on the way (a V8 flag the editor's Node does not know printed an error here).
    const errors = await page.locator('.monaco-editor .view-line', { hasText: /\[error\]/ }).allInnerTexts();
    if (errors.length > 0) throw new Error(`the archnotes output has error lines: ${errors.join(' | ').slice(0, 300)}`);
    await page.screenshot({ path: shotPath('output-log') });
  });
  await step('language status item: a spinner while a big document is analysed, then its counts', async () => {
    // The notes (434 KB, copied in before the workbench opened: quick open indexes the folder once):
    // their first analysis takes a second or more. The spinner is watched from before the open, so a
    // fast analysis that ends while the document is still being opened cannot slip past the check.
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__archnotesSpun = false;
      const spinning = () => document.querySelector('[id="status.languageStatus"] .codicon-loading') !== null;
      w.__archnotesSpinWatch = new MutationObserver(() => { if (spinning()) w.__archnotesSpun = true; });
      w.__archnotesSpinWatch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await openDoc('big-notes.md', 'EC2 Fundamentals');
    const entry = page.locator('[id="status.languageStatus"]').first();
    await page.waitForFunction(() => /** @type {any} */ (window).__archnotesSpun === true, null, { timeout: STEP_TIMEOUT })
      .catch(() => { throw new Error('the language status never spun while the notes were opened and analysed'); });
    await page.evaluate(() => /** @type {any} */ (window).__archnotesSpinWatch?.disconnect());
    // A screenshot of the busy state when it is still busy (a fast analysis may have ended already).
    if (await entry.locator('.codicon-loading').count() > 0) await page.screenshot({ path: shotPath('language-status-busy') });
    await page.waitForFunction(() => !document.querySelector('[id="status.languageStatus"] .codicon-loading'), null, { timeout: 120000 })
      .catch(() => { throw new Error('the language status still spins 120 s after the notes opened'); });
    await entry.click();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'archnotes' }).first();
    await need(hover, 'the archnotes language status item after the analysis');
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/archnotes: \d+ (error|warning|info)/.test(text)) throw new Error(`after the analysis the status item does not count the findings: ${text.slice(0, 300)}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+W');
  });
  await step('address plan: the SVG in a webview beside the document; a click selects the subnet in the text', async () => {
    await openDoc('environments.md', 'The staging VPC is');
    await viewLine('The staging VPC is').click();
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await need(input, 'the command palette');
    await input.fill('>archnotes: Show address plan');
    await need(page.locator('.quick-input-list .monaco-list-row', { hasText: 'archnotes: Show address plan' }).first(), 'the Show address plan command');
    await page.keyboard.press('Enter');
    const view = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await need(view.locator('svg text', { hasText: 'staging · 10.1.0.0/16' }).first(), 'the staging VPC in the address plan, named as the text names it');
    const block = view.locator('g.block', { hasText: 'stg-b' }).first();
    await need(block, 'the stg-b block, labelled, in the address plan');
    await page.screenshot({ path: shotPath('address-plan') });
    await block.click();
    const selection = page.locator('[id="status.editor.selection"]').first();
    await page.waitForFunction(() => /Ln 19, Col \d+ \(11 selected\)/.test(document.querySelector('[id="status.editor.selection"]')?.textContent ?? ''), null, { timeout: STEP_TIMEOUT })
      .catch(async () => { throw new Error(`the click on stg-b did not select its CIDR on line 19: the status bar reads ${JSON.stringify(await selection.innerText().catch(() => ''))}`); });
    await page.screenshot({ path: shotPath('address-plan-click') });
    // Live: the selected CIDR typed over moves stg-b in the plan, without running the command again.
    await page.keyboard.type('10.1.2.0/24');
    try {
      await view.locator('g.block title', { hasText: 'stg-b 10.1.2.0/24' }).first().waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
    } catch {
      throw new Error('the address plan did not follow the edit: no block "stg-b 10.1.2.0/24" after typing it over 10.1.1.0/24');
    }
    await page.screenshot({ path: shotPath('address-plan-live') });
    await page.keyboard.press('Control+Z');
  });
  await step('settings editor: archnotes settings titled in words, every rule in "Rules" with a level', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await need(input, 'the command palette');
    await input.fill('>Preferences: Open Settings (UI)');
    await need(page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Open Settings (UI)' }).first(), 'the Open Settings (UI) command');
    await page.keyboard.press('Enter');
    const settings = page.locator('.settings-editor').first();
    await need(settings, 'the Settings editor');
    // The search box has the focus when the Settings editor opens.
    const search = async (query) => {
      await settings.locator('.search-container').first().click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(query);
    };
    const label = (text) => settings.locator('.setting-item-label', { hasText: text }).first();
    // One setting at a time: the Rules table is tall, and the list renders only what is in view.
    await search('@ext:archnotes.archnotes delay');
    await need(label('Diagnostics Delay'), 'the setting titled "Diagnostics Delay"');
    await search('@ext:archnotes.archnotes large file');
    await need(label('Large File Size'), 'the setting titled "Large File Size"');
    await search('@ext:archnotes.archnotes');
    await need(settings.locator('.settings-count-widget', { hasText: '3 Settings Found' }).first(), '"3 Settings Found": the renamed keys stay hidden while unset');
    const rules = settings.locator('.setting-item-contents', { hasText: 'vpc-cidr-size' }).first();
    await need(rules, 'the rule vpc-cidr-size listed under "Archnotes: Rules"');
    // The table shows ids and levels: the setting's text links the page that says what each rule checks.
    await need(rules.locator('.setting-item-description a', { hasText: 'the rules reference' }).first(), 'a link "the rules reference" in the description of "Archnotes: Rules"');
    await page.screenshot({ path: shotPath('settings') });
    await page.keyboard.press('Control+W');
  });
} catch (e) {
  console.log(String(e.message));
} finally {
  await context.close().catch(() => {});
  fs.rmSync(udd, { recursive: true, force: true });
  console.log(`ui test finished in ${elapsed()}, ${failures} failed step(s); screenshots in ${shots}`);
  process.exit(failures ? 1 : 0);
}
