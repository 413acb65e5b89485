import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeCommandData, escapeCommandProperty, escapeMarkdownCell, stripControls } from '../../server/src/cli/escape';
import { HELP, parseArgs, usage } from '../../server/src/cli/options';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'archnotes.cjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string, extra: { input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ARCHNOTES_THREADS: '1', GITHUB_STEP_SUMMARY: undefined, ...extra.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, input: extra.input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dirs: string[] = [];
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-cli-options-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'docs'), { recursive: true });
  copyFileSync(join(ROOT, 'examples', 'orders-platform.md'), join(dir, 'docs', 'orders.md'));
  writeFileSync(join(dir, 'docs', 'clean.md'), '# Clean\n\nThe VPC is 10.1.0.0/16 and PostgreSQL listens on 5432.\n');
  return dir;
}

/** examples/orders-platform.md has 2 errors (vpc-cidr-size, cidr-host-bits) and 1 warning (engine-port-mismatch). */
describe('archnotes CLI: CI formats, flags and commands', function () {
  this.timeout(60000);
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  describe('--help and the README', () => {
    it('the README CLI table lists exactly what --help lists, in the same order and words', () => {
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const section = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\n## ', readme.indexOf('\n## CLI\n') + 5));
      const rows = [...section.matchAll(/^\| (command|option|format) \| `([^`]+)` \| (.+) \|$/gm)].map((m) => `${m[1]}|${m[2]}|${m[3]}`);
      assert.deepEqual(rows, HELP.map((e) => `${e.kind}|${e.name}|${e.description}`));
      const help = usage();
      for (const entry of HELP) assert.match(help, new RegExp(`^  ${entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +${entry.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    });

    it('every option in the table is accepted by the parser, and --help prints the table', () => {
      for (const entry of HELP.filter((e) => e.kind === 'option')) {
        const takesValue = / <[a-z-]+>$/.test(entry.name);
        for (const flag of entry.name.split(', ')) {
          const name = flag.split(' ')[0] ?? '';
          const argv = ['check', name, ...(takesValue ? [name === '--format' ? 'json' : '3'] : [])];
          if (name === '--stdin-filename') argv.push('--stdin');
          assert.doesNotThrow(() => parseArgs(argv), name);
        }
      }
      const r = cli(['--help'], ROOT);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, usage());
    });

    it('rejects bad values and contradictory flags with exit 2', () => {
      const dir = workspace();
      for (const args of [
        ['check', '--max-warnings', 'x'],
        ['check', '--max-warnings'],
        ['check', '--stdin-filename', 'a.md'],
        ['check', '--stdin', 'docs'],
        ['check', '--stdin', '--fix'],
        ['check', '--format', 'checkstyle'],
      ]) {
        const r = cli(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^archnotes: /);
      }
    });
  });

  describe('--format github', () => {
    it('writes one annotation per finding with position and rule, and the summary line', () => {
      const dir = workspace();
      const r = cli(['check', 'docs', '--format', 'github'], dir);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 4);
      assert.equal(lines.filter((l) => l.startsWith('::error file=docs/orders.md,line=')).length, 2);
      assert.match(r.stdout, /^::error file=docs\/orders\.md,line=7,endLine=7,col=25,endColumn=36,title=archnotes vpc-cidr-size::\/15 has 131,072/m);
      assert.match(r.stdout, /^::warning file=docs\/orders\.md,line=23,.*title=archnotes engine-port-mismatch::.*\(source: https:\/\/docs\.aws\.amazon\.com\//m);
      assert.equal(lines[3], '3 problems (2 errors, 1 warning, 0 info) in 2 files');
    });

    it('a file name or document text cannot start a workflow command of its own', () => {
      const dir = workspace();
      const evil = 'x\n::error file=a,line=1::injected\n%0A.md';
      writeFileSync(join(dir, 'docs', evil), 'The VPC is 10.0.0.0/15.\n');
      const r = cli(['check', 'docs', '--format', 'github'], dir);
      const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      for (const line of commands) assert.match(line, /^::(error|warning|notice) file=[^:\n]*,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=archnotes [a-z0-9-]+::[^\n]*$/, line);
      assert.ok(r.stdout.includes('file=docs/x%0A%3A%3Aerror file=a%2Cline=1%3A%3Ainjected%0A%250A.md,'), r.stdout);
      assert.doesNotMatch(r.stdout, /^::error file=a/m);
    });

    it('appends a Markdown table of every finding to GITHUB_STEP_SUMMARY only when it is set', () => {
      const dir = workspace();
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, 'earlier step\n');
      writeFileSync(join(dir, 'docs', 'pipe|name.md'), 'The VPC is 10.0.0.0/15 <b>.\n');
      const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/notes', GITHUB_SHA: 'abc123', GITHUB_WORKSPACE: dir };
      const r = cli(['check', 'docs', '--format', 'github'], dir, { env });
      assert.equal(r.code, 1, r.stderr);
      const md = readFileSync(summary, 'utf8');
      assert.ok(md.startsWith('earlier step\n## archnotes\n'), 'appended, not overwritten');
      assert.match(md, /^4 problems \(3 errors, 1 warning, 0 info\) in 3 files$/m);
      assert.match(md, /^\| error \| \[docs\/orders\.md:7\]\(https:\/\/github\.com\/acme\/notes\/blob\/abc123\/docs\/orders\.md#L7\) \| \[vpc-cidr-size\]\(https:\/\/[^)]+\/vpc-cidr-size\.md\) \| \/15 has/m);
      assert.match(md, /\| \[docs\/pipe\\\|name\.md:1\]\(https:\/\/github\.com\/acme\/notes\/blob\/abc123\/docs\/pipe%7Cname\.md#L1\) \|/);
      // Every table row keeps its four cells: no pipe from a path or message breaks out.
      for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) assert.equal(row.replace(/\\\|/g, '').split('|').length, 6, row);
      const plain = cli(['check', 'docs', '--format', 'text'], dir, { env });
      assert.equal(plain.code, 1);
      assert.equal(readFileSync(summary, 'utf8'), md, 'other formats leave the summary alone');
    });
  });

  describe('--format codequality', () => {
    interface Issue {
      type: string;
      check_name: string;
      description: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number; end: number } };
    }
    const issues = (r: Run): Issue[] => JSON.parse(r.stdout) as Issue[];

    it('writes GitLab Code Quality issues', () => {
      const dir = workspace();
      const r = cli(['check', 'docs', '--format', 'codequality'], dir);
      assert.equal(r.code, 1);
      const all = issues(r);
      assert.equal(all.length, 3);
      const vpc = all.find((i) => i.check_name === 'vpc-cidr-size');
      assert.deepEqual(vpc && { ...vpc, fingerprint: vpc.fingerprint.length }, {
        type: 'issue',
        check_name: 'vpc-cidr-size',
        description: '/15 has 131,072 addresses; a VPC block must be /16 (65,536) to /28 (16).',
        severity: 'major',
        fingerprint: 32,
        location: { path: 'docs/orders.md', lines: { begin: 7, end: 7 } },
      });
      assert.equal(all.find((i) => i.check_name === 'engine-port-mismatch')?.severity, 'minor');
      assert.equal(new Set(all.map((i) => i.fingerprint)).size, 3);
    });

    it('fingerprints stay when lines move, differ per occurrence, and change with the file', () => {
      const dir = workspace();
      const note = join(dir, 'docs', 'moved.md');
      const body = 'The VPC is 10.0.0.0/15.\n\nThe other VPC is 10.0.0.0/15.\n';
      writeFileSync(note, body);
      const before = issues(cli(['check', 'docs/moved.md', '--format', 'codequality'], dir));
      writeFileSync(note, `# Moved\n\nA new paragraph.\n\n${body.replace('\n', '\r\n')}`);
      const after = issues(cli(['check', 'docs/moved.md', '--format', 'codequality'], dir));
      assert.equal(before.length, 2);
      assert.notEqual(before[0]?.fingerprint, before[1]?.fingerprint, 'two occurrences of the same text');
      assert.deepEqual(
        after.map((i) => i.fingerprint),
        before.map((i) => i.fingerprint),
      );
      assert.deepEqual(
        after.map((i) => i.location.lines.begin),
        [5, 7],
      );
      copyFileSync(note, join(dir, 'docs', 'copy.md'));
      const copy = issues(cli(['check', 'docs/copy.md', '--format', 'codequality'], dir));
      assert.notEqual(copy[0]?.fingerprint, after[0]?.fingerprint, 'the same finding in another file is another issue');
      const json = JSON.parse(cli(['check', 'docs/moved.md', '--format', 'json'], dir).stdout) as { files: Array<{ findings: Array<{ fingerprint: string }> }> };
      const sarif = JSON.parse(cli(['check', 'docs/moved.md', '--format', 'sarif'], dir).stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
      assert.deepEqual(
        sarif.runs[0]?.results.map((r) => r.partialFingerprints['archnotes/v1']),
        json.files[0]?.findings.map((f) => f.fingerprint),
      );
    });
  });

  describe('--max-warnings and --quiet', () => {
    it('--max-warnings n exits 1 above n warnings only', () => {
      const dir = workspace();
      writeFileSync(join(dir, '.archnotes.jsonc'), '{ "rules": { "vpc-cidr-size": "off", "cidr-host-bits": "off" } }');
      assert.equal(cli(['check', 'docs'], dir).code, 0, 'one warning, no limit');
      assert.equal(cli(['check', 'docs', '--max-warnings', '1'], dir).code, 0);
      const over = cli(['check', 'docs', '--max-warnings=0'], dir);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    });

    it('--quiet reports errors only, and warnings still count for --max-warnings', () => {
      const dir = workspace();
      const r = cli(['check', 'docs', '--quiet', '--format', 'json'], dir);
      const findings = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ severity: string }> }> }).files.flatMap((f) => f.findings);
      assert.deepEqual(
        findings.map((f) => f.severity),
        ['error', 'error'],
      );
      writeFileSync(join(dir, '.archnotes.jsonc'), '{ "rules": { "vpc-cidr-size": "off", "cidr-host-bits": "off" } }');
      const quiet = cli(['check', 'docs', '--quiet', '--max-warnings', '0'], dir);
      assert.equal(quiet.code, 1);
      assert.doesNotMatch(quiet.stdout, /warning {2}/);
    });
  });

  describe('--stdin', () => {
    it('checks standard input with the config and name of --stdin-filename', () => {
      const dir = workspace();
      writeFileSync(join(dir, 'docs', '.archnotes.jsonc'), '{ "rules": { "vpc-cidr-size": "warning" } }');
      const input = readFileSync(join(dir, 'docs', 'orders.md'), 'utf8');
      const named = cli(['check', '--stdin', '--stdin-filename', 'docs/new.md'], dir, { input });
      assert.match(named.stdout, /^docs\/new\.md:7:25 {2}warning {2}\/15/m);
      assert.equal(named.code, 1, 'cidr-host-bits is still an error');
      const bare = cli(['check', '--stdin', '--format', 'json'], dir, { input });
      const json = JSON.parse(bare.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string }> }> };
      assert.equal(json.files[0]?.path, '<stdin>');
      assert.equal(json.files[0]?.findings.find((f) => f.ruleId === 'vpc-cidr-size')?.severity, 'error', 'no config in the working folder');
      assert.equal(cli(['check', '--stdin'], dir, { input: '# Clean\n\nThe VPC is 10.1.0.0/16.\n' }).code, 0);
    });
  });

  describe('ignores in .archnotes.jsonc', () => {
    it('skips folders, names at any depth and anchored globs, also when named on the command line', () => {
      const dir = workspace();
      const bad = 'The VPC is 10.0.0.0/15.\n';
      mkdirSync(join(dir, 'docs', 'drafts', 'deep'), { recursive: true });
      mkdirSync(join(dir, 'docs', 'archive'), { recursive: true });
      mkdirSync(join(dir, 'other', 'archive'), { recursive: true });
      writeFileSync(join(dir, 'docs', 'drafts', 'deep', 'a.md'), bad);
      writeFileSync(join(dir, 'docs', 'CHANGELOG.md'), bad);
      writeFileSync(join(dir, 'docs', 'archive', 'old.md'), bad);
      writeFileSync(join(dir, 'other', 'archive', 'kept.md'), bad);
      writeFileSync(join(dir, '.archnotes.jsonc'), '{\n  // comments are fine\n  "ignores": ["drafts/", "CHANGELOG.md", "docs/archive/*.md", "docs/orders.md"],\n}\n');
      const r = cli(['check', '.', '--format', 'json'], dir);
      const paths = (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
      assert.deepEqual(paths, ['docs/clean.md', 'other/archive/kept.md']);
      const named = cli(['check', 'docs/drafts/deep/a.md', 'docs/CHANGELOG.md', 'docs/clean.md'], dir);
      assert.equal(named.code, 0);
      assert.match(named.stdout, /in 1 file/);
      const stdin = cli(['check', '--stdin', '--stdin-filename', 'docs/drafts/b.md'], dir, { input: bad });
      assert.equal(stdin.code, 0);
      assert.match(stdin.stderr, /ignored by/);
    });

    it('a nearer config without ignores does not inherit them; a bad ignores value is reported', () => {
      const dir = workspace();
      writeFileSync(join(dir, '.archnotes.jsonc'), '{ "ignores": ["docs/"] }');
      assert.match(cli(['check', '.'], dir).stdout, /in 0 files/);
      writeFileSync(join(dir, 'docs', '.archnotes.jsonc'), '{ "ignores": "orders.md" }');
      const r = cli(['check', '.'], dir);
      assert.match(r.stdout, /in 2 files/);
      assert.match(r.stderr, /"ignores" must be an array of glob strings/);
    });
  });

  describe('archnotes rules and explain', () => {
    it('rules lists every rule with the configured level', () => {
      const dir = workspace();
      writeFileSync(join(dir, '.archnotes.jsonc'), '{ "rules": { "engine-port-mismatch": "off" } }');
      const r = cli(['rules'], dir);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^engine-port-mismatch +off\* +warning +ports/m);
      assert.match(r.stdout, /^vpc-cidr-size +error +error +addressing +yes +VPC and subnet/m);
      const json = JSON.parse(cli(['rules', '--format', 'json'], dir).stdout) as { config: string; rules: Array<{ id: string; level: string; default: string }> };
      assert.equal(json.config, join(dir, '.archnotes.jsonc'));
      assert.deepEqual(json.rules.find((x) => x.id === 'engine-port-mismatch'), { ...json.rules.find((x) => x.id === 'engine-port-mismatch'), level: 'off', default: 'warning' });
      const plain = JSON.parse(cli(['rules', '--format', 'json'], ROOT).stdout) as { rules: Array<{ id: string; level: string; default: string }> };
      assert.ok(plain.rules.length >= 40 && plain.rules.every((x) => x.level === x.default));
    });

    it('explain prints the rule page that docs/rules holds; an unknown id exits 2 with suggestions', () => {
      for (const id of ['cidr-host-bits', 'engine-port-mismatch', 'unused-suppression']) {
        const r = cli(['explain', id], ROOT);
        assert.equal(r.code, 0);
        assert.equal(r.stdout, readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8'));
      }
      const unknown = cli(['explain', 'cidr-host'], ROOT);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown rule "cidr-host"; did you mean .*cidr-host-bits/);
      assert.equal(cli(['explain'], ROOT).code, 2);
    });
  });

  describe('--cache', () => {
    it('reuses a result only while text, config, rules and fact pack are unchanged', () => {
      const dir = workspace();
      const first = cli(['check', 'docs', '--cache', '--format', 'json'], dir);
      const cacheFile = join(dir, '.archnotes-cache');
      assert.ok(existsSync(cacheFile));
      const second = cli(['check', 'docs', '--cache', '--format', 'json'], dir);
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.code, first.code);
      // Prove the second run read the cache: a planted message comes back…
      const plant = (): void => writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/\/15 has 131,072 addresses/g, 'PLANTED'));
      plant();
      assert.match(cli(['check', 'docs', '--cache'], dir).stdout, /PLANTED/);
      assert.doesNotMatch(cli(['check', 'docs'], dir).stdout, /PLANTED/, 'without --cache the cache is not read');
      // …and is gone when the text changes,
      writeFileSync(join(dir, 'docs', 'orders.md'), `${readFileSync(join(dir, 'docs', 'orders.md'), 'utf8')}\n`);
      assert.doesNotMatch(cli(['check', 'docs', '--cache'], dir).stdout, /PLANTED/);
      // …when the config changes,
      plant();
      writeFileSync(join(dir, '.archnotes.jsonc'), '{ "rules": { "engine-port-mismatch": "info" } }');
      assert.doesNotMatch(cli(['check', 'docs', '--cache'], dir).stdout, /PLANTED/);
      // …and when the engine (rules, fact pack, build) is another one.
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { engine: string };
      writeFileSync(cacheFile, JSON.stringify({ ...cache, engine: 'other' }).replace(/\/15 has 131,072 addresses/g, 'PLANTED'));
      assert.doesNotMatch(cli(['check', 'docs', '--cache'], dir).stdout, /PLANTED/);
    });

    it('a broken cache is a cold start; --fix still fixes a cached file; --cache-location is honoured', () => {
      const dir = workspace();
      writeFileSync(join(dir, '.archnotes-cache'), '{ not json');
      const r = cli(['check', 'docs', '--cache'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /3 problems/);
      // One safe fix (the subnet's host bits); the contested port fix is left for a person.
      assert.match(cli(['check', 'docs', '--cache', '--fix'], dir).stdout, /fixed 1/);
      assert.match(readFileSync(join(dir, 'docs', 'orders.md'), 'utf8'), /10\.20\.10\.0\/24/);
      assert.match(cli(['check', 'docs', '--cache'], dir).stdout, /2 problems \(1 error, 1 warning/);
      cli(['check', 'docs', '--cache', '--cache-location', 'cache.json'], dir);
      assert.ok(existsSync(join(dir, 'cache.json')));
    });
  });

  describe('escaping', () => {
    it('escapes workflow-command data and properties as the runner decodes them', () => {
      assert.equal(escapeCommandData('50%\r\n::x'), '50%25%0D%0A::x');
      assert.equal(escapeCommandProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
      assert.equal(stripControls('a\u001b[31mb\u0007\nc\td'), 'a\\u001b[31mb\\u0007 c\td');
      assert.equal(escapeMarkdownCell('a|b <script> *x*'), 'a\\|b \\<script\\> \\*x\\*');
    });
  });
});
