/**
 * ReDoS at run time (issue 16): the whole engine (the guard, then analyzeText, then a hover and a
 * fix-all) over inputs built to make each hot regex family backtrack: long runs of digits, dots,
 * spaces, tabs, pipes, colons, brackets, emphasis marks, `-` lists and `|` tables, the attack strings
 * recheck produced for the engine's patterns, each about 60 KB on one line (just under the 64 KB
 * line guard) in prose, a table cell, a list item and a code fence, and 100 KB lines the guard turns
 * away. Timing is measured in `npm run bench`, not here: the ceiling below only catches an
 * exponential blow-up (a quadratic 60 KB line costs seconds, an exponential one never ends).
 * ARCHNOTES_REDOS_TIMES=1 prints each input's time (the figures in docs/reliability.md).
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { fixAllAction } from '../../server/src/engine/features/code-actions';
import { hoverAt } from '../../server/src/engine/features/hover';
import { unsupportedText } from '../../server/src/engine/parse/unsupported-text';

const CEILING_MS = 20_000;
const LINE = 60_000;

/** `unit` repeated to about `size` characters, with a prefix and a suffix that make the match fail late. */
function run(prefix: string, unit: string, suffix: string, size = LINE): string {
  return prefix + unit.repeat(Math.max(1, Math.floor((size - prefix.length - suffix.length) / unit.length))) + suffix;
}

/** One hostile line in the places the engine reads differently. */
function placements(name: string, line: string): Array<[string, string]> {
  return [
    [`${name} (prose)`, `# Network\n\nThe VPC is 10.0.0.0/16. ${line}\n`],
    [`${name} (table cell)`, `| Name | CIDR | Notes |\n| --- | --- | --- |\n| vpc-a | 10.0.0.0/16 | ${line} |\n`],
    [`${name} (list item)`, `- Lambda timeout 15 minutes\n- ${line}\n`],
    [`${name} (code fence)`, `\`\`\`hcl\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n  # ${line}\n}\n\`\`\`\n`],
  ];
}

/** Runs of single characters and the attack strings of the recheck audit (NULs replaced: a NUL makes the file binary). */
const FAMILIES: Array<[string, string]> = [
  ['digits', run('', '1', 'x')],
  ['dots', run('', '.', '!')],
  ['octets', run('', '10.', '/x')],
  ['CIDR prefixes', run('', '10.10.10.10/', '!')],
  ['thousands', run('', '1,000', ' x')],
  ['spaces after a cue', run('allow only', ' ', 'x')],
  ['tabs after a cue', run('a maximum of', '\t', 'x')],
  ['spaces after not', run('this quota cannot', ' ', 'x')],
  ['pipes', run('', '|', 'x')],
  ['colons', run('Name', ':', ' x')],
  ['dashes', run('', '-', ' x')],
  ['underscores', run('', '_', 'a')],
  ['stars', run('a', '*', 'a')],
  ['backticks', run('a', '`', 'a')],
  ['parentheses', run('', '(', 'd')],
  ['brackets', run('', '[', 'x')],
  ['equals after --queue-name', run('aws sqs create-queue --queue-name ', '=', '\\')],
  ['CLI shorthand', run('aws lambda create-function --ephemeral-storage ', 'A=', '!')],
  ['words and spaces', run('', 'a ', '!')],
  ['default-dash', run('', 'DEFAULT\t-', 'DEFAUL!')],
  ['max size', run('MAX\tSIZE\t', ' ', 'N')],
  ['word-underscore', run('-_', 'A_', '!')],
  ['endpoint', run('DST\t', '\t', '\tSRC')],
  ['NACL', run('', 'NACL!', '.')],
  ['secondary CIDR', run('EXTRA\tCIDR\t', '\t', '\tCIDR')],
  ['delimiter row', run('-|-\t', '\t', ':-')],
  ['port gap', run('A0 0  0 0', '   ', '!')],
  ['peering chain', run('', 'V!PEER!', '.')],
  ['peers with', run('R PEERS WITH\t-', 'R\tPEERS\tWITH H-', '!')],
  ['listener', run('T', '-LISTENER>C', '\n')],
  ['alias EC2', run('', 'ALIAS-EC2-0.-', '!')],
  ['alias CNAME', run('ALIAS', '!CNAME!S', '.')],
  ['FIFO queue', run('', 'U FIFO QUEUE-STANDARD-', '.')],
  ['source links', run('', '/h#', '\n/')],
  ['callee', run('', 'A.', '!')],
  ['bang', run('s3://a', '!', '!')],
  // Unclosed "<!--" runs: micromark's inline HTML scan is quadratic (60 KB: 13 s to parse), so 20 KB here.
  ['directive soup', run('', '<!-- archnotes-disable vpc-cidr-size ', 'x', 20_000)],
  ['requests qualifier', run('requests', ' -', '5 seconds')],
  ['Lambda qualifier', run('Lambda', '-a ', '15 minutes')],
  ['max-tab', run('', 'MAX\t', '.')],
];

/**
 * Whole documents: 100 KB lines (turned away), `-` lists and `|` tables. Lists 30 deep and long tables
 * are super-linear outside the regexes (33 s for 100 KB of 30-deep list lines, 15 s for a 100 KB
 * table on the loaded machine; docs/reliability.md), so they run at a size that stays far below the
 * ceiling.
 */
const DOCUMENTS: Array<[string, string]> = [
  ['60 KB HTML comment of unclosed directives', `# N\n\n${'<!-- archnotes-disable vpc-cidr-size\n'.repeat(1_600)}`],
  ['100 KB line of digits', `${'1'.repeat(100_000)}\n`],
  ['100 KB line of spaces after a cue', `allow only${' '.repeat(100_000)}x\n`],
  ['100 KB line of pipes', `${'|'.repeat(100_000)}\n`],
  ['50 KB of "- " list items', `${'- 10.0.0.0/16 vpc\n'.repeat(2_800)}`],
  ['30 KB of nested "-" lists', `${'- '.repeat(30)}x\n`.repeat(480)],
  ['50 KB table, 4 columns', `| a | b | c | d |\n| - | - | - | - |\n${'| vpc | 10.0.0.0/16 | 300 seconds | 1 |\n'.repeat(1_250)}`],
  ['100 KB table, one row of 20,000 cells', `| ${'a | '.repeat(20_000)}\n| ${'- | '.repeat(20_000)}\n`],
];

function exercise(text: string): number {
  const started = performance.now();
  if (!unsupportedText(text)) {
    const analysis = analyzeText(text);
    hoverAt(analysis, Math.floor(text.length / 2));
    fixAllAction(analysis);
  }
  return performance.now() - started;
}

describe('ReDoS at run time: hostile runs through the whole engine', function () {
  this.timeout(0);
  const cases: Array<[string, string]> = [...FAMILIES.flatMap(([name, line]) => placements(name, line)), ...DOCUMENTS];
  const times: Array<[string, number]> = [];

  after(() => {
    if (process.env['ARCHNOTES_REDOS_TIMES']) for (const [name, ms] of times.sort((a, b) => b[1] - a[1])) process.stdout.write(`      ${ms.toFixed(0).padStart(6)} ms  ${name}\n`);
  });

  for (const [name, text] of cases) {
    it(`${name}: ${Math.round(text.length / 1000)} KB within the ${CEILING_MS / 1000} s ceiling`, () => {
      const ms = exercise(text);
      times.push([name, ms]);
      assert.ok(ms < CEILING_MS, `${name} took ${Math.round(ms)} ms`);
    });
  }
});
