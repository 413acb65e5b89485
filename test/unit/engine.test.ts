import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { applyEdits, safeEdits } from '../../server/src/engine/features/fixes';
import { canonical, contains, findCidrs, overlaps, sizeOf } from '../../server/src/engine/recognisers/cidr';
import { nextFreeSubnet } from '../../server/src/engine/features/completion';
import { LineIndex } from '../../server/src/engine/util/text';

describe('LineIndex', () => {
  it('maps offsets and positions over LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\ne\rf';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('f')), { line: 3, character: 0 });
    assert.equal(lines.offsetAt({ line: 2, character: 0 }), text.indexOf('e'));
    assert.equal(lines.offsetAt({ line: 99, character: 0 }), text.length);
  });

  it('counts UTF-16 units for astral characters', () => {
    const text = '😀x';
    assert.deepEqual(new LineIndex(text).positionAt(2), { line: 0, character: 2 });
  });
});

describe('CIDR arithmetic', () => {
  const cidr = (s: string) => {
    const found = findCidrs(s, 0)[0]?.cidr;
    assert.ok(found, s);
    return found;
  };
  it('sizes, canonical networks, containment and overlap', () => {
    assert.equal(sizeOf(20), 4096);
    assert.equal(canonical(cidr('10.0.6.0/16')), '10.0.0.0/16');
    assert.ok(contains(cidr('10.0.0.0/16'), cidr('10.0.3.0/24')));
    assert.ok(!contains(cidr('10.0.0.0/16'), cidr('10.1.3.0/24')));
    assert.ok(overlaps(cidr('10.0.0.0/23'), cidr('10.0.1.0/24')));
  });
  it('recognises invalid octets and prefixes without crashing', () => {
    const [bad] = findCidrs('x 300.1.2.3/24 y', 0);
    assert.ok(bad && bad.cidr === undefined);
    assert.equal(findCidrs('version 1.2.3.4/5.6', 0).length, 0);
  });
  it('finds the next free subnet after the last one', () => {
    const next = nextFreeSubnet(cidr('10.0.0.0/16'), [cidr('10.0.1.0/24'), cidr('10.0.2.0/24')], 24);
    assert.ok(next);
    assert.equal(canonical(next), '10.0.3.0/24');
  });
});

describe('fixes', () => {
  it('applying all safe fixes is idempotent and removes those findings', () => {
    const text = 'The VPC is 10.0.6.0/16.\n\nEach /24 subnet gives us 256 usable IPs.\n\nThe RDS for PostgreSQL endpoint is db.internal:3306.\n';
    const first = analyzeText(text);
    const fixed = applyEdits(text, safeEdits(first.findings));
    assert.match(fixed, /10\.0\.0\.0\/16/);
    assert.match(fixed, /251 usable/);
    // The engine may be the slip rather than the port: that fix is offered, never applied unasked.
    assert.match(fixed, /db\.internal:3306/);
    assert.deepEqual(analyzeText(fixed).findings.map((f) => f.ruleId), ['engine-port-mismatch']);
    assert.equal(applyEdits(fixed, safeEdits(analyzeText(fixed).findings)), fixed);
  });
});

describe('suppression comments and settings', () => {
  const doc = (comment: string) => `${comment}\nThe VPC is 10.0.0.0/15.\n`;
  it('disable-next-line with a reason', () => {
    const a = analyzeText(doc('<!-- archnotes-disable-next-line vpc-cidr-size -- lab account only -->'));
    assert.equal(a.findings.length, 0);
    assert.equal(a.suppressed.length, 1);
    assert.equal(a.unusedDirectives.length, 0);
  });
  it('disable … enable and disable-file', () => {
    const text = '<!-- archnotes-disable vpc-cidr-size -->\n\nThe VPC is 10.0.0.0/15.\n\n<!-- archnotes-enable vpc-cidr-size -->\n\nThe VPC is 10.8.0.0/14.\n';
    assert.deepEqual(analyzeText(text).findings.map((f) => f.message.slice(0, 3)), ['/14']);
    assert.equal(analyzeText(doc('<!-- archnotes-disable-file vpc-cidr-size -->')).findings.length, 0);
  });
  it('a directive for another rule suppresses nothing and is reported unused', () => {
    const text = doc('<!-- archnotes-disable-next-line engine-port-mismatch -->');
    const a = analyzeText(text);
    assert.deepEqual(a.findings.map((f) => f.ruleId), ['unused-suppression', 'vpc-cidr-size']);
    assert.equal(a.unusedDirectives.length, 1);
    const unused = a.findings[0];
    assert.equal(unused?.severity, 'info');
    assert.match(unused?.message ?? '', /archnotes-disable-next-line comment for engine-port-mismatch suppresses nothing/);
    // Its fix removes the comment's line; it is not safe (fix-all leaves suppressions to people).
    const fix = unused?.fixes[0];
    assert.equal(fix?.safe, false);
    assert.equal(applyEdits(text, fix?.edits ?? []), 'The VPC is 10.0.0.0/15.\n');
  });
  it('settings turn rules off or change their level', () => {
    assert.equal(analyzeText(doc(''), { rules: { 'vpc-cidr-size': 'off' } }).findings.length, 0);
    assert.equal(analyzeText(doc(''), { rules: { 'vpc-cidr-size': 'info' } }).findings[0]?.severity, 'info');
  });
  it('ignores directives inside code fences', () => {
    const a = analyzeText('```\n<!-- archnotes-disable-file -->\n```\n\nThe VPC is 10.0.0.0/15.\n');
    assert.equal(a.findings.length, 1);
  });
});
