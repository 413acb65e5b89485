/**
 * Claims that contradict a behaviour fact of the pack, as data: each row is a frame (the concept and
 * what is said of it, in any order and voice, within one asserting clause) and the fact it contradicts.
 * A row names its own rival concepts (the thing the predicate is really true of, "NAT gateways are per
 * AZ" beside an internet gateway) and the words that show the writer knows better. Negation, questions,
 * quoted myths, conditions and contrast are handled by the claims kit, as for every claim rule.
 */
import { requireFact } from '../../facts/catalog';
import { assertedClaims, type ClaimFrame } from './kit/claims';
import type { ContextRule } from './kit/types';

interface BehaviourClaim {
  /** The fact the claim contradicts (its page is the finding's source). */
  readonly fact: string;
  /** A cheap test before the frames: the concept must be named in the statement. */
  readonly concept: RegExp;
  readonly frames: readonly ClaimFrame[];
  /** A statement matching this says the right thing or is about another case: left alone. */
  readonly knows?: RegExp;
  readonly message: string;
}

const AZS = String.raw`(?:AZs|Availability\s+Zones|zones)`;
const MANY = String.raw`(?:multiple|several|many|two\s+or\s+more|more\s+than\s+one|all(?:\s+the)?|different|across)`;

const CLAIMS: readonly BehaviourClaim[] = [
  {
    fact: 'vpc.subnet-one-az',
    // One subnet: "a subnet", "each subnet", "a single subnet" (subnets in the plural may well span zones together).
    concept: /\bsub-?net\b/i,
    frames: [
      {
        subject: /\b(?:a|an|one|each|every|the|this|that|single|same)\s+(?:single\s+|public\s+|private\s+|isolated\s+)?sub-?net\b(?!\s*(?:groups?|IDs?)\b)/i,
        predicate: new RegExp(String.raw`\b(?:span|spans|spanning|stretch(?:es|ing)?(?:\s+(?:across|over))?|extends?\s+(?:across|over)|covers?|is\s+spread\s+(?:across|over)|spread\s+(?:across|over))\s+${MANY}\s+(?:of\s+(?:the\s+)?)?${AZS}\b|\b(?:multi|cross)[- ](?:AZ|Availability[- ]Zone)\s+sub-?net\b`, 'i'),
        reach: 30,
      },
    ],
    knows: /\bsub-?net\s+groups?\b|\bVPC\s+(?:itself\s+)?spans\b/i,
    message: 'A subnet lies entirely in one Availability Zone and cannot span zones; spread a tier over one subnet per zone.',
  },
  {
    fact: 'internet-gateway.per-vpc',
    concept: /\binternet\s+gateways?\b|\bIGWs?\b/i,
    frames: [
      {
        subject: /\binternet\s+gateways?\b|\bIGWs?\b/i,
        predicate: new RegExp(String.raw`\b(?:one|an?)\s+(?:(?:IGW|internet\s+gateway)\s+)?(?:per|in\s+each|for\s+each|in\s+every|for\s+every)\s+(?:AZ|Availability\s+Zone|sub-?net)\b|\bper[- ](?:AZ|sub-?net)\b|\b(?:one|an?)\s+in\s+each\s+(?:AZ|Availability\s+Zone)\b`, 'i'),
        reach: 40,
        // "one IGW per VPC, a NAT gateway per AZ": the per-AZ words are the NAT gateway's.
        rival: /\bNAT\b/i,
      },
    ],
    message: 'An internet gateway attaches to the VPC (one per VPC) and is redundant and highly available by itself; it is not created per Availability Zone or per subnet (NAT gateways are).',
  },
  {
    fact: 'nat-gateway.placement',
    concept: /\bNAT\b/i,
    frames: [
      {
        subject: /(?<!\bprivate\s)\bNAT\s+gateways?\b|(?<!\bprivate\s)\bNAT\s*GWs?\b/i,
        predicate: /\b(?:lives?|sits?|goes|go|is|are|placed|deployed|created|launched|put|resides?|located)\s+(?:only\s+)?(?:in|into|inside|within)\s+(?:(?:a|the|each|every|our)\s+)?(?:[\w-]+\s+)?private\s+sub-?nets?\b/i,
        reach: 60,
        ordered: true,
        // "the NAT gateway lets instances in private subnets reach the internet": the subnet is theirs.
        rival: /\binstances?\b|\bservers?\b|\bworkloads?\b|\btasks?\b|\bpods?\b|\bfunctions?\b|\bresources?\b|\bapps?\b|\bdatabases?\b|\bnodes?\b|\btraffic\b/i,
      },
    ],
    knows: /\bprivate\s+NAT\b|\bconnectivity\s?type\s?[:=]?\s?private\b/i,
    message: 'A public NAT gateway is created in a public subnet, with an Elastic IP address and a route to the internet gateway; the private subnets route their outbound traffic to it.',
  },
  {
    fact: 'route53.alias',
    concept: /\balias/i,
    frames: [
      {
        subject: /\b(?:Route\s*53\s+)?alias\s+records?\b|\bRoute\s*53\s+alias(?:es)?\b/i,
        predicate: /\b(?:point|points|pointing|route|routes|map|maps|resolve|resolves|target|targets)\s+(?:to\s+)?any\s+(?:external\s+|other\s+)?(?:DNS\s+names?|domains?(?:\s+names?)?|host\s?names?|IP(?:\s+address(?:es)?)?|endpoints?|websites?|URLs?)\b/i,
        reach: 40,
      },
    ],
    message: 'A Route 53 alias record points only to selected AWS resources (CloudFront, load balancers, API Gateway, an S3 website bucket, Global Accelerator, VPC interface endpoints, …) or another record in the same hosted zone; other DNS names need a CNAME.',
  },
  {
    fact: 'privatelink.hourly-price',
    concept: /\binterface\s+(?:VPC\s+)?endpoints?\b|\bPrivateLink\b/i,
    frames: [
      {
        subject: /\binterface\s+(?:VPC\s+)?endpoints?\b|\bPrivateLink(?:\s+endpoints?)?\b/i,
        predicate: /\b(?:are|is|costs?|comes?)\s+(?:completely\s+|totally\s+|entirely\s+)?(?:free|nothing)\b|\bcost\s+nothing\b|\bfree\s+of\s+charge\b|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:charge|cost)\b/i,
        reach: 40,
        // "gateway endpoints are free, interface endpoints are not": the price words are the gateway's.
        rival: /\bgateway\s+(?:VPC\s+)?endpoints?\b/i,
      },
    ],
    message: 'Interface endpoints (AWS PrivateLink) are billed per endpoint per AZ-hour plus per GB processed; the gateway endpoints for S3 and DynamoDB are the free ones.',
  },
  {
    fact: 'network-acl.rule-number',
    concept: /\bNACLs?\b|\bnetwork\s+ACLs?\b/i,
    frames: [
      {
        subject: /\bNACLs?\b|\bnetwork\s+ACLs?\b/i,
        predicate: /\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?rules\s+are\s+evaluated\b|\bevaluated?\s+all\s+together\b|\bevaluates?\s+all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?rules\b|\bmost\s+permissive\s+(?:rule\s+)?wins\b|\brule\s+order\s+(?:does\s+not|doesn't)\s+matter\b|\border\s+of\s+(?:the\s+)?rules\s+(?:does\s+not|doesn't)\s+matter\b/i,
        reach: 50,
        // "unlike NACLs, security groups evaluate all rules": the evaluation words are the security group's.
        rival: /\bsecurity\s+groups?\b|\bSGs?\b/i,
      },
    ],
    message: 'Network ACL rules are evaluated in order, lowest rule number first, and the first rule that matches decides; security groups are the ones that evaluate all their rules together.',
  },
  {
    fact: 'instance-store.persistence',
    concept: /\binstance[- ]store\b/i,
    frames: [
      {
        subject: /\binstance[- ]store(?:\s+(?:volumes?|data|disks?|storage))?\b/i,
        predicate: /\b(?:survives?|persists?|(?:is|are)\s+(?:kept|retained|preserved)|remains?|stays?)\b[^.;]{0,25}?\b(?:stops?|stop\/start|stop-start|stopping|stopped|shut\s?downs?|hibernat\w*|terminat\w*)\b/i,
        reach: 40,
      },
    ],
    message: 'Instance store data survives a reboot but is lost when the instance stops, hibernates or terminates; keep data that must last on EBS, EFS or S3.',
  },
  {
    fact: 's3-glacier-deep-archive.retrieval',
    concept: /\bDeep\s+Archive\b/i,
    frames: [
      {
        subject: /\b(?:S3\s+)?Glacier\s+Deep\s+Archive\b|\bDeep\s+Archive\b(?!\s+Access)/i,
        predicate: /\bexpedited\b|\b(?:within|in|takes?)\s+(?:a\s+few\s+|1\s*[-–]\s*5\s+|several\s+)?minutes\b/i,
        reach: 50,
        rival: /\bFlexible\s+Retrieval\b|\bInstant\s+Retrieval\b|\bGlacier\b(?!\s+Deep)/i,
      },
    ],
    message: 'S3 Glacier Deep Archive restores with Standard (within 12 hours) or Bulk (within 48 hours) retrieval; it has no Expedited tier (that is Glacier Flexible Retrieval’s, 1–5 minutes).',
  },
];

export const behaviourClaim: ContextRule = {
  id: 'behaviour-claim',
  scope: 'context',
  cue: { words: ['subnet', 'gateway', 'igw', 'nat', 'alias', 'endpoint', 'privatelink', 'nacl', 'acl', 'instance', 'archive'] },
  description: 'A statement that contradicts a behaviour fact of the pack: a subnet spanning zones, an internet gateway per AZ, a NAT gateway in a private subnet, and more.',
  rationale:
    'Each row of this rule is a claim frame and the fact it contradicts, so a new misconception is data, not a rule file: a subnet lies in ' +
    'one Availability Zone; an internet gateway is one per VPC and highly available by itself; a public NAT gateway sits in a public ' +
    'subnet; a Route 53 alias record points only to selected AWS resources; interface endpoints are billed per AZ-hour; network ACL rules ' +
    'are evaluated in rule-number order; instance store data is lost when the instance stops; Glacier Deep Archive has no Expedited ' +
    'retrieval. Negated, hypothetical, quoted and contrasted statements, and questions, are left alone.',
  // A new data-driven check starts at info until the labelled corpus shows ≥ 95 % precision for it
  // (issue 12); the corpus holds none of these claims yet, only look-alikes it leaves alone.
  severity: 'info',
  category: 'behaviour',
  // Each row's fact must exist: checked once, when the rule is built.
  facts: CLAIMS.map((c) => requireFact(c.fact).id),
  draftsNameFacts: true,
  fixable: false,
  examples: {
    flag: [
      { text: '- A subnet can span multiple AZs.', flagged: ['A subnet can span multiple AZs'] },
      { text: 'Internet gateway: one per AZ for high availability.', flagged: ['Internet gateway: one per AZ'] },
      { text: 'The NAT gateway lives in a private subnet.', flagged: ['NAT gateway lives in a private subnet'] },
      { text: 'Route 53 alias records can point to any DNS name.', flagged: ['Route 53 alias records can point to any DNS name'] },
      { text: 'Interface endpoints cost nothing, so we add one per service.', flagged: ['Interface endpoints cost nothing'] },
      { text: 'NACLs: all rules are evaluated, most permissive wins.', flagged: ['NACLs: all rules are evaluated'] },
      { text: 'Instance store data survives a stop/start.', flagged: ['Instance store data survives a stop'] },
      { text: 'Glacier Deep Archive restores in minutes with expedited retrieval.', flagged: ['Glacier Deep Archive restores in minutes'] },
    ],
    pass: [
      'Our private subnets span three AZs, one per zone.',
      'The RDS DB subnet group spans two Availability Zones.',
      'A subnet cannot span Availability Zones; the VPC spans all of them.',
      'Each VPC has one internet gateway; we run a NAT gateway per AZ.',
      'The NAT gateway lets instances in private subnets reach the internet.',
      'The private NAT gateway sits in a private subnet and translates to the on-premises range.',
      'Alias records point to AWS resources such as CloudFront or an ALB; use a CNAME for any other DNS name.',
      'Gateway endpoints are free, unlike interface endpoints.',
      'Security groups evaluate all rules; NACLs evaluate rules in number order.',
      'Instance store data survives a reboot but not a stop.',
      'Does instance store data survive a stop?',
      'Glacier Flexible Retrieval offers expedited retrieval in minutes; Deep Archive takes up to 12 hours.',
    ],
  },
  check(context, report) {
    if (context.kind === 'code') return;
    for (const claim of CLAIMS) {
      if (!claim.concept.test(context.text)) continue;
      for (const match of assertedClaims(context, claim.frames, claim.knows ? { excludes: claim.knows } : {})) {
        report({ start: match.start, end: match.end, message: claim.message, factIds: [claim.fact] });
      }
    }
  },
};
