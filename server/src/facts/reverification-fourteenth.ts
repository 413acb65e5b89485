/**
 * The fourteenth re-verification pass (issue 13, facts helper session 14): the facts still dated 2026-11-27, prices
 * first (85 of the 260), then lifecycle and numeric facts no earlier pass had read, read on the current copies the
 * `search` docs and pages corpora return and on the awsdocs GitHub copies (archived in 2023, so they confirm only
 * values unchanged since). Values live in services/*.ts.
 *
 * FOURTEENTH_CHECKED maps each fact read and confirmed to what the page says; its checked date moves to
 * FOURTEENTH_ON, and "fixed:" marks a changed value, flag or source (the change itself is in services/*.ts).
 * FOURTEENTH_UNCONFIRMED lists the facts read and not confirmed; their dates stay. None of these is a quota the
 * catalog stamps `reverified`.
 *
 * Prices: see unverified-prices.ts. No stored copy of an aws.amazon.com pricing page states its rate table (the
 * tables are filled in per Region by the page's script), so a numeric price that no pass has confirmed is shown as
 * an unverified list price instead of as a current figure.
 */

import type { Reverification } from './reverification';

export const FOURTEENTH_ON = '2026-12-07';

/**
 * Range facts first written in this pass from the current page that states them (the catalog stamps them
 * `reverified`). The readers helper asked for the authorizer TTL: its OpenAPI and CloudFormation readers map
 * `authorizerResultTtlInSeconds` / `AuthorizerResultTtlInSeconds` to it.
 */
export const FOURTEENTH_REVERIFIED: Readonly<Record<string, Reverification>> = {
  'api-gateway.authorizer-ttl': {
    sourceSection:
      'authorizerResultTtlInSeconds: the TTL in seconds of cached authorizer results; 0 disables authorization caching; if this field is not set, the default value is 300; the maximum value is 3600, or 1 hour (the API reference text as the SDKs render it, current; the HTTP API CreateAuthorizer gives the same maximum and no default)',
    quota: { adjustable: false },
    names: {
      words: ['authorizer TTL', 'authorizer cache TTL', 'authorizer result TTL', 'authorizer caching', 'authorization caching'],
      iac: ['AuthorizerResultTtlInSeconds', 'authorizer_result_ttl_in_seconds', 'authorizerResultTtlInSeconds', 'resultsCacheTtl'],
      cli: ['--authorizer-result-ttl-in-seconds'],
      units: ['seconds'],
    },
  },
};

export const FOURTEENTH_CHECKED: Readonly<Record<string, string>> = {
  // Read for the tenth random audit (2026-12-07g), rows dated 2026-11-27.
  'waf.resources':
    'fixed: how-aws-waf-works-resources and web-acl-associating-aws-resource (current copies): regional resources are API Gateway REST APIs, Application Load Balancers, AppSync GraphQL APIs, Cognito user pools, App Runner services, Amazon Bedrock AgentCore Gateway, Verified Access instances and AWS Amplify; CloudFront distributions are the global resource. Amplify and Bedrock AgentCore Gateway were missing; no former value is recorded because no page read dates their addition',
  'rds.engines':
    'fixed source: the RDS API reference Welcome (current copy): Amazon RDS gives you access to the capabilities of a MySQL, MariaDB, PostgreSQL, Microsoft SQL Server, Oracle, Db2, or Amazon Aurora database server; CHAP_GettingStarted (current copy) names the six RDS engines. The cited user guide Welcome page was not reached',
  'kinesis-data-analytics-sql.outputs':
    'fixed source: the Managed Service for Apache Flink API v2 Output type (current copies, English and translations): a SQL-based Kinesis Data Analytics application writes an in-application stream to a Kinesis data stream, a Kinesis Data Firehose delivery stream (KinesisFirehoseOutput) or an AWS Lambda function (LambdaOutput). The cited SQL developer guide what-is page was not reached',
  'ebs.volume-types':
    'ebs-volume-types (2023 copy of the EC2 guide, the page the cited EBS guide page continues): the SSD table lists gp3, gp2, io2 Block Express, io2 and io1, the HDD table st1 and sc1; the value leaves out the separate io2 column (the current EBS guide folds io2 into io2 Block Express, which this pass did not re-read) and the previous-generation magnetic volumes',
  'ec2-auto-scaling.price':
    'fixed source: the Auto Scaling documentation landing page (current copy): auto scaling is enabled by Amazon CloudWatch and is available at no additional charge beyond the service fees for CloudWatch and the other AWS resources that you use. The cited aws.amazon.com/ec2/autoscaling/pricing page has no stored copy (the stored aws.amazon.com/autoscaling/pricing copy says the same of AWS Auto Scaling)',
  'privatelink.gateway-price':
    'fixed source: AWS Prescriptive Guidance, startup security baseline WKLD.12 (current copy): DynamoDB is accessed using a gateway endpoint and Amazon S3 supports both interface and gateway endpoints; gateway endpoints are recommended for workloads within a single account and Region, and come at no additional charge. The cited gateway-endpoints page was not reached (as in the thirteenth pass)',
};

/**
 * Facts this pass read and could not confirm on a stored copy of a page that states them: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const FOURTEENTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'firehose.destinations':
    'the current copy of the cited create-destination page was not reached; the Iceberg destination page and the document history (current copies) date Apache Iceberg Tables as a destination (GA on September 30, 2024) and name Snowflake, but no page read lists every destination of the value',
  'fsx-ontap.clients':
    'what-is-fsx-ontap (2023 copy) says the file storage is broadly accessible from Linux, Windows, and macOS compute instances; the VMware Cloud on AWS datastore clause is not on that copy, and no current copy was reached',
  'snowball-edge.lifecycle':
    'the banner on the current Snowball Edge API reference pages (API_ServiceVersion, API_DependentService, GetSnowballUsage) says AWS Snowball Edge is no longer available to new customers and names DataSync, Data Transfer Terminal, partners and Outposts, but gives no date; the 7 November 2025 of the value is on no stored AWS page read',
  'snow-family.lifecycle':
    'the Snowball Edge API banners (current copies) give the closing to new customers without a date, and older copies of the same pages the Snowcone end-of-support notice (discontinued 12 November 2024, existing customers supported until 12 November 2025); the Snowball Edge date of the value is on no stored AWS page read',
  'secrets-manager.secret-price':
    'the Secrets Manager guide links its pricing section (intro#asm_pricing) from monitor-secretsmanager-costs, but no stored copy of that section or of the pricing page was reached; only a third-party transcription of the pricing page\'s examples gives $0.40 per secret and $0.05 per 10,000 calls',
  'ec2.public-ipv4':
    'the EC2 API reference (boto3 copy of Subnet.map_public_ip_on_launch) says AWS charges for all public IPv4 addresses starting on February 1, 2024 and refers to the VPC pricing page, but gives no rate; the $0.005 per IP-hour is only in third-party quotations of the AWS News Blog post, which has no stored copy',
  'nat-gateway.hourly-price':
    'no stored copy of aws.amazon.com/vpc/pricing renders its NAT gateway table; a third-party transcription (September 2026) of the page\'s US East (Ohio) example gives $0.045 per hour and per GB, which is not the us-east-1 row the label names',
  'privatelink.hourly-price':
    'the stored Japanese copy of aws.amazon.com/privatelink/pricing gives the interface endpoint data processing tiers (0.01 USD per GB for the first PB, 0.006 for the next 4 PB, 0.004 above), which agree with the detail, but its excerpt stops before the hourly rate',
};
