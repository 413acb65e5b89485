import { strict as assert } from 'node:assert';
import { findCidrs, findNetmasks, findPrefixes } from '../../server/src/engine/recognisers/cidr';
import { findCounts } from '../../server/src/engine/recognisers/counts';
import { readFence } from '../../server/src/engine/recognisers/iac';
import { findPorts } from '../../server/src/engine/recognisers/ports';
import { findQuantities } from '../../server/src/engine/recognisers/quantities';
import { analyzeText } from '../../server/src/engine/analyze';

describe('recognisers', () => {
  describe('prefixes and netmasks', () => {
    it('finds bare prefixes but not paths, fractions or CIDR parts twice', () => {
      const text = 'A /24 gives 256; the path a/b/8 and 1/2 are not prefixes; 10.0.0.0/16 is one.';
      const prefixes = findPrefixes(text, 0, findCidrs(text, 0)).map((p) => p.prefix);
      assert.deepEqual(prefixes, [24, 16]);
    });
    it('reads contiguous and non-contiguous netmasks', () => {
      const masks = findNetmasks('255.255.240.0 and 255.0.255.0', 0);
      assert.equal(masks[0]?.prefix, 20);
      assert.equal(masks[1]?.prefix, undefined);
    });
  });

  describe('counts', () => {
    it('tells addresses from workloads and usable from total', () => {
      const counts = findCounts('a /24 gives 251 usable IPs, 4,096 possible IP addresses and room for twelve EC2 instances', 0);
      assert.deepEqual(
        counts.map((c) => [c.value, c.noun, c.usable, c.total]),
        [
          [251, 'address', true, false],
          [4096, 'address', false, true],
          [12, 'workload', false, false],
        ],
      );
    });
    it('does not read version numbers or money as counts', () => {
      assert.deepEqual(findCounts('v1.2 instances, $5 hosts', 0), []);
    });
  });

  describe('ports', () => {
    const ports = (text: string): Array<[number, string]> => findPorts(text, 0).map((p) => [p.port, p.form]);
    it('reads a well-known port after "on", "via" or "using" when nothing makes it a count', () => {
      assert.deepEqual(ports('The PostgreSQL endpoint is on 3306.'), [[3306, 'preposition']]);
      assert.deepEqual(ports('Redis listening on 6379 in the data subnets, MySQL via 3306 (TLS).'), [
        [6379, 'preposition'],
        [3306, 'preposition'],
      ]);
      assert.deepEqual(ports('Reachable using TCP 5432 from the app tier'), [[5432, 'keyword']]);
    });
    it('leaves counts, times and ports the fact pack does not know', () => {
      assert.deepEqual(ports('We run on 3306 hosts, on 80 % of days, at 1433 UTC, and on 8080.'), []);
      assert.deepEqual(ports('MySQL handled 5432 connections on 2024-01-01.'), []);
    });
    it('keeps the explicit forms', () => {
      assert.deepEqual(ports('port 5432, orders-db:3306, 443/tcp, psql -p 6432'), [
        [5432, 'keyword'],
        [3306, 'hostPort'],
        [443, 'protocolSlash'],
        [6432, 'flag'],
      ]);
    });
  });

  describe('quantities as people write them', () => {
    const seconds = (text: string): number[] => findQuantities(text, 0).map((q) => q.normalized);
    it('parses words, separators, glued units and emoji prefixes', () => {
      assert.deepEqual(seconds('twenty minutes'), [1200]);
      assert.deepEqual(seconds('1,209,600 seconds'), [1_209_600]);
      assert.deepEqual(seconds('2 weeks'), [1_209_600]);
      assert.deepEqual(seconds('30d'), [2_592_000]);
      assert.deepEqual(seconds('⏱️ 15 minutes'), [900]);
    });
    it('reads hundreds and thousands written out, as a speaker says them', () => {
      assert.deepEqual(seconds('four hundred days'), [400 * 86_400]);
      assert.deepEqual(seconds('a hundred and twenty seconds'), [120]);
      assert.deepEqual(seconds('three hundred sixty-five days'), [365 * 86_400]);
      assert.deepEqual(seconds('two thousand five hundred milliseconds'), [2.5]);
      assert.deepEqual(seconds('two hundred fifty-six kilobytes'), [256_000]);
      // A bare "hundred" is not a number a speaker says; the words stay as written.
      assert.deepEqual(seconds('hundred days'), []);
      assert.deepEqual(seconds('a thousand requests a day'), []);
    });
    it('keeps decimal and binary sizes apart', () => {
      assert.deepEqual(seconds('256 KB and 1 MiB'), [256_000, 1_048_576]);
    });
  });

  describe('IaC values', () => {
    it('reads Terraform, CloudFormation YAML and JSON keys with their parent block', () => {
      const hcl = 'resource "aws_lambda_function" "f" {\n  timeout = 900\n  ephemeral_storage {\n    size = 2048\n  }\n}';
      const values = readFence(hcl, 0, 'hcl').values;
      assert.deepEqual(values.map((v) => [v.normalizedKey, v.number]).filter(([k]) => k === 'timeout' || k === 'size'), [
        ['timeout', 900],
        ['size', 2048],
      ]);
      assert.equal(values.find((v) => v.normalizedKey === 'size')?.parentKey, 'ephemeralstorage');
      const yaml = 'Q:\n  Type: AWS::SQS::Queue\n  Properties:\n    MessageRetentionPeriod: 60\n';
      assert.equal(readFence(yaml, 0, 'yaml').values.find((v) => v.normalizedKey === 'messageretentionperiod')?.number, 60);
      const json = '{ "Properties": { "MemorySize": 1024, "Timeout": 30 } }';
      assert.deepEqual(readFence(json, 0, 'json').values.filter((v) => v.number !== undefined).map((v) => v.key), ['MemorySize', 'Timeout']);
    });
    it('keeps offsets right under CRLF', () => {
      const text = 'resource "aws_sqs_queue" "q" {\r\n  message_retention_seconds = 60\r\n}';
      const v = readFence(text, 0, 'hcl').values.find((x) => x.normalizedKey === 'messageretentionseconds');
      assert.equal(v && text.slice(v.start, v.end), '60');
    });
  });

  describe('binding (through the model)', () => {
    const roles = (text: string): string[] => analyzeText(text).model.contexts.flatMap((c) => c.cidrs.map((m) => `${m.text}:${m.role}`));
    it('binds each CIDR to its nearest noun, qualifier or pool word', () => {
      assert.deepEqual(roles('Our corporate WAN is 10.0.0.0/8, so the VPC takes 10.20.0.0/16.'), ['10.0.0.0/8:other', '10.20.0.0/16:vpc']);
      assert.deepEqual(roles('The on-premises subnet 192.168.1.0/24 reaches the VPC over VPN.'), ['192.168.1.0/24:other']);
      assert.deepEqual(roles('VPC CIDRs must be inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.'), ['10.0.0.0/8:other', '172.16.0.0/12:other', '192.168.0.0/16:other']);
      assert.deepEqual(roles('Secondary CIDR 100.64.0.0/16 is added for pods.'), ['100.64.0.0/16:vpc']);
    });
    it('uses the first header cell that names a role as the table subject', () => {
      assert.deepEqual(roles('| Subnet | CIDR | Hosts |\n| --- | --- | --- |\n| app-a | 10.0.1.0/24 | 20 |'), ['10.0.1.0/24:subnet']);
    });
    it('binds subnets to their VPC: IaC reference, same section, only VPC', () => {
      const model = analyzeText('## A\n\nVPC 10.0.0.0/16, subnet a 10.0.1.0/24.\n\n## B\n\nVPC 10.1.0.0/16.\n\nSubnet b is 10.1.1.0/24.').model;
      assert.deepEqual(model.subnets.map((s) => [s.mention.text, s.vpc?.mention.text, s.binding]), [
        ['10.0.1.0/24', '10.0.0.0/16', 'same-statement'],
        ['10.1.1.0/24', '10.1.0.0/16', 'section'],
      ]);
    });
    it('lists databases, queues, functions and load balancers from IaC blocks and table rows', () => {
      const text = '| Database | Engine |\n| --- | --- |\n| orders-db | PostgreSQL |\n\n```hcl\nresource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n```';
      assert.deepEqual(analyzeText(text).model.entities.map((e) => [e.kind, e.name]), [
        ['database', 'orders-db'],
        ['queue', 'jobs'],
      ]);
    });
  });
});
