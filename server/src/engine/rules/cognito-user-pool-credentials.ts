import {assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

const USER_POOL = /\b(?:Cognito\s+)?[Uu]ser\s+[Pp]ools?\b|\bCUP\b/;
/** AWS credentials: "temporary AWS credentials", "access keys", "STS credentials", "IAM credentials". */
const AWS_CREDENTIALS = String.raw`(?:(?:temporary|short-lived|scoped|limited)\s+)?(?:AWS|IAM|STS)\s+(?:access\s+)?(?:credentials|keys)|(?:temporary|short-lived)\s+(?:access\s+keys|credentials|security\s+credentials)|access\s+keys?(?:\s+and\s+secret(?:\s+access)?\s+keys?)?|AWS\s+access\s+key\s+IDs?`;
/**
 * Credentials from a user pool: "the user pool issues temporary AWS credentials", "users get access keys
 * from the Cognito user pool", "a user pool provides STS credentials for S3".
 */
const USER_POOL_CREDENTIALS: readonly ClaimFrame[] = [
  {
    subject: USER_POOL,
    predicate: new RegExp(
      String.raw`\b(?:issues?|provides?|returns?|vends?|gives?|hands?\s+out|generates?|grants?|exchanges?\s+\w+\s+for|supplies|supply|yields?)\s+(?:(?:the\s+)?(?:users?|clients?|apps?|them)\s+)?(?:with\s+)?(?:the\s+)?(?:${AWS_CREDENTIALS})\b|\b(?:${AWS_CREDENTIALS})\b[^.;]{0,30}?\b(?:from|issued\s+by|provided\s+by|returned\s+by|vended\s+by)\b`,
      'i',
    ),
    reach: 50,
  },
];
/** An identity pool named (the right component), or "federated identities": the writer knows the split. */
const IDENTITY_POOL = /\bidentity\s+pools?\b|\bfederated\s+identit(?:y|ies)\b|\bCIP\b|\bGetCredentialsForIdentity\b|\bAssumeRoleWithWebIdentity\b/i;

export const cognitoUserPoolCredentials: ContextRule = {
  id: 'cognito-user-pool-credentials',
  scope: 'context',
  cue: { words: ['user', 'cup'] },
  description: 'A Cognito user pool said to issue temporary AWS credentials, which come from an identity pool.',
  rationale:
    'An Amazon Cognito user pool is a user directory: it signs users in and issues JSON Web Tokens (ID, access and refresh tokens) ' +
    'that an API Gateway authorizer or an application checks. Temporary AWS credentials (an access key, secret key and session ' +
    'token from STS) come from a Cognito identity pool, which exchanges the user pool token for an IAM role. A design that calls S3 ' +
    'directly "with the credentials from the user pool" is missing the identity pool. Text that names an identity pool is not ' +
    'flagged.',
  severity: 'info',
  category: 'behaviour',
  facts: ['cognito.pools'],
  fixable: false,
  examples: {
    flag: [
      { text: 'The Cognito user pool issues temporary AWS credentials so the app can upload to S3.', flagged: ['Cognito user pool issues temporary AWS credentials'] },
      { text: 'After sign-in, users get temporary access keys from the user pool.', flagged: ['temporary access keys from the user pool'] },
      { text: 'Cognito User Pools provide the client with STS credentials for DynamoDB.', flagged: ['Cognito User Pools provide the client with STS credentials'] },
    ],
    pass: [
      'The user pool signs users in; the identity pool exchanges its token for temporary AWS credentials.',
      'A Cognito user pool does not issue AWS credentials, only JWTs.',
      'Does a user pool provide temporary AWS credentials?',
      'The user pool issues JWTs that the API Gateway authorizer validates.',
      'Unlike a user pool, an identity pool provides temporary AWS credentials.',
    ],
  },
  check(context, report) {
    if (!USER_POOL.test(context.text) || IDENTITY_POOL.test(context.text)) return;
    for (const claim of assertedClaims(context, USER_POOL_CREDENTIALS)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A Cognito user pool issues JWTs (ID, access, refresh tokens); temporary AWS credentials come from an identity pool that exchanges those tokens.',
      });
    }
  },
};
