import { strict as assert } from 'node:assert';
import type { RootContent } from 'mdast';
import { analyzeText } from '../../server/src/engine/analyze';
import { disableForFileAction, fixAllAction, quickFixActions, ruleActions, suppressAction, type ActionEdit } from '../../server/src/engine/features/code-actions';
import { applyEdits } from '../../server/src/engine/features/fixes';
import { parseMarkdown } from '../../server/src/engine/parse/markdown';

/** The edits as an editor applies them: snippets with `reason` typed into the placeholder. */
function typed(edits: readonly ActionEdit[], reason: string): Array<{ start: number; end: number; newText: string }> {
  return edits.map((e) => ({
    start: e.start,
    end: e.end,
    newText: e.snippet === undefined ? e.newText : e.snippet.replace('${1:reason}', reason).replace(/\\([$}\\])/g, '$1'),
  }));
}

/** Top-level block types, with a table's row count and without the comments a suppression adds. */
function shape(text: string): string[] {
  return parseMarkdown(text)
    .children.filter((n: RootContent) => n.type !== 'html')
    .map((n: RootContent) => (n.type === 'table' ? `table(${n.children.length})` : n.type));
}

function findingOf(text: string, ruleId: string) {
  const analysis = analyzeText(text);
  const finding = analysis.findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} fires on the test text: ${JSON.stringify(analysis.findings.map((f) => f.ruleId))}`);
  return { analysis, finding };
}

const TABLE = ['# Plan', '', '| Tier | CIDR |', '| --- | --- |', '| Shared VPC | 10.20.0.0/16 |', '| App subnet | 10.20.1.5/24 |', '| Data subnet | 10.20.2.0/24 |', '', 'After the table.', ''].join('\n');

describe('code actions as data: suppress with a reason', () => {
  it('a finding in a table row: a disable/enable pair around the table, which stays one table', () => {
    const { analysis, finding } = findingOf(TABLE, 'cidr-host-bits');
    const action = suppressAction(analysis, finding);
    assert.ok(action);
    assert.equal(action.title, 'Suppress cidr-host-bits in this table');
    assert.equal(action.asksReason, true);
    const text = applyEdits(TABLE, typed(action.edits, 'legacy appliance keeps its address'));
    assert.deepEqual(shape(text), shape(TABLE), text);
    assert.match(text, /<!-- archnotes-disable cidr-host-bits -- legacy appliance keeps its address -->\n\| Tier \| CIDR \|/);
    assert.match(text, /\| Data subnet \| 10\.20\.2\.0\/24 \|\n<!-- archnotes-enable cidr-host-bits -->\n/);
    const after = analyzeText(text);
    assert.equal(after.findings.filter((f) => f.ruleId === 'cidr-host-bits').length, 0);
    assert.equal(after.unusedDirectives.length, 0);
    assert.equal(after.suppressed.length, 1);
  });

  it('a finding on a later line of a paragraph: a pair around it, still one paragraph', () => {
    const doc = '# Net\n\nWe run three AZs.\nThe VPC is 10.0.0.0/15 for now.\nMore text.\n';
    const { analysis, finding } = findingOf(doc, 'vpc-cidr-size');
    const action = suppressAction(analysis, finding);
    assert.ok(action);
    assert.equal(action.title, 'Suppress vpc-cidr-size in this paragraph');
    const text = applyEdits(doc, typed(action.edits, 'lab account'));
    assert.deepEqual(shape(text), ['heading', 'paragraph']);
    assert.equal(analyzeText(text).findings.filter((f) => f.ruleId === 'vpc-cidr-size').length, 0);
  });

  it('a finding on the first line of its block: one disable-next-line comment before it', () => {
    const doc = 'Intro.\n\n  The VPC is 10.0.0.0/15.\n\nThe other VPC is 10.1.0.0/15.\n';
    const { analysis, finding } = findingOf(doc, 'vpc-cidr-size');
    const action = suppressAction(analysis, finding);
    assert.ok(action);
    assert.equal(action.title, 'Suppress vpc-cidr-size on this line');
    assert.equal(action.edits.length, 1);
    assert.match(action.edits[0]?.snippet ?? '', /^ {2}<!-- archnotes-disable-next-line vpc-cidr-size -- \$\{1:reason\} -->\n$/);
    const text = applyEdits(doc, typed(action.edits, 'sandbox'));
    assert.deepEqual(shape(text), shape(doc));
    const after = analyzeText(text);
    // Only that line: the second VPC is still flagged.
    assert.equal(after.findings.filter((f) => f.ruleId === 'vpc-cidr-size').length, 1);
    assert.equal(after.suppressed.length, 1);
  });

  it('no placeholder word or TODO in the plain text, and CRLF line ends kept', () => {
    const doc = TABLE.replace(/\n/g, '\r\n');
    const { analysis, finding } = findingOf(doc, 'cidr-host-bits');
    const action = suppressAction(analysis, finding);
    assert.ok(action);
    for (const edit of action.edits) {
      assert.doesNotMatch(edit.newText, /TODO|reason/);
      assert.doesNotMatch(edit.newText.replace(/\r\n/g, ''), /\n/, 'no bare LF in a CRLF document');
    }
    const text = applyEdits(doc, action.edits);
    assert.equal(analyzeText(text).findings.filter((f) => f.ruleId === 'cidr-host-bits').length, 0);
  });

  it('a snippet escapes what is syntax in snippets', () => {
    const doc = '```hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/15" # ${var.x}\n}\n```\n';
    const { analysis, finding } = findingOf(doc, 'vpc-cidr-size');
    const action = suppressAction(analysis, finding);
    assert.ok(action);
    assert.equal(action.title, 'Suppress vpc-cidr-size in this code block');
    const text = applyEdits(doc, typed(action.edits, 'r'));
    assert.deepEqual(shape(text), ['code']);
    assert.equal(analyzeText(text).findings.filter((f) => f.ruleId === 'vpc-cidr-size').length, 0);
  });
});

describe('code actions as data: fixes', () => {
  it('a finding\'s fixes first (the safe one preferred), fix-all of its rule, then the suppression', () => {
    const doc = 'The VPC is 10.0.1.0/16.\n\nThe other VPC is 10.1.2.0/16.\n';
    const fixed = 'The VPC is 10.0.0.0/16.\n\nThe other VPC is 10.1.0.0/16.\n';
    const { analysis, finding } = findingOf(doc, 'cidr-host-bits');
    const actions = quickFixActions(analysis, finding);
    assert.equal(actions[0]?.preferred, true);
    assert.equal(actions[0]?.title, 'Use 10.0.0.0/16');
    const all = actions.find((a) => a.title === 'Fix all cidr-host-bits findings (2)');
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(applyEdits(doc, all.edits), fixed);
    assert.deepEqual(
      actions.slice(-4).map((a) => a.title),
      ['Suppress cidr-host-bits on this line', 'Disable cidr-host-bits for this file', 'Disable cidr-host-bits in .archnotes.jsonc', 'Show documentation for cidr-host-bits'],
    );
    const fixAll = fixAllAction(analysis);
    assert.ok(fixAll);
    assert.equal(applyEdits(doc, fixAll.edits), fixed);
    assert.equal(fixAllAction(analyzeText('Nothing to fix here.\n')), undefined);
  });
});

describe('code actions as data: disable a rule, show its documentation', () => {
  const DOC = '# Net\n\nThe VPC is 10.0.1.0/16.\n\nThe other VPC is 10.1.2.0/16.\n';

  it('"Disable <rule> for this file": a disable-file comment with the reason on the first line; every finding of the rule goes', () => {
    const { analysis } = findingOf(DOC, 'cidr-host-bits');
    const action = disableForFileAction(analysis, 'cidr-host-bits');
    assert.equal(action.title, 'Disable cidr-host-bits for this file');
    assert.deepEqual(action.edits.map((e) => [e.start, e.end]), [[0, 0]]);
    assert.equal(action.edits[0]?.snippet, '<!-- archnotes-disable-file cidr-host-bits -- ${1:reason} -->\n');
    assert.equal(action.edits[0]?.newText, '<!-- archnotes-disable-file cidr-host-bits -->\n');
    const text = applyEdits(DOC, typed(action.edits, 'lab notes'));
    assert.ok(text.startsWith('<!-- archnotes-disable-file cidr-host-bits -- lab notes -->\n# Net\n'), text);
    assert.deepEqual(shape(text), shape(DOC));
    const after = analyzeText(text);
    assert.equal(after.findings.filter((f) => f.ruleId === 'cidr-host-bits').length, 0);
    assert.equal(after.suppressed.length, 2);
    assert.equal(after.unusedDirectives.length, 0);
  });

  it('for this file: after YAML front matter (which must stay first), CRLF kept', () => {
    const doc = '---\r\ntitle: Net\r\ndate: 2024-01-02\r\n---\r\nThe VPC is 10.0.1.0/16.\r\n';
    const { analysis } = findingOf(doc, 'cidr-host-bits');
    const text = applyEdits(doc, typed(disableForFileAction(analysis, 'cidr-host-bits').edits, 'r'));
    assert.equal(text, '---\r\ntitle: Net\r\ndate: 2024-01-02\r\n---\r\n<!-- archnotes-disable-file cidr-host-bits -- r -->\r\nThe VPC is 10.0.1.0/16.\r\n');
    assert.equal(analyzeText(text).findings.filter((f) => f.ruleId === 'cidr-host-bits').length, 0);
    // A thematic break that is not front matter (not on the first line) is no anchor.
    const plain = 'The VPC is 10.0.1.0/16.\n\n---\n\nMore.\n';
    assert.equal(disableForFileAction(findingOf(plain, 'cidr-host-bits').analysis, 'cidr-host-bits').edits[0]?.start, 0);
  });

  it('disable in the config and show documentation are requests for the editor; shared per rule and analysis', () => {
    const { analysis } = findingOf(DOC, 'cidr-host-bits');
    const actions = ruleActions(analysis, 'cidr-host-bits');
    assert.equal(ruleActions(analysis, 'cidr-host-bits'), actions, 'one list per rule and analysis');
    const [, config, docs] = actions;
    assert.deepEqual(config?.request, { type: 'disableInConfig', ruleId: 'cidr-host-bits' });
    assert.deepEqual(config?.edits, []);
    assert.equal(docs?.request?.type, 'showDocs');
    assert.match(docs?.request?.type === 'showDocs' ? docs.request.url : '', /\/docs\/rules\/cidr-host-bits\.md$/);
    // Both findings of the rule list the same objects (an editor shows them once).
    const [first, second] = analysis.findings.filter((f) => f.ruleId === 'cidr-host-bits');
    assert.ok(first && second);
    const shared = quickFixActions(analysis, first).filter((a) => quickFixActions(analysis, second).includes(a));
    assert.deepEqual(shared.map((a) => a.title), ['Fix all cidr-host-bits findings (2)', 'Disable cidr-host-bits for this file', 'Disable cidr-host-bits in .archnotes.jsonc', 'Show documentation for cidr-host-bits']);
  });

  it('an unused suppression offers its documentation, not to disable it', () => {
    const doc = '<!-- archnotes-disable-next-line vpc-cidr-size -->\nNothing to see.\n';
    const { analysis, finding } = findingOf(doc, 'unused-suppression');
    assert.deepEqual(quickFixActions(analysis, finding).map((a) => a.title), ['Remove this suppression comment', 'Show documentation for unused-suppression']);
  });
});
