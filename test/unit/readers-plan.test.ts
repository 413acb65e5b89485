/**
 * `terraform plan` output in a fence (parse/plan-fence.ts): read as the HCL of the state after the
 * change. Values after `->` and on `+` lines are proposed; old values, `-` lines, destroyed resources
 * and unknown values are never read. Plans written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { planView } from '../../server/src/engine/parse/plan-fence';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, lines: readonly string[], eol = '\n'): string => `## Rollout of the billing stack${eol}${eol}\`\`\`${lang}${eol}${lines.join(eol)}${eol}\`\`\`${eol}`;

describe('readers: terraform plan output', () => {
  it('reads the attributes of a resource to be created', () => {
    const plan = [
      'Terraform will perform the following actions:',
      '',
      '  # aws_db_instance.ledger will be created',
      '  + resource "aws_db_instance" "ledger" {',
      '      + endpoint          = (known after apply)',
      '      + engine            = "postgres"',
      '      + port              = 3306',
      '    }',
      '',
      '  # aws_sqs_queue.payouts will be created',
      '  + resource "aws_sqs_queue" "payouts" {',
      '      + message_retention_seconds = 1728000',
      '    }',
      '',
      'Plan: 2 to add, 0 to change, 0 to destroy.',
    ];
    assert.deepEqual(flagged(fence('', plan)), ['engine-port-mismatch 3306', 'sqs-retention 1728000']);
    // The same output in the fences people paste it into.
    for (const lang of ['text', 'console', 'hcl', 'terraform', 'diff', 'shell']) assert.deepEqual(flagged(fence(lang, plan)), ['engine-port-mismatch 3306', 'sqs-retention 1728000'], lang);
  });

  it('offers no safe fix inside a plan: the transcript is not the source to edit', () => {
    const plan = ['  + resource "aws_db_instance" "ledger" {', '      + engine = "postgres"', '      + port   = 3306', '    }'];
    const port = analyzeText(fence('', plan)).findings.find((f) => f.ruleId === 'engine-port-mismatch');
    assert.ok(port && port.fixes.length > 0, 'a port finding with a fix');
    assert.ok(port.fixes.every((f) => !f.safe), 'no fix is safe');
    // A fix that is safe in HCL source (host bits of a subnet block) is not safe in the plan.
    const block = (marker: string): string => `  ${marker}resource "aws_subnet" "app" {\n      ${marker}cidr_block = "10.0.1.5/24"\n    }`;
    const inPlan = analyzeText(fence('', [block('+ ')])).findings.find((f) => f.ruleId === 'cidr-host-bits');
    const inSource = analyzeText(fence('hcl', [block('')])).findings.find((f) => f.ruleId === 'cidr-host-bits');
    assert.ok(inSource?.fixes.some((f) => f.safe), 'the source keeps its safe fix');
    assert.ok(inPlan && inPlan.fixes.length > 0 && inPlan.fixes.every((f) => !f.safe), 'the plan has the fix, unsafe');
  });

  it('reads the value after the arrow of an update, never the one before it', () => {
    const raised = ['  ~ resource "aws_sqs_queue" "payouts" {', '      ~ message_retention_seconds = 345600 -> 1728000', '        id                        = "https://sqs/payouts"', '    }'];
    assert.deepEqual(flagged(fence('', raised)), ['sqs-retention 1728000']);
    // A plan that corrects a wrong value proposes the right one.
    const lowered = ['  ~ resource "aws_sqs_queue" "payouts" {', '      ~ message_retention_seconds = 1728000 -> 345600', '    }'];
    assert.deepEqual(flagged(fence('', lowered)), []);
    const cidr = ['-/+ resource "aws_vpc" "core" {', '      ~ cidr_block = "10.0.0.0/12" -> "10.0.0.0/16" # forces replacement', '      ~ id         = "vpc-0abc" -> (known after apply)', '    }'];
    assert.deepEqual(flagged(fence('', cidr)), []);
    const widened = ['-/+ resource "aws_vpc" "core" {', '      ~ cidr_block = "10.0.0.0/16" -> "10.0.0.0/12" # forces replacement', '    }'];
    assert.deepEqual(flagged(fence('', widened)), ['vpc-cidr-size 10.0.0.0/12']);
  });

  it('never reads removed lines, destroyed resources or data sources being read', () => {
    const plan = [
      '  # aws_sqs_queue.legacy will be destroyed',
      '  - resource "aws_sqs_queue" "legacy" {',
      '      - message_retention_seconds = 1728000 -> null',
      '      - tags                      = {',
      '          - "Team" = "billing"',
      '        } -> null',
      '    }',
      '',
      '  ~ resource "aws_lambda_function" "settle" {',
      '      - timeout = 1200 -> null',
      '      - ephemeral_storage {',
      '          - size = 20480 -> null',
      '        }',
      '        # (9 unchanged attributes hidden)',
      '    }',
      '',
      ' <= data "aws_db_instance" "old" {',
      '      + engine = "postgres"',
      '      + port   = 3306',
      '    }',
    ];
    assert.deepEqual(flagged(fence('', plan)), []);
    const text = fence('', plan);
    for (const block of analyzeText(text).blocks) {
      for (const c of block.contexts) {
        assert.equal(text.slice(c.start, c.end), c.text);
        assert.ok(!/1728000|1200|20480|3306/.test(c.text), `a context covers removed text: ${JSON.stringify(c.text)}`);
      }
    }
  });

  it('reads no value the plan does not know', () => {
    const plan = ['  ~ resource "aws_sqs_queue" "payouts" {', '      ~ message_retention_seconds = 1728000 -> (known after apply)', '      + visibility_timeout_seconds = (sensitive value)', '    }'];
    assert.deepEqual(flagged(fence('', plan)), []);
    const claims = analyzeText(fence('', plan)).blocks.flatMap((b) => b.contexts).flatMap((c) => c.iacValues);
    assert.deepEqual(
      claims.map((v) => v.raw),
      [],
    );
  });

  it('keeps ranges exact with CRLF line ends and an emoji before the value', () => {
    const plan = ['  # 🚀 aws_sqs_queue.payouts will be updated in-place', '  ~ resource "aws_sqs_queue" "payouts" { # 🧾', '      ~ message_retention_seconds = 60 -> 1728000 # 🕒', '    }'];
    const text = fence('', plan, '\r\n');
    assert.deepEqual(flagged(text), ['sqs-retention 1728000']);
    assert.deepEqual(flagged(fence('', plan.slice(1).map((l) => l.replace(' # 🧾', '')), '\r\n')), ['sqs-retention 1728000']);
    for (const block of analyzeText(text).blocks) for (const c of block.contexts) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it('is no plan without a marked resource header', () => {
    assert.equal(planView('resource "aws_sqs_queue" "q" {\n  message_retention_seconds = 60\n}', 'hcl'), undefined);
    assert.equal(planView('- item\n+ item\n~ resource', ''), undefined);
    assert.equal(planView('  + resource "aws_sqs_queue" "q" {\n  }', 'yaml'), undefined);
    // The view keeps the fence's length and line breaks.
    const code = '  ~ resource "aws_sqs_queue" "q" {\r\n      ~ delay_seconds = 5 -> 10\r\n      - name = "q" -> null\r\n    }';
    const view = planView(code, '');
    assert.ok(view);
    assert.equal(view.code.length, code.length);
    assert.equal(view.code, `    resource "aws_sqs_queue" "q" {\r\n        delay_seconds =      10\r\n${' '.repeat(26)}\r\n    }`);
    assert.equal(view.lang, 'hcl');
  });

  it('reads cdk diff output as the template after the change', () => {
    const cdk = [
      'Resources',
      '[~] AWS::SQS::Queue Billing/Payouts PayoutsQueue4A7E3555 ',
      ' ├─ [~] MessageRetentionPeriod',
      ' │   ├─ [-] 345600',
      ' │   └─ [+] 1728000',
      ' └─ [~] VisibilityTimeout',
      '     ├─ [-] 50000',
      '     └─ [+] 300',
      '[~] AWS::Lambda::Function Billing/Settle SettleFn9270CBC0 ',
      ' ├─ [+] Timeout',
      ' │   └─ 1200',
      ' └─ [~] EphemeralStorage',
      '     └─ [~] .Size:',
      '         ├─ [-] 512',
      '         └─ [+] 20480',
      '[-] AWS::SQS::Queue Billing/Old OldQueue12345 destroy',
      ' └─ [-] MessageRetentionPeriod',
      '     └─ 2000000',
    ];
    assert.deepEqual(flagged(fence('', cdk)), ['sqs-retention 1728000', 'lambda-timeout 1200', 'lambda-ephemeral-storage 20480']);
    const lowered = ['[~] AWS::SQS::Queue Billing/Payouts PayoutsQueue4A7E3555 ', ' └─ [~] MessageRetentionPeriod', '     ├─ [-] 1728000', '     └─ [+] 345600'];
    assert.deepEqual(flagged(fence('text', lowered)), []);
    const text = fence('', cdk, '\r\n');
    assert.deepEqual(flagged(text), ['sqs-retention 1728000', 'lambda-timeout 1200', 'lambda-ephemeral-storage 20480']);
    for (const block of analyzeText(text).blocks) {
      for (const c of block.contexts) {
        assert.equal(text.slice(c.start, c.end), c.text);
        assert.ok(!/345600|50000|2000000|\b512\b/.test(c.text), `a context covers removed text: ${JSON.stringify(c.text)}`);
      }
    }
  });
});
