/**
 * Runs every design doc under test/fixtures/rules/: findings must match the inline markers exactly.
 *   <!-- expect: rule-a, rule-b -->   findings on the next non-marker line
 *   <!-- expect -3: rule-a -->       findings 3 lines above the marker (after a table or a code fence)
 *   <!-- expect +2: rule-a -->       findings 2 lines below the marker
 * Files under good/ carry no markers and must produce no findings at all. Every file is also run with
 * CRLF line endings, which must not change the result.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';

const ROOT = join(__dirname, '..', 'fixtures', 'rules');
const MARKER = /<!--\s*expect(?:\s*([+-]\d+))?\s*:\s*([\w\s,-]+?)\s*-->/;

function expectations(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return;
    let target: number;
    if (m[1]) target = i + Number(m[1]);
    else {
      target = i + 1;
      while (target < lines.length && MARKER.test(lines[target] ?? '')) target++;
    }
    for (const id of (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${target + 1}: ${id}`);
  });
  return out.sort();
}

function actual(text: string): string[] {
  const analysis = analyzeText(text);
  return analysis.findings.map((f) => `${analysis.lines.positionAt(f.start).line + 1}: ${f.ruleId}`).sort();
}

describe('rule fixtures (realistic design docs)', () => {
  for (const kind of ['bad', 'good']) {
    for (const file of readdirSync(join(ROOT, kind)).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(ROOT, kind, file), 'utf8');
      it(`${kind}/${file}: findings match the markers`, () => {
        const expected = expectations(text);
        if (kind === 'good') assert.deepEqual(expected, [], 'good fixtures carry no markers');
        else assert.ok(expected.length > 0, 'bad fixtures carry markers');
        assert.deepEqual(actual(text), expected);
      });
      it(`${kind}/${file}: same findings with CRLF line endings`, () => {
        assert.deepEqual(actual(text.replace(/\r?\n/g, '\r\n')), actual(text));
      });
    }
  }
});
