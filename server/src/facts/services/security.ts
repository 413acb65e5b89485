import type { ServiceCard } from '../types';
import { num, port, range, text } from '../build';
import { list, price } from './util';

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html';
const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';
const IAM_KEYS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html';
const IAM_BOUNDARIES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html';
const IAM_POLICIES = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html';
const IAM_ROLE_SESSION = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html';
const IAM_EVAL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html';
const IDC = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html';
const IDC_ABAC = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/abac.html';
const IDC_RENAME = 'https://aws.amazon.com/about-aws/whats-new/2022/07/aws-single-sign-on-aws-iam-identity-center/';
const IDC_SESSION = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/howtosessionduration.html';
const IDC_SOURCES = 'https://docs.aws.amazon.com/singlesignon/latest/userguide/manage-your-identity-source.html';
const ORGS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html';
const ORGS_LIMITS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html';
const ORGS_SCP = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html';
const CT = 'https://docs.aws.amazon.com/controltower/latest/userguide/what-is-control-tower.html';
const CT_CONTROLS = 'https://docs.aws.amazon.com/controltower/latest/controlreference/controls.html';
const CT_PRICING = 'https://aws.amazon.com/controltower/pricing/';
const CT_DRIFT = 'https://docs.aws.amazon.com/controltower/latest/userguide/drift.html';
const KMS = 'https://docs.aws.amazon.com/kms/latest/developerguide/overview.html';
const KMS_ROTATE = 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html';
const KMS_DELETE = 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html';
const KMS_ENCRYPT = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html';
const KMS_RPS_TABLE = 'https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html#rps-table';
const KMS_RPS = 'https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html';
const KMS_PRICING = 'https://aws.amazon.com/kms/pricing/';
const KMS_MRK = 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html';
const KMS_ROTATE_ON_DEMAND_API = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html';
const SM = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html';
const SM_LIMITS = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html';
const SM_PRICING = 'https://aws.amazon.com/secrets-manager/pricing/';
const SM_ROTATION = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html';
const SM_DELETE = 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html';
const PS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html';
const PS_TIERS = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html';
const PS_POLICIES = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-policies.html';
const PS_THROUGHPUT = 'https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-throughput.html';
const PS_PRICING = 'https://aws.amazon.com/systems-manager/pricing/';
const ACM = 'https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html';
const ACM_LIMITS = 'https://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html';
const ACM_PRICING = 'https://aws.amazon.com/certificate-manager/pricing/';
const ACM_REGIONS = 'https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html';
const ACM_DNS_RENEWAL = 'https://docs.aws.amazon.com/acm/latest/userguide/dns-renewal-validation.html';
const ACM_SERVICES = 'https://docs.aws.amazon.com/acm/latest/userguide/acm-services.html';
const WAF = 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html';
const WAF_LIMITS = 'https://docs.aws.amazon.com/waf/latest/developerguide/limits.html';
const WAF_RATE = 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html';
const WAF_RESOURCES = 'https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html';
const WAF_PRICING = 'https://aws.amazon.com/waf/pricing/';
const SHIELD = 'https://docs.aws.amazon.com/waf/latest/developerguide/shield-chapter.html';
const SHIELD_PRICING = 'https://aws.amazon.com/shield/pricing/';
const SHIELD_SRT = 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-srt-support.html';
const SHIELD_RESOURCES = 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary-protected-resources.html';
const FMS = 'https://docs.aws.amazon.com/waf/latest/developerguide/fms-chapter.html';
const FMS_PREREQ = 'https://docs.aws.amazon.com/waf/latest/developerguide/fms-prereq.html';
const FMS_PRICING = 'https://aws.amazon.com/firewall-manager/pricing/';
const GD = 'https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html';
// The guide's Pricing in GuardDuty page states the free trial (the aws.amazon.com/guardduty/pricing page has no stored copy).
const GD_PRICING_GUIDE = 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-pricing.html';
const GD_FINDINGS = 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings.html';
// Names suppression rules and the trusted/threat lists, and the 90-day findings retention.
const GD_FINDINGS_MGMT = 'https://docs.aws.amazon.com/guardduty/latest/ug/findings_management.html';
const GD_SOURCES = 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_data-sources.html';
const INSPECTOR = 'https://docs.aws.amazon.com/inspector/latest/user/what-is-inspector.html';
const INSPECTOR_PRICING = 'https://aws.amazon.com/inspector/pricing/';
const MACIE = 'https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html';
const MACIE_API = 'https://docs.aws.amazon.com/macie/latest/APIReference/welcome.html';
const MACIE_USAGE = 'https://docs.aws.amazon.com/macie/latest/APIReference/usage.html';
// "Macie stores findings for 90 days" is on the suppression-rules page.
const MACIE_SUPPRESSION = 'https://docs.aws.amazon.com/macie/latest/user/findings-suppression.html';
const DS = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/what_is.html';
const ACM_EXPORT_API = 'https://docs.aws.amazon.com/acm/latest/APIReference/API_ExportCertificate.html';
const DS_MAD = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html';
const DS_SIMPLE = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_simple_ad.html';
const DS_CONNECTOR = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_ad_connector.html';
const COGNITO = 'https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html';
const COGNITO_TOKENS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html';
const COGNITO_QUOTAS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html';
const COGNITO_PRICING = 'https://aws.amazon.com/cognito/pricing/';
const COGNITO_IDENTITY = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html';
const COGNITO_USER_POOLS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-identity-pools.html';
const DS_WHAT = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/what_is.html#microsoftad';
/** The inbound rules for AWS applications and native Active Directory workloads (current copy, read 2026-12-08). */
const DS_PORTS = 'https://docs.aws.amazon.com/directoryservice/latest/admin-guide/ms_ad_network_security.html#aws_apps_native_ad_support';
const ORGS_ENABLE_POLICY_TYPE_API = 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_EnablePolicyType.html';

export const iam: ServiceCard = {
  id: 'iam',
  name: 'AWS Identity and Access Management (IAM)',
  summary: 'Global service for users, groups, roles and JSON policies that control access to AWS.',
  aliases: ['IAM', 'AWS IAM', 'Identity and Access Management', 'AWS Identity and Access Management', 'IAM role', 'IAM roles', 'IAM user', 'IAM users', 'IAM policy', 'IAM policies', 'permissions boundary', 'permissions boundaries', 'session policy', 'instance profile', 'aws:RequestedRegion', 'aws:SourceIp'],
  category: 'Security',
  docs: IAM,
  facts: [
    num('iam.users', 'IAM users per account', 'limit', 5_000, 'count', IAM_QUOTAS, { hardLimit: true }),
    num('iam.groups-per-user', 'Groups per user', 'limit', 10, 'count', IAM_QUOTAS, { hardLimit: true }),
    num('iam.roles', 'Roles per account', 'quota', 1_000, 'count', IAM_QUOTAS, { hardLimit: false, detail: 'Adjustable; increases up to 10,000 are approved automatically.' }),
    range('iam.managed-policies-per-role', 'Managed policies per role', { min: 0, max: 25, default: 20 }, 'count', IAM_QUOTAS, {
      hardLimit: false,
      detail: '20 per role by default, raised automatically up to 25; per user 10 (up to 20); per group 10 (not adjustable).',
    }),
    num('iam.managed-policy-size', 'Managed policy document size', 'limit', 6_144, 'characters', IAM_QUOTAS, { hardLimit: true, detail: 'Characters, excluding whitespace.' }),
    range('iam.role-session', 'Role maximum session duration', { min: 3_600, max: 43_200, default: 3_600 }, 'seconds', IAM_ROLE_SESSION, {
      hardLimit: true,
      detail: '1 to 12 hours; role chaining is limited to 1 hour.',
    }),
    text('iam.region-condition-key', 'Region condition key', 'behaviour', 'aws:RequestedRegion', IAM_KEYS, {
      seedLine: 3668,
      changed: { notes: 'aws:RequestRegion', note: 'The global condition key is aws:RequestedRegion.' },
    }),
    text('iam.boundaries', 'Permissions boundaries and session policies', 'behaviour', 'Only limit permissions: effective access is the intersection with identity policies', IAM_BOUNDARIES, {
      seedLine: 3692,
      changed: { notes: 'additional permissions cannot be attached / session policies grant temporary permissions', note: 'Policies can be attached, but boundaries and session policies never grant.' },
    }),
    text('iam.evaluation', 'Policy evaluation', 'behaviour', 'Explicit deny wins, then an allow is needed; default deny', IAM_EVAL),
    text('iam.session-policies', 'Session policies', 'behaviour', 'Passed when assuming a role; restrict the session to the intersection', IAM_POLICIES),
  ],
};

export const iamIdentityCenter: ServiceCard = {
  id: 'iam-identity-center',
  parent: 'iam',
  name: 'AWS IAM Identity Center',
  summary: 'Workforce single sign-on to AWS accounts and applications with permission sets (formerly AWS Single Sign-On).',
  aliases: ['IAM Identity Center', 'AWS IAM Identity Center', 'Identity Center', 'AWS SSO', 'AWS Single Sign-On', 'Single Sign-On', 'permission set', 'permission sets'],
  category: 'Security',
  docs: IDC,
  formerNames: [
    { name: 'AWS Single Sign-On', until: '2022-07-26', source: IDC_RENAME },
    // The short name of the same service, in the consoles and CLIs of the time (`aws sso` remains the CLI's command).
    { name: 'AWS SSO', until: '2022-07-26', source: IDC_RENAME },
  ],
  facts: [
    text('iam-identity-center.name', 'Name', 'lifecycle', 'Renamed from AWS Single Sign-On (AWS SSO) in July 2022', IDC_RENAME, {
      seedLine: 3761,
      changed: { notes: 'AWS Single Sign-On (SSO)', note: 'Now AWS IAM Identity Center.' },
    }),
    range('iam-identity-center.session-duration', 'Permission set session duration', { min: 3_600, max: 43_200, default: 3_600 }, 'seconds', IDC_SESSION, { hardLimit: true }),
    list('iam-identity-center.identity-sources', 'Identity sources', 'behaviour', ['Identity Center directory (default)', 'Active Directory (AWS Managed Microsoft AD or self-managed AD)', 'External identity provider (such as Okta)'], IDC_SOURCES),
    text('iam-identity-center.abac', 'ABAC attributes', 'behaviour', 'From the Identity Center identity store or the external IdP, passed as session tags', IDC_ABAC, {
      seedLine: 3722,
      changed: { notes: 'user attributes stored in IAM', note: 'Attributes come from the identity source, not IAM.' },
    }),
  ],
};

export const organizations: ServiceCard = {
  id: 'organizations',
  name: 'AWS Organizations',
  summary: 'Group accounts into OUs under one management account with consolidated billing and organisation policies (SCPs, RCPs, tag, backup).',
  ambiguousAliases: ['Organizations'],
  aliases: ['AWS Organizations', 'OU', 'OUs', 'organizational unit', 'SCP', 'SCPs', 'service control policy', 'service control policies', 'RCP', 'resource control policy', 'management account', 'member account', 'consolidated billing'],
  category: 'Management',
  docs: ORGS,
  facts: [
    text('organizations.scp-semantics', 'SCP semantics', 'behaviour', 'SCPs never grant: they cap what IAM principals in member accounts may do', ORGS_SCP, {
      seedLine: 3649,
      changed: { notes: 'SCPs look like IAM policies but apply at organization level', note: 'SCPs are guardrails; identity policies must still allow.' },
    }),
    text('organizations.scp-attachment', 'SCP attachment', 'behaviour', 'Root, any OU or individual accounts; never restricts the management account', ORGS_SCP, {
      seedLine: 3650,
      changed: { notes: 'attached at the root level', note: 'SCPs attach to the root, OUs or accounts.' },
    }),
    num('organizations.accounts', 'Accounts per organization (default)', 'quota', 10, 'count', ORGS_LIMITS, { hardLimit: false }),
    num('organizations.ou-depth', 'OU nesting depth under the root', 'limit', 5, 'count', ORGS_LIMITS, { hardLimit: true }),
    num('organizations.scp-size', 'SCP document size', 'limit', 10_240, 'characters', ORGS_LIMITS, {
      hardLimit: true,
      detail: 'Characters (resource control policies: 5,120). Older pages give 5,120 for SCPs.',
    }),
    num('organizations.scps-per-target', 'SCPs attached per root, OU or account', 'limit', 10, 'count', ORGS_LIMITS, {
      hardLimit: true,
      detail: 'Directly attached policies only; inherited ones do not count. Resource control policies: 5. Older pages give 5 SCPs.',
    }),
    list('organizations.policy-types', 'Policy types', 'behaviour', [
      'SCP',
      'RCP',
      'declarative policy (EC2)',
      'backup policy',
      'tag policy',
      'chat applications policy',
      'AI services opt-out',
      'Security Hub policy',
      'upgrade rollout policy',
      'Inspector policy',
      'Bedrock policy',
      'S3 policy',
      'Network Security Director policy',
    ], ORGS_ENABLE_POLICY_TYPE_API),
  ],
};

export const controlTower: ServiceCard = {
  id: 'control-tower',
  name: 'AWS Control Tower',
  summary: 'Sets up and governs a multi-account landing zone with Account Factory and preventive, detective and proactive controls.',
  aliases: ['Control Tower', 'AWS Control Tower', 'landing zone', 'Account Factory', 'Control Tower guardrails', 'Control Tower controls'],
  category: 'Management',
  docs: CT,
  facts: [
    list('control-tower.controls', 'Control behaviours', 'behaviour', ['preventive (SCPs/RCPs)', 'detective (AWS Config rules)', 'proactive (CloudFormation hooks)'], CT_CONTROLS, {
      seedLine: 3789,
      changed: { notes: 'guardrails', note: 'Control Tower renamed guardrails to controls.' },
    }),
    // Fourth audit: "remediation is yours" is on no AWS page; state what the drift page says.
    text('control-tower.remediation', 'Remediation', 'behaviour', 'Drift detection is automatic; resolving drift is done by you through the console (Repair on the Landing zone settings page for many kinds)', CT_DRIFT, {
      checked: '2026-12-07',
      detail: 'Detective controls detect noncompliance and alert through the dashboard (controls reference).',
      seedLine: 3786,
      changed: { notes: 'automatically remediates violations', note: 'Control Tower detects and reports; it does not auto-remediate.' },
    }),
    text('control-tower.price', 'Price', 'price', 'No charge for Control Tower itself; pay for Config, CloudTrail, and other services it sets up', CT_PRICING),
  ],
};

export const kms: ServiceCard = {
  id: 'kms',
  name: 'AWS Key Management Service (KMS)',
  summary: 'Managed encryption keys in HSMs, integrated with most AWS services, with key policies and CloudTrail audit.',
  aliases: ['KMS', 'AWS KMS', 'Key Management Service', 'AWS Key Management Service', 'KMS key', 'KMS keys', 'CMK', 'CMKs', 'customer managed key', 'customer managed keys', 'AWS managed key', 'multi-Region key', 'key policy', 'key rotation'],
  category: 'Security',
  docs: KMS,
  facts: [
    range('kms.rotation-period', 'Automatic rotation period (customer managed keys)', { min: 90, max: 2_560, default: 365 }, 'days', KMS_ROTATE, {
      hardLimit: true,
      detail: 'Opt-in; on-demand rotation is also available. AWS managed keys rotate yearly.',
      seedLine: 3825,
      changed: { notes: 'must be enabled; yearly', note: 'Since April 2024 the period is configurable from 90 to 2,560 days, plus on-demand rotation.' },
    }),
    range('kms.deletion-window', 'Key deletion waiting period', { min: 7, max: 30, default: 30 }, 'days', KMS_DELETE, { hardLimit: true }),
    num('kms.encrypt-size', 'Encrypt API maximum plaintext', 'limit', 4_096, 'bytes', KMS_ENCRYPT, {
      hardLimit: true,
      detail: 'Larger data uses envelope encryption with GenerateDataKey.',
    }),
    text('kms.request-quota', 'Cryptographic request quota (symmetric keys)', 'quota', '10,000 requests/s per account and Region, 20,000 or 100,000 in some Regions (shared across symmetric operations); adjustable', KMS_RPS_TABLE, {
      hardLimit: false,
      detail: 'Shared by Decrypt, Encrypt, GenerateDataKey(WithoutPlaintext), GenerateMac, GenerateRandom, ReEncrypt and VerifyMac. RSA, ECC and ML-DSA keys have their own 1,000 requests/s quotas.',
    }),
    price('kms.key-price', 'Customer managed key per month', 1, KMS_PRICING, { detail: 'Plus $0.03 per 10,000 requests.' }),
    text('kms.imported-material', 'Imported key material', 'behaviour', 'No automatic rotation; on-demand rotation (RotateKeyOnDemand) once new key material is imported, for symmetric encryption keys, multi-Region keys included', KMS_ROTATE_ON_DEMAND_API, {
      detail: 'EnableKeyRotation: automatic rotation cannot be enabled for KMS keys with imported key material. For multi-Region keys, import the new key material into the primary and every replica key, then rotate on the primary.',
      seedLine: 3826,
      changed: { notes: 'manual rotation only, via alias swap', note: 'On-demand rotation now covers imported key material too.' },
    }),
    text('kms.multi-region', 'Multi-Region keys', 'behaviour', 'Related keys with the same key ID and material in several Regions', KMS_MRK),
  ],
};

export const secretsManager: ServiceCard = {
  id: 'secrets-manager',
  name: 'AWS Secrets Manager',
  summary: 'Stores, rotates and audits secrets such as database credentials and API keys, encrypted with KMS.',
  aliases: ['Secrets Manager', 'AWS Secrets Manager', 'secret rotation'],
  category: 'Security',
  docs: SM,
  facts: [
    num('secrets-manager.secret-size', 'Maximum secret value size', 'limit', 65_536, 'bytes', SM_LIMITS, { hardLimit: true }),
    price('secrets-manager.secret-price', 'Per secret per month', 0.4, SM_PRICING, { detail: 'Plus $0.05 per 10,000 API calls.' }),
    text('secrets-manager.rotation', 'Rotation', 'behaviour', 'On a schedule expression (rate or cron), as often as every four hours', SM_ROTATION),
    range('secrets-manager.recovery-window', 'Deletion recovery window', { min: 7, max: 30, default: 30 }, 'days', SM_DELETE, { hardLimit: true }),
    text('secrets-manager.replication', 'Replication', 'behaviour', 'Replica secrets in other Regions', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/create-manage-multi-region-secrets.html'),
  ],
};

export const ssmParameterStore: ServiceCard = {
  id: 'ssm-parameter-store',
  parent: 'ssm',
  name: 'AWS Systems Manager Parameter Store',
  summary: 'Hierarchical storage for configuration data and secrets (SecureString via KMS), in Standard and Advanced tiers.',
  aliases: ['Parameter Store', 'SSM Parameter Store', 'AWS Systems Manager Parameter Store', 'SecureString', 'SSM parameter', 'SSM parameters'],
  category: 'Management',
  docs: PS,
  facts: [
    list('ssm-parameter-store.value-size', 'Maximum value size', 'limit', ['Standard: 4 KB', 'Advanced: 8 KB'], PS_TIERS),
    list('ssm-parameter-store.count', 'Parameters per account per Region', 'quota', ['Standard: 10,000', 'Advanced: 100,000'], PS_TIERS),
    text('ssm-parameter-store.policies', 'Parameter policies (expiration/TTL, notifications)', 'behaviour', 'Advanced tier only', PS_POLICIES, {
      seedLine: 3970,
      changed: { notes: 'a TTL can be assigned to expire a parameter', note: 'Expiration policies require the Advanced tier.' },
    }),
    price('ssm-parameter-store.advanced-price', 'Advanced parameter per month', 0.05, PS_PRICING, { detail: 'Standard parameters are free.' }),
    text('ssm-parameter-store.throughput', 'Throughput', 'quota', 'Default throughput for GetParameter; higher throughput (up to 10,000 TPS) is an opt-in, charged setting', PS_THROUGHPUT),
  ],
};

export const acm: ServiceCard = {
  id: 'acm',
  name: 'AWS Certificate Manager (ACM)',
  summary: 'Provisions, deploys and automatically renews public and private TLS certificates for integrated AWS services.',
  aliases: ['ACM', 'AWS Certificate Manager', 'Certificate Manager', 'ACM certificate', 'ACM certificates', 'TLS certificate', 'SSL certificate'],
  category: 'Security',
  docs: ACM,
  facts: [
    text('acm.price', 'Public certificates', 'price', 'Free for use with integrated services (ELB, CloudFront, API Gateway…); exportable public certificates are paid', ACM_PRICING),
    text('acm.cloudfront-region', 'Region rule', 'behaviour', 'Certificates for CloudFront must be requested or imported in us-east-1; ACM certificates are Regional, so other services need one in each Region', ACM_REGIONS, {
      seedLine: 4052,
      changed: { notes: 'CloudFront only available in us-east-1', note: 'CloudFront is global; its certificates live in us-east-1.' },
    }),
    // Seventeenth pass: read on ExportCertificate and CertificateOptions (ACM API, current model); the value left out private
    // certificates, which could always be exported.
    text('acm.export', 'Use on EC2', 'behaviour', 'Exportable with the private key: certificates issued by AWS Private CA, and public certificates requested with export enabled (public certificates created before 17 June 2025 cannot be exported); the Export option (ENABLED or DISABLED) is set at request and cannot be changed', ACM_EXPORT_API, {
      seedLine: 4046,
      changed: { notes: 'certificates cannot be loaded onto EC2 instances', note: 'Exportable public certificates exist since 2025.' },
    }),
    num('acm.certificates', 'ACM certificates per account per Region', 'quota', 2_500, 'count', ACM_LIMITS, { hardLimit: false }),
    range('acm.domains-per-cert', 'Domain names per certificate', { min: 1, max: 100, default: 10 }, 'count', ACM_LIMITS, { hardLimit: false }),
    text('acm.renewal', 'Renewal', 'behaviour', 'Managed renewal of DNS-validated certificates in use, starting 60 days before expiry', ACM_DNS_RENEWAL),
    list('acm.integrated-services', 'Integrated services', 'behaviour', ['Elastic Load Balancing', 'CloudFront', 'API Gateway', 'App Runner', 'Cognito', 'Amplify', 'Nitro Enclaves'], ACM_SERVICES),
  ],
};

export const waf: ServiceCard = {
  id: 'waf',
  name: 'AWS WAF',
  summary: 'Web application firewall with web ACLs of managed and custom rules, for CloudFront, ALB, API Gateway, AppSync and Cognito.',
  aliases: ['WAF', 'AWS WAF', 'WAFv2', 'AWS WAFv2', 'web ACL', 'web ACLs', 'Web ACL', 'rate-based rule', 'rate-based rules', 'IP set', 'managed rule group'],
  category: 'Security',
  docs: WAF,
  facts: [
    list('waf.resources', 'Protected resources', 'behaviour', ['CloudFront', 'Application Load Balancer', 'API Gateway REST API', 'AppSync', 'Cognito user pool', 'App Runner', 'Verified Access', 'Amplify', 'Bedrock AgentCore Gateway'], WAF_RESOURCES),
    num('waf.wcu', 'Web ACL capacity units (WCUs) per web ACL', 'quota', 5_000, 'count', WAF_LIMITS, {
      hardLimit: true,
      detail: 'Above 1,500 WCUs costs extra.',
    }),
    text('waf.rate-based', 'Rate-based rules', 'behaviour', 'Limit from 10 requests per evaluation window; windows of 1, 2, 5 (default) or 10 minutes', WAF_RATE),
    num('waf.ip-set', 'Addresses per IP set', 'limit', 10_000, 'count', WAF_LIMITS, { hardLimit: true }),
    price('waf.web-acl-price', 'Per web ACL per month', 5, WAF_PRICING, { detail: 'Plus $1 per rule per month and $0.60 per million requests.' }),
    text('waf.not-for-nlb', 'Not supported on', 'behaviour', 'Network Load Balancers and EC2 directly (use security groups, NACLs or Network Firewall)', WAF_RESOURCES),
  ],
};

export const shield: ServiceCard = {
  id: 'shield',
  name: 'AWS Shield',
  summary: 'DDoS protection: Shield Standard for everyone at no cost, Shield Advanced with response team and cost protection.',
  aliases: ['AWS Shield', 'Shield Standard', 'Shield Advanced', 'AWS Shield Advanced', 'AWS Shield Standard', 'Shield Response Team', 'SRT', 'DRT'],
  ambiguousAliases: ['Shield'],
  category: 'Security',
  docs: SHIELD,
  facts: [
    text('shield.standard', 'Shield Standard', 'price', 'Automatic layer 3/4 protection at no extra charge', SHIELD_PRICING),
    price('shield.advanced-price', 'Shield Advanced per month (per organization)', 3_000, SHIELD_PRICING, { detail: '1-year commitment, plus data transfer out fees.' }),
    text('shield.srt', 'Response team', 'behaviour', 'Shield Response Team (SRT); requires a Business or Enterprise Support plan', SHIELD_SRT, {
      seedLine: 4149,
      changed: { notes: 'AWS DDoS Response Team (DRT)', note: 'Now called the Shield Response Team (SRT).' },
    }),
    list('shield.advanced-resources', 'Shield Advanced resources', 'behaviour', ['CloudFront', 'Route 53 hosted zones', 'Global Accelerator', 'ELB', 'EC2 Elastic IPs'], SHIELD_RESOURCES),
  ],
};

export const firewallManager: ServiceCard = {
  id: 'firewall-manager',
  name: 'AWS Firewall Manager',
  summary: 'Central management of WAF, Shield Advanced, security group, Network Firewall and DNS Firewall policies across an organization.',
  aliases: ['Firewall Manager', 'AWS Firewall Manager', 'FMS'],
  category: 'Security',
  docs: FMS,
  facts: [
    list('firewall-manager.policy-types', 'Policy types', 'behaviour', ['AWS WAF', 'Shield Advanced', 'VPC security groups', 'Network Firewall', 'Route 53 Resolver DNS Firewall'], FMS),
    text('firewall-manager.prerequisites', 'Prerequisites', 'behaviour', 'AWS Organizations with all features, a Firewall Manager administrator account, and AWS Config enabled', FMS_PREREQ),
    price('firewall-manager.policy-price', 'Per policy per Region per month', 100, FMS_PRICING),
  ],
};

export const guardduty: ServiceCard = {
  id: 'guardduty',
  name: 'Amazon GuardDuty',
  summary: 'Managed threat detection from CloudTrail, VPC Flow Logs and DNS logs, plus S3, EKS, runtime, malware, RDS and Lambda protection.',
  aliases: ['GuardDuty', 'Amazon GuardDuty'],
  category: 'Security',
  docs: GD,
  facts: [
    list('guardduty.foundational-sources', 'Foundational data sources', 'behaviour', ['CloudTrail management events', 'VPC Flow Logs', 'Route 53 Resolver DNS query logs'], GD_SOURCES),
    num('guardduty.free-trial', 'Free trial', 'duration', 30, 'days', GD_PRICING_GUIDE, {
      sourceSection: 'AWS Free Tier: GuardDuty belongs to the short-term free trial category and offers a 30-day free trial',
      detail: 'Per account and Region, from the first enablement; a protection plan enabled after the trial gets its own 30 days. On-demand malware scan and Malware Protection for S3 are not in it.',
    }),
    num('guardduty.findings-retention', 'Findings retention', 'retention', 90, 'days', GD_FINDINGS_MGMT, {
      checked: '2026-12-06',
      detail: 'Export findings to Amazon S3 to keep them past the 90-day retention period.',
    }),
    text('guardduty.customisation', 'Customisation', 'behaviour', 'Suppression rules (auto-archive matching findings), trusted IP and entity lists, threat lists', GD_FINDINGS_MGMT, {
      seedLine: 4250,
      checked: '2026-12-06',
      changed: { notes: 'tailor security rules', note: 'The findings-management page tailors GuardDuty through suppression rules and trusted or threat lists.' },
    }),
    text('guardduty.events', 'Automation', 'behaviour', 'Findings go to EventBridge (and Security Hub) for automated response', GD_FINDINGS),
  ],
};

export const inspector: ServiceCard = {
  id: 'inspector',
  name: 'Amazon Inspector',
  summary: 'Continuous vulnerability management for EC2 instances, ECR container images and Lambda functions.',
  aliases: ['Amazon Inspector', 'Inspector2', 'AWS Inspector'],
  ambiguousAliases: ['Inspector'],
  category: 'Security',
  docs: INSPECTOR,
  facts: [
    list('inspector.targets', 'Scans', 'behaviour', ['EC2 (SSM agent or agentless)', 'ECR images', 'Lambda functions and code', 'code repositories'], INSPECTOR),
    num('inspector.free-trial', 'Free trial', 'duration', 15, 'days', INSPECTOR_PRICING),
    text('inspector.scoring', 'Findings', 'behaviour', 'Inspector risk score per finding (CVSS plus context); sent to Security Hub and EventBridge', INSPECTOR),
  ],
};

export const macie: ServiceCard = {
  id: 'macie',
  name: 'Amazon Macie',
  summary: 'Discovers and reports sensitive data such as PII in S3 using machine learning and pattern matching.',
  aliases: ['Amazon Macie', 'Macie'],
  category: 'Security',
  docs: MACIE,
  facts: [
    text('macie.scope', 'Scope', 'behaviour', 'Amazon S3 buckets and objects only', MACIE_API),
    num('macie.free-trial', 'Free trial', 'duration', 30, 'days', MACIE_USAGE, {
      sourceSection: 'Usage Totals: cost estimates for an account participating in a 30-day free trial',
    }),
    num('macie.findings-retention', 'Findings retention', 'retention', 90, 'days', MACIE_SUPPRESSION, { checked: '2026-12-06' }),
    text('macie.discovery', 'Discovery modes', 'behaviour', 'Automated sensitive data discovery (sampling) or targeted discovery jobs', MACIE),
  ],
};

export const directoryService: ServiceCard = {
  id: 'directory-service',
  name: 'AWS Directory Service',
  summary: 'Managed Microsoft Active Directory, AD Connector proxy and Simple AD for AWS workloads.',
  aliases: ['Directory Service', 'AWS Directory Service', 'AWS Managed Microsoft AD', 'Managed Microsoft AD', 'AD Connector', 'Simple AD', 'Active Directory'],
  category: 'Security',
  docs: DS,
  facts: [
    list('directory-service.types', 'Directory types', 'behaviour', ['AWS Managed Microsoft AD', 'AD Connector (proxy to on-premises AD)', 'Simple AD (Samba-based)'], DS),
    // Fourth audit: the edition sizes are on what_is, not on the Managed Microsoft AD page (which states the two DCs).
    text('directory-service.mad-editions', 'Managed Microsoft AD editions', 'behaviour', 'Standard (up to about 30,000 directory objects) and Enterprise (up to about 500,000 objects)', DS_WHAT, {
      checked: '2026-12-07',
      detail: 'Either edition is created as a highly available pair of domain controllers in different Availability Zones (directory_microsoft_ad).',
    }),
    text('directory-service.simple-ad', 'Simple AD sizes', 'behaviour', 'Small (up to 500 users) and Large (up to 5,000 users); no trusts with other domains', DS_SIMPLE),
    text('directory-service.ad-connector', 'AD Connector', 'behaviour', 'Redirects requests to your on-premises AD; caches nothing', DS_CONNECTOR),
    // Managed Microsoft AD domain controllers' inbound rules for native AD workloads (ms_ad_network_security); DNS 53, SMB 445,
    // NTP (UDP 123), NetLogon (UDP 138) and RPC 49152-65535 are in the same table.
    port('directory-service.port-kerberos', 'Managed Microsoft AD: Kerberos port (TCP and UDP)', 88, DS_PORTS, { checked: '2026-12-08' }),
    port('directory-service.port-ldap', 'Managed Microsoft AD: LDAP port (TCP and UDP)', 389, DS_PORTS, { checked: '2026-12-08' }),
    port('directory-service.port-kpasswd', 'Managed Microsoft AD: Kerberos change/set password port (TCP and UDP)', 464, DS_PORTS, { checked: '2026-12-08' }),
    port('directory-service.port-rpc', 'Managed Microsoft AD: RPC endpoint mapper port (TCP)', 135, DS_PORTS, {
      checked: '2026-12-08',
      detail: 'RPC also needs TCP 49152-65535 (replication, authentication, group policy, trusts).',
    }),
    port('directory-service.port-ldaps', 'Managed Microsoft AD: LDAP over SSL port (TCP)', 636, DS_PORTS, {
      checked: '2026-12-08',
      detail: 'Only required when LDAP over SSL is in use.',
    }),
    port('directory-service.port-global-catalog', 'Managed Microsoft AD: global catalog port (LDAP GC, TCP)', 3268, DS_PORTS, { checked: '2026-12-08' }),
    port('directory-service.port-global-catalog-ssl', 'Managed Microsoft AD: global catalog over SSL port (TCP)', 3269, DS_PORTS, { checked: '2026-12-08' }),
    port('directory-service.port-adws', 'Managed Microsoft AD: AD DS web services port (SOAP, TCP)', 9389, DS_PORTS, { checked: '2026-12-08' }),
  ],
};

export const cognito: ServiceCard = {
  id: 'cognito',
  name: 'Amazon Cognito',
  summary: 'Customer identity: user pools for sign-up/sign-in (JWTs) and identity pools for temporary AWS credentials.',
  aliases: ['Cognito', 'Amazon Cognito', 'Cognito User Pool', 'Cognito User Pools', 'user pool', 'user pools', 'identity pool', 'identity pools', 'Cognito Identity Pool', 'CUP', 'CIP'],
  category: 'Security',
  docs: COGNITO,
  facts: [
    // Fourth audit: the identity-pools page states only the identity-pool half; the user pools page states both.
    text('cognito.pools', 'User pools vs identity pools', 'behaviour', 'User pools authenticate users and issue JSON web tokens (JWT); identity pools exchange them for AWS credentials', COGNITO_USER_POOLS, {
      checked: '2026-12-07',
      detail: 'Identity pools give temporary, limited-privilege AWS credentials (cognito-identity).',
      seedLine: 2364,
      changed: { notes: 'User Pools provide temporary access keys to S3', note: 'Temporary AWS credentials come from identity pools.' },
    }),
    range('cognito.access-token-validity', 'Access/ID token validity', { min: 300, max: 86_400, default: 3_600 }, 'seconds', COGNITO_TOKENS, { hardLimit: true }),
    range('cognito.refresh-token-validity', 'Refresh token validity', { min: 3_600, max: 315_360_000, default: 2_592_000 }, 'seconds', COGNITO_TOKENS, {
      hardLimit: true,
      detail: '1 hour to 10 years; 30 days by default.',
    }),
    num('cognito.user-pools', 'User pools per account per Region', 'quota', 1_000, 'count', COGNITO_QUOTAS, { hardLimit: false }),
    text('cognito.pricing', 'Pricing', 'price', 'Per monthly active user by feature tier (Lite, Essentials, Plus), with a free tier', COGNITO_PRICING),
  ],
};
