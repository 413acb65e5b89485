import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/config/config';
import { configProblemDiagnostics } from '../../server/src/lsp/convert';

describe('.archnotes.jsonc syntax errors', () => {
  const text = '{\n  "rules": {\n    "vpc-cidr-size": "off"\n    "cidr-host-bits": "warning"\n  }\n}\n';
  it('say where, in words, with line and column', () => {
    const loaded = parseConfig(text, '/repo/.archnotes.jsonc');
    assert.equal(loaded.problems[0]?.message, '/repo/.archnotes.jsonc: line 4, column 5: a comma is missing; using the defaults');
  });
  it('sit at that place in the editor, without the path in front', () => {
    const loaded = parseConfig(text, '/repo/.archnotes.jsonc');
    const [diagnostic] = configProblemDiagnostics(loaded.problems, text);
    assert.deepEqual(diagnostic?.range.start, { line: 3, character: 4 });
    assert.equal(diagnostic?.message, 'line 4, column 5: a comma is missing; using the defaults');
  });
});
