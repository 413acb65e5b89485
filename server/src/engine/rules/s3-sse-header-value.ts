import { assertedClaims, findClaims, replaceFix, type ClaimFrame, type ClaimMatch } from './kit/claims';
import type { ContextRule, Report } from './kit/types';
import type { AnalyzedContext } from '../model/document-model';

/** What S3 accepts as the server-side encryption algorithm (the API's valid values). */
const VALID = /^(?:AES256|aws:kms|aws:kms:dsse|aws:fsx)$/;
/**
 * The algorithm named where S3 reads it: the request header, the CLI flag, the SDK parameter, the
 * bucket-default property (CloudFormation `SSEAlgorithm`, Terraform `sse_algorithm`). The value is a
 * literal: a variable, a reference or a placeholder (`$SSE`, `!Ref`, `var.x`, `<value>`) is not read.
 */
const SETTING =
  /(?:\bx-amz-server-side-encryption|--server-side-encryption|\bServerSideEncryption|\bserver_side_encryption|\bSSEAlgorithm|\bsse_algorithm)(?![\w-])["'`]?(?:\s*[:=]\s*|\s+(?:header\s+)?(?:(?:is\s+)?set\s+to|with\s+(?:the\s+)?value|equal\s+to)\s+|\s+(?=["'`]?aws:))["'`]?([A-Za-z][\w:-]*)(?=["'`]?(?:[\s,;.)}\]|*]|$))/g;
/**
 * What an algorithm looks like: the valid values and the misspellings people write. Anything else
 * (`sse_mode`, `algorithm`) is a variable of the surrounding code, not a value.
 */
const ALGORITHM_LIKE = /^(?:AES[-_]?256|SSE[-_]?(?:S3|KMS|C)|KMS|S3|DSSE(?:-KMS)?|aws:[\w:-]+)$/i;
/** Values people write for SSE-S3 by mistake, each certainly meant as SSE-S3. */
const MEANT_SSE_S3 = /^(?:aws:s3|s3|SSE-S3|AES-256|aes256|sse_s3)$/i;

/** SSE-S3 said to take the KMS value: "for SSE-S3 send x-amz-server-side-encryption: aws:kms". */
const SSE_S3_AS_KMS: readonly ClaimFrame[] = [
  {
    subject: /\bSSE-S3\b|\bS3[- ]managed\s+(?:encryption\s+)?keys\b/i,
    predicate: /(?:\bx-amz-server-side-encryption|--server-side-encryption|\bServerSideEncryption)["'`]?(?:\s*[:=]\s*|\s+)["'`]?aws:kms\b(?!:)/i,
    rival: /\bSSE-KMS\b|\bDSSE\b|\bKMS\s+keys?\b|\bKMS-managed\b/i,
    reach: 60,
  },
];

function settings(text: string): { start: number; end: number; value: string }[] {
  const out: { start: number; end: number; value: string }[] = [];
  const re = new RegExp(SETTING.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1] ?? '';
    // A variable ("var.sse", "sse_mode", "ServerSideEncryption.AES_256") is not a literal value.
    if (!ALGORITHM_LIKE.test(value) || /^\.\w/.test(text.slice(m.index + m[0].length))) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, value });
  }
  return out;
}

function reportValue(report: Report, at: number, value: string): void {
  const meantS3 = MEANT_SSE_S3.test(value);
  report({
    start: at,
    end: at + value.length,
    message: `S3 does not accept "${value}" as the server-side encryption algorithm: the values are AES256 (SSE-S3), aws:kms (SSE-KMS), aws:kms:dsse (DSSE-KMS) and aws:fsx.`,
    fixes: meantS3 ? [replaceFix('Use AES256 (SSE-S3)', at, at + value.length, 'AES256')] : undefined,
  });
}

/** Prose: the setting must be asserted (not negated, questioned or quoted as a myth). */
function proseValues(context: AnalyzedContext): ClaimMatch[] {
  return findClaims(context, SETTING).filter((claim) => {
    if (/\?[\s*_)]*$/.test(claim.clause)) return false;
    const local = claim.start - context.start;
    return settings(context.text.slice(local, claim.end - context.start)).some((s) => !VALID.test(s.value));
  });
}

export const s3SseHeaderValue: ContextRule = {
  id: 's3-sse-header-value',
  scope: 'context',
  description: 'An S3 server-side encryption algorithm written with a value S3 does not accept, or SSE-S3 given the KMS value.',
  rationale:
    'The `x-amz-server-side-encryption` header (the CLI `--server-side-encryption` flag, the SDK `ServerSideEncryption` parameter, ' +
    'the bucket default `SSEAlgorithm` / `sse_algorithm`) takes `AES256` for SSE-S3 (Amazon S3 managed keys), `aws:kms` for SSE-KMS, ' +
    '`aws:kms:dsse` for DSSE-KMS and `aws:fsx` for FSx data behind S3 access points. `aws:s3` is not a value; a request that sends it ' +
    'is rejected, and `aws:kms` selects KMS keys, not SSE-S3. Variables and placeholders are not read; negated or questioned statements are not flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['s3.sse-s3-header'],
  fixable: true,
  examples: {
    flag: [
      {
        text: '- **Usage:** Specify the header `x-amz-server-side-encryption: aws:s3` when uploading objects to enable SSE-S3 encryption.',
        flagged: ['aws:s3'],
        output: '- **Usage:** Specify the header `x-amz-server-side-encryption: AES256` when uploading objects to enable SSE-S3 encryption.',
      },
      {
        text: '```bash\naws s3 cp report.csv s3://reports/ --server-side-encryption aws:s3\n```',
        flagged: ['aws:s3'],
        output: '```bash\naws s3 cp report.csv s3://reports/ --server-side-encryption AES256\n```',
      },
      { text: 'For SSE-S3 uploads the client sends `x-amz-server-side-encryption: aws:kms`.', flagged: ['SSE-S3 uploads the client sends `x-amz-server-side-encryption: aws:kms'] },
    ],
    pass: [
      'Send `x-amz-server-side-encryption: AES256` for SSE-S3 and `aws:kms` for SSE-KMS.',
      '```hcl\nsse_algorithm = var.sse_algorithm\n```',
      'SSE-KMS uploads send `x-amz-server-side-encryption: aws:kms` with the key ID header.',
      'Do not send `x-amz-server-side-encryption: aws:s3`; the value for SSE-S3 is AES256.',
      '```yaml\nServerSideEncryptionByDefault:\n  SSEAlgorithm: aws:kms:dsse\n```',
    ],
  },
  check(context, report) {
    if (!/server-?side-?encryption|server_side_encryption|sse_?algorithm/i.test(context.text)) return;
    if (context.kind === 'code') {
      for (const s of settings(context.text)) if (!VALID.test(s.value)) reportValue(report, context.start + s.start, s.value);
      return;
    }
    for (const claim of proseValues(context)) {
      const local = claim.start - context.start;
      for (const s of settings(context.text.slice(local, claim.end - context.start))) {
        if (!VALID.test(s.value)) reportValue(report, claim.start + s.start, s.value);
      }
    }
    if (!/\bSSE-S3\b|\bS3[- ]managed/i.test(context.text)) return;
    for (const claim of assertedClaims(context, SSE_S3_AS_KMS)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'SSE-S3 (Amazon S3 managed keys) is requested with `x-amz-server-side-encryption: AES256`; `aws:kms` selects SSE-KMS.',
      });
    }
  },
};
