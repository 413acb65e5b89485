/**
 * The org/RST pre-check (parse/org-rst.ts `EDITABLE`): a text it turns away must be one the rewrite
 * leaves as it is, so the guard only saves the per-line scans of plain markdown (issue 16's "lists
 * changing bullet": 100 KB of `- a` / `* c`, ~1 s of CPU per 100 KB against the 1 s target).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mayRewrite, orgRstAsMarkdown, orgRstRewritten } from '../../server/src/engine/parse/org-rst';

const ROOT = join(__dirname, '..', '..');

/** Lines of org-mode, reStructuredText and markdown, near misses of each construct included. */
const LINES = [
  '* Headline', '** Sub', '*** Deep', '* c', '*  x', '*\tTab', '* Ends with a colon:', '*no space', '#+TITLE: T', '#+title: t',
  '#+BEGIN_SRC yaml', '#+END_SRC', '#+begin_quote', '#+end_quote', '#+BEGIN_EXAMPLE', '#+END_EXAMPLE', ':PROPERTIES:', ':Key: v',
  ':END:', '  SCHEDULED: <2024-01-01>', 'DEADLINE: x', '| a | b |', '|---+---|', '|-', '  |-+-|',
  'Title', 'A title line', '=====', '-----', '~~~~~', '^^^^^', '"""""', '*****', '#####', ':::::', '.....', '+++++', '`````',
  '.. code-block:: yaml', '.. code:: python', '   :linenos:', '   key: v', '.. tabs::', '   .. tab:: Terraform', '.. list-table::',
  '   * - a', '  * - b', '===  ===', 'a    b', '+---+---+', '+===+===+', '| x | y |',
  '```', '~~~', '```yaml', '- a', '- b', '-', '+ c', '1. one', '2) two', '  - nested', '    code', '\tcode', 'text', 'Some text.',
  '', '', '', '', '> q', '---', '***', '# H', '## H2', 'x\r', '\r', '== ==', '=', '--',
];

describe('robust: the org/RST pre-check turns away only texts the rewrite leaves alone', function () {
  this.timeout(120_000);

  it('random mixes of org, RST and markdown lines: no rewrite where the pre-check says none', () => {
    let turnedAway = 0;
    let rewritten = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol) + (lines.length % 2 ? eol : '');
        const full = orgRstRewritten(text);
        if (full !== text) rewritten++;
        if (mayRewrite(text)) return;
        turnedAway++;
        assert.equal(full, text, JSON.stringify(text));
        assert.equal(orgRstAsMarkdown(text), text);
      }),
      { seed: 1616, numRuns: 20_000 },
    );
    // Both sides exercised: texts turned away, and texts the rewrite changes.
    assert.ok(turnedAway > 1000 && rewritten > 1000, `${turnedAway} turned away, ${rewritten} rewritten`);
  });

  it('plain markdown lists and rules are turned away; org and RST constructs are not', () => {
    const lists = '- a\n- b\n\n* c\n\n'.repeat(2000);
    assert.equal(mayRewrite(lists), false, 'lists changing bullet');
    assert.equal(mayRewrite('# Title\n\nText.\n\n---\n\n* one\n* two\n  * nested\n\nHeading\n=======\n\nSub\n---\n'), false);
    for (const text of ['* Title\nBody text\n', '** Sub\n', '#+TITLE: x\n', 'x\n:PROPERTIES:\n', '| a |\n|---+---|\n', 'Title\n~~~~~\n',
      '=====\nTitle\n=====\n', '.. code-block:: yaml\n\n   a: 1\n', '===  ===\na    b\n===  ===\n', '+---+\n', '* Title\n  SCHEDULED: <x>\n']) {
      assert.equal(mayRewrite(text), true, JSON.stringify(text));
    }
  });

  it('the shipped examples and the test fixtures read as before', () => {
    const files = [join(ROOT, 'examples', 'orders-platform.md'), join(ROOT, 'bench', 'fixtures', 'notes.md')];
    for (const dir of [join(ROOT, 'test', 'fixtures'), join(ROOT, 'test', 'e2e', 'fixtures', 'workspace', 'docs')]) {
      for (const name of readdirSync(dir)) if (/\.(md|txt|rst|org)$/.test(name)) files.push(join(dir, name));
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.equal(orgRstAsMarkdown(text), mayRewrite(text) ? orgRstRewritten(text) : text, file);
      if (!mayRewrite(text)) assert.equal(orgRstRewritten(text), text, file);
    }
  });
});
