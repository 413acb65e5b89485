/**
 * The eighth re-verification pass (issue 13): facts third-party docs dispute, the disagreements flagged
 * earlier, and facts still dated 2026-11-27, each read on the current AWS page.
 */
import { strict as assert } from 'node:assert';
import { findFact, rangeOf } from '../../server/src/facts/catalog';
import { REVERIFIED } from '../../server/src/facts/reverification';
import { EIGHTH_CHECKED, EIGHTH_ON, EIGHTH_RECONFIRMED, EIGHTH_REVERIFIED } from '../../server/src/facts/reverification-eighth';
import { analyzeText } from '../../server/src/engine/analyze';
import { valueText } from '../support/fact-value-text';

describe('eighth re-verification pass', () => {
  it('dates every fact it read with its day, and records what the page says', () => {
    for (const [id, note] of Object.entries(EIGHTH_CHECKED)) {
      const fact = findFact(id);
      assert.ok(fact, `${id} is in the pack`);
      assert.equal(fact.checked, EIGHTH_ON, id);
      assert.ok(!(id in REVERIFIED), `${id}: a quota pass entry would override this date`);
      assert.ok(note.length > 20, `${id} says what the page says`);
    }
    for (const id of [...Object.keys(EIGHTH_REVERIFIED), ...Object.keys(EIGHTH_RECONFIRMED)]) {
      assert.equal(findFact(id)?.reverified, EIGHTH_ON, id);
    }
  });

  it('keeps 128-10,240 MB as the Lambda (default) range and sets Managed Instances apart', () => {
    assert.deepEqual([rangeOf('lambda.memory').min, rangeOf('lambda.memory').max], [128, 10_240]);
    assert.match(findFact('lambda.memory')?.detail ?? '', /Lambda \(default\)/);
    assert.match(findFact('lambda.memory')?.detail ?? '', /Managed Instances/);
    assert.match(valueText('lambda.managed-instances-size'), /2 GB and 1 vCPU/);
    assert.match(findFact('lambda.managed-instances-size')?.source ?? '', /lambda-managed-instances-best-practices\.html$/);
  });

  it('does not flag a memory size above 10,240 MB for a function on Lambda Managed Instances', () => {
    const memory = (text: string) => analyzeText(text).findings.filter((d) => d.ruleId === 'lambda-memory');
    assert.equal(memory('The ranker is a Lambda function on Lambda Managed Instances with 16 GB of memory.').length, 0);
    assert.equal(memory('The ranker is a Lambda function on a capacity provider with 24 GB of memory.').length, 0);
    assert.equal(memory('The ranker is a Lambda function with 16 GB of memory.').length, 1, 'a default function still is');
  });

  it('does not flag memory or timeout of a function resource on a capacity provider (Terraform, CloudFormation)', () => {
    const found = (text: string) => analyzeText(text).findings.filter((d) => d.ruleId === 'lambda-memory' || d.ruleId === 'lambda-timeout').map((d) => text.slice(d.start, d.end));
    const hcl = (extra: string) =>
      '```hcl\nresource "aws_lambda_function" "ranker" {\n  memory_size = 16384\n  timeout     = 3600\n' + extra + '}\n```\n';
    assert.deepEqual(found(hcl('  capacity_provider_config {\n    lambda_managed_instances_capacity_provider_config {\n      capacity_provider_arn = aws_lambda_capacity_provider.main.arn\n    }\n  }\n')), []);
    assert.deepEqual(found(hcl('')), ['16384', '3600'], 'a default function still is');
    const cfn = '```yaml\nResources:\n  Ranker:\n    Type: AWS::Lambda::Function\n    Properties:\n      MemorySize: 16384\n      CapacityProviderConfig:\n        LambdaManagedInstancesCapacityProviderConfig:\n          CapacityProviderArn: arn:aws:lambda:us-east-1:111122223333:capacity-provider:main\n```\n';
    assert.deepEqual(found(cfn), []);
  });

  it('settles the disagreements on the page that states each value', () => {
    assert.match(findFact('cloudwatch-logs.insights')?.source ?? '', /APIReference\/API_StartQuery\.html$/);
    assert.match(valueText('cloudwatch-logs.insights'), /60 minutes/);
    assert.match(findFact('fsx.port-lustre')?.detail ?? '', /988 and 1018-1023/);
    assert.match(findFact('network-acl.ephemeral-ports')?.source ?? '', /vpc\/latest\/userguide\/nacl-ephemeral-ports\.html$/);
    assert.match(findFact('network-acl.ephemeral-ports')?.detail ?? '', /32768-61000/);
    assert.deepEqual([rangeOf('network-acl.ephemeral-ports').min, rangeOf('network-acl.ephemeral-ports').max], [1_024, 65_535]);
  });
});
