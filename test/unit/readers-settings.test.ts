/**
 * AWS settings in Kubernetes manifests, Helm values, Compose files and env files
 * (recognisers/iac/settings.ts): load balancer attribute lists inside one annotation string, and a
 * database's engine and port written as sibling settings. Bound only when certain. Manifests written
 * for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function flagged(text: string, rule?: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => rule === undefined || f.ruleId === rule)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, lines: readonly string[], eol = '\n'): string => `## Payments on EKS${eol}${eol}\`\`\`${lang}${eol}${lines.join(eol)}${eol}\`\`\`${eol}`;

describe('readers: settings in Kubernetes, Helm and env files', () => {
  it('reads each attribute of a load balancer attribute annotation', () => {
    const ingress = [
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: payments',
      '  annotations:',
      '    alb.ingress.kubernetes.io/scheme: internal',
      '    alb.ingress.kubernetes.io/target-group-attributes: "stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=1209600, deregistration_delay.timeout_seconds=4800"',
    ];
    assert.deepEqual(flagged(fence('yaml', ingress)), ['stated-limit 1209600', 'stated-limit 4800']);
    const service = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  annotations:',
      "    service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: 'deregistration_delay.timeout_seconds=9000'",
      'spec:',
      '  type: LoadBalancer',
    ];
    assert.deepEqual(flagged(fence('yaml', service)), ['stated-limit 9000']);
    // Values inside the ranges, and attributes no fact names, are quiet.
    const fine = ['metadata:', '  annotations:', '    alb.ingress.kubernetes.io/target-group-attributes: deregistration_delay.timeout_seconds=30,load_balancing.algorithm.type=least_outstanding_requests'];
    assert.deepEqual(flagged(fence('yaml', fine)), []);
    // The same attribute names elsewhere in a manifest are not annotations of a load balancer.
    const other = ['metadata:', '  labels:', '    note: deregistration_delay.timeout_seconds=4800'];
    assert.deepEqual(flagged(fence('yaml', other)), []);
  });

  it('binds an engine and a port set in one container environment', () => {
    const deployment = [
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: ledger',
      '          env:',
      '            - name: LEDGER_DB_ENGINE',
      '              value: postgres',
      '            - name: LEDGER_DB_PORT',
      '              value: "3306"',
      '            - name: PORT',
      '              value: "3306"',
    ];
    assert.deepEqual(flagged(fence('yaml', deployment)), ['engine-port-mismatch 3306']);
    const findings = analyzeText(fence('yaml', deployment)).findings;
    assert.equal(findings.length, 1);
    // The app's own PORT is not the database's, however the engine is named.
    const appPort = deployment.filter((l) => !l.includes('LEDGER_DB_PORT') && !l.includes('value: "3306"')).concat(['            - name: PORT', '              value: "3306"']);
    assert.deepEqual(flagged(fence('yaml', appPort)), []);
    // Compose `KEY=value` strings.
    const compose = ['services:', '  ledger:', '    environment:', '      - DB_ENGINE=aurora-postgresql', '      - DB_PORT=3306', '      - PORT=8080'];
    assert.deepEqual(flagged(fence('yaml', compose)), ['engine-port-mismatch 3306']);
    const right = ['services:', '  ledger:', '    environment:', '      - DB_ENGINE=mysql', '      - DB_PORT=3306'];
    assert.deepEqual(flagged(fence('yaml', right)), []);
  });

  it('binds sibling keys of a nested map, never across maps or in an environment map', () => {
    const values = ['ledger:', '  database:', '    engine: postgresql', '    username: ledger', '    endpoint: ledger.c9x8y7z6w5v4.eu-west-1.rds.amazonaws.com:3306'];
    assert.deepEqual(flagged(fence('yaml', values)), ['engine-port-mismatch 3306']);
    const apart = ['database:', '  engine: postgres', 'service:', '  port: 3306'];
    assert.deepEqual(flagged(fence('yaml', apart)), []);
    const envMap = ['env:', '  engine: postgres', '  port: 3306'];
    assert.deepEqual(flagged(fence('yaml', envMap)), []);
    const root = ['engine: postgres', 'port: 3306'];
    assert.deepEqual(flagged(fence('yaml', root)), []);
    // Two engine families in one group: which port is whose cannot be told.
    const two = ['db:', '  engine: postgres', '  replicaEngine: mysql', '  port: 3306'];
    assert.deepEqual(flagged(fence('yaml', two)), []);
  });

  it('takes the engine from an RDS host name only when its identifier names one engine', () => {
    const hinted = ['reporting:', '  host: reporting-aurora-mysql.cluster-c9x8y7z6w5v4.eu-west-1.rds.amazonaws.com', '  port: 5432'];
    assert.deepEqual(flagged(fence('yaml', hinted)), ['engine-port-mismatch 5432']);
    const env = ['REPORTING_HOST=reporting-postgres.c9x8y7z6w5v4.us-east-2.rds.amazonaws.com', 'REPORTING_PORT=3306'];
    assert.deepEqual(flagged(fence('', env)), ['engine-port-mismatch 3306']);
    // No engine word, two of them, or one glued into another word: no engine.
    for (const host of ['reporting.c9x8y7z6w5v4', 'mysql-to-postgres.c9x8y7z6w5v4', 'mypostgresdb.c9x8y7z6w5v4']) {
      const lines = ['reporting:', `  host: ${host}.eu-west-1.rds.amazonaws.com`, '  port: 5432'];
      assert.deepEqual(flagged(fence('yaml', lines)), [], host);
    }
    // A host that is not RDS's says nothing about its engine.
    assert.deepEqual(flagged(fence('yaml', ['reporting:', '  host: mysql.internal.example.com', '  port: 5432'])), []);
  });

  it('reads KEY=value lines of env files and shell exports', () => {
    const lines = ['export BILLING_DB_ENGINE=mysql', 'export BILLING_DB_PORT="5432"', 'export PORT=5432'];
    for (const lang of ['bash', 'sh', 'env', 'dotenv', '']) assert.deepEqual(flagged(fence(lang, lines)), ['engine-port-mismatch 5432'], lang);
    assert.deepEqual(flagged(fence('env', ['ENGINE=postgres', 'PORT=3306'])), []);
    assert.deepEqual(flagged(fence('tfvars', ['db_engine = "postgres"', 'db_port   = 3306'])), ['engine-port-mismatch 3306']);
  });

  it('reads an ECS task definition environment and JSON config objects', () => {
    const task = [
      '{',
      '  "containerDefinitions": [{',
      '    "name": "ledger",',
      '    "portMappings": [{ "containerPort": 8080 }],',
      '    "environment": [',
      '      { "name": "DB_ENGINE", "value": "postgres" },',
      '      { "name": "DB_PORT", "value": "3306" },',
      '      { "name": "PORT", "value": "3306" }',
      '    ]',
      '  }]',
      '}',
    ];
    assert.deepEqual(flagged(fence('json', task)), ['engine-port-mismatch 3306']);
    assert.equal(analyzeText(fence('json', task)).findings.length, 1);
    const config = ['{', '  "ledger": {', '    "engine": "mysql",', '    "region": "eu-west-1",', '    "port": 5432', '  },', '  "env": {', '    "engine": "mysql",', '    "port": 5432', '  }', '}'];
    assert.deepEqual(flagged(fence('jsonc', config)), ['engine-port-mismatch 5432']);
  });

  it('leaves a CloudFormation template to its own reader', () => {
    const template = ['Resources:', '  Ledger:', '    Type: AWS::RDS::DBInstance', '    Properties:', '      Engine: postgres', '      Port: "3306"'];
    assert.deepEqual(flagged(fence('yaml', template)), ['engine-port-mismatch 3306']);
  });

  it('keeps ranges exact with CRLF line ends and emoji', () => {
    const lines = ['# 🚀 ledger', 'env:', '  - name: DB_ENGINE # 🐘', '    value: "postgres"', '  - name: DB_PORT', '    value: "3306" # 🕒'];
    const text = fence('yaml', lines, '\r\n');
    assert.deepEqual(flagged(text), ['engine-port-mismatch 3306']);
    for (const block of analyzeText(text).blocks) for (const c of block.contexts) assert.equal(text.slice(c.start, c.end), c.text);
    const annotation = fence('yaml', ['metadata: # 🧾', '  annotations:', '    alb.ingress.kubernetes.io/target-group-attributes: "deregistration_delay.timeout_seconds=4800"'], '\r\n');
    assert.deepEqual(flagged(annotation), ['stated-limit 4800']);
  });
});
