import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list } from './util';

const AURORA = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html';
const AURORA_STORAGE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.StorageReliability.html';
// States the six storage nodes (the StorageReliability page says only "copies across three Availability Zones").
const AURORA_HA_DATA = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html#Concepts.AuroraHighAvailability.Data';
const AURORA_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html';
const AURORA_HA = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html';
const AURORA_BACKUP = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html';
const AURORA_ENDPOINTS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html';
const BACKTRACK = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html';
const CLONE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Clone.html';
const GLOBAL = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html';
const GLOBAL_FAILOVER = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html';
const SERVERLESS = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.how-it-works.html';
const SERVERLESS_PAUSE = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2-auto-pause.html';
const SERVERLESS_V1 = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html';
// The end-of-life banner on every Aurora Serverless v1 page (current copies read: modifying, setting-capacity, how-it-works).
const SERVERLESS_V1_EOL = 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.modifying.html';
const PROXY = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html';
const PROXY_PAGE = 'https://aws.amazon.com/rds/proxy/';
const PROXY_SETUP = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-creating.html';
const PROXY_LIMITS = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.limitations.html';
/** The engine families of a proxy, each with the RDS and Aurora engines it serves (RDS API, DBProxy EngineFamily). */
const PROXY_ENGINES = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-db-proxy/engine-family.html';
const CUSTOM = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-custom.html';
const CUSTOM_PAUSE = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/custom-managing.pausing.html';
const DDB_QUOTAS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html';
const DDB_CAPACITY = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/capacity-mode.html';
const DDB_PROVISIONED = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html';
/** The quotas page's definition of read and write capacity units. */
const DDB_CAPACITY_UNITS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html#default-limits-throughput-capacity-modes';
const DDB_PITR = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html';
const DDB_TTL = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TTL.html';
const DDB_CLASSES = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.TableClasses.html';
const DDB_TX = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html';
const DDB_SLA = 'https://aws.amazon.com/dynamodb/sla/';
const DAX = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html';
const DAX_CONCEPTS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html';
const DAX_CLUSTER = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.cluster.html';
const DAX_ENDPOINT = 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_Endpoint.html';
const DAX_TLS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html';
const STREAMS = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html';
const STREAMS_LAMBDA = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.Lambda.html';
const GLOBAL_TABLES = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html';
const GT_CONSISTENCY = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html';
const EC = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html';
const EC_ENGINES = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SelectEngine.html';
const EC_REPLICATION = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.Redis.Groups.html';
const EC_PORTS = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/accessing-elasticache.html';
const MEMORYDB_FAQ = 'https://aws.amazon.com/memorydb/faqs/';
const MEMORYDB_ENDPOINTS = 'https://docs.aws.amazon.com/memorydb/latest/devguide/endpoints.html';
const EC_BACKUP = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups.html';
const EC_STRATEGIES = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html';
const EC_QUOTAS = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/quota-limits.html';
const EC_MEMCACHED = 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.corecomponents.html';
const DOCDB = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/what-is.html';
const DOCDB_LIMITS = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/limits.html';
const DOCDB_COMPAT = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/compatibility.html';
const DOCDB_CONNECT = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/connect_programmatically.html';
const DOCDB_BACKUP = 'https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-nouns_verbs.html';
const NEPTUNE = 'https://docs.aws.amazon.com/neptune/latest/userguide/intro.html';
const NEPTUNE_LIMITS = 'https://docs.aws.amazon.com/neptune/latest/userguide/limits.html';
const NEPTUNE_BACKUP = 'https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html';
const KEYSPACES = 'https://docs.aws.amazon.com/keyspaces/latest/devguide/what-is-keyspaces.html';
const KEYSPACES_QUOTAS = 'https://docs.aws.amazon.com/keyspaces/latest/devguide/quotas.html';
const KEYSPACES_ENDPOINTS = 'https://docs.aws.amazon.com/keyspaces/latest/devguide/programmatic.endpoints.html';
const KEYSPACES_PITR = 'https://docs.aws.amazon.com/keyspaces/latest/devguide/PointInTimeRecovery.html';
const QLDB = 'https://docs.aws.amazon.com/qldb/latest/developerguide/what-is.html';
// The PartiQL reference states the query language, and carries the end-of-support banner of every QLDB page.
const QLDB_PARTIQL = 'https://docs.aws.amazon.com/qldb/latest/developerguide/ql-reference.html';
const TIMESTREAM = 'https://docs.aws.amazon.com/timestream/latest/developerguide/what-is-timestream.html';
const TIMESTREAM_AVAILABILITY = 'https://docs.aws.amazon.com/timestream/latest/developerguide/AmazonTimestreamForLiveAnalytics-availability-change.html';
const TIMESTREAM_STORAGE = 'https://docs.aws.amazon.com/timestream/latest/developerguide/storage.html';
const INFLUX = 'https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influxdb.html';
const INFLUX_MULTI_AZ = 'https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influx-managing-multi-az-instance-deployments.html';
const INFLUX_CONNECT = 'https://docs.aws.amazon.com/timestream/latest/developerguide/timestream-for-influx-db-connecting.html';
// The default ports as the SDK for Kotlin reference renders the API models (the guide pages above state them in examples only).
const NEPTUNE_PORT = 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/neptune/aws.sdk.kotlin.services.neptune.model/-create-db-cluster-request/port.html';
const INFLUX_PORT =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/timestreaminfluxdb/aws.sdk.kotlin.services.timestreaminfluxdb.model/-create-db-instance-response/port.html';
const REDSHIFT = 'https://docs.aws.amazon.com/redshift/latest/mgmt/welcome.html';
const REDSHIFT_LIMITS = 'https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-limits.html';
const REDSHIFT_SNAPSHOT_RETENTION =
  'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/redshift/aws.sdk.kotlin.services.redshift.model/-create-cluster-request/automated-snapshot-retention-period.html';
const REDSHIFT_ARCH = 'https://docs.aws.amazon.com/redshift/latest/dg/c_high_level_system_architecture.html';
const REDSHIFT_SPECTRUM = 'https://docs.aws.amazon.com/redshift/latest/dg/c-using-spectrum.html';
const REDSHIFT_PERFORMANCE = 'https://docs.aws.amazon.com/redshift/latest/dg/c_challenges_achieving_high_performance_queries.html';
const REDSHIFT_UNSUPPORTED_PG = 'https://docs.aws.amazon.com/redshift/latest/dg/c_unsupported-postgresql-features.html';
const REDSHIFT_RELOCATION = 'https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html';
const KEYSPACES_CAPACITY_API = 'https://docs.aws.amazon.com/keyspaces/latest/APIReference/API_CapacitySpecification.html';

export const aurora: ServiceCard = {
  id: 'aurora',
  parent: 'rds',
  name: 'Amazon Aurora',
  summary: 'MySQL- and PostgreSQL-compatible relational database with a shared, six-way replicated cluster volume across three AZs.',
  aliases: ['Aurora', 'Amazon Aurora', 'Aurora cluster', 'Aurora DB cluster', 'Aurora Replica', 'Aurora Replicas', 'reader endpoint', 'writer endpoint', 'cluster endpoint', 'custom endpoint', 'Backtrack', 'Aurora Backtrack', 'Aurora cloning', 'fast cloning'],
  category: 'Database',
  docs: AURORA,
  facts: [
    num('aurora.read-replicas', 'Aurora Replicas per cluster', 'limit', 15, 'count', AURORA_LIMITS, { hardLimit: true }),
    range('aurora.backup-retention', 'Automated backup retention', { min: 1, max: 35, default: 1 }, 'days', AURORA_BACKUP, {
      hardLimit: true,
      detail: 'Aurora backups cannot be turned off (minimum 1 day).',
    }),
    num('aurora.max-storage', 'Maximum cluster volume size (current engine versions)', 'limit', 256, 'TiB', AURORA_LIMITS, {
      hardLimit: true,
      detail: '256 TiB on Aurora PostgreSQL 17.5+, 16.9+ and 15.13+ and Aurora MySQL 3.10+; 128 TiB on earlier versions (Aurora MySQL 2.09+ and other 3.x). Storage grows and shrinks automatically.',
      seedLine: 526,
      changed: { notes: 'grows in 10 GB increments up to 128 TB', note: 'The volume resizes dynamically; the 10 GB step is no longer documented and the limit is per engine version.' },
    }),
    text('aurora.storage-copies', 'Storage replication', 'durability', '6 copies across 3 AZs: writes are replicated synchronously to six storage nodes of the cluster volume', AURORA_HA_DATA),
    text('aurora.failover', 'Failover time', 'duration', 'Service typically restored in under 60 seconds, often under 30, when an Aurora Replica is promoted', AURORA_HA, {
      seedLine: 528,
      changed: { notes: 'instantaneous failover', note: 'Failover is a brief interruption: service is typically restored in under 60 seconds, often under 30.' },
    }),
    list('aurora.endpoints', 'Endpoints', 'behaviour', ['cluster (writer)', 'reader (load-balanced)', 'custom', 'instance'], AURORA_ENDPOINTS, {
      seedLine: 2817,
      changed: { notes: 'cluster custom endpoints for writer and reader', note: 'Writer and reader endpoints are built in; custom endpoints are optional.' },
    }),
    num('aurora.backtrack', 'Backtrack window (Aurora MySQL only)', 'limit', 72, 'hours', BACKTRACK, {
      hardLimit: true,
      seedLine: 547,
      changed: { notes: 'restore to any point in time without backups', note: 'Backtrack is Aurora MySQL only, must be enabled, and reaches back at most 72 hours.' },
    }),
    text('aurora.cloning', 'Cloning', 'behaviour', 'Copy-on-write clones of a cluster volume, fast and initially free of extra storage', CLONE),
  ],
};

export const auroraGlobalDatabase: ServiceCard = {
  id: 'aurora-global-database',
  parent: 'aurora',
  name: 'Amazon Aurora Global Database',
  summary: 'One primary Region and up to 10 read-only secondary Regions, replicated at the storage layer with typically sub-second lag.',
  aliases: ['Aurora Global Database', 'Aurora Global Databases', 'Global Database', 'Aurora global database'],
  category: 'Database',
  docs: GLOBAL,
  facts: [
    num('aurora-global-database.secondary-regions', 'Secondary Regions', 'limit', 10, 'count', GLOBAL, {
      hardLimit: true,
      seedLine: 578,
      changed: { notes: 'up to 5 secondary Regions', note: 'Aurora Global Database now supports up to 10 secondary Regions.' },
    }),
    num('aurora-global-database.replicas-per-secondary', 'Aurora Replicas per secondary cluster', 'limit', 16, 'count', GLOBAL, {
      hardLimit: true,
      seedLine: 2827,
      changed: { notes: 'up to 16 read replicas across multiple regions', note: '16 replicas per secondary cluster, in up to 10 secondary Regions.' },
    }),
    text('aurora-global-database.lag', 'Replication lag', 'duration', 'Typically under 1 second', GLOBAL),
    text('aurora-global-database.failover', 'Cross-Region recovery', 'behaviour', 'Switchover (planned, RPO 0) or failover (unplanned); RTO in the order of minutes, RPO typically seconds', GLOBAL_FAILOVER, {
      checked: '2026-12-07',
      changed: { notes: 'recovery in about a minute', note: 'The disaster-recovery page says RTO can be in the order of minutes and RPO is typically measured in seconds.' },
    }),
  ],
};

export const auroraServerless: ServiceCard = {
  id: 'aurora-serverless',
  parent: 'aurora',
  name: 'Amazon Aurora Serverless v2',
  summary: 'Aurora capacity that scales in fine-grained Aurora capacity units (ACUs) with load, down to zero when paused.',
  aliases: ['Aurora Serverless', 'Aurora Serverless v2', 'ACU', 'ACUs', 'Aurora capacity unit'],
  category: 'Database',
  docs: SERVERLESS,
  facts: [
    range('aurora-serverless.capacity', 'Capacity range', { min: 0, max: 256 }, 'ACUs', SERVERLESS, {
      hardLimit: true,
      detail: 'In 0.5 ACU steps; one ACU is about 2 GiB of memory; 0 ACU means auto-pause (engine-version dependent).',
    }),
    range('aurora-serverless.auto-pause', 'Auto-pause after idle', { min: 300, max: 86_400 }, 'seconds', SERVERLESS_PAUSE, { hardLimit: true }),
    text('aurora-serverless.v1', 'Aurora Serverless v1', 'lifecycle', 'End of support 31 March 2025; clusters were upgraded to v2 / provisioned', SERVERLESS_V1_EOL),
  ],
};

export const rdsProxy: ServiceCard = {
  id: 'rds-proxy',
  parent: 'rds',
  name: 'Amazon RDS Proxy',
  summary: 'A managed database connection pool in your VPC for RDS and Aurora, with IAM auth and faster failover.',
  aliases: ['RDS Proxy', 'Amazon RDS Proxy', 'RDS proxy'],
  category: 'Database',
  docs: PROXY,
  facts: [
    text('rds-proxy.access', 'Network access', 'behaviour', 'Only from inside the VPC (or connected networks); never public', PROXY_LIMITS),
    num('rds-proxy.failover-reduction', 'Failover time reduction (up to)', 'duration', 66, 'percent', PROXY_PAGE),
    list('rds-proxy.engines', 'Engines', 'behaviour', ['RDS for MySQL', 'RDS for PostgreSQL', 'RDS for MariaDB', 'RDS for SQL Server', 'Aurora MySQL', 'Aurora PostgreSQL'], PROXY_ENGINES),
    num('rds-proxy.proxies', 'Proxies per account per Region', 'quota', 20, 'count', PROXY_LIMITS, { hardLimit: false }),
    range('rds-proxy.idle-timeout', 'Idle client connection timeout', { min: 1, max: 28_800, default: 1_800 }, 'seconds', PROXY_SETUP, { hardLimit: true }),
    text('rds-proxy.auth', 'Credentials', 'behaviour', 'Database credentials from Secrets Manager; clients may use IAM authentication', PROXY),
  ],
};

export const rdsCustom: ServiceCard = {
  id: 'rds-custom',
  parent: 'rds',
  name: 'Amazon RDS Custom',
  summary: 'RDS with access to the underlying OS and database for Oracle and SQL Server customisations.',
  aliases: ['RDS Custom', 'Amazon RDS Custom', 'RDS Custom for Oracle', 'RDS Custom for SQL Server'],
  category: 'Database',
  docs: CUSTOM,
  facts: [
    list('rds-custom.engines', 'Engines', 'behaviour', ['Oracle', 'Microsoft SQL Server'], CUSTOM),
    text('rds-custom.access', 'Access', 'behaviour', 'Privileged access to the database and the underlying operating system (Oracle and SQL Server only)', CUSTOM, { checked: '2026-12-06' }),
    text('rds-custom.automation', 'Automation', 'behaviour', 'Pause automation before customising (60 to 1,440 minutes, 60 by default), then resume', CUSTOM_PAUSE, {
      detail: 'The 90 minutes in the guide is its example (`--resume-full-automation-mode-minutes 90`), not the default.',
    }),
  ],
};

export const dynamodb: ServiceCard = {
  id: 'dynamodb',
  name: 'Amazon DynamoDB',
  summary: 'Serverless key-value and document database with single-digit-millisecond latency at any scale.',
  aliases: ['DynamoDB', 'Amazon DynamoDB', 'DDB', 'Dynamo DB', 'DynamoDB table', 'DynamoDB tables', 'RCU', 'RCUs', 'WCU', 'WCUs', 'read capacity unit', 'write capacity unit', 'GSI', 'LSI', 'global secondary index', 'local secondary index'],
  category: 'Database',
  docs: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Introduction.html',
  facts: [
    num('dynamodb.item-size', 'Maximum item size', 'limit', 409_600, 'bytes', DDB_QUOTAS, {
      hardLimit: true,
      detail: '400 KB including attribute names.',
      seedLine: 2928,
      changed: { notes: 'small documents up to 100 KB', note: 'The item limit is 400 KB.' },
    }),
    list('dynamodb.capacity-modes', 'Capacity modes', 'behaviour', ['On-demand (pay per request)', 'Provisioned (RCU/WCU per hour, optional auto scaling)'], DDB_CAPACITY, {
      seedLine: 2284,
      changed: { notes: 'provisioned: pay upfront, automatically adjusts', note: 'Provisioned capacity is billed hourly and adjusts only with auto scaling enabled.' },
    }),
    text('dynamodb.capacity-units', 'Capacity units', 'behaviour', '1 RCU = 1 strongly consistent (or 2 eventually consistent) 4 KB reads/s; 1 WCU = one 1 KB write/s', DDB_CAPACITY_UNITS),
    range('dynamodb.pitr', 'Point-in-time recovery period', { min: 1, max: 35, default: 35 }, 'days', DDB_PITR, { hardLimit: true }),
    num('dynamodb.tables', 'Tables per account per Region', 'quota', 2_500, 'count', DDB_QUOTAS, { hardLimit: false, names: { counted: ['tables per Region', 'tables per account', 'tables'] } }),
    num('dynamodb.gsi', 'Global secondary indexes per table', 'quota', 20, 'count', DDB_QUOTAS, { hardLimit: false }),
    num('dynamodb.lsi', 'Local secondary indexes per table', 'limit', 5, 'count', DDB_QUOTAS, { hardLimit: true }),
    num('dynamodb.transaction-items', 'Items per transaction', 'limit', 100, 'count', DDB_TX, { hardLimit: true, detail: 'Up to 4 MB per transaction.' }),
    text('dynamodb.ttl', 'TTL deletion', 'behaviour', 'Expired items are deleted by a background process after their timestamp, without consuming write throughput', DDB_TTL),
    list('dynamodb.table-classes', 'Table classes', 'behaviour', ['Standard', 'Standard-Infrequent Access'], DDB_CLASSES),
    num('dynamodb.availability', 'SLA (single Region)', 'availability', 99.99, 'percent', DDB_SLA, { detail: 'Global tables: 99.999%.' }),
  ],
};

export const dax: ServiceCard = {
  id: 'dax',
  parent: 'dynamodb',
  name: 'Amazon DynamoDB Accelerator (DAX)',
  summary: 'In-memory write-through cache for DynamoDB with microsecond reads, API-compatible with DynamoDB.',
  aliases: ['DAX', 'DynamoDB Accelerator', 'Amazon DynamoDB Accelerator'],
  category: 'Database',
  docs: DAX,
  facts: [
    port('dax.default-port', 'Cluster endpoint port (unencrypted)', 8111, DAX_ENDPOINT, { detail: 'Clusters with encryption in transit use port 9111 (daxs://).' }),
    port('dax.port-tls', 'Cluster endpoint port (TLS)', 9111, DAX_ENDPOINT, { checked: '2026-12-07', sourceSection: 'URL: the default ports are 8111 for the "dax" protocol and 9111 for the "daxs" protocol' }),
    num('dax.item-ttl', 'Item cache TTL (default)', 'default', 300, 'seconds', DAX_CONCEPTS, { detail: 'The query cache has its own TTL, set when the cluster is created (0 turns query caching off).' }),
    num('dax.nodes', 'Nodes per cluster', 'limit', 11, 'count', DAX_CLUSTER, { hardLimit: true, detail: 'One primary and up to 10 read replicas.' }),
    text('dax.tls', 'Encryption in transit', 'behaviour', 'Chosen at cluster creation only; cannot be enabled on an existing cluster', DAX_TLS),
    text('dax.latency', 'Latency', 'behaviour', 'Microseconds for cached reads (vs single-digit milliseconds from DynamoDB)', DAX),
  ],
};

export const dynamodbStreams: ServiceCard = {
  id: 'dynamodb-streams',
  parent: 'dynamodb',
  name: 'Amazon DynamoDB Streams',
  summary: 'A time-ordered log of item-level changes to a table, kept for 24 hours, consumed by Lambda or the KCL adapter.',
  aliases: ['DynamoDB Streams', 'DynamoDB stream', 'DynamoDB Stream', 'DynamoDB streams', 'DDB Streams', 'DDB stream', 'DDB streams'],
  category: 'Database',
  docs: STREAMS,
  facts: [
    num('dynamodb-streams.retention', 'Stream record retention', 'retention', 86_400, 'seconds', STREAMS, { hardLimit: true, detail: '24 hours.' }),
    list('dynamodb-streams.view-types', 'Stream view types', 'behaviour', ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'], STREAMS),
    text('dynamodb-streams.ordering', 'Ordering', 'behaviour', 'Each change appears exactly once, in order per item', STREAMS),
    num('dynamodb-streams.readers', 'Simultaneous readers per shard (recommended maximum)', 'limit', 2, 'count', STREAMS_LAMBDA, { detail: 'Use Kinesis Data Streams for DynamoDB for more consumers.' }),
  ],
};

export const dynamodbGlobalTables: ServiceCard = {
  id: 'dynamodb-global-tables',
  parent: 'dynamodb',
  name: 'Amazon DynamoDB global tables',
  summary: 'Multi-Region, multi-active replicas of a DynamoDB table.',
  aliases: ['DynamoDB global tables', 'global tables', 'Global Tables', 'DynamoDB global table'],
  category: 'Database',
  docs: GLOBAL_TABLES,
  facts: [
    text('dynamodb-global-tables.consistency', 'Consistency modes', 'behaviour', 'Multi-Region eventual consistency (last writer wins, typically replicated within a second) or multi-Region strong consistency', GT_CONSISTENCY),
    num('dynamodb-global-tables.availability', 'SLA', 'availability', 99.999, 'percent', DDB_SLA),
    text('dynamodb-global-tables.writes', 'Writes', 'behaviour', 'Read and write in every replica Region (active-active)', GLOBAL_TABLES),
  ],
};

export const elasticache: ServiceCard = {
  id: 'elasticache',
  name: 'Amazon ElastiCache',
  summary: 'Managed in-memory caches: Valkey, Redis OSS and Memcached, node-based or serverless.',
  aliases: ['ElastiCache', 'Amazon ElastiCache', 'ElastiCache for Redis', 'ElastiCache for Valkey', 'Redis', 'Redis OSS', 'Valkey', 'ElastiCache Serverless', 'Redis AUTH'],
  category: 'Database',
  docs: EC,
  facts: [
    port('elasticache.default-port', 'Default port (Valkey / Redis OSS)', 6379, EC_PORTS, { detail: 'Memcached uses 11211.' }),
    list('elasticache.engines', 'Engines', 'behaviour', ['Valkey', 'Redis OSS', 'Memcached'], EC_ENGINES, {
      seedLine: 702,
      changed: { notes: 'Redis or Memcached', note: 'ElastiCache added Valkey in October 2024 and now calls Redis "Redis OSS".' },
    }),
    num('elasticache.replicas', 'Read replicas per shard (Valkey/Redis OSS)', 'limit', 5, 'count', EC_REPLICATION, { hardLimit: true }),
    num('elasticache.shards', 'Shards per cluster (cluster mode enabled)', 'quota', 500, 'count', EC_QUOTAS, { hardLimit: false }),
    range('elasticache.backup-retention', 'Automatic backup retention (Valkey/Redis OSS)', { min: 0, max: 35 }, 'days', EC_BACKUP, {
      hardLimit: true,
      detail: 'Snapshots only, no point-in-time restore; node-based Memcached has no backups.',
      seedLine: 2874,
      changed: { notes: 'automated backups, snapshots, point-in-time restore', note: 'ElastiCache has snapshots but no continuous point-in-time restore.' },
    }),
    text('elasticache.invalidation', 'Cache invalidation', 'behaviour', 'Application-implemented (lazy loading, write-through, TTL); no built-in invalidation', EC_STRATEGIES, {
      seedLine: 710,
      changed: { notes: 'built-in invalidation mechanisms', note: 'Only TTL expiry and eviction are built in.' },
    }),
  ],
};

export const memcached: ServiceCard = {
  id: 'elasticache-memcached',
  parent: 'elasticache',
  name: 'Amazon ElastiCache for Memcached',
  summary: 'Multi-threaded Memcached cache: simple, sharded, no replication or persistence.',
  aliases: ['Memcached', 'ElastiCache for Memcached', 'memcached'],
  category: 'Database',
  docs: EC_MEMCACHED,
  facts: [
    port('elasticache-memcached.default-port', 'Default port', 11211, EC_PORTS),
    text('elasticache-memcached.ha', 'High availability', 'behaviour', 'No replication, Multi-AZ failover or backups on node-based clusters (serverless caches replicate)', EC_ENGINES),
    text('elasticache-memcached.threads', 'Threading', 'behaviour', 'Multi-threaded; scales out by adding nodes', EC_ENGINES),
  ],
};

export const documentdb: ServiceCard = {
  id: 'documentdb',
  name: 'Amazon DocumentDB (with MongoDB compatibility)',
  summary: 'Managed JSON document database that implements the MongoDB API on Aurora-style cluster storage.',
  aliases: ['DocumentDB', 'Amazon DocumentDB', 'DocDB'],
  category: 'Database',
  docs: DOCDB,
  facts: [
    port('documentdb.default-port', 'Default port', 27017, DOCDB_CONNECT),
    num('documentdb.read-replicas', 'Replica instances per cluster', 'limit', 15, 'count', DOCDB_LIMITS, { hardLimit: true }),
    num('documentdb.max-storage', 'Maximum cluster storage', 'limit', 256, 'TiB', DOCDB_LIMITS, { hardLimit: true }),
    // Seventeenth pass: re-verified on CreateDBCluster (default 1, 1 to 35); backup_restore-nouns_verbs gives no default.
    range('documentdb.backup-retention', 'Automated backup retention', { min: 1, max: 35, default: 1 }, 'days', DOCDB_BACKUP, { hardLimit: true }),
    text('documentdb.compatibility', 'MongoDB compatibility', 'behaviour', 'MongoDB API compatibility (MongoDB 4.0, 5.0 and 8.0; 8.0 also runs applications built with MongoDB API 6.0 and 7.0), with documented functional differences', DOCDB_COMPAT, {
      seedLine: 2995,
      changed: { notes: 'fully compatible with MongoDB', note: 'DocumentDB implements the MongoDB API but not every MongoDB feature.' },
    }),
  ],
};

export const neptune: ServiceCard = {
  id: 'neptune',
  name: 'Amazon Neptune',
  summary: 'Managed graph database for property graphs (Gremlin, openCypher) and RDF (SPARQL).',
  aliases: ['Neptune', 'Amazon Neptune', 'Neptune Streams', 'Neptune Analytics'],
  category: 'Database',
  docs: NEPTUNE,
  facts: [
    port('neptune.default-port', 'Default port', 8182, NEPTUNE_PORT, { sourceSection: 'CreateDbClusterRequest.port: Default: 8182' }),
    num('neptune.read-replicas', 'Read replicas per cluster', 'limit', 15, 'count', NEPTUNE_LIMITS, { hardLimit: true }),
    num('neptune.max-storage', 'Maximum cluster storage', 'limit', 128, 'TiB', NEPTUNE_LIMITS, { hardLimit: true }),
    list('neptune.query-languages', 'Query languages', 'behaviour', ['Gremlin', 'openCypher', 'SPARQL'], NEPTUNE),
    range('neptune.backup-retention', 'Automated backup retention', { min: 1, max: 35, default: 1 }, 'days', NEPTUNE_BACKUP, { hardLimit: true }),
  ],
};

export const keyspaces: ServiceCard = {
  id: 'keyspaces',
  name: 'Amazon Keyspaces (for Apache Cassandra)',
  summary: 'Serverless, Cassandra-compatible (CQL) wide-column database.',
  aliases: ['Keyspaces', 'Amazon Keyspaces', 'Amazon Keyspaces for Apache Cassandra', 'CQL', 'Cassandra'],
  category: 'Database',
  docs: KEYSPACES,
  facts: [
    port('keyspaces.default-port', 'CQL port (TLS required)', 9142, KEYSPACES_ENDPOINTS),
    num('keyspaces.row-size', 'Maximum row size', 'limit', 1_048_576, 'bytes', KEYSPACES_QUOTAS, { hardLimit: true, detail: '1 MB.' }),
    list('keyspaces.capacity-modes', 'Capacity modes', 'behaviour', ['on-demand', 'provisioned'], KEYSPACES_CAPACITY_API),
    num('keyspaces.pitr', 'Point-in-time recovery window', 'retention', 35, 'days', KEYSPACES_PITR, { hardLimit: true }),
    num('keyspaces.tables', 'Tables per account per Region', 'quota', 256, 'count', KEYSPACES_QUOTAS, { hardLimit: false }),
  ],
};

export const qldb: ServiceCard = {
  id: 'qldb',
  name: 'Amazon Quantum Ledger Database (QLDB)',
  summary: 'Serverless ledger database with an immutable, cryptographically verifiable journal; end of support reached.',
  aliases: ['QLDB', 'Amazon QLDB', 'Quantum Ledger Database', 'Amazon Quantum Ledger Database'],
  category: 'Database',
  docs: QLDB,
  status: {
    state: 'retired',
    since: '2025-07-31',
    successor: 'Amazon Aurora PostgreSQL (audit tables / pgAudit)',
    source: QLDB,
    note: 'Closed to new customers in 2024; end of support 31 July 2025.',
  },
  facts: [
    text('qldb.lifecycle', 'Availability', 'lifecycle', 'End of support 31 July 2025; AWS guidance is to migrate to Aurora PostgreSQL', QLDB_PARTIQL, {
      seedLine: 2746,
      changed: { notes: 'presented as an available ledger database', note: 'QLDB is no longer supported.' },
    }),
    text('qldb.journal', 'Journal', 'behaviour', 'Append-only journal with SHA-256 hash chaining and digests for verification', QLDB),
    text('qldb.query', 'Query language', 'behaviour', 'PartiQL', QLDB_PARTIQL, { detail: 'A subset of PartiQL: SQL-compatible queries over Amazon Ion documents.' }),
  ],
};

export const timestream: ServiceCard = {
  id: 'timestream',
  name: 'Amazon Timestream for LiveAnalytics',
  summary: 'Serverless time-series database with memory and magnetic stores; closed to new customers.',
  aliases: ['Timestream', 'Amazon Timestream', 'Timestream for LiveAnalytics', 'LiveAnalytics'],
  category: 'Database',
  docs: TIMESTREAM,
  status: {
    state: 'closed-to-new-customers',
    since: '2025-06-20',
    successor: 'Amazon Timestream for InfluxDB',
    source: TIMESTREAM_AVAILABILITY,
  },
  facts: [
    text('timestream.lifecycle', 'Availability', 'lifecycle', 'No longer open to new customers since 20 June 2025; use Timestream for InfluxDB', TIMESTREAM_AVAILABILITY, {
      seedLine: 2751,
      changed: { notes: 'serverless time-series DB for IoT/operational apps', note: 'LiveAnalytics is closed to new customers.' },
    }),
    text('timestream.memory-store', 'Memory store retention', 'retention', '1 hour to 12 months', TIMESTREAM_STORAGE),
    text('timestream.magnetic-store', 'Magnetic store retention', 'retention', '1 day to 200 years', TIMESTREAM_STORAGE),
  ],
};

export const timestreamInfluxdb: ServiceCard = {
  id: 'timestream-influxdb',
  parent: 'timestream',
  name: 'Amazon Timestream for InfluxDB',
  summary: 'Managed open-source InfluxDB instances for time-series workloads with single-digit-millisecond queries.',
  aliases: ['Timestream for InfluxDB', 'Amazon Timestream for InfluxDB', 'InfluxDB'],
  category: 'Database',
  docs: INFLUX,
  facts: [
    port('timestream-influxdb.default-port', 'Default port', 8086, INFLUX_PORT, { sourceSection: 'port: the default value is 8086' }),
    text('timestream-influxdb.model', 'Model', 'behaviour', 'Provisioned: DB instances (Single-AZ, or Multi-AZ with one standby that serves no reads) or DB clusters with read replicas; not serverless', INFLUX_MULTI_AZ, {
      detail: 'DB clusters: CreateDbCluster, deployment type MULTI_NODE_READ_REPLICAS (Timestream for InfluxDB API).',
      seedLine: 3121,
      changed: { notes: 'fully managed serverless, auto-scaling', note: 'The option open to new customers (InfluxDB) is instance-based.' },
    }),
    text('timestream-influxdb.apis', 'APIs', 'behaviour', 'InfluxDB API, influx CLI and InfluxDB-compatible clients', INFLUX_CONNECT),
  ],
};

export const redshift: ServiceCard = {
  id: 'redshift',
  name: 'Amazon Redshift',
  summary: 'Columnar, massively parallel data warehouse (provisioned RA3 clusters or Redshift Serverless).',
  aliases: ['Redshift', 'Amazon Redshift', 'Redshift Serverless', 'Redshift Spectrum', 'Amazon Redshift Spectrum', 'RA3'],
  category: 'Analytics',
  docs: REDSHIFT,
  facts: [
    port('redshift.default-port', 'Default port', 5439, REDSHIFT_RELOCATION),
    num('redshift.nodes', 'Nodes per cluster (RA3)', 'quota', 128, 'count', REDSHIFT_LIMITS, { hardLimit: false }),
    range('redshift.snapshot-retention', 'Automated snapshot retention', { min: 0, max: 35, default: 1 }, 'days', REDSHIFT_SNAPSHOT_RETENTION, {
      hardLimit: true,
      detail: '0 turns automated snapshots off, which RA3 clusters do not allow (1 to 35 days there). Default 1 day.',
    }),
    text('redshift.performance', 'Why it is fast', 'behaviour', 'Massively parallel processing across compute nodes (distribution keys), columnar storage, sort keys that let scans skip blocks, compression, a query optimizer, result caching and compiled code', REDSHIFT_PERFORMANCE, {
      detail: 'Sort keys are on c_best-practices-sort-key: Redshift tracks the minimum and maximum column values on each block and skips blocks outside the predicate range.',
      seedLine: 2458,
      changed: { notes: 'faster due to indexes', note: 'Redshift has no secondary indexes.' },
    }),
    text('redshift.indexes', 'Indexes', 'behaviour', 'Not supported: indexes are among the PostgreSQL features Amazon Redshift does not support', REDSHIFT_UNSUPPORTED_PG, { checked: '2026-12-07' }),
    text('redshift.spectrum', 'Redshift Spectrum', 'behaviour', 'Query data in S3 through external tables without loading it', REDSHIFT_SPECTRUM),
    text('redshift.architecture', 'Architecture', 'behaviour', 'A leader node plans queries; compute nodes execute them in parallel', REDSHIFT_ARCH),
  ],
};

export const memorydb: ServiceCard = {
  id: 'memorydb',
  name: 'Amazon MemoryDB',
  summary: 'Durable in-memory database compatible with Valkey and Redis OSS, kept in a Multi-AZ transactional log.',
  aliases: ['MemoryDB', 'Amazon MemoryDB', 'MemoryDB for Redis', 'Amazon MemoryDB for Redis', 'MemoryDB for Valkey', 'Amazon MemoryDB for Valkey'],
  category: 'Database',
  docs: MEMORYDB_FAQ,
  facts: [
    port('memorydb.default-port', 'Cluster endpoint port', 6379, MEMORYDB_ENDPOINTS, {
      checked: '2026-12-06',
      sourceSection: 'describe-clusters example: ClusterEndpoint Port 6379',
      detail: 'Use the cluster endpoint for all operations; 6379 is the port in AWS\'s example (the Valkey / Redis OSS default).',
    }),
    text('memorydb.durability', 'Durability', 'behaviour', 'The whole dataset in memory plus a distributed Multi-AZ transactional log: a primary database, not only a cache', MEMORYDB_FAQ, { checked: '2026-12-06' }),
    text('memorydb.compatibility', 'Compatibility', 'behaviour', 'Valkey and Redis OSS data types, parameters and 200+ commands (not the admin commands)', MEMORYDB_FAQ, { checked: '2026-12-06' }),
    text('memorydb.latency', 'Latency', 'behaviour', 'Microsecond reads, single-digit millisecond writes', MEMORYDB_FAQ, { checked: '2026-12-06' }),
  ],
};
