import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';

const BACKUP = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html';
const REPLICAS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html';
const MULTI_AZ = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html';
const PG = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToPostgreSQLInstance.html';
const MYSQL = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToInstance.html';
const MARIADB = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToMariaDBInstance.html';
const ORACLE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToOracleInstance.html';
const SQLSERVER = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToMicrosoftSQLServerInstance.html';
const AURORA_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html';
const AURORA_ENDPOINTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html';

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
    text('rds.multi-az-standby', 'Multi-AZ instance standby', 'behaviour', 'Synchronous standby for failover only; it serves no reads', MULTI_AZ, {
      changed: { notes: 'Multi-AZ helps scale reads', note: 'Only Multi-AZ DB clusters have readable standbys.' },
    }),
    port('rds.port-postgresql', 'PostgreSQL port', 5432, PG),
    port('rds.port-mysql', 'MySQL / MariaDB port', 3306, MYSQL),
    port('rds.port-oracle', 'Oracle port', 1521, ORACLE),
    port('rds.port-sqlserver', 'SQL Server port', 1433, SQLSERVER),
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
    port('postgresql.default-port', 'Default port', 5432, PG),
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
    port('mysql.default-port', 'Default port', 3306, MYSQL),
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
    port('mariadb.default-port', 'Default port', 3306, MARIADB),
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
    port('oracle.default-port', 'Default port', 1521, ORACLE),
    range('oracle.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('oracle.read-replicas', 'Read replicas', 'limit', 5, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const sqlserver: ServiceCard = {
  id: 'sqlserver',
  parent: 'rds',
  name: 'Amazon RDS for SQL Server',
  summary: 'Microsoft SQL Server run by RDS.',
  aliases: ['SQL Server', 'Microsoft SQL Server', 'MS SQL', 'MSSQL', 'RDS for SQL Server', 'Amazon RDS for SQL Server'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html',
  facts: [
    port('sqlserver.default-port', 'Default port', 1433, SQLSERVER),
    range('sqlserver.backup-retention', 'Automated backup retention', { min: 0, max: 35, default: 7 }, 'days', BACKUP, { hardLimit: true }),
    num('sqlserver.read-replicas', 'Read replicas', 'limit', 5, 'count', REPLICAS, { hardLimit: true }),
  ],
};

export const auroraMysql: ServiceCard = {
  id: 'aurora-mysql',
  parent: 'aurora',
  name: 'Amazon Aurora MySQL-Compatible Edition',
  summary: 'Aurora cluster storage with a MySQL-compatible engine.',
  aliases: ['Aurora MySQL', 'Aurora MySQL-Compatible', 'Amazon Aurora MySQL'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMySQL.html',
  facts: [
    port('aurora-mysql.default-port', 'Default port', 3306, AURORA_ENDPOINTS),
    num('aurora-mysql.replicas', 'Aurora Replicas per cluster', 'limit', 15, 'count', AURORA_LIMITS, { hardLimit: true }),
  ],
};

export const auroraPostgresql: ServiceCard = {
  id: 'aurora-postgresql',
  parent: 'aurora',
  name: 'Amazon Aurora PostgreSQL-Compatible Edition',
  summary: 'Aurora cluster storage with a PostgreSQL-compatible engine.',
  aliases: ['Aurora PostgreSQL', 'Aurora Postgres', 'Aurora PostgreSQL-Compatible', 'Amazon Aurora PostgreSQL'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraPostgreSQL.html',
  facts: [
    port('aurora-postgresql.default-port', 'Default port', 5432, AURORA_ENDPOINTS),
    num('aurora-postgresql.replicas', 'Aurora Replicas per cluster', 'limit', 15, 'count', AURORA_LIMITS, { hardLimit: true }),
  ],
};
