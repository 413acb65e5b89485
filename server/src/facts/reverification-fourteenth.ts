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

export const FOURTEENTH_ON = '2026-12-07';

export const FOURTEENTH_CHECKED: Readonly<Record<string, string>> = {
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
