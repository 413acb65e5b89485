/**
 * The eighth re-verification pass (issue 13, facts helper session 8): facts third-party docs dispute (Lambda
 * memory, whose Terraform and Pulumi docs now give 128-32,768 MB), the disagreements flagged earlier (Logs
 * Insights query timeout, FSx for Lustre ports, NACL ephemeral ports), then facts still dated 2026-11-27,
 * each read on the current AWS page. Values live in services/*.ts.
 *
 * EIGHTH_CHECKED maps each behaviour, port or price fact read to what the page says ("fixed:" where the value,
 * wording or source changed); its checked date moves to EIGHTH_ON. EIGHTH_REVERIFIED holds the range and
 * limit facts re-verified (same form as reverification.ts); EIGHTH_RECONFIRMED, facts an earlier pass
 * re-verified that this pass read again (the earlier entry stands, the date moves).
 */

import type { Reverification } from './reverification';

export const EIGHTH_ON = '2026-12-07';

export const EIGHTH_CHECKED: Readonly<Record<string, string>> = {
  'cloudwatch-logs.insights':
    'fixed: API_StartQuery: queries time out after 60 minutes of runtime (reduce the time range or split the query); up to 30 concurrent Logs Insights queries, dashboard queries included; the source was AnalyzingLogData, which does not state the timeout',
  'network-acl.ephemeral-ports':
    'fixed: nacl-ephemeral-ports: to cover the different types of clients you can open ephemeral ports 1024-65535; many Linux kernels (Amazon Linux too) use 32768-61000 (the detail said 60999), Windows Server 2008 and later 49152-65535, through Server 2003 1025-5000, ELB, NAT gateways and Lambda 1024-65535; the source was custom-network-acl. A recommendation, not a limit, so no quota stamp',
  's3-select.lifecycle':
    'fixed (sixth audit): selecting-content-from-objects: Amazon S3 Select is no longer available to new customers, existing customers can continue to use the feature as usual; the page gives no date, so "since July 2024" was dropped',
  'api-gateway.endpoint-types': 'api-gateway-api-endpoint-types (current, sixth audit): the API endpoint type can be edge-optimized, Regional, or private',
  'eventbridge.archive': 'eb-archive (current, sixth audit): an archive of a bus\'s events, optional event pattern, retention in days or indefinitely by default; replay to the bus',
  'kinesis-data-analytics-sql.lifecycle': 'discontinuation notice on every page of the SQL developer guide (current, sixth audit): no new applications from October 15, 2025; applications deleted starting January 27, 2026',
  'msk.metadata-modes': 'metadata-management (current, sixth audit): ZooKeeper or KRaft metadata modes; KRaft from Apache Kafka 3.7.x',
  'rekognition.name': 'Rekognition documentation (current, sixth audit): Amazon Rekognition',
  'lex-v1.lifecycle': 'end-of-support notice on the Lex V1 guide and API pages (current, sixth audit): support discontinued September 15, 2025; console and resources no longer accessible',
  'iot-events.lifecycle': 'iotevents-end-of-support (current): end of support effective May 20, 2026 (no new customers from May 20, 2025); console and resources no longer accessible after it',
  'opensearch.name': 'fixed: the OpenSearch Service rename page (current, translated copy): the service was renamed Amazon OpenSearch Service on September 8, 2021; the cited AWS News blog was not reachable, so the rename page is now the source',
  'app-runner.lifecycle': 'App Runner guide and release-notes banners (current): no longer open to new customers starting April 30, 2026, existing customers continue as normal; AWS recommends Amazon ECS Express Mode (a mirrored Containers blog post saying April 1, 2026 disagrees; the guide\'s date is kept)',
  'lambda.managed-instances-size':
    'new: lambda-managed-instances-best-practices (function configuration): the minimum supported function size is 2 GB and 1 vCPU',
};

export const EIGHTH_REVERIFIED: Readonly<Record<string, Reverification>> = {};

export const EIGHTH_RECONFIRMED: Readonly<Record<string, string>> = {
  'lambda.memory':
    'gettingstarted-limits (current): function memory allocation 128 MB to 10,240 MB in 1-MB increments, a single function up to 10,240 MB; Lambda Managed Instances quotas are separate from Lambda (default) quotas (lambda-managed-instances-quotas)',
};
