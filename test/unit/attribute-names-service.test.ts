import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const found = (text: string): Array<[string, string, string]> => analyzeText(text).findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.severity]);

describe('an attribute whose words name one service binds to it when nothing else does', () => {
  it('"visibility timeout" is SQS\'s, in prose and in a key/value table, at most a warning', () => {
    assert.deepEqual(found('Visibility timeout on the work queue: 18h.'), [['sqs-visibility-timeout', '18h', 'warning']]);
    assert.deepEqual(found('| Setting | Value |\n| --- | --- |\n| Visibility timeout | 13 hours |'), [['sqs-visibility-timeout', '13 hours', 'warning']]);
  });

  it('a section about another service keeps it unbound; a section about SQS binds it once', () => {
    assert.deepEqual(found('## Amazon EC2\n\nVisibility timeout: 2 days.'), []);
    assert.deepEqual(found('## Amazon SQS\n\nVisibility timeout: 2 days.').map(([id, text]) => `${id}:${text}`), ['sqs-visibility-timeout:2 days']);
  });

  it('another service named in the statement still decides', () => {
    assert.deepEqual(found('The Lambda visibility timeout rule of thumb: 6 times the function timeout, 90 minutes.'), []);
  });
});
