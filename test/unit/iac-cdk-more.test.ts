/**
 * CDK constructs beyond queues and functions: an Application Load Balancer's idle timeout, API Gateway
 * integration timeouts (REST and HTTP APIs), and the engine a database construct names by its engine
 * factory (`DatabaseClusterEngine.auroraMysql(…)`, Python's `aurora_mysql(…)`), whose port must be that
 * engine's. In-range values and matching ports stay quiet. Programs written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

const ts = (body: string): string => `\`\`\`ts\n${body}\n\`\`\`\n`;
const py = (body: string): string => `\`\`\`python\n${body}\n\`\`\`\n`;
const flagged = (text: string): string[] => analyzeText(text).findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);

describe('IaC: more CDK constructs', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    [ts('const alb = new elbv2.ApplicationLoadBalancer(this, "Alb", { vpc, idleTimeout: Duration.seconds(4001) });'), ['stated-limit: Duration.seconds(4001)']],
    [ts('new apigw.LambdaIntegration(fn, { timeout: Duration.seconds(45) });'), ['api-gateway-timeout: Duration.seconds(45)']],
    [ts('new HttpLambdaIntegration("Orders", fn, { timeout: Duration.seconds(40) });'), ['api-gateway-http-timeout: Duration.seconds(40)']],
    [ts('const c = new rds.DatabaseCluster(this, "A", {\n  engine: rds.DatabaseClusterEngine.auroraMysql({ version: v }),\n  port: 5432,\n});'), ['engine-port-mismatch: 5432']],
    [py('cluster = rds.DatabaseCluster(self, "A",\n    engine=rds.DatabaseClusterEngine.aurora_mysql(version=v),\n    port=5432)'), ['engine-port-mismatch: 5432']],
    [ts('new rds.DatabaseInstance(this, "D", { engine: rds.DatabaseInstanceEngine.sqlServerSe({ version: v }), port: 1521 });'), ['engine-port-mismatch: 1521']],
  ];
  for (const [text, findings] of cases) {
    it(`flags ${findings.join(', ')}`, () => assert.deepEqual(flagged(text), findings));
  }

  it('leaves in-range values and matching ports alone', () => {
    for (const text of [
      ts('const alb = new elbv2.ApplicationLoadBalancer(this, "Alb", { vpc, idleTimeout: Duration.minutes(10) });'),
      ts('new apigw.LambdaIntegration(fn, { timeout: Duration.seconds(29) });'),
      ts('new HttpLambdaIntegration("Orders", fn, { timeout: Duration.seconds(30) });'),
      ts('const c = new rds.DatabaseCluster(this, "A", {\n  engine: rds.DatabaseClusterEngine.auroraPostgres({ version: v }),\n  port: 5432,\n});'),
      ts('const c = new rds.DatabaseCluster(this, "A", {\n  engine: rds.DatabaseClusterEngine.AURORA_MYSQL,\n  port: 3306,\n});'),
    ]) {
      assert.deepEqual(flagged(text), [], text);
    }
  });

  it('reads a CloudWatch Logs PutRetentionPolicy call (SDK v3 and boto3)', () => {
    const js = '```js\nawait logs.send(new PutRetentionPolicyCommand({ logGroupName: "/a", retentionInDays: 45 }));\n```\n';
    assert.deepEqual(flagged(js), ['cloudwatch-logs-retention-invalid: 45']);
    const python = py('logs.put_retention_policy(logGroupName="/app", retentionInDays=45)\nlogs.put_retention_policy(logGroupName="/ok", retentionInDays=30)');
    assert.deepEqual(flagged(python), ['cloudwatch-logs-retention-invalid: 45']);
  });
});
