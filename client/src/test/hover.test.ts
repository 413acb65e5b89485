import * as assert from 'node:assert/strict';
import { activateExtension, hoverAt, openFixture, positionOf } from './helpers';

const DOC = 'docs/payments-platform.md';

suite('hover cards (vscode.executeHoverProvider)', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  // [word, text around it in the fixture, offset of a character inside the word, expected title]
  const services: Array<[string, string, number, RegExp]> = [
    ['SQS', 'an SQS queue', 4, /Amazon Simple Queue Service/],
    ['Lambda', 'A Lambda function', 4, /AWS Lambda/],
    ['RDS', 'writes to RDS', 11, /Amazon (Relational Database Service|RDS)/],
    ['VPC', 'The production VPC', 16, /Amazon Virtual Private Cloud/],
  ];
  for (const [word, needle, offset, title] of services) {
    test(`${word}: card with the official name and a facts table`, async () => {
      const { doc } = await openFixture(DOC);
      const text = await hoverAt(doc, positionOf(doc, needle, offset));
      assert.match(text, title, `hover text was: ${text}`);
      assert.match(text, /\|.*\|\s*\n\s*\|\s*:?-{3,}/, `hover has a markdown table: ${text}`);
    });
  }

  test('CIDR 10.0.0.0/20: address count and usable hosts', async () => {
    const { doc } = await openFixture(DOC);
    const text = await hoverAt(doc, positionOf(doc, '10.0.0.0/20', 3));
    assert.match(text, /4,096/, text);
    assert.match(text, /4,091/, text);
  });
});
