import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { formatValue, hoverAt, renderServiceCard } from '../../server/src/engine/features/hover';
import { escapeMarkdown } from '../../server/src/engine/util/markdown-escape';
import { findFact, SERVICES } from '../../server/src/facts/catalog';

describe('hover cards: ports are names, not amounts', () => {
  it('prints a port without a thousands separator, in values and ranges', () => {
    assert.equal(formatValue({ type: 'number', value: 3306, unit: 'port' }), '3306');
    assert.equal(formatValue({ type: 'range', min: 1024, max: 65535, unit: 'port' }), '1024–65535');
    assert.equal(formatValue({ type: 'range', min: 1000, max: 20000, unit: 'count' }), '1,000–20,000');
  });
  it('a MySQL card says 3306', () => {
    const text = 'The orders database runs RDS for MySQL.\n';
    const analysis = analyzeText(text);
    const card = hoverAt(analysis, text.indexOf('MySQL') + 1);
    assert.ok(card);
    assert.doesNotMatch(card.markdown, /3,306/);
  });
  it('a port card says what each service uses the port as, without "Default port" in every row (defect 6)', () => {
    const text = 'The app connects on port 3306.\n';
    const card = hoverAt(analyzeText(text), text.indexOf('3306') + 1)?.markdown ?? '';
    const rows = card.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    assert.equal(rows[0], '| Used by | As |', card);
    assert.ok(rows.slice(1).filter((r) => r.endsWith('| default |')).length >= 2, card);
    assert.doesNotMatch(card, /Default port/, card);
  });
});

describe('hover cards: every value with its unit (defect 6)', () => {
  it('says what a policy document size counts, and writes prefix lengths as a CIDR does', () => {
    assert.equal(formatValue(findFact('iam.managed-policy-size')!.value), '6,144 characters');
    assert.equal(formatValue(findFact('organizations.scp-size')!.value), '10,240 characters');
    assert.equal(formatValue(findFact('vpc-ipv6.amazon-provided-prefix')!.value), '/56');
    assert.equal(formatValue(findFact('vpc-ipv6.vpc-prefix')!.value), '/44–/60');
    assert.equal(formatValue(findFact('vpc.cidr-prefix')!.value), '/16–/28');
  });
  it('throughput per second, bucket names in characters, ephemeral ports as ports, one byte', () => {
    assert.equal(formatValue(findFact('sqs.fifo-throughput')!.value), '300 per second');
    assert.equal(formatValue(findFact('s3.bucket-name-length')!.value), '3–63 characters');
    assert.equal(formatValue(findFact('network-acl.ephemeral-ports')!.value), '1024–65535');
    assert.match(formatValue(findFact('s3-glacier-vaults.archive-size')!.value), /^1 byte – /);
  });
  it('no bare number whose own description gives it a unit', () => {
    // A count ("VPCs per Region 5") needs no unit; a value its label or detail states with one
    // ("6,144 characters", "/56", "2.1 kg") must show it.
    const unitAfter = /^\s*(?:characters?|kg|vCPUs?|ACUs?|TPS|transactions|per second|[KMGTP]i?B|Gbps|ms|seconds?|minutes?|hours?|days?)\b/i;
    const bare: string[] = [];
    for (const service of SERVICES) {
      for (const fact of service.facts) {
        const v = fact.value;
        if ((v.type !== 'number' && v.type !== 'range') || (v.unit !== 'count' && v.unit !== 'none')) continue;
        const numbers = v.type === 'number' ? [v.value] : [v.min, v.max];
        const prose = `${fact.label} ${fact.detail ?? ''}`;
        for (const n of numbers) {
          for (const written of new Set([String(n), n.toLocaleString('en-US')])) {
            const escaped = written.replace(/[.]/g, '\\.');
            for (const m of prose.matchAll(new RegExp(`(/)?\\b${escaped}(?![\\d,.])`, 'g'))) {
              if (m[1] || unitAfter.test(prose.slice((m.index ?? 0) + m[0].length))) bare.push(`${fact.id}: ${formatValue(v)} ("${prose.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + 30)}")`);
            }
          }
        }
      }
    }
    assert.deepEqual(bare, []);
  });
});

describe('hover cards: short enough for the default hover (defect 6)', () => {
  it('what changed first (two at most), then the key facts, each fact once, under one paragraph of name and summary', () => {
    for (const service of SERVICES) {
      const card = renderServiceCard(service);
      const lines = card.split('\n');
      assert.match(lines[0] ?? '', /^\*\*.+\*\* — /, `${service.id}: the name and summary lead`);
      const changed = lines.filter((l) => l.startsWith('- *Changed:*'));
      const rows = lines.filter((l) => l.startsWith('| ') && l !== '| Fact | Value |' && !l.startsWith('| ---'));
      assert.ok(changed.length <= 2, `${service.id}: ${changed.length} changed lines`);
      assert.ok(rows.length <= Math.max(2, 4 - changed.length), `${service.id}: ${rows.length} rows under ${changed.length} changed lines`);
      if (changed.length > 0 && rows.length > 0) assert.ok(lines.indexOf(changed[0] ?? '') < lines.indexOf(rows[0] ?? ''), `${service.id}: what changed comes first`);
      // A changed fact is not a row as well.
      for (const fact of service.facts.filter((f) => f.changed).slice(0, 2)) assert.ok(!rows.some((r) => r.startsWith(`| ${escapeMarkdown(fact.label)} |`)), `${service.id}: ${fact.id} twice`);
      for (const row of rows) {
        const value = (row.slice(2, -2).split(' | ')[1] ?? '').replace(/ · (?:hard limit|adjustable quota)$/, '').replace(/\\(.)/g, '$1');
        assert.ok(value.length <= 62, `${service.id}: a long cell: ${value}`);
      }
    }
  });
  it('under a finding (VS Code shows the problem above it): the name, what changed and the pages, fewer rows', () => {
    const text = 'AWS Application Discovery Service inventories the servers, and SQS queues the jobs.\n';
    const analysis = analyzeText(text);
    for (const word of ['Discovery', 'SQS']) {
      const offset = text.indexOf(word) + 1;
      const full = hoverAt(analysis, offset)?.markdown ?? '';
      const short = hoverAt(analysis, offset, true)?.markdown ?? '';
      assert.match(short, /^\*\*.+\*\* — /, word);
      assert.match(short, /- \*Changed:\*/, word);
      assert.ok(short.split('\n').length < full.split('\n').length, `${word}: ${short}`);
    }
  });
  it('a closure without a date says so without "since"', () => {
    const closed = SERVICES.find((s) => s.status?.state === 'closed-to-new-customers' && !s.status.since);
    assert.ok(closed);
    const card = renderServiceCard(closed);
    assert.match(card, /⚠️ closed to new customers[.;]/);
    assert.doesNotMatch(card, /since[ ;.]*(?:;|\.|$)/m);
  });
});
