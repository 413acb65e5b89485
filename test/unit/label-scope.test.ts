import { strict as assert } from 'node:assert';
import { findings } from '../support/rule-at-line';

describe('a bold label item names its items; the sibling before it does not', () => {
  // Items indented by one space are siblings in CommonMark, so "**Limitations:**" is a lead-in of the items after it.
  const notes = (between: string): string =>
    ['CloudFront Functions:', '', '- **Phases:**', ` - ${between}`, '- **Limitations:**', ' - Maximum package size of 2MB.'].join('\n');

  it('keeps the section subject when an earlier sibling item names another service', () => {
    assert.deepEqual(findings(notes('Viewer request: after CloudFront receives a request from a viewer.')), ['stated-limit@6']);
    assert.deepEqual(findings(notes('Runs inside CloudFront before the cache is checked.')), ['stated-limit@6']);
  });

  it('still reads a sentence lead-in together with the statement before it', () => {
    const text = ['- **CIDR Range:**', ' - Each VPC can have up to 5 CIDR blocks from /28 to /16.', ' - Example ranges include:', ' - * /8 (10.0.0.0/8)'].join('\n');
    assert.ok(findings(text).includes('vpc-cidr-size@4'));
  });

  it('stays quiet for a value that is right under the label', () => {
    assert.deepEqual(findings(notes('Viewer request: after CloudFront receives a request from a viewer.').replace('2MB', '10 KB')), []);
  });
});
