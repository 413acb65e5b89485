/** Shape and consistency checks over the whole fact pack. */
import { strict as assert } from 'node:assert';
import { SERVICES, findFact, getService, rangeOf, defaultPortOf, servicesWithDefaultPort } from '../../server/src/facts/catalog';
import type { Fact } from '../../server/src/facts/types';
import { readFileSync } from 'node:fs';
import { renderFactsDoc, FACTS_DOC_PATH } from '../../scripts/gen-facts-doc';

const SOURCE = /^https:\/\/(docs\.)?aws\.amazon\.com\/\S+$/;
const ALL_FACTS: { fact: Fact; serviceId: string }[] = SERVICES.flatMap((s) => s.facts.map((fact) => ({ fact, serviceId: s.id })));

/** Fact ids that rules and snippets depend on: renaming one breaks them. */
const RULE_FACTS = [
  'vpc.cidr-prefix',
  'vpc.subnet-cidr-prefix',
  'vpc.reserved-ips-per-subnet',
  'sqs.retention',
  'sqs.message-size',
  'sqs.visibility-timeout',
  'sqs.receive-wait-time',
  'sqs.delay',
  'lambda.timeout',
  'lambda.memory',
  'lambda.ephemeral-storage',
  'rds.backup-retention',
  'aurora.backup-retention',
  'kinesis-data-streams.retention',
  'kinesis-data-streams.record-size',
  'firehose.buffer-interval',
  'firehose.buffer-size',
  'dynamodb.pitr',
  'dynamodb.item-size',
  'api-gateway.integration-timeout',
  'ebs-gp3.iops',
  'ebs-gp3.throughput',
  'ebs-io2.iops',
  'kms.rotation-period',
  'elb.deregistration-delay',
  'cloudwatch-logs.retention-values',
];

describe('fact pack shape', () => {
  it('has ids that are lower-case kebab case, unique, and facts under their card id', () => {
    for (const s of SERVICES) {
      assert.match(s.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, s.id);
      for (const f of s.facts) {
        assert.ok(f.id.startsWith(`${s.id}.`), f.id);
        assert.match(f.id.slice(s.id.length + 1), /^[a-z0-9]+(-[a-z0-9]+)*$/, f.id);
      }
    }
  });

  it('gives every card a name, summary, category and docs link, and every seed-section card an alias', () => {
    for (const s of SERVICES) {
      assert.ok(s.name.trim() && s.summary.trim() && s.category.trim(), s.id);
      assert.match(s.docs, /^https:\/\//, `${s.id} docs`);
      // Facts-only cards (e.g. the rule catalogue's protocol ports) may have no aliases by design.
      if (!s.id.startsWith('network-protocols') && s.id !== 'vpc-ipv6') assert.ok(s.aliases.length > 0, `${s.id} aliases`);
      assert.ok(s.facts.length <= 25, `${s.id} has too many facts for a card`);
    }
  });

  it('points every parent at an existing card', () => {
    for (const s of SERVICES) if (s.parent) assert.ok(getService(s.parent), `${s.id} parent ${s.parent}`);
  });

  it('sources every fact on AWS with a checked date, and every status change too', () => {
    for (const { fact } of ALL_FACTS) {
      assert.match(fact.source, SOURCE, fact.id);
      assert.match(fact.checked, /^\d{4}-\d{2}-\d{2}$/, fact.id);
    }
    for (const s of SERVICES) {
      if (s.status && s.status.state !== 'active') {
        assert.match(s.status.source, SOURCE, `${s.id} status source`);
        // A service closed to new customers may have no closing date on AWS's notice, only an end of support;
        // a retired one only when its note says AWS's page gives no date.
        const undated =
          s.status.since === '' && (s.status.state === 'closed-to-new-customers' || (s.status.state === 'retired' && /gives no date/.test(s.status.note ?? '')));
        if (!undated) assert.match(s.status.since, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${s.id} status since`);
        if (s.status.endOfSupport !== undefined) assert.match(s.status.endOfSupport, /^\d{4}-\d{2}-\d{2}$/, `${s.id} end of support`);
      }
      for (const former of s.formerNames ?? []) assert.match(former.source, SOURCE, `${s.id} former name source`);
    }
  });

  it('keeps ranges ordered (min ≤ default ≤ max) and numbers finite', () => {
    for (const { fact } of ALL_FACTS) {
      const v = fact.value;
      if (v.type === 'range') {
        assert.ok(Number.isFinite(v.min) && Number.isFinite(v.max) && v.min <= v.max, fact.id);
        if (v.default !== undefined) assert.ok(v.min <= v.default && v.default <= v.max, `${fact.id} default`);
      } else if (v.type === 'number') {
        assert.ok(Number.isFinite(v.value), fact.id);
      } else if (v.type === 'list') {
        assert.ok(v.values.length > 0, fact.id);
      } else {
        assert.ok(v.value.trim().length > 0, fact.id);
      }
    }
  });

  it('writes a "changed" entry with both the old wording and the reason', () => {
    for (const { fact } of ALL_FACTS) {
      if (fact.changed) assert.ok(fact.changed.notes.trim() && fact.changed.note.trim(), fact.id);
    }
  });

  it('has at most one .default-port per card, typed as a port', () => {
    for (const s of SERVICES) {
      const ports = s.facts.filter((f) => f.id.endsWith('.default-port'));
      assert.ok(ports.length <= 1, s.id);
      for (const p of ports) assert.ok(p.kind === 'port' && p.value.type === 'number' && p.value.unit === 'port', p.id);
    }
  });

  it('keeps the fact ids rules depend on', () => {
    for (const id of RULE_FACTS) assert.ok(findFact(id), id);
    for (const id of ['sqs.retention', 'lambda.timeout', 'rds.backup-retention', 'kinesis-data-streams.retention']) rangeOf(id);
    for (const s of SERVICES) {
      const replicas = s.facts.find((f) => f.id === `${s.id}.read-replicas`);
      if (replicas) assert.equal(replicas.value.type, 'number', replicas.id);
    }
  });

  it('does not give two cards the same alias, and keeps ambiguous words out of plain aliases', () => {
    const owner = new Map<string, string>();
    for (const s of SERVICES) {
      for (const alias of [...s.aliases, ...(s.ambiguousAliases ?? [])]) {
        const key = alias.toLowerCase();
        const other = owner.get(key);
        assert.ok(!other || other === s.id, `alias "${alias}" on ${s.id} and ${other}`);
        owner.set(key, s.id);
      }
      for (const word of s.ambiguousAliases ?? []) assert.ok(!s.aliases.includes(word), `${s.id}: ${word}`);
    }
    for (const s of SERVICES) {
      // A contextual alias is one of the card's own aliases; an engine word is another card's alias.
      for (const word of s.contextualAliases ?? []) assert.ok(s.aliases.includes(word), `${s.id}: contextual alias ${word} is not an alias`);
      for (const word of s.engineWords ?? []) assert.ok(owner.has(word.toLowerCase()) && owner.get(word.toLowerCase()) !== s.id, `${s.id}: engine word ${word}`);
    }
    for (const word of ['Config', 'Glue', 'Batch', 'Backup', 'Shield', 'Inspector', 'Connect', 'Lex', 'Forecast']) {
      const card = SERVICES.find((s) => s.ambiguousAliases?.includes(word));
      assert.ok(card, `${word} should be an ambiguous alias`);
      assert.ok(card.aliases.some((a) => a.endsWith(` ${word}`) && /^(AWS|Amazon) /.test(a)), `${card.id} needs "AWS/Amazon ${word}"`);
    }
  });
});

describe('fact pack values (today, 2026-11-27)', () => {
  const num = (id: string): number => {
    const v = findFact(id)?.value;
    assert.ok(v && v.type === 'number', id);
    return v.type === 'number' ? v.value : NaN;
  };

  it('uses the values that changed since the notes were written', () => {
    assert.equal(rangeOf('sqs.message-size').max, 1_048_576);
    assert.equal(rangeOf('ebs-gp3.iops').max, 80_000);
    assert.equal(rangeOf('ebs-gp3.throughput').max, 2_000);
    assert.equal(num('aurora-global-database.secondary-regions'), 10);
    assert.equal(rangeOf('kinesis-data-streams.retention').max, 365 * 86_400);
    assert.equal(rangeOf('kinesis-data-streams.record-size').max, 10 * 1_048_576);
    assert.deepEqual(
      [rangeOf('kms.rotation-period').min, rangeOf('kms.rotation-period').max, rangeOf('kms.rotation-period').default],
      [90, 2_560, 365],
    );
    assert.equal(rangeOf('s3.object-size').max, 50_000 * 1_073_741_824);
    const snap = findFact('lambda-snapstart.runtimes')?.value;
    assert.ok(snap && snap.type === 'list' && snap.values.some((v) => v.startsWith('Python')) && snap.values.some((v) => v.startsWith('.NET')));
  });

  it('marks retired and closed services with a date and successor', () => {
    const expected: Record<string, string> = {
      qldb: 'retired',
      snowmobile: 'retired',
      snowcone: 'retired',
      'kinesis-data-analytics-sql': 'retired',
      'server-migration-service': 'retired',
      'glue-elastic-views': 'retired',
      pinpoint: 'retired',
      cloud9: 'closed-to-new-customers',
      's3-select': 'closed-to-new-customers',
      's3-object-lambda': 'closed-to-new-customers',
      's3-glacier-vaults': 'closed-to-new-customers',
      'snowball-edge': 'closed-to-new-customers',
      'fsx-file-gateway': 'closed-to-new-customers',
      forecast: 'closed-to-new-customers',
      timestream: 'closed-to-new-customers',
      'app-runner': 'closed-to-new-customers',
      // The lifecycle list of issue 13 (end-of-support notices on each service's documentation).
      'app-mesh': 'retired',
      deeplens: 'retired',
      'elastic-transcoder': 'retired',
      'lookout-for-vision': 'retired',
      'lookout-for-equipment': 'retired',
      panorama: 'retired',
      robomaker: 'retired',
      'simspace-weaver': 'retired',
      'iot-events': 'retired',
      'inspector-classic': 'retired',
      'aws-iq': 'retired',
      'greengrass-v1': 'retired',
      finspace: 'retired',
      workmail: 'closed-to-new-customers',
      'fraud-detector': 'closed-to-new-customers',
      monitron: 'closed-to-new-customers',
      'q-business': 'closed-to-new-customers',
      codecatalyst: 'closed-to-new-customers',
      'cloud-directory': 'closed-to-new-customers',
    };
    for (const [id, state] of Object.entries(expected)) {
      const status = getService(id)?.status;
      assert.ok(status && status.state === state, `${id} should be ${state}`);
      // A successor where AWS's notice names one (the older entries all have one).
      if (!['deeplens', 'lookout-for-vision', 'lookout-for-equipment', 'panorama', 'simspace-weaver', 'iot-events', 'aws-iq', 'finspace', 'workmail', 'monitron', 'codecatalyst'].includes(id)) {
        assert.ok(status.state !== 'active' && status.successor, `${id} successor`);
      }
    }
  });

  it('knows the default ports of engines, caches and protocols', () => {
    const ports: Record<string, number> = {
      postgresql: 5432,
      mysql: 3306,
      mariadb: 3306,
      oracle: 1521,
      sqlserver: 1433,
      'aurora-mysql': 3306,
      'aurora-postgresql': 5432,
      elasticache: 6379,
      'elasticache-memcached': 11211,
      redshift: 5439,
      documentdb: 27017,
      neptune: 8182,
      msk: 9092,
      keyspaces: 9142,
      efs: 2049,
      dax: 8111,
      'timestream-influxdb': 8086,
      gwlb: 6081,
      'fsx-windows': 445,
      'fsx-lustre': 988,
    };
    for (const [id, port] of Object.entries(ports)) assert.equal(defaultPortOf(id)?.port, port, id);
    assert.deepEqual(servicesWithDefaultPort(5439).map((s) => s.id), ['redshift']);
    for (const id of ['msk.port-tls', 'msk.port-sasl-scram', 'msk.port-iam']) assert.ok(findFact(id), id);
  });

  it('records read-replica limits per engine', () => {
    assert.equal(num('postgresql.read-replicas'), 15);
    assert.equal(num('oracle.read-replicas'), 5);
    assert.equal(num('sqlserver.read-replicas'), 5);
    assert.equal(num('db2.read-replicas'), 3);
    assert.equal(num('aurora.read-replicas'), 15);
  });

  it('marks adjustable quotas as not hard limits', () => {
    assert.equal(findFact('vpc.per-region')?.hardLimit, false);
    assert.equal(findFact('ec2.elastic-ips')?.hardLimit, false);
    assert.equal(findFact('lambda.concurrency')?.hardLimit, false);
    assert.equal(findFact('lambda.timeout')?.hardLimit, true);
  });
});

describe('docs/facts.md', () => {
  it('is the one generated from the current fact pack (run `npm run facts:doc` after changing facts)', () => {
    const expected = renderFactsDoc();
    assert.equal(readFileSync(FACTS_DOC_PATH, 'utf8'), expected, 'docs/facts.md is stale: run npm run facts:doc');
    for (const s of SERVICES) {
      assert.ok(expected.includes(`id="svc-${s.id}"`), `${s.id} missing from docs/facts.md`);
      for (const f of s.facts) assert.ok(expected.includes(`\`${f.id}\``), `${f.id} missing from docs/facts.md`);
    }
  });
});
