/** Port cards wherever a port is meant (issue 13), and no card where a number is not a port. */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { findPorts } from '../../server/src/engine/recognisers/ports';
import { SERVICES } from '../../server/src/facts/catalog';

/** The hover on the first occurrence of `needle` (the number itself). */
function hoverOn(text: string, needle: string): string | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in ${text}`);
  return hoverAt(analyzeText(text), at + 1)?.markdown;
}

function portsIn(text: string): number[] {
  return findPorts(text, 0).map((p) => p.port);
}

describe('port cards (facts)', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['| Engine | Port |\n|---|---|\n| PostgreSQL | `5432` |\n', '5432', /PostgreSQL/],
    ['| Engine | Default |\n|---|---|\n| MySQL | `3306` |\n', '3306', /MySQL/],
    ['Connect to orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432 from the app.', '5432', /PostgreSQL/],
    ['The app connects to 10.0.1.25:6379 for sessions.', '6379', /ElastiCache/],
    ['Allow tcp/443 from the ALB security group.', '443', /HTTPS/],
    ['The worker talks to Redis on 6379 in the data subnets.', '6379', /ElastiCache/],
    ['Engines: PostgreSQL 5432, MySQL 3306, SQL Server 1433.', '3306', /MySQL/],
    ['Engines: PostgreSQL 5432, MySQL 3306, SQL Server 1433.', '1433', /SQL Server/],
    ['SSH (22) is closed to the internet.', '22', /SSH/],
    ['Allow 443 from anywhere, nothing else.', '443', /HTTPS/],
    ['Open 5432 to the app subnet only.', '5432', /PostgreSQL/],
    ['Ingress: 443 from 0.0.0.0/0.', '443', /HTTPS/],
    ['Mount the file system over NFS (2049).', '2049', /EFS/],
    ['Brokers listen on MSK 9098 with IAM auth.', '9098', /MSK/],
    ['RDP 3389 is open to the bastion only.', '3389', /RDP/],
    ['Clients reach DocumentDB at port 27017.', '27017', /DocumentDB/],
  ];
  for (const [text, needle, who] of cases) {
    it(`card for ${needle} in ${JSON.stringify(text.split('\n').slice(-2).join(' '))}`, () => {
      const card = hoverOn(text, needle);
      assert.ok(card, 'a port card');
      assert.match(card, new RegExp(`\\*\\*Port ${needle}\\*\\*`));
      assert.match(card, who);
    });
  }

  it('names SSH first for port 22', () => {
    const card = hoverOn('Port 22 is open to the bastion.', '22') ?? '';
    const rows = card.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Used by') && !l.startsWith('| ---'));
    assert.match(rows[0] ?? '', /^\| SSH \|/);
  });

  it('prints ports without a thousands separator, in port cards and service cards', () => {
    assert.match(hoverOn('Clients reach DocumentDB at port 27017.', '27017') ?? '', /\*\*Port 27017\*\*/);
    const service = hoverOn('Sessions live in Amazon DocumentDB.', 'DocumentDB') ?? '';
    assert.match(service, /27017/);
    assert.doesNotMatch(service, /27,017/);
  });

  it('footers a port card with the fact-pack version', () => {
    assert.match(hoverOn('SSH (22) is closed.', '22') ?? '', /fact pack \d{4}\.\d{2}\.\d{2}/);
  });

  it('does not read years, counts, sizes or versions as ports', () => {
    for (const text of [
      'We migrated in 2023.',
      'The table has 3306 rows.',
      'The job took 443 seconds.',
      'We have 22 engineers on MySQL.',
      'MySQL 8.0.35 with 3306 connections max.',
      'The bucket holds 5432 objects from 2021.',
      'Upload 443 MB to S3.',
      'Release 22.04 of Ubuntu runs on the bastion.',
      'Allow 443 requests per second.',
      'PostgreSQL 15.4 on RDS.',
      'At 10:30 the batch starts.',
    ]) {
      assert.deepEqual(portsIn(text), [], text);
    }
  });

  it('covers the default ports of the database, cache, search, analytics and remote-access services in the pack', () => {
    const ports = new Set(SERVICES.flatMap((s) => s.facts.filter((f) => f.kind === 'port' && f.value.type === 'number').map((f) => (f.value.type === 'number' ? f.value.value : 0))));
    for (const port of [5432, 3306, 1521, 1433, 6379, 11211, 27017, 8182, 9142, 5439, 8086, 22, 3389, 443, 80]) {
      assert.ok(ports.has(port), `${port} in the pack`);
    }
  });
});
