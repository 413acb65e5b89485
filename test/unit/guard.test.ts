/** engine/parse/unsupported-text.ts: binary and minified texts are recognised; ordinary notes, long tables and CRLF are not. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_LINE_CHARS, unsupportedText } from '../../server/src/engine/parse/unsupported-text';

describe('unsupported texts (guard)', () => {
  it('leaves notes, tables, emoji and CRLF alone', () => {
    const notes = readFileSync(join(__dirname, '..', '..', 'bench', 'fixtures', 'notes.md'), 'utf8');
    assert.equal(unsupportedText(notes), undefined);
    const table = `| a | b |\n| - | - |\n| ${'x'.repeat(20_000)} | 10.0.0.0/16 |\n`;
    assert.equal(unsupportedText(table), undefined);
    assert.equal(unsupportedText('💡 VPC 10.0.0.0/16\r\nsubnet 10.0.1.0/24\r\n'), undefined);
    assert.equal(unsupportedText(''), undefined);
  });

  it('flags a NUL near the start and mostly-invalid UTF-8 as binary', () => {
    assert.equal(unsupportedText('PK\u0003\u0004\u0000\u0000 zip')?.kind, 'binary');
    assert.equal(unsupportedText('\uFFFD'.repeat(50) + 'a'.repeat(100))?.kind, 'binary');
    // A NUL far into a long text is not checked (git's heuristic reads the start only).
    assert.equal(unsupportedText(`${'notes\n'.repeat(2000)}\u0000`), undefined);
  });

  it('flags a line longer than MAX_LINE_CHARS, and says how long it is', () => {
    const line = 'The VPC uses 10.0.0.0/16. '.repeat(Math.ceil((MAX_LINE_CHARS + 1) / 26));
    const found = unsupportedText(`# Title\n\n${line}\n`);
    assert.equal(found?.kind, 'long-line');
    assert.match(found?.message ?? '', /line of [\d,]+ characters/);
    assert.equal(unsupportedText('a'.repeat(MAX_LINE_CHARS)), undefined);
  });
});
