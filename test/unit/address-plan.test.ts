import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { addressPlan, alignedBlocks } from '../../server/src/engine/features/address-plan';
import { planMarkdown, planSvg } from '../../server/src/engine/features/address-plan-render';
import { LspClient } from './helpers/lsp-client';

const ROOT = join(__dirname, '..', '..');
const ENVIRONMENTS = readFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace', 'docs', 'environments.md'), 'utf8');
const LAB = [
  '# Lab',
  '',
  'The VPC `lab` is 172.16.0.0/20.',
  '',
  '| Subnet | CIDR | AZ |',
  '| --- | --- | --- |',
  '| lab-a | 172.16.0.0/24 | us-east-1a |',
  '| lab-b | 172.16.0.128/25 | us-east-1b |',
  '| lab-c | 172.16.4.0/22 | us-east-1c |',
  '| lab-x | 172.16.32.0/24 | us-east-1a |',
  '',
].join('\n');

function planOf(text: string) {
  const analysis = analyzeText(text);
  return { analysis, plan: addressPlan(analysis.model), lineOf: (offset: number) => analysis.lines.positionAt(offset).line + 1 };
}

describe('address plan', () => {
  it('splits a free range into the largest aligned blocks', () => {
    const base = 10 * 2 ** 24;
    assert.deepEqual(alignedBlocks(base + 512, base + 65536).map((b) => b.cidr), ['10.0.2.0/23', '10.0.4.0/22', '10.0.8.0/21', '10.0.16.0/20', '10.0.32.0/19', '10.0.64.0/18', '10.0.128.0/17']);
    assert.deepEqual(alignedBlocks(base + 3, base + 9).map((b) => b.cidr), ['10.0.0.3/32', '10.0.0.4/30', '10.0.0.8/32']);
    assert.deepEqual(alignedBlocks(0, 2 ** 32).map((b) => b.cidr), ['0.0.0.0/0']);
  });

  it('each VPC with its subnets (name, AZ, line) and the free blocks between, in address order', () => {
    const { plan, lineOf } = planOf(ENVIRONMENTS);
    assert.deepEqual(plan.vpcs.map((v) => v.cidr), ['10.0.0.0/16', '10.1.0.0/16']);
    const staging = plan.vpcs[1];
    assert.ok(staging);
    assert.deepEqual(staging.entries.slice(0, 3).map((e) => (e.kind === 'subnet' ? `${e.name} ${e.cidr} ${e.az}` : `free ${e.cidr}`)), ['stg-a 10.1.0.0/24 eu-west-1a', 'stg-b 10.1.1.0/24 eu-west-1b', 'free 10.1.2.0/23']);
    assert.equal(staging.used, 512);
    assert.equal(staging.entries.reduce((n, e) => n + e.size, 0), 65536, 'subnets and free blocks tile the VPC');
    const md = planMarkdown(plan, lineOf);
    assert.match(md, /^## staging \(10\.1\.0\.0\/16\)$/m, 'named by "The staging VPC is 10.1.0.0/16."');
    assert.match(md, /^\| 10\.1\.1\.0\/24 \| stg-b \| 256 \| eu-west-1b \| 19 \| {2}\|$/m);
    assert.match(md, /^\| 10\.1\.2\.0\/23 \| \*free\* \| 512 \|/m);
    assert.match(md, /2 subnets take 512 \(0\.8 %\), 65,024 free\./);
  });

  it('overlapping subnets and subnets outside their VPC are marked, in the table and in red in the picture', () => {
    const { plan, lineOf } = planOf(LAB);
    const lab = plan.vpcs[0];
    assert.ok(lab);
    assert.equal(lab.name, 'lab');
    const problems = Object.fromEntries(lab.entries.flatMap((e) => (e.kind === 'subnet' ? [[e.name, e.problems.join()]] : [])));
    assert.deepEqual(problems, { 'lab-a': 'overlap', 'lab-b': 'overlap', 'lab-c': '' });
    assert.deepEqual(lab.outside.map((s) => s.name), ['lab-x']);
    assert.equal(lab.used, 256 + 1024, 'an overlap counts once');
    const md = planMarkdown(plan, lineOf);
    assert.match(md, /\| lab-a \| 256 \| us-east-1a \| 7 \| \*\*overlaps another subnet\*\* \|/);
    assert.match(md, /\| 172\.16\.32\.0\/24 \| lab-x \| 256 \| us-east-1a \| 10 \| \*\*outside the VPC\*\* \|/);
    const svg = planSvg(plan);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.equal((svg.match(/<g /g) ?? []).length, (svg.match(/<\/g>/g) ?? []).length);
    assert.ok(svg.includes('lab-x 172.16.32.0/24: outside the VPC'));
    const hostile = planSvg({ vpcs: [], loose: [{ ...lab.outside[0]!, name: '<script>&"x"' }] });
    assert.ok(!hostile.includes('<script>') && hostile.includes('&lt;script&gt;&amp;&quot;x&quot;'), 'names are escaped');
    assert.equal((svg.match(/fill="#d62728" stroke="#ffffff" stroke-width="0.5" class="problem"/g) ?? []).length, 2, 'the two overlapping subnets');
    // Each subnet can be found in the document from the picture.
    const starts = [...svg.matchAll(/data-start="(\d+)"/g)].map((m) => Number(m[1]));
    for (const start of starts) assert.match(LAB.slice(start, start + 13), /^172\.16\./);
  });

  it('the picture takes the width it is given (an editor panel), within 360..4096', () => {
    const { plan } = planOf(ENVIRONMENTS);
    const narrow = planSvg(plan, 500);
    assert.match(narrow, /^<svg [^>]*width="500"[^>]*viewBox="0 0 500 /);
    const xs = [...narrow.matchAll(/<rect x="([\d.]+)"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]) + Number(m[2]));
    assert.ok(xs.length > 0 && xs.every((right) => right <= 500 - 16 + 0.01), 'every bar and block inside the picture');
    assert.match(planSvg(plan, 100), /width="360"/);
    assert.match(planSvg(plan, Number.NaN), /width="960"/);
  });

  it('no two texts share a line where they would run into each other, at any panel width', () => {
    // Found in the real editor: in a panel ~500 px wide the title "payments-vpc · 10.42.0.0/16" and
    // "13,824 of 65,536 addresses in subnets (21 %)" were drawn over each other.
    const text = ['# Net', '', 'The VPC `payments-vpc-production-eu` is 10.42.0.0/16.', '', '| Subnet | CIDR | AZ |', '| --- | --- | --- |',
      '| app-a | 10.42.16.0/20 | eu-west-1a |', '| app-b | 10.42.32.0/20 | eu-west-1b |', '| data-a | 10.42.64.0/24 | eu-west-1a |', ''].join('\n');
    for (const doc of [text, ENVIRONMENTS, LAB]) {
      const { plan } = planOf(doc);
      for (const width of [360, 420, 500, 640, 960]) {
        const svg = planSvg(plan, width);
        const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="(\w+)"( text-anchor="(\w+)")?>([^<]*)<\/text>/g)].map((m) => {
          const length = m[6]!.replace(/&[a-z#0-9]+;/g, '_').length * (m[3] === 'title' ? 8.5 : 6.5);
          const x = Number(m[1]);
          const [from, to] = m[5] === 'end' ? [x - length, x] : m[5] === 'middle' ? [x - length / 2, x + length / 2] : [x, x + length];
          return { y: Number(m[2]), from, to, text: m[6]!, label: m[3] === 'label' };
        }).filter((t) => !t.label);
        for (const a of texts) for (const b of texts) {
          if (a === b || Math.abs(a.y - b.y) > 4) continue;
          assert.ok(a.to <= b.from || b.to <= a.from, `width ${width}: ${JSON.stringify(a.text)} runs into ${JSON.stringify(b.text)}`);
        }
      }
    }
  });

  it('a VPC named only in prose is shown by that name, a CIDR by its block only when the text gives no name', () => {
    const text = [
      '# Network',
      '',
      'The production VPC is 10.0.0.0/16. Its subnets are 10.0.1.0/24 and 10.0.2.0/24.',
      '',
      '10.5.0.0/16 is the shared services VPC.',
      '',
      '- Production EKS VPC: 10.6.0.0/16',
      '',
      'The payments VPC `pay-prod` is 10.4.0.0/16.',
      '',
      'The VPC (10.3.0.0/16) hosts the shared services.',
      '',
      'We peer with VPC 10.7.0.0/16.',
      '',
      'Create VPC 10.8.0.0/16 first.',
      '',
    ].join('\n');
    const { plan } = planOf(text);
    assert.deepEqual(
      plan.vpcs.map((v) => `${v.name} ${v.cidr}`),
      ['production 10.0.0.0/16', 'shared services 10.5.0.0/16', 'Production EKS 10.6.0.0/16', 'pay-prod 10.4.0.0/16', '10.3.0.0/16 10.3.0.0/16', '10.7.0.0/16 10.7.0.0/16', '10.8.0.0/16 10.8.0.0/16'],
    );
    const envs = planOf(ENVIRONMENTS);
    assert.deepEqual(envs.plan.vpcs.map((v) => v.name), ['production', 'staging'], 'the e2e fixture: "The production VPC is 10.0.0.0/16."');
    assert.match(planSvg(envs.plan), />production · 10\.0\.0\.0\/16</);
    assert.match(planMarkdown(envs.plan, envs.lineOf), /^## production \(10\.0\.0\.0\/16\)$/m);
  });

  it('a document without VPCs says so', () => {
    const { plan, lineOf } = planOf('# Notes\n\nSQS retention is 4 days.\n');
    assert.match(planMarkdown(plan, lineOf), /No VPC or subnet in this document\./);
    assert.match(planSvg(plan), /No VPC or subnet in this document\./);
  });
});

describe('archnotes plan (CLI)', function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-plan-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'archnotes.cjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('prints markdown by default and SVG with --format svg; -o writes a file', () => {
    writeFileSync(join(dir, 'env.md'), ENVIRONMENTS);
    const md = cli(['plan', 'env.md']);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# Address plan\n/);
    assert.match(md.stdout, /\| 10\.0\.0\.0\/24 \| prod-a \| 256 \| eu-west-1a \| 9 \|/);
    const svg = cli(['plan', 'env.md', '--format', 'svg', '-o', 'plan.svg']);
    assert.equal(svg.status, 0, svg.stderr);
    assert.equal(svg.stdout, '');
    assert.match(readFileSync(join(dir, 'plan.svg'), 'utf8'), /^<svg [^>]*>[\s\S]*prod-a[\s\S]*<\/svg>\n$/);
  });

  it('usage errors exit 2: no file, a check format, a plan format for check, an unreadable file', () => {
    assert.equal(cli(['plan']).status, 2);
    const wrong = cli(['plan', 'env.md', '--format', 'json']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /archnotes plan prints md or svg/);
    const check = cli(['check', 'env.md', '--format', 'svg']);
    assert.equal(check.status, 2);
    assert.match(check.stderr, /--format svg is a format of archnotes plan/);
    assert.equal(cli(['plan', 'missing.md']).status, 2);
  });
});

describe('language server: archnotes/addressPlan', function () {
  this.timeout(30000);

  it('answers the SVG of the open document, the same as the CLI\'s; null for a document it does not have', async () => {
    const client = new LspClient(['--stdio']);
    try {
      await client.initialize();
      const uri = 'file:///tmp/archnotes-plan/env.md';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: ENVIRONMENTS } });
      const answer = await client.request<{ svg: string; version: number } | null>('archnotes/addressPlan', { uri });
      assert.ok(answer);
      assert.equal(answer.svg, planSvg(addressPlan(analyzeText(ENVIRONMENTS).model)));
      assert.equal(answer.version, 1);
      assert.equal(await client.request('archnotes/addressPlan', { uri: 'file:///nope.md' }), null);
      assert.equal(await client.request('archnotes/addressPlan', {}), null);
    } finally {
      client.process.kill();
    }
  });
});
