/**
 * S3 bucket names that AWS refuses: upper case, underscores, length outside 3–63, not starting or
 * ending with a letter or digit, adjacent dots, an IP address, a reserved prefix or suffix. Read only
 * where the text is certainly a bucket name: `s3://name/…`, `arn:aws:s3:::name`, Terraform `bucket =
 * "name"`, CloudFormation `BucketName: name` (and `Bucket:` inside an AWS resource). Placeholders and
 * interpolations (`<bucket>`, `${env}`, `{{ }}`, `YOUR_BUCKET`) are not names.
 */
import type { AnalyzedContext } from '../model/document-model';
import type { ContextRule, FindingDraft } from './kit/types';

const FACT_RULES = 's3.bucket-name-rules';
const FACT_LENGTH = 's3.bucket-name-length';

/** Creating the bucket (error) or referring to one (a legacy us-east-1 bucket may predate today's rules). */
type Use = 'create' | 'reference';

/** Not a name at all: templates, wildcards, shell variables, ellipses, ALL_CAPS placeholders, "bucket_name". */
function isPlaceholder(name: string): boolean {
  if (/[<>{}$%*?…\[\]()|\\@#!]|\.\.\./.test(name)) return true;
  if (/^[A-Z0-9_-]+$/.test(name) && /[A-Z]/.test(name)) return true;
  return /^(?:(?:your|my|some|the|example|sample|source|target|dest(?:ination)?)[-_]?)?bucket(?:[-_]?name)?(?:[-_]?here)?$/i.test(name);
}

/** What is wrong with a name, or undefined when it is valid (for `use`). */
function problemOf(name: string, use: Use): string | undefined {
  if (name.length < 3 || name.length > 63) return `it has ${name.length} characters (3 to 63 allowed)`;
  if (/[A-Z]/.test(name)) return 'it has upper-case letters';
  if (/_/.test(name)) return 'it has underscores';
  if (/[^a-z0-9.-]/.test(name)) return 'it has characters other than lower-case letters, digits, dots and hyphens';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'it must begin and end with a letter or digit';
  if (name.includes('..')) return 'it has two adjacent dots';
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name)) return 'it is formatted as an IP address';
  const prefix = ['xn--', 'sthree-', 'amzn-s3-demo-'].find((p) => name.startsWith(p));
  if (prefix) return `the prefix ${prefix} is reserved`;
  // Access point aliases (-s3alias, --ol-s3), directory buckets (--x-s3) and S3 Tables' buckets (--table-s3) are used where
  // bucket names go: only a new bucket may not end so. (-an is allowed in the account regional namespace, so it is not judged.)
  if (use === 'create' && /(?:-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)) {
    return 'that suffix is reserved for access point aliases, Multi-Region Access Points, directory buckets and S3 Tables';
  }
  return undefined;
}

/** `${…}` (CloudFormation Sub, Serverless, Terraform) and `{{…}}` (Jinja, Helm) interpolations. */
const INTERPOLATION = /\$\{[^{}]{0,200}\}|\{\{[^{}]{0,200}\}\}/g;

/**
 * A templated name whose own letters already break the rules ("Reports-${sls:stage}", "raw_${var.env}"):
 * whatever the variables hold, the created name keeps its upper case or underscores.
 */
function templateLiteralProblem(name: string): string | undefined {
  if (!/\$\{|\{\{/.test(name)) return undefined;
  const literal = name.replace(INTERPOLATION, '');
  if (/[{}$]/.test(literal)) return undefined;
  if (/[A-Z]/.test(literal)) return 'its fixed part has upper-case letters';
  if (/_/.test(literal)) return 'its fixed part has underscores';
  return undefined;
}

function fixedName(name: string): string | undefined {
  const fixed = name.toLowerCase().replace(/_/g, '-');
  return fixed !== name && problemOf(fixed, 'create') === undefined ? fixed : undefined;
}

function finding(start: number, name: string, use: Use, problem: string): FindingDraft {
  const fixed = fixedName(name);
  const legacy = use === 'reference' && (/upper-case|underscores/.test(problem) || name.length > 63) ? ' (Only a us-east-1 bucket created before March 2018 can have such a name.)' : '';
  return {
    start,
    end: start + name.length,
    severity: use === 'reference' && legacy ? 'warning' : undefined,
    message: `${name} is not a valid S3 bucket name: ${problem}. Bucket names are 3–63 lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit.${legacy}`,
    fixes: fixed ? [{ title: `Use ${fixed}`, edits: [{ start, end: start + name.length, newText: fixed }], safe: false }] : [],
  };
}

/** `s3://name/…` (not s3a:// or s3n://) and `arn:aws:s3:::name`, with trailing sentence punctuation dropped. */
const URI = /(?<![\w/])s3:\/\/([^\s/`'"<>()[\]{},;|]+)|\barn:aws[\w-]*:s3:::([^\s/`'"<>()[\]{},;|]+)/g;

function checkText(context: AnalyzedContext, report: (d: FindingDraft) => void): void {
  if (!/s3:\/\/|:s3:::/.test(context.text)) return;
  URI.lastIndex = 0;
  for (let m = URI.exec(context.text); m; m = URI.exec(context.text)) {
    let name = m[1] ?? m[2] ?? '';
    // The name runs to a '/' or whitespace; a '{' or '$' right after it is a template ("my-bucket-${env}").
    const after = context.text[m.index + m[0].length];
    if (after === '{' || after === '$' || after === '<' || after === '[' || after === '(') continue;
    name = name.replace(/(?<![.:!?])[.:!?]+$/, '');
    if (name === '' || isPlaceholder(name)) continue;
    const problem = problemOf(name, 'reference');
    if (!problem) continue;
    report(finding(context.start + m.index + m[0].length - (m[1] ?? m[2] ?? '').length, name, 'reference', problem));
  }
}

const HCL = /^(?:hcl|terraform|tf)$/;

function checkCode(context: AnalyzedContext, report: (d: FindingDraft) => void): void {
  const type = context.resourceType;
  const aws = type !== undefined && type.startsWith('AWS::');
  const terraform = (type !== undefined && type.startsWith('aws_')) || HCL.test(context.lang ?? '');
  for (const v of context.iacValues) {
    let use: Use | undefined;
    if (v.key === 'BucketName') use = type === 'AWS::S3::Bucket' ? 'create' : 'reference';
    else if (v.key === 'Bucket' && aws) use = 'reference';
    else if (v.key === 'bucket' && terraform) {
      // A quoted literal only: `bucket = aws_s3_bucket.logs.id` is a reference expression.
      if (context.text[v.start - context.start - 1] !== '"') continue;
      use = type === 'aws_s3_bucket' ? 'create' : 'reference';
    }
    if (use === 'create') {
      const literal = templateLiteralProblem(v.raw);
      if (literal) {
        report({ ...finding(v.start, v.raw, use, literal), fixes: [] });
        continue;
      }
    }
    // A URI or ARN in the value is read by checkText; intrinsic functions and references are not names.
    if (!use || isPlaceholder(v.raw) || /[/:]/.test(v.raw) || /^(?:Ref|Fn|GetAtt)$/.test(v.raw)) continue;
    const problem = problemOf(v.raw, use);
    if (problem) report(finding(v.start, v.raw, use, problem));
  }
}

export const s3BucketNameInvalid: ContextRule = {
  id: 's3-bucket-name-invalid',
  scope: 'context',
  cue: { has: ['iac'], words: ['s3', 'arn'] },
  description: 'An S3 bucket name that AWS refuses (upper case, underscores, length outside 3–63, bad first or last character, IP form, reserved prefix or suffix).',
  rationale:
    'General purpose bucket names are 3 to 63 characters of lower-case letters, digits, dots and hyphens, begin and end with a letter or digit, ' +
    'have no two adjacent dots, are not formatted as an IP address, do not start with `xn--`, `sthree-` or `amzn-s3-demo-`, and do not end with ' +
    '`-s3alias`, `--ol-s3`, `.mrap`, `--x-s3` or `--table-s3`. Checked in `s3://name/…`, `arn:aws:s3:::name`, Terraform `bucket = "name"` and CloudFormation ' +
    '`BucketName` / `Bucket`. A name that only refers to a bucket (a URI, an ARN, a policy) is a warning when the problem is upper case or ' +
    'underscores, since us-east-1 buckets created before March 2018 may have such names, and access point aliases (`-s3alias`, `--ol-s3`) and ' +
    'directory buckets (`--x-s3`) and S3 Tables buckets (`--table-s3`) are accepted there. Templates and placeholders (`<bucket>`, `${env}`, `{{ }}`, `YOUR_BUCKET`) are left alone. ' +
    'The quick fix lower-cases the name and turns underscores into hyphens.',
  severity: 'error',
  category: 'iac',
  facts: [FACT_RULES, FACT_LENGTH],
  fixable: true,
  examples: {
    flag: [
      { text: '```yaml\nReports:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: Reports-${sls:stage}-${aws:accountId}\n```', flagged: ['Reports-${sls:stage}-${aws:accountId}'] },
      {
        text: 'Upload invoices to s3://Finance_Invoices/2025/.',
        flagged: ['Finance_Invoices'],
        output: 'Upload invoices to s3://finance-invoices/2025/.',
      },
      {
        text: '```yaml\nLogsBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: my-app-Logs\n```',
        flagged: ['my-app-Logs'],
        output: '```yaml\nLogsBucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: my-app-logs\n```',
      },
      {
        text: '```hcl\nresource "aws_s3_bucket" "exports" {\n  bucket = "exports_2025"\n}\n```',
        flagged: ['exports_2025'],
        output: '```hcl\nresource "aws_s3_bucket" "exports" {\n  bucket = "exports-2025"\n}\n```',
      },
      { text: 'The policy grants s3:GetObject on arn:aws:s3:::-reports-bucket/*.', flagged: ['-reports-bucket'] },
      { text: '```hcl\nresource "aws_s3_bucket" "ip" {\n  bucket = "192.168.5.4"\n}\n```', flagged: ['192.168.5.4'] },
    ],
    pass: [
      'Upload invoices to s3://finance-invoices-prod-eu/2025/.',
      'Copy the export to s3://<bucket>/exports/ and s3://${BUCKET_NAME}/raw/.',
      '```hcl\nresource "aws_s3_bucket" "logs" {\n  bucket = "my-bucket-${var.env}"\n}\n```',
      '```yaml\nReports:\n  Type: AWS::S3::Bucket\n  Properties:\n    BucketName: !Sub reports-${AWS::AccountId}-${Stage}\n```',
      'The role may read arn:aws:s3:::analytics-* and s3://{{ bucket }}/.',
      '```yaml\nPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref LogsBucket\n```',
      'Replace YOUR_BUCKET in s3://YOUR_BUCKET/data with your bucket.',
      'Clients read through the access point alias s3://orders-ap-hrzrlukc5m36ft7okagglf3gmwluquse1b-s3alias/.',
      'Spark reads s3a://Data_Lake/raw through the Hadoop connector.',
    ],
  },
  check(context, report) {
    checkText(context, report);
    if (context.kind === 'code' && context.iacValues.length > 0) checkCode(context, report);
  },
};
