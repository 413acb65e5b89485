/**
 * A FIFO SQS queue's name must end in `.fifo`. Judged where the name is clearly the queue's: the
 * `QueueName` / `name` of the same CloudFormation or Terraform resource that sets FIFO, the queue name
 * of a CDK or Pulumi constructor call (which may span lines: read from the document text around it),
 * `aws sqs create-queue --queue-name … FifoQueue=true`, a name in code ticks right next to "FIFO
 * queue" in prose, and a queue-name table cell on a row marked FIFO. Interpolated, referenced and
 * placeholder names, `name_prefix` and Terraform modules (which add the suffix) are left alone.
 */
import { saysHistory } from './kit/helpers';
import { clauses } from '../parse/clauses';
import { plainCell } from '../parse/cells';
import { CDK_LANGS } from '../recognisers/iac';
import type { AnalyzedContext } from '../model/document-model';
import type { DocumentRule, FindingDraft } from './kit/types';

const FACT = 'sqs-fifo.name';
const SUFFIX = '.fifo';

const QUEUE_RESOURCE = /^(?:aws_sqs_queue|AWS::SQS::Queue)$/;
/** A FIFO switch in code that is not an IaC resource block: CDK `fifo: true`, Python `fifo=True`, Pulumi `fifoQueue: true`, CLI `FifoQueue=true`. */
const CODE_FIFO = /\b(fifo|fifoQueue|fifo_queue|FifoQueue)["']?\s*[:=]\s*["']?(?:true|True)\b/g;
/** A real queue name: SQS allows letters, digits, hyphens and underscores (plus the .fifo suffix), up to 80 characters. */
const NAME = /^[A-Za-z0-9_-]{1,75}$/;
/** PascalCase words read as a CloudFormation logical id or a construct id, not the queue's name. */
const LOGICAL_ID = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;

function isTrue(raw: string): boolean {
  return /^(?:true|True)$/.test(raw.trim());
}

/** A literal name we can judge: no interpolation, reference, placeholder or intrinsic function. */
function literalName(raw: string): boolean {
  return NAME.test(raw) && !/^(?:var|local|module|each|data|self)$/.test(raw);
}

function finding(start: number, end: number, name: string, where: string): FindingDraft {
  return {
    start,
    end,
    message: `FIFO queue name \`${name}\`${where ? ` (${where})` : ''} does not end in .fifo: SQS requires the suffix on FIFO queue names and refuses this one.`,
    fixes: [{ title: `Use ${name}${SUFFIX}`, edits: [{ start: end, end, newText: SUFFIX }], safe: false }],
  };
}

/** The line of `text` holding `index`. */
function lineAt(text: string, index: number): string {
  const from = text.lastIndexOf('\n', index - 1) + 1;
  const to = text.indexOf('\n', index);
  return text.slice(from, to === -1 ? text.length : to);
}

function checkResource(context: AnalyzedContext, report: (d: FindingDraft) => void): void {
  const values = context.iacValues;
  const fifo = values.find((v) => v.normalizedKey === 'fifoqueue' && isTrue(v.raw));
  if (!fifo) return;
  const cfn = context.resourceType?.startsWith('AWS::') === true;
  for (const v of values) {
    if (cfn ? v.key !== 'QueueName' : v.key !== 'name') continue;
    if (v.parentKey === 'tags' || v.parentKey === 'tag') continue;
    const rel = v.start - context.start;
    if (!cfn) {
      // Terraform: a quoted literal on its own `name = "…"` line (not `tags = { Name = … }`).
      if (context.text[rel - 1] !== '"' || !/^\s*name\s*=/.test(lineAt(context.text, rel))) continue;
    }
    if (!literalName(v.raw) || v.raw.endsWith(SUFFIX)) continue;
    report(finding(v.start, v.end, v.raw, cfn ? 'QueueName' : 'name'));
  }
}

const FENCE_LINE = /^\n[ \t]*(?:```|~~~)/;
const WINDOW = 2_000;

/** The constructor call around `at` in the document text: `new sqs.Queue(this, 'Q', { … })`, `sqs.Queue(self, "Q", …)`. */
function enclosingCall(text: string, at: number): { callee: string; open: number; close: number } | undefined {
  const floor = Math.max(0, at - WINDOW);
  let depth = 0;
  let open = -1;
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' && FENCE_LINE.test(text.slice(i, i + 8))) return undefined;
    if (c === ')' || c === '}' || c === ']') depth++;
    else if (c === '(' || c === '{' || c === '[') {
      if (depth > 0) depth--;
      else if (c === '(') {
        open = i;
        break;
      } else if (c === '[') return undefined;
    }
  }
  if (open < 0) return undefined;
  const callee = /(?:\bnew\s+)?([A-Za-z_][\w.]*)\s*$/.exec(text.slice(Math.max(0, open - 80), open))?.[1];
  if (!callee) return undefined;
  depth = 0;
  const ceiling = Math.min(text.length, open + WINDOW * 2);
  for (let i = open; i < ceiling; i++) {
    const c = text[i];
    if (c === '\n' && FENCE_LINE.test(text.slice(i, i + 8))) return undefined;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return { callee, open, close: i };
    }
  }
  return undefined;
}

/** Bracket depth of `index` inside `text` (from its start). */
function depthAt(text: string, index: number): number {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
  }
  return depth;
}

const NAME_ARG = /(?:^|[\s{(,])(queueName|queue_name|name)\s*[:=]\s*(['"`])([^'"`\n]*)\2/g;

function checkCall(text: string, fifoAt: number, fifoKey: string, report: (d: FindingDraft) => void, seen: Set<number>): boolean {
  const call = enclosingCall(text, fifoAt);
  if (!call || !/(?:^|\.)(?:Cfn)?Queue$/.test(call.callee)) return false;
  const args = text.slice(call.open, call.close + 1);
  const fifoDepth = depthAt(args, fifoAt - call.open);
  // Pulumi's aws.sqs.Queue and CfnQueue name it `name` / `queueName` next to `fifoQueue`; CDK's Queue has `queueName` next to `fifo`.
  const plainNameOk = /^(?:fifoQueue|fifo_queue)$/.test(fifoKey) && !/CfnQueue$/.test(call.callee);
  NAME_ARG.lastIndex = 0;
  for (let m = NAME_ARG.exec(args); m; m = NAME_ARG.exec(args)) {
    const key = m[1] ?? '';
    const raw = m[3] ?? '';
    if (key === 'name' && !plainNameOk) continue;
    const valueAt = m.index + m[0].length - 1 - raw.length;
    if (depthAt(args, valueAt) !== fifoDepth) continue;
    // 'orders' + suffix, `${prefix}-orders`: not a literal name.
    if (/^\s*\+/.test(args.slice(m.index + m[0].length)) || !literalName(raw) || raw.endsWith(SUFFIX)) continue;
    const start = call.open + valueAt;
    if (seen.has(start)) return true;
    seen.add(start);
    report(finding(start, start + raw.length, raw, key));
    return true;
  }
  return true;
}

/** `aws sqs create-queue --queue-name orders --attributes FifoQueue=true`, continued lines included. */
function checkCli(text: string, at: number, report: (d: FindingDraft) => void, seen: Set<number>): void {
  let from = text.lastIndexOf('\n', at - 1) + 1;
  while (from > 1 && /\\\r?$/.test(text.slice(text.lastIndexOf('\n', from - 2) + 1, from - 1))) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = text.indexOf('\n', at);
  while (to !== -1 && /\\\r?$/.test(text.slice(text.lastIndexOf('\n', to - 1) + 1, to))) to = text.indexOf('\n', to + 1);
  const command = text.slice(from, to === -1 ? text.length : to);
  if (!/\bsqs\s+create-queue\b/.test(command)) return;
  const m = /--queue-name[ =]{1,16}(['"]?)([^\s'"\\]+)\1(?=\s|$)/.exec(command);
  const raw = m?.[2];
  if (!m || !raw || !literalName(raw) || raw.endsWith(SUFFIX)) return;
  const start = from + m.index + m[0].length - raw.length - (m[1] ?? '').length;
  if (seen.has(start)) return;
  seen.add(start);
  report(finding(start, start + raw.length, raw, '--queue-name'));
}

/** Prose: "FIFO queue `orders`", "the `orders` FIFO queue", "`orders` (FIFO queue, …)", "a FIFO queue named orders-events". */
const PROSE = [
  /\bFIFO\s+queue\s+(?:(?:named|called)\s+)?`([^`\n]+)`/gi,
  /`([^`\n]+)`\s+(?:\(?SQS\)?\s+)?FIFO\s+queue\b(?!s)/gi,
  /`([^`\n]+)`\s*\(\s*(?:(?:Amazon\s+)?SQS\s+FIFO\b(?!\s+topic)|FIFO\s+queue\b(?!s))/gi,
  /\bFIFO\s+queue\s+(?:named|called)\s+([A-Za-z0-9_-]+)/gi,
];

function checkProse(context: AnalyzedContext, report: (d: FindingDraft) => void): void {
  const seen = new Set<number>();
  for (const clause of clauses(context)) {
    if (saysHistory(clause.text) || /\b(?:rename[sd]?|renaming)\b/i.test(clause.text)) continue;
    for (const re of PROSE) {
      re.lastIndex = 0;
      for (let m = re.exec(clause.text); m; m = re.exec(clause.text)) {
        const raw = m[1] ?? '';
        const rawAt = m.index + m[0].indexOf(raw, m[0].startsWith('`') ? 1 : m[0].length - raw.length - 1);
        const after = clause.text.slice(rawAt + raw.length, rawAt + raw.length + 5);
        if (after === SUFFIX || !literalName(raw) || LOGICAL_ID.test(raw) || raw.endsWith(SUFFIX)) continue;
        // The writer names the suffixed queue elsewhere in the same statement ("`orders` … `orders.fifo`").
        if (context.text.includes(`${raw}${SUFFIX}`)) continue;
        const start = clause.start + rawAt;
        if (seen.has(start)) continue;
        seen.add(start);
        report(finding(start, start + raw.length, raw, ''));
      }
    }
  }
}

const NAME_HEADER = /^(?:SQS\s+)?queue(?:\s+name)?$/i;
const FIFO_CELL = /^(?:SQS\s+)?FIFO(?:\s+queue)?$/i;

/** A table row whose "Queue" column holds a name in code ticks and another cell says FIFO. */
function checkRow(context: AnalyzedContext, report: (d: FindingDraft) => void): void {
  if (!context.cells || !context.header) return;
  const column = context.header.findIndex((h) => NAME_HEADER.test(plainCell(h.text)));
  const cell = column >= 0 ? context.cells[column] : undefined;
  if (!cell) return;
  if (!context.cells.some((c, i) => i !== column && FIFO_CELL.test(plainCell(c.text)))) return;
  const m = /^[*_\s]*`([^`\n]+)`[*_\s]*$/.exec(cell.text);
  const raw = m?.[1];
  if (!raw || !literalName(raw) || LOGICAL_ID.test(raw) || raw.endsWith(SUFFIX)) return;
  const start = cell.start + cell.text.indexOf(`\`${raw}\``) + 1;
  report(finding(start, start + raw.length, raw, ''));
}

export const sqsFifoNameSuffix: DocumentRule = {
  id: 'sqs-fifo-name-suffix',
  scope: 'document',
  description: 'A FIFO SQS queue whose name does not end in .fifo.',
  rationale:
    'The name of a FIFO queue must end with the `.fifo` suffix; SQS (and so CloudFormation, Terraform and the CDK) refuses a FIFO queue named ' +
    'otherwise. Checked where the name is clearly the queue\'s: `QueueName` with `FifoQueue: true` in the same CloudFormation resource, `name` ' +
    'with `fifo_queue = true` in the same `aws_sqs_queue`, `queueName` / `queue_name` / Pulumi `name` in a queue constructor with `fifo: true`, ' +
    '`aws sqs create-queue --queue-name … FifoQueue=true`, a name in code ticks right next to "FIFO queue" in prose, and a code-ticked name in a ' +
    '"Queue" table column on a row marked FIFO. Names built from variables, references or placeholders, `name_prefix`, Terraform modules (which ' +
    'append the suffix themselves) and standard queues are left alone. The quick fix appends `.fifo`; update the references to the queue too.',
  severity: 'error',
  category: 'iac',
  facts: [FACT],
  fixable: true,
  examples: {
    flag: [
      {
        text: '```yaml\nOrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders-queue, FifoQueue: true }\n```',
        flagged: ['orders-queue'],
        output: '```yaml\nOrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties: { QueueName: orders-queue.fifo, FifoQueue: true }\n```',
      },
      {
        text: '```hcl\nresource "aws_sqs_queue" "orders" {\n  name                        = "orders"\n  fifo_queue                  = true\n  content_based_deduplication = true\n}\n```',
        flagged: ['orders'],
        output: '```hcl\nresource "aws_sqs_queue" "orders" {\n  name                        = "orders.fifo"\n  fifo_queue                  = true\n  content_based_deduplication = true\n}\n```',
      },
      {
        text: '```ts\nconst orders = new sqs.Queue(this, \'OrdersQueue\', {\n  queueName: \'orders\',\n  fifo: true,\n  contentBasedDeduplication: true,\n});\n```',
        flagged: ['orders'],
        output: '```ts\nconst orders = new sqs.Queue(this, \'OrdersQueue\', {\n  queueName: \'orders.fifo\',\n  fifo: true,\n  contentBasedDeduplication: true,\n});\n```',
      },
      {
        text: 'Payments are published to the FIFO queue `payments-events`, grouped by account.',
        flagged: ['payments-events'],
        output: 'Payments are published to the FIFO queue `payments-events.fifo`, grouped by account.',
      },
      {
        text: '* Queue naming: `fulfilment-orders` (FIFO queue, content-based deduplication on).',
        flagged: ['fulfilment-orders'],
        output: '* Queue naming: `fulfilment-orders.fifo` (FIFO queue, content-based deduplication on).',
      },
      {
        text: '```bash\naws sqs create-queue --queue-name orders \\\n  --attributes FifoQueue=true,ContentBasedDeduplication=true\n```',
        flagged: ['orders'],
        output: '```bash\naws sqs create-queue --queue-name orders.fifo \\\n  --attributes FifoQueue=true,ContentBasedDeduplication=true\n```',
      },
      {
        text: '| Queue | Type | Consumer |\n| --- | --- | --- |\n| `ledger-events` | FIFO | ledger-writer |',
        flagged: ['ledger-events'],
        output: '| Queue | Type | Consumer |\n| --- | --- | --- |\n| `ledger-events.fifo` | FIFO | ledger-writer |',
      },
    ],
    pass: [
      'FIFO queue `orders.fifo` is subscribed to the FIFO topic `order-events.fifo`.',
      '```hcl\nresource "aws_sqs_queue" "orders" {\n  name_prefix = "orders"\n  fifo_queue  = true\n}\n```',
      '```hcl\nresource "aws_sqs_queue" "orders" {\n  name       = "${var.env}-orders"\n  fifo_queue = true\n  tags = { Name = "orders" }\n}\n```',
      '```yaml\nOrdersQueue:\n  Type: AWS::SQS::Queue\n  Properties:\n    QueueName: !Sub "${AWS::StackName}-orders"\n    FifoQueue: true\n```',
      '```hcl\nresource "aws_sqs_queue" "emails" {\n  name = "emails"\n}\n```',
      '```hcl\nmodule "orders_queue" {\n  source     = "terraform-aws-modules/sqs/aws"\n  name       = "orders"\n  fifo_queue = true\n}\n```',
      'The `OrdersQueue` FIFO queue feeds the ledger.',
      'The `emails` standard queue fans out; only payments use a FIFO queue.',
      'Order events fan out through `order-events` (SNS FIFO topic) to `orders.fifo` (FIFO queue).',
    ],
  },
  select(context) {
    if (!/fifo/i.test(context.text)) return false;
    if (context.kind === 'code') return context.resourceType === undefined || QUEUE_RESOURCE.test(context.resourceType);
    return context.kind === 'sentence' || context.kind === 'tableRow';
  },
  check({ model, contexts }, report) {
    const seen = new Set<number>();
    for (const context of contexts) {
      if (context.kind === 'code') {
        // Template resources (YAML, JSON, HCL); a CDK construct in a program fence is read as a call below.
        if (context.resourceType !== undefined && !CDK_LANGS.test(context.lang ?? '')) {
          checkResource(context, report);
          continue;
        }
        CODE_FIFO.lastIndex = 0;
        for (let m = CODE_FIFO.exec(context.text); m; m = CODE_FIFO.exec(context.text)) {
          const at = context.start + m.index;
          // A constructor call (CDK, Pulumi), else a CLI command, possibly continued over several lines.
          if (!checkCall(model.text, at, m[1] ?? '', report, seen)) checkCli(model.text, at, report, seen);
        }
        continue;
      }
      if (context.kind === 'tableRow') checkRow(context, report);
      checkProse(context, report);
    }
  },
};
