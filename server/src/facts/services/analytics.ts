import type { ServiceCard } from '../types';
import { num, text } from '../build';
import { list, price } from './util';

const ATHENA = 'https://docs.aws.amazon.com/athena/latest/ug/what-is.html';
const ATHENA_PRICING = 'https://aws.amazon.com/athena/pricing/';
const ATHENA_QUOTAS = 'https://docs.aws.amazon.com/athena/latest/ug/service-limits.html';
const ATHENA_FEDERATED = 'https://docs.aws.amazon.com/athena/latest/ug/connect-to-a-data-source.html';
const ATHENA_PERF = 'https://docs.aws.amazon.com/athena/latest/ug/performance-tuning.html';
const ATHENA_WG = 'https://docs.aws.amazon.com/athena/latest/ug/workgroups-manage-queries-control-costs.html';
const EMR = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-what-is-emr.html';
const EMR_NODES = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-master-core-task-nodes.html';
const EMR_PRICING = 'https://aws.amazon.com/emr/pricing/';
const EMR_DEPLOY = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-overview-arch.html';
const EMR_SPOT = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-plan-instances-guidelines.html';
const GLUE = 'https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html';
const GLUE_PRICING = 'https://aws.amazon.com/glue/pricing/';
const GLUE_BOOKMARKS = 'https://docs.aws.amazon.com/glue/latest/dg/monitor-continuations.html';
const GLUE_CRAWLERS = 'https://docs.aws.amazon.com/glue/latest/webapi/API_CrawlerTargets.html';
const GLUE_JOBS = 'https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html';
const GEV = 'https://aws.amazon.com/about-aws/whats-new/2020/12/introducing-aws-glue-elastic-views-preview/';
const ZERO_ETL = 'https://docs.aws.amazon.com/redshift/latest/mgmt/zero-etl-using.html';
const LF = 'https://docs.aws.amazon.com/lake-formation/latest/dg/what-is-lake-formation.html';
const LF_PERMS = 'https://docs.aws.amazon.com/lake-formation/latest/dg/lake-formation-permissions.html';
const LF_TBAC = 'https://docs.aws.amazon.com/lake-formation/latest/dg/tag-based-access-control.html';
const LF_BLUEPRINTS = 'https://docs.aws.amazon.com/lake-formation/latest/dg/workflows-about.html';
const LF_PRICING = 'https://aws.amazon.com/lake-formation/pricing/';
const OS = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/what-is.html';
const OS_SQL = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/sql-support.html';
const OS_ULTRAWARM = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ultrawarm.html';
const OS_MULTIAZ = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html';
const OS_SERVERLESS = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-overview.html';
const OS_RENAME_PAGE = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/rename.html';
const OS_RENAME = 'https://aws.amazon.com/blogs/aws/amazon-elasticsearch-service-is-now-amazon-opensearch-service-and-supports-opensearch-10/';
const OS_VPC_TEST = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html#vpc-test';
const OS_LIMITS = 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/limits.html';
const QS = 'https://docs.aws.amazon.com/quicksight/latest/user/welcome.html';
const QS_PRICING = 'https://aws.amazon.com/quicksight/pricing/';
const QS_SPICE = 'https://docs.aws.amazon.com/quicksight/latest/user/spice.html';
const QUICK_SUITE = 'https://aws.amazon.com/quicksuite/';

export const athena: ServiceCard = {
  id: 'athena',
  name: 'Amazon Athena',
  summary: 'Serverless interactive SQL (Trino-based) and Spark over data in S3 and federated sources, billed per data scanned.',
  aliases: ['Athena', 'Amazon Athena', 'Athena Federated Query', 'Athena workgroup'],
  category: 'Analytics',
  docs: ATHENA,
  facts: [
    price('athena.scan-price', 'Per TB scanned (SQL queries)', 5, ATHENA_PRICING, { detail: '10 MB minimum per query; no charge for DDL or failed queries.' }),
    text('athena.cost-tips', 'Cut scan cost', 'behaviour', 'Columnar formats (Parquet/ORC), compression, partitioning and partition projection', ATHENA_PERF),
    num('athena.dml-timeout', 'DML query timeout (default)', 'quota', 30, 'minutes', ATHENA_QUOTAS, { hardLimit: false }),
    text('athena.federated', 'Federated queries', 'behaviour', 'Lambda-based connectors to DynamoDB, RDS, Redshift, CloudWatch Logs and more', ATHENA_FEDERATED),
    text('athena.workgroups', 'Workgroups', 'behaviour', 'Separate users and results, set per-query and per-workgroup data scan limits', ATHENA_WG),
  ],
};

export const emr: ServiceCard = {
  id: 'emr',
  name: 'Amazon EMR',
  summary: 'Managed big-data frameworks (Spark, Hive, Trino, HBase, Flink) on EC2, EKS or serverless.',
  aliases: ['EMR', 'Amazon EMR', 'Elastic MapReduce', 'EMR Serverless', 'EMR on EKS', 'Hadoop', 'Apache Spark', 'Spark'],
  // Glue, Athena and SageMaker run Spark too: only next to EMR.
  contextualAliases: ['Hadoop', 'Apache Spark', 'Spark'],
  category: 'Analytics',
  docs: EMR,
  facts: [
    list('emr.node-types', 'Node types', 'behaviour', ['primary (master)', 'core (HDFS + tasks)', 'task (compute only, good for Spot)'], EMR_NODES),
    list('emr.deployment', 'Deployment options', 'behaviour', ['EMR on EC2', 'EMR on EKS', 'EMR Serverless'], EMR_DEPLOY),
    text('emr.billing', 'Billing', 'price', 'Per second (one-minute minimum) EMR charge on top of EC2/EBS', EMR_PRICING),
    text('emr.spot', 'Spot usage', 'behaviour', 'Task nodes suit Spot: they hold no HDFS data, so a Spot termination loses no data; the purchasing option of master and core nodes cannot change while the cluster runs', EMR_SPOT),
  ],
};

export const glue: ServiceCard = {
  id: 'glue',
  name: 'AWS Glue',
  summary: 'Serverless data integration: Data Catalog, crawlers and Spark or Python shell ETL jobs.',
  aliases: ['AWS Glue', 'Glue Data Catalog', 'AWS Glue Data Catalog', 'Glue crawler', 'Glue crawlers', 'Glue job', 'Glue jobs', 'Glue ETL', 'Glue Studio', 'Glue DataBrew', 'DataBrew', 'job bookmarks'],
  ambiguousAliases: ['Glue'],
  category: 'Analytics',
  docs: GLUE,
  facts: [
    price('glue.dpu-hour', 'ETL job per DPU-hour', 0.44, GLUE_PRICING, { detail: 'Billed per second with a 1-minute minimum; 1 DPU = 4 vCPU and 16 GB.' }),
    text('glue.catalog-free-tier', 'Data Catalog', 'price', 'First million objects stored and first million requests per month free', GLUE_PRICING),
    text('glue.bookmarks', 'Job bookmarks', 'behaviour', 'Track processed data so reruns handle only new data', GLUE_BOOKMARKS),
    text('glue.crawlers', 'Crawlers', 'behaviour', 'Determine schemas with classifiers and record them in the Data Catalog; targets: S3, JDBC, Amazon DocumentDB or MongoDB, DynamoDB, Data Catalog tables, Delta Lake, Apache Iceberg and Apache Hudi', GLUE_CRAWLERS),
    list('glue.job-types', 'Job types', 'behaviour', ['Spark (batch)', 'Spark streaming', 'Python shell', 'Ray (closed to new customers)'], GLUE_JOBS, {
      checked: '2026-12-06',
      detail: 'AWS Glue for Ray is no longer open to new customers (since 30 April 2026); existing customers can keep using it.',
    }),
  ],
};

export const glueElasticViews: ServiceCard = {
  id: 'glue-elastic-views',
  parent: 'glue',
  name: 'AWS Glue Elastic Views (preview, never GA)',
  summary: 'Announced materialised views across data stores; it stayed in preview and was withdrawn.',
  aliases: ['Glue Elastic Views', 'AWS Glue Elastic Views', 'Elastic Views'],
  category: 'Analytics',
  docs: GEV,
  status: {
    state: 'retired',
    since: '2020-12',
    successor: 'Glue ETL, zero-ETL integrations or AWS DMS',
    source: GEV,
    note: 'Announced in preview in December 2020; never reached general availability.',
  },
  facts: [
    text('glue-elastic-views.lifecycle', 'Availability', 'lifecycle', 'Announced as a preview in December 2020; do not design on it', GEV, {
      checked: '2026-12-06',
      detail: 'No general-availability announcement followed the preview.',
      seedLine: 2561,
      changed: { notes: 'combine/replicate data across stores with SQL', note: 'The service never reached GA.' },
    }),
    text('glue-elastic-views.idea', 'What it promised', 'behaviour', 'SQL-defined materialised views replicated from DynamoDB/Aurora into Redshift, OpenSearch, S3', GEV),
    text('glue-elastic-views.alternatives', 'Alternatives', 'behaviour', 'Zero-ETL integrations that replicate Aurora, DynamoDB and other sources into Redshift', ZERO_ETL, {
      checked: '2026-12-06',
      detail: 'Glue ETL jobs and AWS DMS are the other ways to copy data between stores.',
    }),
  ],
};

export const lakeFormation: ServiceCard = {
  id: 'lake-formation',
  name: 'AWS Lake Formation',
  summary: 'Builds and governs S3 data lakes on the Glue Data Catalog with fine-grained, tag-based permissions.',
  aliases: ['Lake Formation', 'AWS Lake Formation', 'LF-Tags', 'LF-TBAC'],
  category: 'Analytics',
  docs: LF,
  facts: [
    list('lake-formation.permission-levels', 'Permission granularity', 'behaviour', ['database', 'table', 'column', 'row', 'cell'], LF_PERMS),
    text('lake-formation.tbac', 'Tag-based access control', 'behaviour', 'LF-Tags grant access to catalog resources at scale', LF_TBAC),
    text('lake-formation.blueprints', 'Blueprints', 'behaviour', 'Workflows that ingest from JDBC databases and logs (CloudTrail, ELB) into the lake', LF_BLUEPRINTS),
    text('lake-formation.price', 'Price', 'price', 'No charge for permissions; pay for Glue, S3 and the analytics services used', LF_PRICING),
    text('lake-formation.streaming', 'Streaming analytics', 'behaviour', 'Not a streaming service: use Managed Service for Apache Flink for real time', LF, {
      seedLine: 2586,
      changed: { notes: 'real-time analytics via Kinesis Data Analytics', note: 'Lake Formation governs batch data-lake access; KDA for SQL is discontinued.' },
    }),
  ],
};

export const opensearch: ServiceCard = {
  id: 'opensearch',
  name: 'Amazon OpenSearch Service',
  summary: 'Managed OpenSearch (and legacy Elasticsearch) clusters and serverless collections for search, logs and analytics.',
  aliases: ['OpenSearch', 'Amazon OpenSearch Service', 'OpenSearch Service', 'OpenSearch Serverless', 'OpenSearch Dashboards', 'Elasticsearch', 'Amazon Elasticsearch Service', 'AWS Elasticsearch Service', 'Elasticsearch Service', 'amazon elasticsearch service', 'aws elasticsearch service', 'Amazon ES', 'UltraWarm'],
  category: 'Analytics',
  docs: OS,
  formerNames: [{ name: 'Amazon Elasticsearch Service', until: '2021-09-08', source: OS_RENAME }],
  facts: [
    list('opensearch.query-languages', 'Query languages', 'behaviour', ['Query DSL', 'SQL', 'PPL'], OS_SQL, {
      seedLine: 2479,
      changed: { notes: 'does not natively support SQL', note: 'OpenSearch Service supports SQL and PPL alongside Query DSL.' },
    }),
    list('opensearch.storage-tiers', 'Storage tiers', 'behaviour', ['hot', 'UltraWarm', 'cold'], OS_ULTRAWARM),
    text('opensearch.multi-az-standby', 'Multi-AZ with Standby', 'availability', 'Three AZs with one as standby; 99.99% availability', OS_MULTIAZ),
    text('opensearch.serverless', 'OpenSearch Serverless', 'behaviour', 'Collections scaled in OpenSearch Compute Units (OCUs), no cluster to manage', OS_SERVERLESS),
    // Not '.default-port': "OpenSearch" also names self-managed clusters on 9200, so no port rule may use this.
    text('opensearch.endpoint-ports', 'Domain endpoint ports', 'behaviour', 'Port 443 (HTTPS) or 80 (HTTP) only; 9200 is a self-managed OpenSearch default, not an OpenSearch Service domain port', OS_VPC_TEST, {
      sourceSection: 'Testing VPC domains: OpenSearch Service only accepts connections over port 80 (HTTP) or 443 (HTTPS)',
      checked: '2026-12-06',
    }),
    num('opensearch.domains', 'Domains per account per Region', 'quota', 100, 'count', OS_LIMITS, { hardLimit: false }),
    text('opensearch.name', 'Name', 'lifecycle', 'Renamed from Amazon Elasticsearch Service in September 2021', OS_RENAME_PAGE),
  ],
};

export const quicksight: ServiceCard = {
  id: 'quicksight',
  name: 'Amazon Quick Sight (formerly Amazon QuickSight)',
  summary: 'Serverless BI dashboards with the SPICE in-memory engine, now part of Amazon Quick Suite.',
  aliases: ['QuickSight', 'Amazon QuickSight', 'Quick Sight', 'Amazon Quick Sight', 'Quick Suite', 'Amazon Quick Suite', 'SPICE'],
  category: 'Analytics',
  docs: QS,
  formerNames: [{ name: 'Amazon QuickSight', until: '2025-10', source: QUICK_SUITE }],
  facts: [
    text('quicksight.name', 'Name', 'lifecycle', 'Became Amazon Quick Sight, part of Amazon Quick Suite, in late 2025 (APIs keep "quicksight")', QUICK_SUITE, {
      seedLine: 2528,
      changed: { notes: 'Amazon QuickSight', note: 'Renamed Amazon Quick Sight within Amazon Quick Suite.' },
    }),
    text('quicksight.pricing', 'Pricing model', 'price', 'Per user per month (Reader $3, Author $24, plus Pro tiers); optional capacity pricing', QS_PRICING, {
      seedLine: 2529,
      changed: { notes: 'per-session pricing', note: 'Reader per-session pricing was replaced by per-user pricing.' },
    }),
    text('quicksight.spice', 'SPICE', 'behaviour', 'In-memory engine: import datasets for fast dashboards; capacity bought per GB', QS_SPICE),
  ],
};
