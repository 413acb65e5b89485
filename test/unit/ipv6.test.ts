import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';
import { completeCidr } from '../../server/src/engine/features/completion';
import { nextFreeSubnet6 } from '../../server/src/engine/features/completion-cidr6';
import { canonical6, contains6, count64s, findCidr6s, format6, parseAddress6 } from '../../server/src/engine/recognisers/cidr6';
import { requireFact } from '../../server/src/facts/catalog';

function hover(text: string, needle: string): string {
  const analysis = analyzeText(text);
  const at = text.indexOf(needle) + 3;
  const result = hoverAt(analysis, at);
  assert.ok(result, `no hover on ${needle}`);
  assert.equal(text.slice(result.start, result.end), needle, 'the card spans the CIDR');
  return result.markdown;
}

describe('IPv6 CIDRs', () => {
  describe('recogniser', () => {
    it('parses, compresses (RFC 5952) and computes networks', () => {
      const [m] = findCidr6s('block 2600:1F18:abcd:1234::/56.', 0);
      assert.ok(m?.cidr);
      assert.equal(m.text, '2600:1F18:abcd:1234::/56');
      assert.equal(canonical6(m.cidr), '2600:1f18:abcd:1200::/56');
      assert.equal(format6(parseAddress6('2001:db8:0:0:1:0:0:1').value ?? 0n), '2001:db8::1:0:0:1');
      assert.equal(format6(0n), '::');
      assert.equal(count64s(56), 256n);
      assert.equal(count64s(80), 0n);
      const vpc = findCidr6s('2600:1f18:abcd:1200::/56', 0)[0]?.cidr;
      const inside = findCidr6s('2600:1f18:abcd:12ff::/64', 0)[0]?.cidr;
      const outside = findCidr6s('2600:1f18:abcd:1300::/64', 0)[0]?.cidr;
      assert.ok(vpc && inside && outside);
      assert.equal(contains6(vpc, inside), true);
      assert.equal(contains6(vpc, outside), false);
    });

    it('says why notation is invalid', () => {
      const problem = (s: string): string | undefined => findCidr6s(s, 0)[0]?.problem;
      assert.equal(problem('2600::1::/64'), 'double-colon');
      assert.equal(problem('2600:1f18:abcd:12000::/64'), 'long-group');
      assert.equal(problem('2600:1:2:3:4:5/64'), 'group-count');
      assert.equal(problem('2600:db8::/129'), 'prefix');
      assert.equal(problem('2600:1f18::abcd:/64'), 'colon');
    });

    it('leaves ratios, times, C++ names and IPv4 alone', () => {
      for (const text of ['1:2:3/4', 'at 10:30/2', 'std::vector/2', 'Foo::Bar/3', '10.0.0.0/16', 'see http://host:8080/path']) assert.deepEqual(findCidr6s(text, 0), [], text);
    });
  });

  describe('hover', () => {
    it('gives the range, the /64 count and what AWS accepts as VPC and subnet block', () => {
      const card = hover('The VPC IPv6 block is 2600:1f18:abcd:1200::/56.', '2600:1f18:abcd:1200::/56');
      assert.match(card, /\| Range \| 2600:1f18:abcd:1200:: – 2600:1f18:abcd:12ff:ffff:ffff:ffff:ffff \|/);
      assert.match(card, /\| Addresses \| 2\^72 \|/);
      assert.match(card, /\| \/64 subnets \| 256 \|/);
      assert.match(card, /\| VPC block \| yes: the size of an Amazon-provided block \(always \/56\)/);
      assert.match(card, /\| Subnet block \| yes \(\/44–\/64 in steps of \/4\) \|/);
      assert.match(card, /docs\.aws\.amazon\.com\/vpc\/latest\/userguide\/create-vpc\.html/);
      const subnet = hover('Subnet app-a: 2600:1f18:abcd:1201::/64', '2600:1f18:abcd:1201::/64');
      assert.match(subnet, /\| \/64 subnets \| 1 \|/);
      assert.match(subnet, /\| VPC block \| no: Amazon-provided blocks are \/56, IPAM and BYOIP blocks \/44–\/60 in steps of \/4 \|/);
      const small = hover('Host 2600:1f18:abcd:1201::10/128 listens.', '2600:1f18:abcd:1201::10/128');
      assert.match(small, /\| \/64 subnets \| none: smaller than a \/64 \|/);
      assert.match(small, /\| Addresses \| 1 \|/);
      const ipam = hover('From IPAM: 2600:1f18:ab00::/48.', '2600:1f18:ab00::/48');
      assert.match(ipam, /\| VPC block \| from IPAM or BYOIP only/);
      assert.match(ipam, /\| \/64 subnets \| 65,536 \|/);
    });

    it('warns about host bits and explains invalid notation', () => {
      // Document text in a card is escaped (backslashes, a zero-width space before '/'); read it unescaped.
      const plain = (md: string): string => md.replace(/\\/g, '').replace(/\u200b/g, '');
      assert.match(plain(hover('VPC 2600:1f18:abcd:1234::/56 here.', '2600:1f18:abcd:1234::/56')), /Host bits are set: the network is \*\*2600:1f18:abcd:1200::\/56\*\*/);
      assert.match(plain(hover('VPC 2600:1f18::abcd::/56 here.', '2600:1f18::abcd::/56')), /is not a valid IPv6 CIDR: `::` may appear only once/);
    });

    it('keeps its span after emoji and CRLF', () => {
      const text = '# Net 🚀\r\n\r\n🌐 The VPC IPv6 block is 2600:1f18:abcd:1200::/56 ✅.\r\n';
      assert.match(hover(text, '2600:1f18:abcd:1200::/56'), /256/);
    });
  });

  describe('checks', () => {
    const ids = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

    it('flag a dual-stack table with a wrong subnet size, a subnet outside the VPC and an overlap', () => {
      const doc = [
        '## Network',
        '',
        'The VPC IPv6 block is 2600:1f18:abcd:1200::/56 (Amazon-provided).',
        '',
        '| Subnet | IPv4 CIDR | IPv6 CIDR |',
        '| --- | --- | --- |',
        '| app-a | 10.0.0.0/24 | 2600:1f18:abcd:1200::/64 |',
        '| app-b | 10.0.1.0/24 | 2600:1f18:abcd:1200::/64 |',
        '| app-c | 10.0.2.0/24 | 2600:1f18:abcd:1300::/64 |',
        '| app-d | 10.0.3.0/24 | 2600:1f18:abcd:1202::/80 |',
      ].join('\n');
      assert.deepEqual(ids(doc).sort(), [
        'ipv6-cidr-size:2600:1f18:abcd:1202::/80',
        'ipv6-subnet-outside-vpc:2600:1f18:abcd:1300::/64',
        'ipv6-subnet-overlap:2600:1f18:abcd:1200::/64',
      ]);
    });

    it('stay quiet on a correct dual-stack plan', () => {
      const doc = [
        'The VPC has the Amazon-provided IPv6 block 2600:1f18:abcd:1200::/56; each subnet takes a /64 of it.',
        '',
        '| Subnet | IPv4 CIDR | IPv6 CIDR |',
        '| --- | --- | --- |',
        '| public-a | 10.0.0.0/24 | 2600:1f18:abcd:1200::/64 |',
        '| public-b | 10.0.1.0/24 | 2600:1f18:abcd:1201::/64 |',
        '',
        'Private subnets route ::/0 to the egress-only internet gateway; the ALB listens on 2600:1f18:abcd:1200::10/128.',
      ].join('\n');
      assert.deepEqual(ids(doc), []);
    });

    it('rest on facts that cite the AWS VPC documentation', () => {
      for (const id of ['vpc-ipv6.amazon-provided-prefix', 'vpc-ipv6.vpc-prefix', 'vpc-ipv6.subnet-prefix']) {
        assert.match(requireFact(id).source, /^https:\/\/docs\.aws\.amazon\.com\/vpc\/latest\/userguide\/create-(?:vpc|subnets)\.html$/);
      }
    });
  });
  describe('completion', () => {
    const table = (rows: string[]): string =>
      ['The VPC has the Amazon-provided IPv6 block 2600:1f18:abcd:1200::/56.', '', '| Subnet | IPv4 CIDR | IPv6 CIDR |', '| --- | --- | --- |', ...rows, ''].join('\n');
    const at = (text: string, marker: string): { text: string; offset: number } => ({ text: text.replace(marker, ''), offset: text.indexOf(marker) });
    const labels = (text: string, offset: number, explicit = true): string[] => completeCidr(analyzeText(text).model, text, offset, { explicit }).map((c) => c.label);

    it('proposes the next free /64 of the VPC block in the IPv6 column of a subnet table', () => {
      const doc = at(table(['| app-a | 10.0.0.0/24 | 2600:1f18:abcd:1200::/64 |', '| app-b | 10.0.1.0/24 | 2600:1f18:abcd:1201::/64 |', '| app-c | 10.0.2.0/24 | ¦ |']), '¦');
      assert.deepEqual(labels(doc.text, doc.offset), ['2600:1f18:abcd:1202::/64']);
      const typed = at(table(['| app-a | 10.0.0.0/24 | 2600:1f18:abcd:1200::/64 |', '| app-c | 10.0.2.0/24 | 2600:1f¦ |']), '¦');
      const [candidate] = completeCidr(analyzeText(typed.text).model, typed.text, typed.offset, { explicit: false });
      assert.equal(candidate?.label, '2600:1f18:abcd:1201::/64');
      assert.equal(typed.text.slice(candidate?.start ?? 0, candidate?.end ?? 0), '2600:1f', 'replaces what is typed');
      const empty = at(table(['| app-a | 10.0.0.0/24 | ¦ |']), '¦');
      assert.deepEqual(labels(empty.text, empty.offset), ['2600:1f18:abcd:1200::/64'], 'the first /64 of an empty column');
      assert.deepEqual(labels(empty.text, empty.offset, false), [], 'an empty cell only on request');
    });

    it('proposes nothing without a VPC block, and the IPv4 column still gets IPv4', () => {
      const none = at(['| Subnet | IPv6 CIDR |', '| --- | --- |', '| app-a | ¦ |', ''].join('\n'), '¦');
      assert.deepEqual(labels(none.text, none.offset), []);
      const v4 = at(['The VPC is 10.0.0.0/16.', '', '| Subnet | IPv4 CIDR | IPv6 CIDR |', '| --- | --- | --- |', '| app-a | 10.0.0.0/24 | |', '| app-b | ¦ | |', ''].join('\n'), '¦');
      assert.deepEqual(labels(v4.text, v4.offset), ['10.0.1.0/24']);
      const hex = at(['The VPC is 10.0.0.0/16.', '', '| Subnet | CIDR |', '| --- | --- |', '| app-a | 10.0.0.0/24 |', '| app-b | ab¦ |', ''].join('\n'), '¦');
      assert.deepEqual(labels(hex.text, hex.offset), [], 'hex typed in an IPv4 column');
    });

    it('skips used blocks and stops at the end of the VPC block', () => {
      const vpc = findCidr6s('2600:1f18:abcd:1200::/62', 0)[0]?.cidr;
      assert.ok(vpc);
      const used = ['2600:1f18:abcd:1200::/64', '2600:1f18:abcd:1203::/64'].map((s) => findCidr6s(s, 0)[0]?.cidr).filter((c) => c !== undefined);
      assert.equal(format6(nextFreeSubnet6(vpc, used, 64)?.address ?? 0n), '2600:1f18:abcd:1201::', 'wraps to the first gap');
      const full = [0, 1, 2, 3].map((i) => findCidr6s(`2600:1f18:abcd:120${i}::/64`, 0)[0]?.cidr).filter((c) => c !== undefined);
      assert.equal(nextFreeSubnet6(vpc, full, 64), undefined);
    });
  });
});
