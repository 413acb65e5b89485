import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';

function messages(text: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.ruleId === 'engine-port-mismatch')
    .map((f) => f.message);
}

describe('engine-port-mismatch messages', () => {
  it('names the engine whose default the port is, not the first AWS product that runs it', () => {
    assert.deepEqual(messages('The orders DB is RDS for PostgreSQL; the app connects to orders.abc123.eu-west-1.rds.amazonaws.com:3306.'), [
      'Amazon RDS for PostgreSQL listens on 5432 by default; 3306 is the MySQL/MariaDB default. Check the engine or the port.',
    ]);
    assert.deepEqual(messages('| Database | Engine | Port |\n| --- | --- | --- |\n| reporting-db | Aurora MySQL | 5432 |'), [
      'Amazon Aurora MySQL-Compatible Edition listens on 3306 by default; 5432 is the PostgreSQL default. Check the engine or the port.',
    ]);
    assert.match(messages('MySQL on RDS listens on port 1433.')[0] ?? '', /1433 is the SQL Server default/);
  });

  it('names a client command without the markdown around it', () => {
    assert.deepEqual(messages('Connect with `psql -h orders-db -p 3306` to the PostgreSQL instance.'), [
      'Amazon RDS for PostgreSQL listens on 5432 by default, but the psql command uses 3306, the MySQL/MariaDB default.',
    ]);
  });

  it('reads a "Listens on" column as ports, and an engine named only in the parent item', () => {
    assert.deepEqual(messages('| Component | Tech | Listens on |\n|---|---|---|\n| cache | ElastiCache Redis | 11211 |\n| db | Aurora PostgreSQL | 5432 |'), [
      'Amazon ElastiCache listens on 6379 by default; 11211 is the Memcached default. Check the engine or the port.',
    ]);
    assert.deepEqual(messages('- Amazon Aurora MySQL\n  - port: 5432'), [
      'Amazon Aurora MySQL-Compatible Edition listens on 3306 by default; 5432 is the PostgreSQL default. Check the engine or the port. (Amazon Aurora MySQL-Compatible Edition is named in the parent item.)',
    ]);
    assert.deepEqual(messages('- Migrating from MySQL to Aurora PostgreSQL\n  - port: 5432'), []);
  });
});
