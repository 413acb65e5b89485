import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'archnotes.cjs');

describe('archnotes claims', function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), 'archnotes-claims-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each assertion with its subject, attribute, modality and where the subject came from', () => {
    const file = join(dir, 'limits.md');
    writeFileSync(file, '# Limits\n\n## AWS Lambda\n\n| Setting | Value |\n| --- | --- |\n| Timeout | 20 minutes |\n\nSQS messages can be up to 256 KB.\n\nSQS never keeps messages for 30 days.\n');
    const result = spawnSync(process.execPath, [BIN, 'claims', 'limits.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.deepEqual(lines, [
      'limits.md:7:13  AWS Lambda · Timeout = 20 minutes  (stated; service from section title at line 3)  [lambda-timeout]',
      'limits.md:9:27  Amazon Simple Queue Service (SQS) · Maximum message size = 256 KB  (maximum; service from clause)  [sqs-message-size]',
      'limits.md:11:30  Amazon Simple Queue Service (SQS) · Message retention = 30 days  (negated; service from clause)  [sqs-retention]',
      '3 assertions',
    ]);
  });

  it('needs a readable file', () => {
    const missing = spawnSync(process.execPath, [BIN, 'claims'], { cwd: dir, encoding: 'utf8' });
    assert.equal(missing.status, 2);
    const unreadable = spawnSync(process.execPath, [BIN, 'claims', 'nope.md'], { cwd: dir, encoding: 'utf8' });
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /cannot read nope\.md/);
  });
});
