/**
 * Logs in plain fences (parse/log-fence.ts): timestamped entries carrying several CIDRs per line,
 * each CIDR with the role the words right before it give it. Logs written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { IncrementalAnalyzer } from '../../server/src/engine/incremental/analyzer';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

function roles(text: string): string[] {
  return analyzeText(text).model.contexts.flatMap((c) => c.cidrs.map((m) => `${m.text} ${m.role}`));
}

const fence = (lang: string, lines: readonly string[], eol = '\n'): string => `## Network change, 2 March${eol}${eol}\`\`\`${lang}${eol}${lines.join(eol)}${eol}\`\`\`${eol}`;

describe('readers: CIDRs in log entries', () => {
  it('gives each CIDR of an entry the role of the word right before it', () => {
    const log = [
      '07:02:11Z [platform] provisioned vpc 10.60.0.0/16 and subnet 10.60.4.0/24',
      '07:02:15Z [platform] subnet 10.60.5.0/24 inside vpc 10.60.0.0/16; peer 10.61.0.0/16 requested',
      '07:03:40Z [platform] on-prem 172.20.0.0/16 reachable over the tunnel',
    ];
    assert.deepEqual(roles(fence('text', log)), [
      '10.60.0.0/16 vpc',
      '10.60.4.0/24 subnet',
      '10.60.5.0/24 subnet',
      '10.60.0.0/16 vpc',
      '10.61.0.0/16 vpc',
      '172.20.0.0/16 other',
    ]);
    // A VPC and its own subnets overlap by design: no finding, in an untagged fence or with CRLF.
    assert.deepEqual(flagged(fence('text', log)), []);
    assert.deepEqual(flagged(fence('', log, '\r\n')), []);
  });

  it('still reports two subnets of the entry that overlap', () => {
    const log = ['2026-03-02T07:02:11Z INFO vpc 10.70.0.0/16 subnet 10.70.8.0/22 subnet 10.70.9.0/24'];
    assert.deepEqual(flagged(fence('log', log)), ['subnet-overlap 10.70.9.0/24']);
    const outside = ['[2026-03-02 07:05:00] net: vpc 10.80.0.0/16 ready, subnet 10.81.1.0/24 attached'];
    assert.deepEqual(flagged(fence('text', outside)), ['subnet-outside-vpc 10.81.1.0/24']);
  });

  it('keeps the roles where they belong after an edit above the log', () => {
    const text = `Intro paragraph.\n\n${fence('text', ['07:02:11Z [platform] vpc 10.60.0.0/16 subnet 10.60.4.0/24 subnet 10.60.4.128/25'])}`;
    const analyzer = new IncrementalAnalyzer(text, {}, 256);
    const edited = `Intro paragraph, longer now.${text.slice('Intro paragraph.'.length)}`;
    const after = analyzer.update(edited);
    const mine = after.findings.map((f) => `${f.ruleId} ${edited.slice(f.start, f.end)}`);
    assert.deepEqual(mine, ['subnet-overlap 10.60.4.128/25']);
    assert.deepEqual(after.model.contexts.flatMap((c) => c.cidrs.map((m) => `${m.text} ${m.role}`)), roles(edited));
  });

  it('knows the timestamps of syslog and dated entries', () => {
    const syslog = ['Mar  2 07:02:11 gw01 netd: vpc 10.65.0.0/16 subnet 10.65.2.0/24', 'Mar  2 07:02:12 gw01 netd: route sync done'];
    assert.deepEqual(roles(fence('', syslog)), ['10.65.0.0/16 vpc', '10.65.2.0/24 subnet']);
    const dated = ['2026/03/02 07:02 attach vpc 10.66.0.0/16 to subnet 10.66.3.0/24'];
    assert.deepEqual(roles(fence('txt', dated)), ['10.66.0.0/16 vpc', '10.66.3.0/24 subnet']);
  });

  it('takes a role named in parentheses right after a block', () => {
    const log = ['07:30:00Z [net] attached 10.67.0.0/16 (vpc) and 10.67.5.0/24 (subnet); 10.67.9.0/24 (app tier)'];
    assert.deepEqual(
      analyzeText(fence('text', log)).model.contexts.flatMap((c) => (c.cidrRoles ?? []).map((r) => r.role)),
      ['vpc', 'subnet'],
    );
    assert.deepEqual(flagged(fence('text', log)), []);
  });

  it('reads a peer overlapping the VPC it is peered with', () => {
    const log = ['09:20:00Z [neteng] vpc 10.90.0.0/16 peer 10.90.128.0/17 peering active'];
    assert.deepEqual(roles(fence('text', log)), ['10.90.0.0/16 vpc', '10.90.128.0/17 vpc']);
  });

  it('leaves alone what is not a log, a BGP peer and blocks with no word right before them', () => {
    // Not a log: an address plan in a plain fence keeps the engine's own reading.
    const plan = ['VPC 10.10.0.0/16', '  subnet app-a 10.10.1.0/24'];
    assert.deepEqual(roles(fence('text', plan)), ['10.10.0.0/16 vpc', '10.10.1.0/24 subnet']);
    // A BGP peer's address is a host, not a VPC.
    const bgp = ['07:10:00Z [dx] bgp peer 169.254.20.1/30 up, vpc 10.20.0.0/16'];
    assert.deepEqual(roles(fence('text', bgp)), ['169.254.20.1/30 other', '10.20.0.0/16 vpc']);
    assert.deepEqual(flagged(fence('text', bgp)), []);
    // A role word a sentence away says nothing of the block.
    const far = ['07:11:00Z [ops] subnet tagging finished. Next window reserved for 10.30.0.0/16'];
    assert.deepEqual(
      analyzeText(fence('text', far)).model.contexts.flatMap((c) => c.cidrRoles ?? []),
      [],
    );
    // Shell in a console fence is not a log.
    const shell = ['aws ec2 create-vpc --cidr-block 10.40.0.0/16', 'aws ec2 create-subnet --vpc-id "$V" --cidr-block 10.40.1.0/24'];
    assert.deepEqual(roles(fence('bash', shell)), ['10.40.0.0/16 vpc', '10.40.1.0/24 subnet']);
  });
});
