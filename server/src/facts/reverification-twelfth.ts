/**
 * The twelfth re-verification pass (issue 13, facts helper session 13b): the numeric, port and default facts still
 * dated 2026-11-27 (eleven of them unconfirmed by the eleventh pass), then lifecycle facts, read on the current
 * copies the `search` docs corpus returns and on the awsdocs GitHub copies (archived in 2023, so they confirm only
 * values unchanged since), and the five rows of the ninth random audit (2026-12-07f) that no pass had read.
 * Values live in services/*.ts.
 *
 * TWELFTH_CHECKED maps each fact read and confirmed to what the page says; its checked date moves to TWELFTH_ON,
 * and "fixed:" marks a changed value, flag or source (the change itself is in services/*.ts). A "2023 copy" note
 * means only the frozen awsdocs copy states that part. TWELFTH_UNCONFIRMED lists the facts read and not
 * confirmed; their dates stay. None of these is a quota the catalog stamps `reverified`: the three numbers
 * confirmed here (two free trials, EBS durability) drive no error-level check.
 */

export const TWELFTH_ON = '2026-12-07';

export const TWELFTH_CHECKED: Readonly<Record<string, string>> = {
  // The CloudTrail Lake card (new in this pass; its lifecycle fact is dated in services/management.ts).
  'cloudtrail-lake.queries':
    'cloudtrail-lake (current copy): SQL-based queries on events; events are converted to Apache ORC and aggregated into event data stores, immutable collections of events chosen with advanced event selectors',
  // Numeric facts dated 2026-11-27.
  'guardduty.free-trial':
    'fixed source: guardduty-pricing, Pricing in GuardDuty (a stored copy that names Malware Protection for S3 and Lambda Protection, so later than mid-2024): GuardDuty offers a 30-day free trial, per account and Region; On-demand malware scan and Malware Protection for S3 are not in it. The cited aws.amazon.com pricing page has no stored copy',
  'macie.free-trial':
    'fixed source: the Macie API reference, Usage Totals (current copy): "If you\'re currently participating in a 30-day free trial, the applicable cost estimates can help you understand what your usage costs might be after the trial ends". The cited aws.amazon.com pricing page has no stored copy',
  'ebs.durability':
    'fixed source: ebs-volume-types (2023 copy, EC2 guide): Durability 99.8% - 99.9% (0.1% - 0.2% annual failure rate) for gp3, gp2, io1, st1 and sc1, 99.999% (0.001% AFR) for io2; provisioned-iops (current copy, EBS guide): io2 Block Express volumes are designed for 99.999% durability with an AFR no higher than 0.001%, and all io2 volumes are Block Express since 30 April 2025',
  // Read for the ninth random audit (2026-12-07f), rows no earlier pass read.
  'qldb.query':
    'fixed source: ql-reference (current copy): Amazon QLDB supports a subset of the PartiQL query language, SQL-compatible access that extends SQL-92 to Amazon Ion documents; the cited what-is page was not reached',
  'application-discovery-service.explore':
    'fixed: explore-data (2023 copy): data exploration in Amazon Athena, turned on from the Migration Hub console (or StartContinuousExport), stores agent data in your S3 bucket for pre-defined or custom Athena queries, visualised in QuickSight. The value\'s "export data" clause is on another page, so the value now says what this page says',
  // Lifecycle facts dated 2026-11-27: the notice at the top of every page of the service's guide (current copies).
  'qldb.lifecycle':
    'fixed source: the banner on every QLDB guide page, here ql-reference (current copy): existing customers will be able to use Amazon QLDB until end of support on 07/31/2025; see Migrate an Amazon QLDB Ledger to Amazon Aurora PostgreSQL. The cited blog post\'s current copy stops before the date (ninth pass)',
  'workmail.lifecycle':
    'the banner on every WorkMail page (current copies of the administrator guide and API reference): on March 31, 2027, AWS will end support for Amazon WorkMail; afterwards the console and resources are no longer accessible',
  'finspace.lifecycle':
    'the banner on every FinSpace page (current copies of the management and data API references): end of support effective October 7, 2026; no new customers since October 7, 2025; afterwards FinSpace can no longer be used',
  'lookout-for-equipment.lifecycle':
    'the banner on every Lookout for Equipment page (current copies): on October 7, 2026, AWS will discontinue support; afterwards the console and resources are no longer accessible (the document history dates the closing to new customers on October 17, 2024)',
  'cloud-directory.lifecycle':
    'fixed: the banner on every Cloud Directory page (current copies): no longer open to new customers, end of support on July 24, 2027, alternatives Amazon DynamoDB and Amazon Neptune; earlier copies of the same banner (API_Rule, API_Directory) date the closing: "will no longer be open to new customers starting on November 7, 2025". The date was added to the value and the card',
  'fraud-detector.lifecycle':
    'the banner on every Fraud Detector page (current copies): no longer open to new customers as of November 7, 2025; explore Amazon SageMaker, AutoGluon and AWS WAF (the document history entry of October 7, 2025 announced it)',
  'elastic-transcoder.lifecycle':
    'fixed source: the banner on every Elastic Transcoder guide page, here accessing (current copy): on November 13, 2025, AWS discontinued support; afterwards the console and resources are no longer accessible; AWS Elemental MediaConvert is the named path',
  'monitron.lifecycle':
    'the banner on the Monitron user guide pages (current zh_cn copy of data-export-schema, a machine translation of the English banner): Amazon Monitron is no longer open to new customers; existing customers can continue to use the service as normal; no date is given',
  'inspector-classic.lifecycle':
    'the banner on every Inspector Classic page (current copies of the v1 user guide): on May 20, 2026, AWS will end support; no longer available to new accounts and accounts without an assessment in the last 6 months',
};

/**
 * Facts this pass read and could not confirm on a stored copy of a page that states them: their checked date stays,
 * and docs/facts-audits.md lists each with the reason.
 */
export const TWELFTH_UNCONFIRMED: Readonly<Record<string, string>> = {
  'inspector.free-trial':
    'the Inspector API references (FreeTrialInfo, BatchGetFreeTrialInfo, current) give a trial\'s start and end but no length; the cited pricing page has no stored copy, and no Inspector guide page with the 15 days was reached',
  'fsx-windows.default-port':
    'the 2023 copies of limit-access-security-groups and self-manage-prereqs render their port table as "See the AWS documentation website"; the current copies found (self-manage-prereqs, docs and pages corpora) stop before the table',
  'fsx.port-smb': 'as fsx-windows.default-port: no stored copy of the Windows File Server guide renders its port table',
  'documentdb.default-port':
    'the CreateDBCluster Port references (Kotlin SDK, CloudFormation, CDK; current) describe the port without a default; no stored DocumentDB page calls 27017 the default',
  'rds-proxy.failover-reduction':
    'the RDS Proxy pages of the RDS and Aurora guides (current copies) describe failover without a figure; the 66% is on aws.amazon.com/rds/proxy, which has no stored copy, and in third-party notes',
  'dynamodb.availability': 'aws.amazon.com/dynamodb/sla has no stored copy; only third-party summaries give 99.99% (and 99.999% for global tables)',
  'dynamodb-global-tables.availability': 'as dynamodb.availability: the DynamoDB SLA page has no stored copy',
  'forecast.lifecycle':
    'the banner on every Forecast guide page (current copies) says Amazon Forecast is no longer available to new customers and existing customers continue, but gives no date; the 29 July 2024 of the value is on the cited blog post, which was not re-read',
  'deeplens.lifecycle': 'no stored copy of deeplens-end-of-life or of another DeepLens guide page was reached (searches return other services\' end-of-support banners)',
  'aws-iq.lifecycle': 'no stored AWS IQ page was reached (searches for its end-of-support notice return other services\' banners)',
};
