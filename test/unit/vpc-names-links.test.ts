import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { proseName } from '../../server/src/engine/model/vpc-prose-name';

const overlaps = (text: string): string[] => analyzeText(text).findings.filter((f) => f.ruleId === 'vpc-overlap-connected').map((f) => f.message);

describe('VPCs called by name in prose, and links said by section and by table', () => {
  it('names a VPC by the words before "VPC"', () => {
    const names = analyzeText('The production VPC is 10.20.0.0/16. The Shared Services VPC uses 10.30.0.0/16.').model.vpcs.map((v) => proseName(v));
    assert.deepEqual(names, ['production', 'Shared Services']);
  });

  it('flags overlapping VPCs peered in prose, by section or on one Transit Gateway in a table', () => {
    assert.equal(overlaps('The production VPC is 10.20.0.0/16. The shared VPC uses 10.20.0.0/16 and is peered with the production VPC.').length, 1);
    assert.equal(overlaps('## Production VPC (10.20.0.0/16)\n\nText.\n\n## Shared services VPC (10.20.0.0/16)\n\nPeered with the production VPC.').length, 1);
    assert.equal(overlaps('| VPC | CIDR | Connected to |\n|---|---|---|\n| prod | 10.20.0.0/16 | TGW |\n| shared | 10.20.0.0/16 | TGW |').length, 1);
  });

  it('leaves unconnected, negated and restated VPCs alone', () => {
    assert.deepEqual(overlaps('The production VPC is 10.20.0.0/16. The staging VPC is 10.20.0.0/16 too, and they are never peered.'), []);
    assert.deepEqual(overlaps('## Production VPC (10.20.0.0/16)\n\nThe production VPC (10.20.0.0/16) is peered with the shared VPC (10.30.0.0/16).'), []);
    assert.deepEqual(overlaps('| VPC | CIDR | Attachment |\n|---|---|---|\n| a | 10.50.0.0/16 | tgw-0123456789abcdef0 |\n| b | 10.50.0.0/16 | tgw-0fedcba9876543210 |'), []);
    assert.deepEqual(overlaps('| VPC | CIDR | Attachment |\n|---|---|---|\n| sandbox-a | 10.50.0.0/16 | none |\n| sandbox-b | 10.50.0.0/16 | none |'), []);
  });
});
