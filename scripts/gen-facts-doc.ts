/**
 * Generates docs/facts.md from the fact pack (every service card, every fact, its value, source and checked date)
 * and docs/facts-audits.md from the random audits in scripts/facts-audit-data.ts.
 * Run with `npm run facts:doc`; `npm run facts:doc -- --check` fails if the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES, FACT_PACK_VERSION } from '../server/src/facts/catalog';
import { AUDITS, NOT_REVERIFIED, type Audit, type AuditVerdict } from './facts-audit-data';
import { NINTH_UNCONFIRMED } from '../server/src/facts/reverification-ninth';
import { TENTH_UNCONFIRMED } from '../server/src/facts/reverification-tenth';
import { ELEVENTH_UNCONFIRMED } from '../server/src/facts/reverification-eleventh';
import { TWELFTH_CHECKED, TWELFTH_UNCONFIRMED } from '../server/src/facts/reverification-twelfth';
import { THIRTEENTH_CHECKED, THIRTEENTH_UNCONFIRMED } from '../server/src/facts/reverification-thirteenth';
import { FOURTEENTH_CHECKED, FOURTEENTH_UNCONFIRMED } from '../server/src/facts/reverification-fourteenth';
import { FIFTEENTH_CHECKED, FIFTEENTH_RECONFIRMED, FIFTEENTH_REVERIFIED, FIFTEENTH_UNCONFIRMED } from '../server/src/facts/reverification-fifteenth';
import { SIXTEENTH_CHECKED, SIXTEENTH_UNCONFIRMED } from '../server/src/facts/reverification-sixteenth';
import { SEVENTEENTH_CHECKED, SEVENTEENTH_PAGES_CHECKED, SEVENTEENTH_UNCONFIRMED } from '../server/src/facts/reverification-seventeenth';
import type { Fact, FactValue, ServiceCard } from '../server/src/facts/types';

export const FACTS_DOC_PATH = join(__dirname, '..', 'docs', 'facts.md');
export const AUDITS_DOC_PATH = join(__dirname, '..', 'docs', 'facts-audits.md');

/** Escape text for a markdown table cell or paragraph: nothing from the pack is interpreted as markup. */
function esc(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]<>#~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

const group = (n: number): string => {
  if (!Number.isInteger(n)) return String(n);
  return n.toLocaleString('en-US');
};

function human(value: number, unit: string): string | undefined {
  if (unit === 'bytes' && value >= 1024) {
    const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let v = value;
    let i = -1;
    while (v >= 1024 && i < units.length - 1) {
      v /= 1024;
      i++;
    }
    return `${Number(v.toFixed(2))} ${units[i]}`;
  }
  if (unit === 'seconds' && value >= 120) {
    const steps: [number, string][] = [
      [31_536_000, 'years'],
      [86_400, 'days'],
      [3_600, 'hours'],
      [60, 'minutes'],
    ];
    for (const [size, name] of steps) if (value % size === 0 || value >= size * 2) return `${Number((value / size).toFixed(2))} ${name}`;
  }
  return undefined;
}

function amount(value: number, unit: string): string {
  if (unit === 'USD') return `$${value}`;
  if (unit === 'port') return String(value);
  if (unit === 'prefix') return `/${value}`;
  if (unit === 'none' || unit === 'count') return group(value);
  if (unit === 'percent') return `${value}%`;
  if (unit === 'nines') return `${value} nines`;
  const h = human(value, unit);
  return `${group(value)} ${unit}${h ? ` (${h})` : ''}`;
}

export function formatValue(value: FactValue): string {
  switch (value.type) {
    case 'number':
      return amount(value.value, value.unit);
    case 'range': {
      const base = `${amount(value.min, value.unit)} – ${amount(value.max, value.unit)}`;
      return value.default === undefined ? base : `${base}; default ${amount(value.default, value.unit)}`;
    }
    case 'text':
      return value.value;
    case 'list':
      return value.values.join('; ');
  }
}

function limitCell(fact: Fact): string {
  const code = fact.quota?.quotaCode ? ` (${fact.quota.quotaCode})` : '';
  if (fact.hardLimit === true) return 'hard';
  if (fact.hardLimit === false) return `adjustable${code}`;
  return '';
}

/** Region figures, former values and the section cited, under the value. */
function extraLines(fact: Fact): string[] {
  const lines: string[] = [];
  for (const r of fact.regional ?? []) lines.push(`${r.regions.join(', ')}: ${r.value}`);
  for (const h of fact.history ?? []) lines.push(`until ${h.until}: ${h.value}`);
  if (fact.sourceSection) lines.push(`source section: “${fact.sourceSection}”`);
  return lines;
}

function checkedCell(fact: Fact): string {
  return fact.reverified ? `${fact.checked} ✔ re-verified` : fact.checked;
}

function anchor(card: ServiceCard): string {
  return `svc-${card.id}`;
}

function statusLine(card: ServiceCard): string | undefined {
  const s = card.status;
  if (!s || s.state === 'active') return undefined;
  const label = s.state === 'closed-to-new-customers' ? 'Closed to new customers' : s.state === 'retired' ? 'Retired' : 'Renamed';
  const parts = [`**${label}** since ${esc(s.since)}`];
  if (s.successor) parts.push(`successor: ${esc(s.successor)}`);
  if (s.note) parts.push(esc(s.note));
  parts.push(`[source](${s.source})`);
  return `- Status: ${parts.join('; ')}`;
}

function renderCard(card: ServiceCard): string[] {
  const out: string[] = [];
  out.push(`### ${esc(card.name)} <a id="${anchor(card)}"></a>`, '');
  out.push(esc(card.summary), '');
  out.push(`- Id: \`${card.id}\`${card.parent ? ` (part of \`${card.parent}\`)` : ''}; category: ${esc(card.category)}; [docs](${card.docs})`);
  if (card.aliases.length) out.push(`- Aliases: ${card.aliases.map(esc).join(', ')}`);
  if (card.ambiguousAliases?.length) out.push(`- Ambiguous (need AWS/Amazon prefix or AWS context): ${card.ambiguousAliases.map(esc).join(', ')}`);
  for (const former of card.formerNames ?? []) out.push(`- Formerly: ${esc(former.name)} (until ${esc(former.until)}, [source](${former.source}))`);
  for (const former of card.formerNamesUndated ?? []) out.push(`- Formerly: ${esc(former.name)} (no AWS page read dates the rename, [source](${former.source}))`);
  const status = statusLine(card);
  if (status) out.push(status);
  out.push('', '| Fact | Value | Limit | Source | Checked |', '|---|---|---|---|---|');
  for (const fact of card.facts) {
    const label = `${esc(fact.label)}<br>\`${fact.id}\``;
    const value = [formatValue(fact.value), ...(fact.detail ? [fact.detail] : []), ...extraLines(fact)].map(esc).join('<br>');
    out.push(`| ${label} | ${value} | ${limitCell(fact)} | [link](${fact.source}) | ${checkedCell(fact)} |`);
  }
  const changed = card.facts.filter((f) => f.changed);
  if (changed.length) {
    out.push('', 'Changed since the notes:', '');
    for (const f of changed) {
      const c = f.changed;
      if (!c) continue;
      out.push(`- \`${f.id}\`${f.seedLine ? ` (notes line ${f.seedLine})` : ''}: the notes say “${esc(c.notes)}”. ${esc(c.note)}`);
    }
  }
  out.push('');
  return out;
}


const VERDICT_LABEL: Readonly<Record<AuditVerdict, string>> = {
  right: 'right',
  wrong: 'wrong',
  stale: 'stale',
  unstated: 'source does not state it',
  unchecked: 'not checked (no stored copy of the page reached, or not read; each row says which)',
};

/** "36 right, 0 wrong, …" and how many of the checked facts are right. */
function auditSummary(audit: Audit): string {
  const counts = new Map<AuditVerdict, number>();
  for (const row of audit.rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
  const checked = audit.rows.filter((r) => r.verdict !== 'unchecked').length;
  const summary = (['right', 'wrong', 'stale', 'unstated', 'unchecked'] as const)
    .map((v) => `${counts.get(v) ?? 0} ${VERDICT_LABEL[v]}`)
    .join(', ');
  return `${summary} (${counts.get('right') ?? 0} of the ${checked} checked are right)`;
}

/** One random audit: method, counts by verdict, remarks, then one row per fact. */
function renderAudit(audit: Audit): string[] {
  const out = [
    `## Random audit ${audit.name} <a id="audit-${audit.name}"></a>`,
    '',
    `${audit.rows.length} facts of pack ${audit.packVersion}, seed ${audit.seed}: ${audit.method}`,
    '',
    `Result: ${auditSummary(audit)}. Rows marked “fixed” were corrected after the audit.`,
    '',
  ];
  for (const remark of audit.remarks ?? []) out.push(`- ${esc(remark)}`);
  if (audit.remarks?.length) out.push('');
  out.push('| Fact | Verdict | What the page says |', '|---|---|---|');
  for (const row of audit.rows) {
    const verdict = `${VERDICT_LABEL[row.verdict]}${row.partly ? ' (in part)' : ''}${row.fixed ? ', fixed' : ''}`;
    out.push(`| \`${row.id}\` | ${esc(verdict)} | ${esc(row.note)} |`);
  }
  return out;
}

/** docs/facts-audits.md: every random audit of the pack, newest first. */
export function renderAuditsDoc(): string {
  const out = [
    '# Random audits of the fact pack',
    '',
    '<!-- Generated by scripts/gen-facts-doc.ts from scripts/facts-audit-data.ts — do not edit; run `npm run facts:doc`. -->',
    '',
    'Each audit draws 50 facts at random (seeded, so the draw can be repeated with `scripts/facts-audit-pick.ts`) and reads each against AWS documentation: the value, its unit, hard limit or adjustable, Region variation, and whether the cited page is the one that states it.',
  ];
  for (const audit of AUDITS) out.push('', ...renderAudit(audit));
  out.push(
    '',
    '## Quota and limit facts not re-verified',
    '',
    'These are not stamped re-verified (no current copy of the page stating them was found), so only warning-level checks use them. Where a frozen 2023 awsdocs copy agrees, the checked date moved but the stamp did not. Each one, and why:',
    '',
    '| Fact | Why not |',
    '|---|---|',
  );
  for (const [id, why] of Object.entries(NOT_REVERIFIED)) out.push(`| \`${id}\` | ${esc(why)} |`);
  out.push(
    '',
    '## Other facts read and not confirmed',
    '',
    'Read in the 2026-12-07 passes (facts helpers 9, 11, 13, 13b, 13c, 14, 15 and 16) and the 2026-12-08 pass (17) and kept at their older checked date, with the reason (the latest reading where two passes read a fact; a fact a later pass confirmed is left out):',
    '',
    '| Fact | Why not |',
    '|---|---|',
  );
  const unconfirmed = {
    ...NINTH_UNCONFIRMED,
    ...TENTH_UNCONFIRMED,
    ...ELEVENTH_UNCONFIRMED,
    ...TWELFTH_UNCONFIRMED,
    ...THIRTEENTH_UNCONFIRMED,
    ...FOURTEENTH_UNCONFIRMED,
    ...FIFTEENTH_UNCONFIRMED,
    ...SIXTEENTH_UNCONFIRMED,
    ...SEVENTEENTH_UNCONFIRMED,
  };
  for (const [id, why] of Object.entries(unconfirmed)) {
    if (!(id in TWELFTH_CHECKED) && !(id in THIRTEENTH_CHECKED) && !(id in FOURTEENTH_CHECKED) && !(id in FIFTEENTH_CHECKED) && !(id in SIXTEENTH_CHECKED) && !(id in SEVENTEENTH_CHECKED) && !(id in SEVENTEENTH_PAGES_CHECKED) && !(id in FIFTEENTH_REVERIFIED) && !(id in FIFTEENTH_RECONFIRMED)) out.push(`| \`${id}\` | ${esc(why)} |`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The audits' one-line results for docs/facts.md. */
function renderAuditSummaries(): string[] {
  const out = ['## Random audits', ''];
  for (const audit of AUDITS) {
    out.push(`- [${audit.name}](facts-audits.md#audit-${audit.name}) (seed ${audit.seed}, pack ${audit.packVersion}): ${auditSummary(audit)}.`);
  }
  return out;
}

export function renderFactsDoc(): string {
  const cards = [...SERVICES].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  const facts = SERVICES.reduce((n, s) => n + s.facts.length, 0);
  const changed = SERVICES.reduce((n, s) => n + s.facts.filter((f) => f.changed).length, 0);
  const lifecycle = SERVICES.filter((s) => s.status && s.status.state !== 'active');
  const reverified = SERVICES.reduce((n, s) => n + s.facts.filter((f) => f.reverified).length, 0);
  const unverifiedPrices = SERVICES.reduce((n, s) => n + s.facts.filter((f) => f.value.type === 'text' && f.value.value.includes('(unverified list price, read ')).length, 0);
  const out: string[] = [
    '# AWS fact pack',
    '',
    '<!-- Generated by scripts/gen-facts-doc.ts from server/src/facts — do not edit; run `npm run facts:doc`. -->',
    '',
    `Fact pack version ${FACT_PACK_VERSION}: ${SERVICES.length} service and feature cards, ${facts} facts, ${changed} of them changed since the study notes were written.`,
    'Every fact carries the AWS page it rests on and the date it was last checked. "hard" marks a limit AWS will not raise; "adjustable" a default quota you can raise through Service Quotas.',
    `${reverified} facts are marked “✔ re-verified”: value, unit, hard/adjustable and source checked against the current AWS page on that date (\`npm run facts:stale\` lists the rest, oldest first). Only re-verified facts may drive error-level checks.`,
    `${unverifiedPrices} numeric prices no pass could confirm read “… (unverified list price, read <date>)”: no stored copy of an AWS pricing page states its rate table, so the figure is shown as unchecked, not as current (server/src/facts/unverified-prices.ts).`,
    '',
    ...renderAuditSummaries(),
    '',
    '## Retired, closed and renamed',
    '',
    '| Service | Status | Since | Successor |',
    '|---|---|---|---|',
  ];
  for (const s of lifecycle) {
    if (!s.status || s.status.state === 'active') continue;
    out.push(`| [${esc(s.name)}](#${anchor(s)}) | ${s.status.state} | ${esc(s.status.since)} | ${esc(s.status.successor ?? '')} |`);
  }
  const renamed = SERVICES.filter((s) => s.formerNames?.length);
  if (renamed.length) {
    out.push('', 'Renamed:', '');
    for (const s of renamed) for (const f of s.formerNames ?? []) out.push(`- ${esc(f.name)} → [${esc(s.name)}](#${anchor(s)}) (${esc(f.until)})`);
  }
  const undated = SERVICES.filter((s) => s.formerNamesUndated?.length);
  if (undated.length) {
    out.push('', 'Renamed, no date on the AWS pages read (recognised by the old name; not reported by renamed-service):', '');
    for (const s of undated) for (const f of s.formerNamesUndated ?? []) out.push(`- ${esc(f.name)} → [${esc(s.name)}](#${anchor(s)})`);
  }
  out.push('', '## Contents', '');
  let category = '';
  for (const card of cards) {
    if (card.category !== category) {
      category = card.category;
      out.push('', `**${esc(category)}**: `);
    }
    out[out.length - 1] += `${out[out.length - 1].endsWith(': ') ? '' : ' · '}[${esc(card.name)}](#${anchor(card)})`;
  }
  category = '';
  for (const card of cards) {
    if (card.category !== category) {
      category = card.category;
      out.push('', `## ${esc(category)}`, '');
    }
    out.push(...renderCard(card));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function main(): void {
  const outputs: readonly (readonly [string, string])[] = [
    [FACTS_DOC_PATH, renderFactsDoc()],
    [AUDITS_DOC_PATH, renderAuditsDoc()],
  ];
  if (process.argv.includes('--check')) {
    for (const [path, text] of outputs) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = '';
      }
      if (current !== text) {
        process.stderr.write(`${path} is out of date: run npm run facts:doc\n`);
        process.exit(1);
      }
    }
    return;
  }
  for (const [path, text] of outputs) {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}

if (require.main === module) main();
