/**
 * The sixteenth re-verification pass (issue 13, facts helper session 16): facts still dated 2026-11-27, limits and
 * durability first, read on the awsdocs GitHub copies of the cited pages (archived in 2023, read whole with git, so they
 * confirm only values unchanged since), on the current copies the `search` docs corpus returns, and on the botocore
 * service models (snapshot of August 2026), from which the API references' member descriptions are generated. Values
 * live in services/*.ts.
 *
 * SIXTEENTH_CHECKED: facts read and confirmed that no quota pass stamps; "fixed:" marks a changed value or source.
 * A limit confirmed only on a 2023 copy moves its checked date but stays in NOT_REVERIFIED (scripts/facts-audit-data.ts).
 * SIXTEENTH_UNCONFIRMED: facts read and not confirmed; their dates stay and docs/facts-audits.md lists the reason.
 */

export const SIXTEENTH_ON = '2026-12-07';

export const SIXTEENTH_CHECKED: Readonly<Record<string, string>> = {
  // Limits and durability dated 2026-11-27.
  'transcribe.batch-limits':
    'fixed source (section anchor) and hard limit: limits-guidelines, Quotas (2023 copy, section limits): the following quotas cannot be changed: audio file length 4:00:00 hours (14,400 seconds), audio file size 2 GB (500 MB for Call Analytics). The ninth pass reached no copy of this page; no current copy was reached',
  'datasync.throughput':
    'fixed value, source (section anchor) and hard limit: datasync-limits, Task quotas (2023 copy, section task-hard-limits): maximum throughput per task 10 Gbps, quota cannot be increased. The value said "with an agent", which the table does not; no current copy was reached, so Enhanced mode tasks are not covered by this reading',
  'aurora.storage-copies':
    'fixed value and source: Concepts.AuroraHighAvailability, High availability for Aurora data (2023 copy and the current ja_jp copy): when data is written to the primary DB instance, Aurora synchronously replicates it across Availability Zones to six storage nodes associated with the cluster volume; aurora-serverless-v2.how-it-works, storage (2023 copy): six copies of all your data spread across three AZs. The cited StorageReliability page says only copies across three AZs; no AWS page read states the write and read quorums the value gave (removed)',
  // Behaviour facts dated 2026-11-27 that the API models state.
  'cloudfront-functions.triggers':
    'fixed source: FunctionAssociation EventType (CloudFront API reference, current model): a CloudFront function runs on viewer-request or viewer-response; origin-facing event types (origin-request, origin-response) cannot be used with a CloudFront function. The cited edge-functions-choosing page has no stored copy',
  'cloudfront-functions.runtime':
    'functions-javascript-runtime-features (2023 copy): the runtime is compliant with ECMAScript 5.1 and supports some features of ES 6 through 9; no file system access; no network calls (XHR, HTTP(S), sockets); FunctionConfig Runtime (CloudFront API reference, current model): cloudfront-js-1.0 | cloudfront-js-2.0',
  'ec2-auto-scaling.policies':
    'scale-your-group (2023 copy): scaling options include dynamic, predictive and scheduled scaling; as-scale-based-on-demand (2023 copy): dynamic scaling policies are target tracking, step and simple scaling; PutScalingPolicy PolicyType (API reference, current model): TargetTrackingScaling, StepScaling, SimpleScaling (default), PredictiveScaling; PutScheduledUpdateGroupAction creates scheduled actions',
  'elb.stickiness':
    'fixed value: sticky-sessions (2023 copy): an Application Load Balancer uses a load balancer generated cookie (AWSALB) or an application-based cookie, stickiness duration between 1 second and 7 days; TargetGroupAttribute (ELB API reference, current model): stickiness.type lb_cookie and app_cookie for ALB, source_ip for NLB, duration 1 second to 1 week, default 1 day; Classic Load Balancer CreateLBCookieStickinessPolicy and CreateAppCookieStickinessPolicy (current model) are cookie policies with no such range. The value gave the 1-second-to-7-days range to CLB too',
  'comprehend-medical.phi':
    'fixed source: DetectPHI (Comprehend Medical API reference, current model): inspects clinical text for protected health information (PHI) entities and returns the entity category, location and confidence score for each; English text only. The cited textanalysis-phi page has no stored copy',
  // Read for the eleventh random audit (2026-12-07h), rows dated 2026-11-27 whose value or source changed after the draw.
  'timestream-influxdb.model':
    'fixed value and source: timestream-for-influx-managing-multi-az-instance-deployments (current copy): a Multi-AZ DB instance deployment has one synchronous standby in another AZ that cannot serve read traffic; CreateDbCluster deploymentType (Timestream for InfluxDB API, current model): MULTI_NODE_READ_REPLICAS. The value lacked DB clusters; the cited timestream-for-influxdb page was not reached',
  'pinpoint.lifecycle':
    'fixed value and source: the end-of-support banner on every page of the Pinpoint guides (current copies, e.g. integrate): on October 30, 2026 AWS ends support for Amazon Pinpoint; the console and resources (endpoints, segments, campaigns, journeys, analytics) are no longer accessible; SMS, voice, mobile push, OTP and phone number validation APIs are supported by AWS End User Messaging. No page reached states the May 2025 closing the value gave (removed, also from the status note)',
  'network-firewall.engines':
    'fixed value and source: suricata-best-practices (current copy): a Classic policy sends traffic through the stateless rules and default actions to the stateful engine; in a Next Generation policy the firewall engine forwards accepted traffic to the IPS engine; firewall-policy-processing (current copy): stateless rule groups first, in priority order, then the stateful rules engine; rule-groups: Suricata for all stateful rules, domain lists. The value named only the Classic order; the cited what-is page was not reached',
  'fsx-ontap.tiering':
    'fixed source: how-it-works-fsx-ontap, Data tiering (2023 copy): Amazon FSx moves data between the primary tier (the SSD storage you provision) and the capacity pool tier, a lower-cost tier that grows and shrinks with the data tiered to it, by each volume\'s tiering policy. The cited managing-storage-capacity page covers SSD capacity and IOPS only',
  // More behaviour facts dated 2026-11-27 that the API models or the 2023 copies state.
  'glue.crawlers':
    'fixed value and source: CrawlerTargets (Glue API reference, current model): S3Targets, JdbcTargets, MongoDBTargets (Amazon DocumentDB or MongoDB), DynamoDBTargets, CatalogTargets, DeltaTargets, IcebergTargets, HudiTargets; Crawler: a crawler examines a data source, uses classifiers to determine its schema and records the metadata in the Data Catalog. The value named only S3, JDBC and DynamoDB; add-crawler (2023 copy) links the list of data stores without giving it',
  'kendra.connectors':
    'fixed source: CreateDataSource Type (Kendra API reference, current model): S3, SHAREPOINT, DATABASE, SALESFORCE, ONEDRIVE, SERVICENOW, CUSTOM, CONFLUENCE, GOOGLEDRIVE, WEBCRAWLER, WORKDOCS, FSX, SLACK, BOX, QUIP, JIRA, GITHUB, ALFRESCO, TEMPLATE: every example the value names is one. The cited data-sources page was not read',
  'comprehend.custom':
    'auto-ml, Comprehend Custom (2023 copy): Comprehend Custom builds customized NLP models on your behalf using data you already have; its topics are Custom Classification and Custom Entity Recognition',
  'translate.modes':
    'what-is (2023 copy): translate text and documents, and document repositories stored in Amazon S3; the Translate API (current model): TranslateText and TranslateDocument translate synchronously, StartTextTranslationJob starts an asynchronous batch translation job',
  'aurora-serverless.v1':
    'fixed source: the banner on the Aurora Serverless v1 pages (current copies: aurora-serverless.modifying in English, setting-capacity, restorefromsnapshot and how-it-works translated, relnotes on docs.amazonaws.cn): AWS announced the end-of-life date for Aurora Serverless v1, March 31st, 2025; clusters not migrated by then are migrated to Aurora Serverless v2 in the maintenance window, or converted to a provisioned cluster if the upgrade fails. The cited aurora-serverless page was not reached',
};

export const SIXTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'cloudwatch-agent.metrics':
    'metrics-collected-by-CloudWatch-agent (2023 copy) lists the memory (mem_*), disk (disk_*) and swap (swap_*) metrics but not procstat, StatsD or collectd, which the value also names; no current copy was reached',
  'firehose.destinations':
    'no current copy of create-destination was reached; the Firehose API (current model) has S3, Redshift, OpenSearch Service and Serverless, Splunk, HTTP endpoint, Snowflake and Iceberg destinations but names no third-party partners, which the value does',
};
