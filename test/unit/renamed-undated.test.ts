/**
 * Renames no AWS page dates (AWS Chatbot → Amazon Q Developer in chat applications): the old name is
 * still found, as a note whose fix is offered but not applied on its own, since a dated record may
 * rightly use the name of its day. Written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

describe('renamed-service: undated renames', () => {
  it('names the current service at info level, with a fix that is not safe', () => {
    const text = 'Deploy alerts reach the on-call channel through AWS Chatbot.\n';
    const [finding, ...rest] = analyzeText(text).findings.filter((f) => f.ruleId === 'renamed-service');
    assert.equal(rest.length, 0);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), 'AWS Chatbot');
    assert.equal(finding.severity, 'info');
    assert.equal(finding.message, 'AWS Chatbot is now Amazon Q Developer in chat applications.');
    assert.deepEqual(finding.fixes?.map((f) => [f.title, f.safe]), [['Use "Amazon Q Developer in chat applications"', false]]);
  });

  it('a dated rename keeps its year and its safe fix', () => {
    const text = 'Logs stream to S3 through Kinesis Data Firehose.\n';
    const finding = analyzeText(text).findings.find((f) => f.ruleId === 'renamed-service');
    assert.ok(finding);
    assert.match(finding.message, /\(renamed \d{4}\)/);
    assert.equal(finding.fixes?.[0]?.safe, true);
  });

  it('the current name is left alone', () => {
    assert.deepEqual(analyzeText('Deploy alerts reach the channel through Amazon Q Developer in chat applications.\n').findings.filter((f) => f.ruleId === 'renamed-service'), []);
  });
});
