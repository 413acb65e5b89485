/**
 * Shell embedded in CI files (parse/code-statements.ts): `aws` commands inside a GitHub Actions
 * `run: |` block, a GitLab CI `script:` list, a Makefile recipe, continued over lines with `\` or
 * folded as a YAML plain scalar, and a short comment naming the engine right above a command.
 * Workflows written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, lines: readonly string[], eol = '\n'): string => `## Release pipeline${eol}${eol}\`\`\`${lang}${eol}${lines.join(eol)}${eol}\`\`\`${eol}`;

const workflow = (steps: readonly string[]): string[] => ['name: release', 'on: push', 'jobs:', '  ship:', '    runs-on: ubuntu-latest', '    steps:', ...steps];

describe('readers: aws commands in CI files', () => {
  it('reads a command continued with backslashes inside a run block', () => {
    const steps = [
      '      - name: orders queue',
      '        run: |',
      '          aws sqs set-queue-attributes \\',
      '            --queue-url "$ORDERS_URL" \\',
      '            --attributes VisibilityTimeout=90,MessageRetentionPeriod=1728000',
      '          echo done',
    ];
    assert.deepEqual(flagged(fence('yaml', workflow(steps))), ['sqs-retention 1728000']);
    assert.deepEqual(flagged(fence('yml', workflow(steps), '\r\n')), ['sqs-retention 1728000']);
  });

  it('reads the flag of an API Gateway integration on a continuation line', () => {
    const steps = [
      '      - run: |',
      '          aws apigateway put-integration --rest-api-id "$API" --resource-id "$RES" \\',
      '            --http-method POST --type AWS_PROXY --integration-http-method POST \\',
      '            --uri "$LAMBDA_URI" --timeout-in-millis 25',
    ];
    assert.deepEqual(flagged(fence('yaml', workflow(steps)), 'api-gateway-timeout'), ['api-gateway-timeout 25']);
  });

  it('folds a YAML plain scalar whose flags sit on deeper lines', () => {
    const gitlab = ['deploy-worker:', '  stage: deploy', '  script:', '    - aws lambda update-function-configuration --function-name resize', '      --timeout 1500', '    - echo ok'];
    assert.deepEqual(flagged(fence('yaml', gitlab)), ['lambda-timeout 1500']);
    const keyed = ['steps:', '  - run: aws lambda update-function-configuration --function-name resize', '      --timeout 1500', '    name: set the timeout'];
    assert.deepEqual(flagged(fence('yaml', keyed)), ['lambda-timeout 1500']);
  });

  it('folds the lines of a YAML folded block scalar, up to a blank line', () => {
    const gitlab = [
      'retention:',
      '  script:',
      '    - >',
      '      aws sqs set-queue-attributes --queue-url "$Q"',
      '      --attributes MessageRetentionPeriod=1700000',
      '',
      '      --attributes VisibilityTimeout=50000',
      '    - echo ok',
    ];
    assert.deepEqual(flagged(fence('yaml', gitlab)), ['sqs-retention 1700000']);
  });

  it('reads a Makefile recipe continued over lines', () => {
    const make = ['release:', '\taws kinesis increase-stream-retention-period \\', '\t\t--stream-name clicks --retention-period-hours 9600'];
    assert.deepEqual(flagged(fence('makefile', make)), ['kinesis-retention 9600']);
    const silent = ['db:', '\t# postgres', '\t@aws rds create-db-instance --db-instance-identifier ledger --port 3306'];
    assert.deepEqual(flagged(fence('make', silent)), ['engine-port-mismatch 3306']);
  });

  it('reads JSON attributes with escaped quotes inside a double-quoted argument', () => {
    const steps = ['      - run: aws sqs set-queue-attributes --queue-url "$Q" --attributes "{\\"MessageRetentionPeriod\\":\\"1650000\\",\\"DelaySeconds\\":\\"5\\"}"'];
    assert.deepEqual(flagged(fence('yaml', workflow(steps))), ['sqs-retention 1650000']);
  });

  it('takes the engine from a short comment right above the command', () => {
    const steps = ['      - run: |', '          # postgres', '          aws rds create-db-instance --db-instance-identifier ledger \\', '            --db-instance-class db.r6g.large --port 3306'];
    assert.deepEqual(flagged(fence('yaml', workflow(steps)), 'engine-port-mismatch'), ['engine-port-mismatch 3306']);
    const bash = ['# Aurora MySQL', 'aws rds create-db-cluster --db-cluster-identifier ledger --port 5432'];
    assert.deepEqual(flagged(fence('bash', bash), 'engine-port-mismatch'), ['engine-port-mismatch 5432']);
  });

  it('stays quiet where the comment is not the command’s label or values are in range', () => {
    // The command names its engine itself, on a later line: the flag speaks, not the comment.
    const ownEngine = ['# postgres', 'aws rds create-db-instance --db-instance-identifier ledger \\', '  --engine mysql --port 3306'];
    assert.deepEqual(flagged(fence('bash', ownEngine)), []);
    // Only a database command takes a label: a rule's comment does not make its CIDR a VPC.
    const rule = ['# Allow HTTPS from all VPCs', 'aws ec2 authorize-security-group-ingress --group-id "$SG" \\', '  --protocol tcp --port 443 --cidr 10.0.0.0/8'];
    assert.deepEqual(flagged(fence('bash', rule)), []);
    // A blank line between them: the comment is about something else.
    const apart = ['# postgres', '', 'aws rds create-db-instance --db-instance-identifier ledger --port 3306'];
    assert.deepEqual(flagged(fence('bash', apart)), []);
    // A sentence of prose is not a label.
    const prose = ['# the old cluster ran postgres; this one is the reporting replica of the shop', 'aws rds create-db-instance --db-instance-identifier shop --port 3306'];
    assert.deepEqual(flagged(fence('bash', prose)), []);
    // Separate lines of a run block are separate commands, and values in range stay quiet.
    const steps = [
      '      - run: |',
      '          aws rds create-db-instance --db-instance-identifier a --port 3306',
      '            aws rds create-db-instance --db-instance-identifier b --engine postgres',
      '          aws sqs set-queue-attributes --queue-url "$Q" \\',
      '            --attributes MessageRetentionPeriod=1209600',
    ];
    assert.deepEqual(flagged(fence('yaml', workflow(steps))), []);
    // A plain scalar ends where the next key of its mapping starts.
    const sibling = ['steps:', '  - run: aws lambda update-function-configuration --function-name resize --memory-size 1024', '    name: lambda --timeout 1500 note'];
    assert.deepEqual(flagged(fence('yaml', sibling)), []);
  });
});
