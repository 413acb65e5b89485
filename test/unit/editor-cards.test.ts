import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { formatValue, hoverAt } from '../../server/src/engine/features/hover';

describe('hover cards: ports are names, not amounts', () => {
  it('prints a port without a thousands separator, in values and ranges', () => {
    assert.equal(formatValue({ type: 'number', value: 3306, unit: 'port' }), '3306');
    assert.equal(formatValue({ type: 'range', min: 1024, max: 65535, unit: 'port' }), '1024–65535');
    assert.equal(formatValue({ type: 'range', min: 1000, max: 20000, unit: 'count' }), '1,000–20,000');
  });
  it('a MySQL card says 3306', () => {
    const text = 'The orders database runs RDS for MySQL.\n';
    const analysis = analyzeText(text);
    const card = hoverAt(analysis, text.indexOf('MySQL') + 1);
    assert.ok(card);
    assert.doesNotMatch(card.markdown, /3,306/);
  });
  it('a port card says what each service uses the port as, without "Default port" in every row (defect 6)', () => {
    const text = 'The app connects on port 3306.\n';
    const card = hoverAt(analyzeText(text), text.indexOf('3306') + 1)?.markdown ?? '';
    const rows = card.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    assert.equal(rows[0], '| Used by | As |', card);
    assert.ok(rows.slice(1).filter((r) => r.endsWith('| default |')).length >= 2, card);
    assert.doesNotMatch(card, /Default port/, card);
  });
});
