import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const SNS_QUOTAS = 'https://docs.aws.amazon.com/general/latest/gr/sns.html';
const SNS = 'https://docs.aws.amazon.com/sns/latest/dg/welcome.html';
// States the 256 KiB default, the MaximumMessageSize range (1,024 to 1,048,576 bytes) and what a topic above 256 KiB allows.
const SNS_LARGE = 'https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html';
const SNS_FIFO = 'https://docs.aws.amazon.com/sns/latest/dg/sns-fifo-topics.html';
const SNS_FILTER = 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html';
const SNS_FANOUT = 'https://docs.aws.amazon.com/sns/latest/dg/sns-common-scenarios.html';
const SNS_RETRY = 'https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html';
const KDS_LIMITS = 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html';
const KDS_RETENTION = 'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html';
const KDS_MODES = 'https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html';
const KDS_EFO = 'https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html';
const KDS_CONCEPTS = 'https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html';
const KDS_PRICING = 'https://aws.amazon.com/kinesis/data-streams/pricing/';
const FH = 'https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html';
const FH_BUFFER = 'https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html';
const FH_LIMITS = 'https://docs.aws.amazon.com/firehose/latest/dev/limits.html';
const FH_DEST = 'https://docs.aws.amazon.com/firehose/latest/dev/create-destination.html';
const FH_CONVERT = 'https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion.html';
const FH_RENAME = 'https://aws.amazon.com/about-aws/whats-new/2024/02/amazon-data-firehose-formerly-kinesis-data-firehose/';
const KDA_SQL = 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/what-is.html';
/** The v2 API's Output type: a SQL application writes to a Kinesis data stream, a Firehose stream or a Lambda function. */
const KDA_SQL_OUTPUT = 'https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_Output.html';
const KDA_DISCONTINUE = 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/discontinuation.html';
const FLINK = 'https://docs.aws.amazon.com/managed-flink/latest/java/what-is.html';
const FLINK_PYTHON = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-python.html';
const FLINK_PRICING = 'https://aws.amazon.com/managed-service-apache-flink/pricing/';
const FLINK_SCALING = 'https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html';
const MSK = 'https://docs.aws.amazon.com/msk/latest/developerguide/what-is-msk.html';
const MSK_PORTS = 'https://docs.aws.amazon.com/msk/latest/developerguide/port-info.html';
const MSK_LIMITS = 'https://docs.aws.amazon.com/msk/latest/developerguide/limits.html';
const MSK_KRAFT = 'https://docs.aws.amazon.com/msk/latest/developerguide/metadata-management.html';
const MSK_EXPRESS = 'https://docs.aws.amazon.com/msk/latest/developerguide/msk-broker-types-express.html';
const MSK_SERVERLESS = 'https://docs.aws.amazon.com/msk/latest/developerguide/serverless.html';
const MQ = 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/welcome.html';
const MQ_SECURITY_GROUPS = 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html#amazon-mq-vpc-security-groups';
// The RabbitMQ broker page lists the listener ports (5671 amqps; 443 and 15671 for the web console and management API).
const MQ_RABBIT_PORTS = 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-basic-elements-broker.html';
const MQ_DEPLOY = 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/amazon-mq-broker-architecture.html';
const EB = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-what-is.html';
const EB_QUOTAS = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html';
const EB_SIZE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-putevent-size.html';
const EB_ARCHIVE = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-archive.html';
const EB_RETRY = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html';
const EB_TARGETS = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html';
const SFN_QUOTAS = 'https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html';
const SFN_TYPES = 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html';
const SFN_PRICING = 'https://aws.amazon.com/step-functions/pricing/';
const SFN = 'https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html';
const APPFLOW = 'https://docs.aws.amazon.com/appflow/latest/userguide/what-is-appflow.html';
const APPFLOW_PRICING = 'https://aws.amazon.com/appflow/pricing/';
const APPFLOW_TRIGGER_API = 'https://docs.aws.amazon.com/appflow/1.0/APIReference/API_TriggerConfig.html';

export const sns: ServiceCard = {
  id: 'sns',
  name: 'Amazon Simple Notification Service (SNS)',
  summary: 'Managed pub/sub: publishers send to topics that push to SQS, Lambda, HTTP(S), email, SMS and mobile endpoints.',
  aliases: ['SNS', 'Amazon SNS', 'Simple Notification Service', 'Amazon Simple Notification Service', 'SNS topic', 'SNS topics', 'SNS FIFO', 'FIFO topic', 'FIFO topics', 'filter policy', 'subscription filter policy'],
  category: 'Application integration',
  docs: SNS,
  facts: [
    num('sns.subscriptions', 'Subscriptions per standard topic', 'quota', 12_500_000, 'count', SNS_QUOTAS, {
      hardLimit: false,
      seedLine: 1789,
      changed: { notes: 'up to 12 million', note: 'The standard-topic quota is 12,500,000; FIFO topics allow 100.' },
    }),
    num('sns.fifo-subscriptions', 'Subscriptions per FIFO topic', 'quota', 100, 'count', SNS_QUOTAS, { hardLimit: false }),
    num('sns.topics', 'Standard topics per account', 'quota', 100_000, 'count', SNS_QUOTAS, { hardLimit: false, detail: 'FIFO topics: 1,000.' }),
    range('sns.message-size', 'Maximum message size (topic attribute MaximumMessageSize)', { min: 1_024, max: 1_048_576, default: 262_144 }, 'bytes', SNS_LARGE, {
      hardLimit: true,
      checked: '2026-12-06',
      detail:
        'Topics accept 256 KiB by default; set MaximumMessageSize (1,024 to 1,048,576 bytes) on a standard or FIFO topic to publish up to 1 MiB. ' +
        'Above 256 KiB a topic supports only Amazon SQS, Amazon Data Firehose and AWS Lambda subscriptions, 100 in all. Larger payloads go through Amazon S3.',
      history: [{ value: '256 KiB', until: '2026-09', source: 'https://aws.amazon.com/about-aws/whats-new/2026/09/amazon-sns-1mib-support/' }],
      names: { words: ['message size', 'maximum message size', 'payload size'], iac: ['MaximumMessageSize'], units: ['bytes', 'KiB', 'KB', 'MiB', 'MB'] },
    }),
    text('sns.fifo', 'FIFO topics', 'behaviour', 'FIFO topics (names end .fifo) order and deduplicate by message group ID; subscribers are SQS queues (standard or FIFO)', SNS_FIFO, {
      seedLine: 1807,
      changed: { notes: 'SNS FIFO queues', note: 'SNS has FIFO topics, not queues.' },
    }),
    list('sns.protocols', 'Subscription protocols', 'behaviour', ['SQS', 'Lambda', 'HTTP/HTTPS', 'Email', 'SMS', 'Mobile push', 'Amazon Data Firehose'], SNS),
    text('sns.filtering', 'Message filtering', 'behaviour', 'Subscription filter policies on message attributes or body', SNS_FILTER),
    text('sns.fan-out', 'Fan-out', 'behaviour', 'A message published to a topic is replicated to several endpoints (SQS queues, Firehose, HTTP/S, Lambda) for parallel processing', SNS_FANOUT),
    text('sns.retries', 'Delivery retries', 'behaviour', 'AWS-managed endpoints (SQS, Lambda) retried for days; HTTP/S per delivery policy; failed messages can go to a DLQ', `${SNS_RETRY}#delivery-policies-for-protocols`, {
      detail: 'AWS managed endpoints: 100,015 attempts over 23 days; only HTTP/S takes a custom delivery policy (at most 3,600 seconds of retries); once the policy is exhausted the message is discarded unless the subscription has a dead-letter queue.',
    }),
  ],
};

export const kinesisDataStreams: ServiceCard = {
  id: 'kinesis-data-streams',
  name: 'Amazon Kinesis Data Streams',
  summary: 'Real-time data streams split into shards, with ordered records per partition key and replay within the retention period.',
  aliases: ['Kinesis Data Streams', 'Amazon Kinesis Data Streams', 'KDS', 'Kinesis stream', 'Kinesis streams', 'Kinesis', 'Amazon Kinesis', 'enhanced fan-out', 'EFO', 'KCL', 'KPL', 'Kinesis Client Library', 'Kinesis Producer Library'],
  category: 'Analytics',
  docs: KDS_CONCEPTS,
  facts: [
    range('kinesis-data-streams.retention', 'Retention period', { min: 86_400, max: 31_536_000, default: 86_400 }, 'seconds', KDS_RETENTION, {
      hardLimit: true,
      detail: '24 hours by default, up to 365 days (8,760 hours).',
      changed: { notes: 'up to 7 days (168 hours)', note: 'Long-term retention raised the maximum from 168 hours (7 days) to 8,760 hours (365 days).' },
    }),
    range('kinesis-data-streams.record-size', 'Maximum record size', { min: 1_048_576, max: 10_485_760, default: 1_048_576 }, 'bytes', KDS_LIMITS, {
      hardLimit: true,
      detail: '1 MiB by default; configurable per stream up to 10 MiB.',
      seedLine: 2647,
      changed: { notes: '1 MB limit', note: '1 MiB is the default; since 2025 a stream can accept records up to 10 MiB.' },
    }),
    text('kinesis-data-streams.shard-write', 'Write per shard', 'limit', '1 MiB/s or 1,000 records/s', KDS_LIMITS),
    text('kinesis-data-streams.shard-read', 'Read per shard', 'limit', '2 MB/s shared by standard consumers (5 GetRecords/s), or 2 MB/s per enhanced fan-out consumer', KDS_LIMITS, {
      seedLine: 1885,
      changed: { notes: '2 MB per shard', note: 'Per-second rates; writes are 1 MB/s or 1,000 records/s per shard.' },
    }),
    num('kinesis-data-streams.efo-consumers', 'Enhanced fan-out consumers per stream', 'quota', 20, 'count', KDS_EFO, { hardLimit: false }),
    list('kinesis-data-streams.capacity-modes', 'Capacity modes', 'behaviour', ['On-demand (no shard planning)', 'Provisioned (you choose shards)'], KDS_MODES, {
      seedLine: 1822,
      changed: { notes: 'shards must be provisioned in advance', note: 'Only in provisioned mode; on-demand mode manages capacity.' },
    }),
    text('kinesis-data-streams.consumers', 'Consumers per shard', 'behaviour', 'Many consumers can read a shard; within one KCL application one worker leases each shard', KDS_CONCEPTS, {
      seedLine: 1874,
      changed: { notes: 'each shard can be consumed by only one consumer', note: 'Several applications can read the same shard.' },
    }),
    price('kinesis-data-streams.shard-hour', 'Provisioned shard-hour (us-east-1)', 0.015, KDS_PRICING),
  ],
};

export const firehose: ServiceCard = {
  id: 'firehose',
  name: 'Amazon Data Firehose',
  summary: 'Fully managed delivery of streaming data to S3, Redshift, OpenSearch, Splunk, Iceberg tables and HTTP endpoints, with buffering and transformation.',
  aliases: ['Amazon Data Firehose', 'Data Firehose', 'Firehose', 'Kinesis Data Firehose', 'Amazon Kinesis Data Firehose', 'Kinesis Firehose', 'delivery stream', 'Firehose stream'],
  category: 'Analytics',
  docs: FH,
  // "Kinesis Firehose" is how people still write the name short (the service launched under it).
  formerNames: [
    { name: 'Amazon Kinesis Data Firehose', until: '2024-02-09', source: FH_RENAME },
    { name: 'Amazon Kinesis Firehose', until: '2024-02-09', source: FH_RENAME },
  ],
  facts: [
    range('firehose.buffer-interval', 'Buffer interval', { min: 0, max: 900, default: 300 }, 'seconds', FH_BUFFER, { hardLimit: true }),
    range('firehose.buffer-size', 'Buffer size (S3 destination)', { min: 1, max: 128, default: 5 }, 'MiB', FH_BUFFER, { hardLimit: true }),
    num('firehose.record-size', 'Maximum record size (before base64)', 'limit', 1_024_000, 'bytes', FH_LIMITS, { hardLimit: true, detail: '1,000 KiB.' }),
    list('firehose.destinations', 'Destinations', 'behaviour', ['Amazon S3', 'Amazon Redshift (via S3 COPY)', 'Amazon OpenSearch Service / Serverless', 'Splunk', 'Apache Iceberg tables', 'Snowflake', 'HTTP endpoint', 'Datadog, New Relic and other partners'], FH_DEST, {
      seedLine: 1838,
      changed: { notes: 'S3, Redshift, Elasticsearch, Splunk', note: 'Elasticsearch is now OpenSearch Service; many more destinations exist.' },
    }),
    text('firehose.name', 'Name', 'lifecycle', 'Renamed from Kinesis Data Firehose to Amazon Data Firehose in February 2024', FH_RENAME, {
      seedLine: 1854,
      changed: { notes: 'Kinesis Data Firehose', note: 'Renamed Amazon Data Firehose (February 2024).' },
    }),
    text('firehose.format-conversion', 'Record format conversion', 'behaviour', 'JSON to Apache Parquet or ORC using a Glue Data Catalog schema', FH_CONVERT),
  ],
};

export const kinesisDataAnalyticsSql: ServiceCard = {
  id: 'kinesis-data-analytics-sql',
  name: 'Amazon Kinesis Data Analytics for SQL Applications',
  summary: 'SQL over streaming data from Kinesis; discontinued in favour of Managed Service for Apache Flink.',
  aliases: ['Kinesis Data Analytics', 'Kinesis Data Analytics for SQL', 'Kinesis Data Analytics for SQL Applications', 'Kinesis Analytics', 'KDA', 'KDA SQL'],
  category: 'Analytics',
  docs: KDA_SQL,
  status: {
    state: 'retired',
    since: '2026-01-27',
    successor: 'Amazon Managed Service for Apache Flink (Flink SQL / Studio notebooks)',
    source: KDA_DISCONTINUE,
    note: 'No new applications from 15 October 2025; applications deleted from 27 January 2026.',
  },
  facts: [
    text('kinesis-data-analytics-sql.lifecycle', 'Availability', 'lifecycle', 'No new applications from 15 October 2025; discontinued 27 January 2026', KDA_DISCONTINUE, {
      seedLine: 1845,
      changed: { notes: 'analyze streaming data with SQL', note: 'Discontinued; use Managed Service for Apache Flink.' },
    }),
    list('kinesis-data-analytics-sql.outputs', 'Output destinations (historical)', 'behaviour', ['Kinesis Data Streams', 'Firehose', 'Lambda'], KDA_SQL_OUTPUT, {
      seedLine: 1849,
      changed: { notes: 'S3, Redshift, Elasticsearch, Lambda', note: 'S3/Redshift/OpenSearch were reached only through Firehose.' },
    }),
    text('kinesis-data-analytics-sql.reference-data', 'Reference data', 'behaviour', 'Joined streams with reference data loaded from S3', KDA_SQL, { seedLine: 2587 }),
  ],
};

export const managedFlink: ServiceCard = {
  id: 'managed-flink',
  name: 'Amazon Managed Service for Apache Flink',
  summary: 'Serverless Apache Flink applications and Studio notebooks for stream processing (formerly Kinesis Data Analytics for Apache Flink).',
  aliases: ['Managed Service for Apache Flink', 'Amazon Managed Service for Apache Flink', 'Apache Flink', 'Flink', 'Kinesis Data Analytics for Apache Flink', 'Kinesis Data Analytics for Flink', 'KDA for Flink', 'MSF'],
  category: 'Analytics',
  docs: FLINK,
  formerNames: [{ name: 'Amazon Kinesis Data Analytics for Apache Flink', until: '2023-08-30', source: FLINK }],
  facts: [
    list('managed-flink.languages', 'Languages', 'behaviour', ['Java', 'Scala', 'Python (PyFlink)', 'SQL (Studio notebooks)'], FLINK_PYTHON, {
      seedLine: 2599,
      changed: { notes: 'Java, Scala, SQL', note: 'Python (PyFlink) is supported too.' },
    }),
    text('managed-flink.kpu', 'Kinesis Processing Unit (KPU)', 'behaviour', '1 vCPU and 4 GB memory; applications scale by parallelism', FLINK_SCALING),
    price('managed-flink.kpu-price', 'Per KPU-hour (us-east-1)', 0.11, FLINK_PRICING),
    list('managed-flink.sources', 'Typical sources', 'behaviour', ['Kinesis Data Streams', 'Amazon MSK / Apache Kafka', 'S3'], FLINK),
  ],
};

export const msk: ServiceCard = {
  id: 'msk',
  name: 'Amazon Managed Streaming for Apache Kafka (MSK)',
  summary: 'Managed Apache Kafka clusters (Standard or Express brokers, ZooKeeper or KRaft) and MSK Serverless.',
  aliases: ['MSK', 'Amazon MSK', 'Managed Streaming for Apache Kafka', 'Amazon Managed Streaming for Apache Kafka', 'MSK Serverless', 'Kafka', 'Apache Kafka', 'MSK Connect'],
  category: 'Analytics',
  docs: MSK,
  facts: [
    port('msk.default-port', 'Broker port (plaintext)', 9092, MSK_PORTS),
    port('msk.port-tls', 'Broker port (TLS)', 9094, MSK_PORTS, { detail: 'Public access: 9194.' }),
    port('msk.port-sasl-scram', 'Broker port (SASL/SCRAM)', 9096, MSK_PORTS, { detail: 'Public access: 9196.' }),
    port('msk.port-iam', 'Broker port (IAM access control)', 9098, MSK_PORTS, { detail: 'Public access: 9198.' }),
    port('msk.port-zookeeper', 'Apache ZooKeeper port', 2181, MSK_PORTS, { detail: '2182 with TLS.' }),
    list('msk.metadata-modes', 'Metadata mode', 'behaviour', ['ZooKeeper', 'KRaft (Kafka 3.7+)'], MSK_KRAFT, {
      seedLine: 2627,
      changed: { notes: 'brokers + ZooKeeper nodes', note: 'KRaft-mode clusters need no ZooKeeper; Express brokers are also available.' },
    }),
    num('msk.brokers-per-cluster', 'Brokers per cluster (ZooKeeper-based)', 'quota', 30, 'count', MSK_LIMITS, { hardLimit: false }),
    num('msk.storage-per-broker', 'Storage per broker (Standard brokers)', 'limit', 16_384, 'GiB', MSK_LIMITS, { hardLimit: true }),
    text('msk.partitions', 'Partitions', 'behaviour', 'Can be increased, never decreased', MSK, { seedLine: 2660 }),
    text('msk.express', 'Express brokers', 'behaviour', 'Higher throughput per broker, faster scaling, no storage to manage', MSK_EXPRESS),
    text('msk.serverless', 'MSK Serverless', 'behaviour', 'Capacity managed automatically; IAM access control only', MSK_SERVERLESS),
  ],
};

export const mq: ServiceCard = {
  id: 'mq',
  name: 'Amazon MQ',
  summary: 'Managed Apache ActiveMQ and RabbitMQ brokers for apps using standard messaging protocols.',
  aliases: ['Amazon MQ', 'ActiveMQ', 'Apache ActiveMQ', 'RabbitMQ', 'Amazon MQ for RabbitMQ', 'Amazon MQ for ActiveMQ'],
  category: 'Application integration',
  docs: MQ,
  facts: [
    port('mq.default-port', 'ActiveMQ OpenWire port (TLS)', 61617, MQ_SECURITY_GROUPS, { detail: 'ActiveMQ also: AMQP 5671, MQTT 8883, STOMP 61614, WebSocket 61619.' }),
    // using-amazon-mq-securely, security groups (current copies): AMQP 5671, MQTT 8883, OpenWire 61617, STOMP 61614,
    // WebSocket 61619; allowing only 61617 and 8162 keeps OpenWire and the ActiveMQ web console working.
    port('mq.port-mqtt', 'ActiveMQ MQTT port', 8883, MQ_SECURITY_GROUPS, { checked: '2026-12-08' }),
    port('mq.port-stomp', 'ActiveMQ STOMP port', 61614, MQ_SECURITY_GROUPS, { checked: '2026-12-08' }),
    port('mq.port-websocket', 'ActiveMQ WebSocket port', 61619, MQ_SECURITY_GROUPS, { checked: '2026-12-08' }),
    port('mq.port-console', 'ActiveMQ web console port', 8162, MQ_SECURITY_GROUPS, { checked: '2026-12-08' }),
    port('mq.port-rabbitmq', 'RabbitMQ AMQPS port', 5671, MQ_RABBIT_PORTS, {
      checked: '2026-12-06',
      detail: 'Listener ports 443 and 15671 serve the RabbitMQ web console and the management API.',
    }),
    list('mq.engines', 'Engines', 'behaviour', ['Apache ActiveMQ Classic', 'RabbitMQ'], MQ),
    list('mq.protocols', 'Protocols', 'behaviour', ['AMQP', 'MQTT', 'OpenWire', 'STOMP', 'WebSocket', 'JMS'], MQ),
    list('mq.deployment', 'Deployment modes', 'behaviour', ['Single-instance', 'Active/standby (ActiveMQ, shared EFS storage)', 'Cluster of three nodes (RabbitMQ)'], MQ_DEPLOY),
  ],
};

export const eventbridge: ServiceCard = {
  id: 'eventbridge',
  name: 'Amazon EventBridge',
  summary: 'Serverless event bus and scheduler that routes events from AWS services, SaaS partners and your apps to targets by rules.',
  aliases: ['EventBridge', 'Amazon EventBridge', 'CloudWatch Events', 'Amazon CloudWatch Events', 'event bus', 'EventBridge rule', 'EventBridge rules', 'EventBridge Scheduler', 'EventBridge Pipes', 'schema registry'],
  category: 'Application integration',
  docs: EB,
  formerNames: [{ name: 'Amazon CloudWatch Events', until: '2019-07-11', source: EB }],
  facts: [
    num('eventbridge.targets-per-rule', 'Targets per rule', 'limit', 5, 'count', EB_QUOTAS, { hardLimit: true }),
    num('eventbridge.rules-per-bus', 'Rules per event bus', 'quota', 300, 'count', EB_QUOTAS, { hardLimit: false }),
    num('eventbridge.event-size', 'Maximum event (PutEvents entry) size', 'limit', 1_048_576, 'bytes', EB_SIZE, {
      hardLimit: true,
      detail: '1 MiB; older documentation and courses give 256 KB.',
      names: { words: ['event size', 'entry size', 'PutEvents entry size', 'maximum event size'], units: ['bytes', 'KiB', 'KB', 'MiB', 'MB'] },
    }),
    text('eventbridge.archive', 'Archive and replay', 'behaviour', 'Only after you create an archive on the bus (optional pattern, retention indefinite or N days); replay from it', EB_ARCHIVE, {
      seedLine: 3521,
      changed: { notes: 'EventBridge retains a history of events', note: 'Events are kept only if an archive exists.' },
    }),
    text('eventbridge.retry', 'Default retry policy', 'default', 'Retries for 24 hours and up to 185 times, then drops or sends to a DLQ', EB_RETRY, {
      detail: 'Rule targets (a Custom Event Bus - Classic). Subscribers of the newer Custom Event Bus default to 5 attempts or 300 seconds (MaxRetryAttempts 0-185, MaxEventAgeInSeconds 60-86,400; eb-custom-bus-retry).',
    }),
    list('eventbridge.resource-policy-targets', 'Targets authorised by resource-based policy', 'behaviour', ['Lambda', 'SNS', 'SQS', 'CloudWatch Logs', 'API Gateway'], EB_TARGETS, {
      seedLine: 3690,
      changed: { notes: 'includes S3 buckets', note: 'An S3 bucket is not an EventBridge target.' },
    }),
  ],
};

export const stepFunctions: ServiceCard = {
  id: 'step-functions',
  name: 'AWS Step Functions',
  summary: 'Serverless workflow orchestration: state machines that call AWS services, with Standard and Express workflows.',
  aliases: ['Step Functions', 'AWS Step Functions', 'state machine', 'state machines', 'Express Workflows', 'Standard Workflows', 'SFN'],
  // "the order state machine" may be the application's own: only next to Step Functions.
  contextualAliases: ['state machine', 'state machines'],
  category: 'Application integration',
  docs: SFN,
  facts: [
    num('step-functions.standard-duration', 'Standard workflow maximum duration', 'limit', 31_536_000, 'seconds', SFN_QUOTAS, { hardLimit: true, detail: '1 year.' }),
    num('step-functions.express-duration', 'Express workflow maximum duration', 'limit', 300, 'seconds', SFN_QUOTAS, { hardLimit: true, detail: '5 minutes.' }),
    num('step-functions.history', 'Execution history events (Standard)', 'limit', 25_000, 'count', SFN_QUOTAS, { hardLimit: true }),
    num('step-functions.payload', 'Maximum input/output payload per state', 'limit', 262_144, 'bytes', SFN_QUOTAS, { hardLimit: true, detail: '256 KiB.' }),
    text('step-functions.semantics', 'Execution semantics', 'behaviour', 'Standard: exactly-once; Express: at-least-once (async) or at-most-once (sync)', SFN_TYPES),
    price('step-functions.transition-price', 'Standard: per 1,000 state transitions', 0.025, SFN_PRICING),
  ],
};

export const appflow: ServiceCard = {
  id: 'appflow',
  name: 'Amazon AppFlow',
  summary: 'Managed data flows between SaaS applications (Salesforce, SAP, Slack, ServiceNow…) and AWS services.',
  aliases: ['AppFlow', 'Amazon AppFlow'],
  category: 'Application integration',
  docs: APPFLOW,
  facts: [
    list('appflow.triggers', 'Flow triggers', 'behaviour', ['on demand', 'on schedule', 'on event'], APPFLOW_TRIGGER_API),
    price('appflow.flow-run', 'Per flow run', 0.001, APPFLOW_PRICING, { detail: 'Plus data processing per GB.' }),
    list('appflow.sources', 'Example connectors', 'behaviour', ['Salesforce', 'SAP OData', 'Slack', 'ServiceNow', 'Zendesk', 'Google Analytics', 'S3', 'Redshift'], APPFLOW),
    text('appflow.privatelink', 'Private transfer', 'behaviour', 'Can use AWS PrivateLink with supported SaaS sources; data encrypted in transit and at rest', APPFLOW),
  ],
};
