import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list } from './util';

const BACKUP = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html';
const REPLICAS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html';
const PROMOTE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Promote.html';
const MULTI_AZ = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html';
const AURORA_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html';
// The connect and endpoint pages show ports only in examples; the API references state each engine's default.
const RDS_PORT_DEFAULTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html#RDS-CreateDBInstance-request-Port';
const AURORA_PORT_DEFAULTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html#RDS-CreateDBCluster-request-Port';
const AURORA_BACKUP = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html';
const BACKTRACK = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html';
const AURORA_PG_LAMBDA = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/PostgreSQL-Lambda.html';
const RDS_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html';
const RDS_STORAGE_VOLUMES = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html';
const RDS_STOP = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_StopInstance.html';
const RDS_PITR = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html';
const RDS_ENCRYPTION = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html';
/** The RDS API reference's welcome page names every engine, Db2 and Aurora included (fourteenth pass). */
const RDS_ENGINES = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/Welcome.html';
const MULTI_AZ_CLUSTER = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts.html';
const DB2 = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Db2.html';
const RDS_CREATE_DB_INSTANCE_API = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html';
const IAM_AUTH = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html';

export const rds: ServiceCard = {
  id: 'rds',
  name: 'Amazon Relational Database Service (RDS)',
  summary: 'Managed relational databases: PostgreSQL, MySQL, MariaDB, Oracle, SQL Server and Db2.',
  aliases: ['RDS', 'Amazon RDS', 'Relational Database Service', 'Amazon Relational Database Service', 'RDS instance'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html',
  facts: [
    range('rds.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, {
      hardLimit: true,
      detail: '1–35 days; 0 turns automated backups off.',
    }),
    num('rds.read-replicas', 'Read replicas per source (MySQL, MariaDB, PostgreSQL)', 'limit', 15, 'count', REPLICAS, {
      hardLimit: true,
      detail: 'Oracle and SQL Server: 5; Db2: 3.',
      changed: { notes: 'up to 15', note: '15 holds for MySQL, MariaDB and PostgreSQL only; Oracle and SQL Server allow 5, Db2 3.' },
    }),
    text('rds.read-replica-promotion', 'Read replica promotion', 'behaviour', 'Replication is asynchronous; you promote a read replica to a standalone DB instance (console, CLI or API), replication stops and it reboots — a recovery scheme that complements synchronous replication with automatic failure detection and failover', PROMOTE),
    text('rds.multi-az-standby', 'Multi-AZ instance standby', 'behaviour', 'Synchronous standby for failover only; it serves no reads', MULTI_AZ, {
      changed: { notes: 'Multi-AZ helps scale reads', note: 'Only Multi-AZ DB clusters have readable standbys.' },
    }),
    port('rds.port-postgresql', 'PostgreSQL port', 5432, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    port('rds.port-mysql', 'MySQL / MariaDB port', 3306, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    port('rds.port-oracle', 'Oracle port', 1521, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    port('rds.port-sqlserver', 'SQL Server port', 1433, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    list('rds.engines', 'Engines', 'behaviour', ['PostgreSQL', 'MySQL', 'MariaDB', 'Oracle', 'Microsoft SQL Server', 'IBM Db2', 'Aurora (MySQL/PostgreSQL)'], RDS_ENGINES, {
      seedLine: 429,
      changed: { notes: 'PostgreSQL, MariaDB, Oracle, Aurora, MySQL', note: 'RDS also runs Microsoft SQL Server and IBM Db2 (since 2023).' },
    }),
    num('rds.max-storage', 'Maximum size of a storage volume', 'limit', 64, 'TiB', RDS_STORAGE_VOLUMES, {
      hardLimit: true,
      detail:
        'Every DB instance has a primary storage volume of up to 64 TiB. RDS for Oracle and RDS for SQL Server can add up to three more volumes (gp3 or io2) of up to 64 TiB each: up to 256 TiB per instance.',
    }),
    num('rds.stop-duration', 'A stopped DB instance restarts automatically after', 'limit', 7, 'days', RDS_STOP, {
      hardLimit: true,
      detail: 'Storage and backups are still billed while stopped.',
    }),
    text('rds.pitr', 'Point-in-time restore', 'behaviour', 'To any second in the retention period; latest restorable time is typically within the last 5 minutes', RDS_PITR),
    text('rds.encrypt-existing', 'Encrypting an unencrypted DB', 'behaviour', 'Snapshot → copy the snapshot with a KMS key → restore from the encrypted copy', RDS_ENCRYPTION, {
      seedLine: 661,
      changed: { notes: 'snapshot and restore as encrypted', note: 'The snapshot must first be copied as encrypted.' },
    }),
    num('rds.instances', 'DB instances per Region', 'quota', 40, 'count', RDS_LIMITS, { hardLimit: false }),
    text('rds.iam-auth', 'IAM database authentication', 'behaviour', 'MySQL, MariaDB and PostgreSQL; auth tokens valid 15 minutes', IAM_AUTH),
  ],
};

export const rdsMultiAz: ServiceCard = {
  id: 'rds-multi-az',
  parent: 'rds',
  name: 'Amazon RDS Multi-AZ deployments',
  summary: 'High availability for RDS: a synchronous standby in another AZ (instance) or two readable standbys (DB cluster).',
  aliases: ['Multi-AZ', 'Multi AZ', 'RDS Multi-AZ', 'Multi-AZ deployment', 'Multi-AZ DB instance', 'Multi-AZ DB cluster', 'Multi-AZ standby'],
  category: 'Database',
  docs: MULTI_AZ,
  facts: [
    text('rds-multi-az.instance-standby', 'Multi-AZ DB instance', 'behaviour', 'One synchronous standby in another AZ; failover only, no reads; failover typically 60–120 seconds', MULTI_AZ, {
      seedLine: 456,
      changed: { notes: 'Multi-AZ helps scale reads', note: 'A Multi-AZ instance standby serves no reads.' },
    }),
    text('rds-multi-az.cluster', 'Multi-AZ DB cluster', 'behaviour', 'A writer and two readable standby DB instances in three separate AZs, with semisynchronous replication', MULTI_AZ_CLUSTER),
    // Sweep: the Multi-AZ page states the synchronous standby; the asynchronous read replicas are on USER_ReadRepl.
    text('rds-multi-az.replication', 'Replication', 'behaviour', 'Synchronous to the standby in another Availability Zone', MULTI_AZ, {
      checked: '2026-12-07',
      detail: 'Read replicas, by contrast, are updated asynchronously (USER_ReadRepl).',
    }),
  ],
};

export const db2: ServiceCard = {
  id: 'db2',
  parent: 'rds',
  name: 'Amazon RDS for Db2',
  summary: 'IBM Db2 run by RDS (bring your own license or through AWS Marketplace).',
  aliases: ['RDS for Db2', 'Amazon RDS for Db2', 'IBM Db2'],
  category: 'Database',
  docs: DB2,
  facts: [
    range('db2.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('db2.read-replicas', 'Read replicas', 'limit', 3, 'count', REPLICAS, { hardLimit: true }),
    text('db2.licensing', 'Licensing', 'behaviour', 'Bring your own IBM license or pay through AWS Marketplace', RDS_CREATE_DB_INSTANCE_API, {
      detail: 'Bring your own license (the default) needs a custom parameter group and an AWS License Manager self-managed license; the AWS Marketplace model needs a Marketplace subscription.',
    }),
    // Read on the SDK for Kotlin rendering of the same Port parameter (CreateDbInstanceRequest.port, current).
    port('db2.default-port', 'Default port', 50_000, RDS_PORT_DEFAULTS, { checked: '2026-12-07', sourceSection: 'Port: Default, RDS for Db2 - 50000' }),
  ],
};

/** One card per engine so "RDS for PostgreSQL" and "Aurora MySQL" get their own facts and port. */
export const postgresql: ServiceCard = {
  id: 'postgresql',
  parent: 'rds',
  name: 'Amazon RDS for PostgreSQL',
  summary: 'PostgreSQL run by RDS.',
  aliases: ['PostgreSQL', 'Postgres', 'RDS for PostgreSQL', 'RDS PostgreSQL', 'Amazon RDS for PostgreSQL', 'postgresql', 'postgres'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_PostgreSQL.html',
  facts: [
    port('postgresql.default-port', 'Default port', 5432, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    range('postgresql.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('postgresql.read-replicas', 'Read replicas', 'limit', 15, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const mysql: ServiceCard = {
  id: 'mysql',
  parent: 'rds',
  name: 'Amazon RDS for MySQL',
  summary: 'MySQL run by RDS.',
  aliases: ['MySQL', 'RDS for MySQL', 'RDS MySQL', 'Amazon RDS for MySQL', 'mysql'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_MySQL.html',
  facts: [
    port('mysql.default-port', 'Default port', 3306, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    range('mysql.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('mysql.read-replicas', 'Read replicas', 'limit', 15, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const mariadb: ServiceCard = {
  id: 'mariadb',
  parent: 'rds',
  name: 'Amazon RDS for MariaDB',
  summary: 'MariaDB run by RDS.',
  aliases: ['MariaDB', 'RDS for MariaDB', 'Amazon RDS for MariaDB', 'mariadb'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_MariaDB.html',
  facts: [
    port('mariadb.default-port', 'Default port', 3306, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    range('mariadb.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('mariadb.read-replicas', 'Read replicas', 'limit', 15, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const oracle: ServiceCard = {
  id: 'oracle',
  parent: 'rds',
  name: 'Amazon RDS for Oracle',
  summary: 'Oracle Database run by RDS (license included or BYOL).',
  aliases: ['RDS for Oracle', 'Amazon RDS for Oracle', 'Oracle Database', 'Oracle DB', 'Oracle'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Oracle.html',
  facts: [
    port('oracle.default-port', 'Default port', 1521, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    range('oracle.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('oracle.read-replicas', 'Read replicas', 'limit', 5, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const sqlserver: ServiceCard = {
  id: 'sqlserver',
  parent: 'rds',
  name: 'Amazon RDS for SQL Server',
  summary: 'Microsoft SQL Server run by RDS.',
  aliases: ['SQL Server', 'Microsoft SQL Server', 'MS SQL', 'MSSQL', 'sqlserver', 'RDS for SQL Server', 'Amazon RDS for SQL Server'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html',
  facts: [
    port('sqlserver.default-port', 'Default port', 1433, RDS_PORT_DEFAULTS, { checked: '2026-12-06' }),
    range('sqlserver.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('sqlserver.read-replicas', 'Read replicas', 'limit', 5, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const auroraMysql: ServiceCard = {
  id: 'aurora-mysql',
  parent: 'aurora',
  name: 'Amazon Aurora MySQL-Compatible Edition',
  summary: 'Aurora cluster storage with a MySQL-compatible engine.',
  aliases: ['Aurora MySQL', 'Aurora MySQL-Compatible', 'Amazon Aurora MySQL', 'aurora-mysql'],
  engineWords: ['MySQL'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMySQL.html',
  facts: [
    port('aurora-mysql.default-port', 'Default port', 3306, AURORA_PORT_DEFAULTS, { checked: '2026-12-06' }),
    num('aurora-mysql.replicas', 'Aurora Replicas per cluster', 'limit', 15, 'count', AURORA_LIMITS, { hardLimit: true }),
    range('aurora-mysql.backup-retention', 'Automated backup retention', { min: 1, max: 35, default: 1 }, 'days', AURORA_BACKUP, { hardLimit: true }),
    num('aurora-mysql.backtrack', 'Backtrack window (maximum)', 'limit', 72, 'hours', BACKTRACK, { hardLimit: true, detail: 'Aurora MySQL only; must be enabled; rewinds the cluster in place.' }),
  ],
};

export const auroraPostgresql: ServiceCard = {
  id: 'aurora-postgresql',
  parent: 'aurora',
  name: 'Amazon Aurora PostgreSQL-Compatible Edition',
  summary: 'Aurora cluster storage with a PostgreSQL-compatible engine.',
  aliases: ['Aurora PostgreSQL', 'Aurora Postgres', 'Aurora PostgreSQL-Compatible', 'Amazon Aurora PostgreSQL', 'aurora-postgresql'],
  engineWords: ['PostgreSQL', 'Postgres'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraPostgreSQL.html',
  facts: [
    port('aurora-postgresql.default-port', 'Default port', 5432, AURORA_PORT_DEFAULTS, { checked: '2026-12-06' }),
    num('aurora-postgresql.replicas', 'Aurora Replicas per cluster', 'limit', 15, 'count', AURORA_LIMITS, { hardLimit: true }),
    range('aurora-postgresql.backup-retention', 'Automated backup retention', { min: 1, max: 35, default: 1 }, 'days', AURORA_BACKUP, { hardLimit: true }),
    text('aurora-postgresql.lambda', 'Invoke Lambda from SQL', 'behaviour', 'The aws_lambda extension invokes Lambda functions from SQL', AURORA_PG_LAMBDA),
  ],
};
