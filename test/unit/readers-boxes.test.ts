/**
 * ASCII box diagrams in plain fences (parse/box-diagrams.ts): a CIDR's role comes from the words of
 * the box around it, and a subnet's VPC is the box that encloses it, never a box beside it.
 * Diagrams drawn for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { boxedCidrRoles } from '../../server/src/engine/parse/box-diagrams';

function flagged(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lines: readonly string[]): string => `# Network\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n`;

const nested = (a: string, b: string, c: string): string[] => [
  '+--------------------------------------------------+',
  '| VPC prod 10.0.0.0/16                             |',
  '|  +-----------------+   +-----------------+       |',
  '|  | public subnet   |   | private subnet  |       |',
  `|  | ${a.padEnd(15)} |   | ${b.padEnd(15)} |       |`,
  '|  +-----------------+   +-----------------+       |',
  '|  +-----------------+                             |',
  '|  | data subnet     |                             |',
  `|  | ${c.padEnd(15)} |                             |`,
  '|  +-----------------+                             |',
  '+--------------------------------------------------+',
];

describe('readers: CIDRs in box diagrams', () => {
  it('reads subnet boxes inside a VPC box: overlaps and blocks outside it are found', () => {
    assert.deepEqual(flagged(fence(nested('10.0.1.0/24', '10.0.1.128/25', '10.1.5.0/24'))), ['error subnet-overlap 10.0.1.128/25', 'error subnet-outside-vpc 10.1.5.0/24']);
    assert.deepEqual(flagged(fence(nested('10.0.1.0/24', '10.0.2.0/24', '10.0.3.0/24'))), []);
  });

  it('gives each VPC box its own subnets, whatever boxes stand beside it', () => {
    const lines = [
      '+---------------------------+   +---------------------------+',
      '| VPC prod 10.0.0.0/16      |   | VPC staging 10.1.0.0/16   |',
      '|  subnet a 10.0.1.0/24     |   |  subnet a 10.1.1.0/24     |',
      '|  subnet b 10.0.2.0/24     |   |  subnet b 10.1.2.0/24     |',
      '+---------------------------+   +---------------------------+',
    ];
    assert.deepEqual(flagged(fence(lines)), []);
    const roles = boxedCidrRoles(lines.join('\n'), 0, 'text');
    const vpcs = roles.filter((r) => r.role === 'vpc');
    assert.equal(vpcs.length, 2);
    for (const subnet of roles.filter((r) => r.role === 'subnet')) {
      const text = lines.join('\n').slice(subnet.start, subnet.end);
      const owner = vpcs.find((v) => v.start === subnet.holder);
      assert.equal(lines.join('\n').slice(owner?.start ?? 0, owner?.end ?? 0), text.startsWith('10.0.') ? '10.0.0.0/16' : '10.1.0.0/16');
    }
    // Two unconnected VPCs with the same plan side by side: nothing overlaps inside one VPC.
    assert.deepEqual(flagged(fence(lines.map((l) => l.replace(/10\.1\./g, '10.0.')))), []);
  });

  it('draws with box-drawing characters too, and keeps CRLF offsets', () => {
    const lines = [
      '┌──────────────────────────────┐',
      '│ VPC 10.20.0.0/16             │',
      '│ ┌─────────────┐              │',
      '│ │ app subnet  │              │',
      '│ │ 10.21.0.0/24│              │',
      '│ └─────────────┘              │',
      '└──────────────────────────────┘',
    ];
    assert.deepEqual(flagged(fence(lines)), ['error subnet-outside-vpc 10.21.0.0/24']);
    assert.deepEqual(flagged(fence(lines).replace(/\n/g, '\r\n')), ['error subnet-outside-vpc 10.21.0.0/24']);
  });

  it('leaves grids, on-premises boxes and unboxed text to the usual binding', () => {
    const grid = ['+-------------+---------------+', '| subnet      | cidr          |', '+-------------+---------------+', '| app-a       | 10.0.1.0/24   |', '| default     | 0.0.0.0/0     |', '| main vpc    | 10.0.0.0/16   |', '+-------------+---------------+'];
    assert.deepEqual(boxedCidrRoles(grid.join('\n'), 0, 'text'), []);
    assert.deepEqual(flagged(fence(grid)), []);
    const onPrem = ['+----------------------+      +----------------------+', '| on-prem DC           |      | VPC 10.1.0.0/16      |', '| 10.0.0.0/16          |----->| subnet 10.1.1.0/24   |', '+----------------------+      +----------------------+'];
    assert.deepEqual(flagged(fence(onPrem)), []);
    assert.deepEqual(boxedCidrRoles(onPrem.join('\n'), 0, 'text').map((r) => r.role), ['vpc', 'other', 'subnet']);
    // A YAML or shell fence is code, not a drawing.
    assert.deepEqual(boxedCidrRoles(nested('10.0.1.0/24', '10.0.1.128/25', '10.1.5.0/24').join('\n'), 0, 'yaml'), []);
  });
});
