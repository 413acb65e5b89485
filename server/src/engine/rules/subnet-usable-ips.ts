import { requireFact } from '../../facts/catalog';
import { formatCount, sizeOf } from '../recognisers/cidr';
import { AWS_RESERVATION, addressClaims, isHostCount } from './kit/address-claims';
import { mentions } from './kit/helpers';
import type { AnalyzedContext } from '../model/document-model';
import type { DocumentRule, Report } from './kit/types';

const RESERVED = 'vpc.reserved-ips-per-subnet';
/**
 * A document about AWS networks: it names VPCs or subnets and AWS. Then a prefix sized in a list or a
 * cheat-sheet table ("/26 → 64 addresses, 62 usable") is an AWS subnet's, unless its own statement names
 * another network.
 */
const NETWORK_WORDS = /\b(?:VPCs?|sub-?nets?)\b/i;
const AWS_WORDS = /\bAWS\b|\bAmazon\b|\baws_\w|AWS::|\bEC2\b|\bEKS\b/g;
/** Another cloud's VPCs reserve other addresses: a document that names one as often is not an AWS network plan. */
const OTHER_CLOUDS = /\bIBM\s+Cloud\b|\bAzure\b|\bGCP\b|\bGoogle\s+Cloud\b|\bOracle\s+Cloud\b|\bOCI\b|\bAlibaba\s+Cloud\b/g;

function countOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * The last text asked about, and the answer. While the server opens a big document it runs the
 * document phase once per group of blocks (lsp/documents.ts: DocumentPhaseWarmer, the provisional
 * findings), each time over the same whole text: scanning it each time was ~470 ms of the ~1.5 s
 * of the server thread's CPU for the notes (434 KB).
 */
let last: { readonly text: string; readonly answer: boolean } | undefined;

/** The document names VPCs or subnets, and AWS at least three times and more than twice as often as other clouds. */
function isAwsNetworkDocument(text: string): boolean {
  if (last?.text === text) return last.answer;
  const answer = awsNetworkDocument(text);
  last = { text, answer };
  return answer;
}

function awsNetworkDocument(text: string): boolean {
  if (!NETWORK_WORDS.test(text)) return false;
  const aws = countOf(AWS_WORDS, text);
  return aws >= 3 && aws > 2 * countOf(OTHER_CLOUDS, text);
}
const OTHER_NETWORK = /\b(?:LAN|on-?prem(?:ises)?|classic(?:al)?|traditional|office|home|data\s*cent(?:er|re)|Azure|GCP|Google\s+Cloud|outside\s+AWS|non-AWS)\b/i;
const AWS_SUBNET = /\bsub-?nets?\b|\bVPCs?\b|\bAWS\b|\bEKS\b|\bEC2\b|\bENIs?\b|\bAZs?\b|\bavailability\s+zones?\b|aws_subnet|AWS::EC2::Subnet/i;

export const subnetUsableIps: DocumentRule = {
  id: 'subnet-usable-ips',
  scope: 'document',
  description: 'Usable addresses in an AWS subnet counted without the 5 that AWS reserves.',
  rationale:
    'AWS reserves 5 addresses in every subnet: the network address, the VPC router (+1), Amazon DNS (+2), one for future use (+3) and ' +
    'the last address. A /24 therefore has 251 usable addresses, not 256 (all of them) or 254 (the classic network-and-broadcast count).',
  severity: 'warning',
  category: 'addressing',
  facts: [RESERVED],
  fixable: true,
  examples: {
    flag: [
      {
        text: 'Each /24 subnet gives us 256 usable IPs for pods.',
        flagged: ['256'],
        output: 'Each /24 subnet gives us 251 usable IPs for pods.',
      },
      { text: 'A /20 subnet provides 4,094 usable hosts.', flagged: ['4,094'], output: 'A /20 subnet provides 4,091 usable hosts.' },
      { text: 'The old subnet 10.64.254.0/25 had 126 usable addresses.', flagged: ['126'], output: 'The old subnet 10.64.254.0/25 had 123 usable addresses.' },
      { text: 'Each /24 subnet gives us 254 hosts for the read model.', flagged: ['254'], output: 'Each /24 subnet gives us 251 hosts for the read model.' },
      { text: 'A /26 subnet holds 64 usable IPs.', flagged: ['64'], output: 'A /26 subnet holds 59 usable IPs.' },
      // An Availability Zone makes the block an AWS subnet too.
      { text: 'A /24 gives us 256 usable addresses per AZ.', flagged: ['256'], output: 'A /24 gives us 251 usable addresses per AZ.' },
      {
        text: '| Subnet | CIDR | Usable IPs |\n| --- | --- | --- |\n| app-a | 10.0.16.0/20 | 4,096 usable IPs |',
        flagged: ['4,096'],
        output: '| Subnet | CIDR | Usable IPs |\n| --- | --- | --- |\n| app-a | 10.0.16.0/20 | 4,091 usable IPs |',
      },
      // In an AWS network document, a sizing list or cheat sheet states AWS subnets' counts without naming them.
      {
        text: '# AWS network plan\n\nAWS VPCs for the AWS accounts below.\n\n- /24 → 256 addresses, 254 usable',
        flagged: ['254'],
        output: '# AWS network plan\n\nAWS VPCs for the AWS accounts below.\n\n- /24 → 256 addresses, 251 usable',
      },
      {
        text: '# AWS network plan\n\nAWS VPCs for the AWS accounts below.\n\n1. A /26 gives 64 usable addresses.',
        flagged: ['64'],
        output: '# AWS network plan\n\nAWS VPCs for the AWS accounts below.\n\n1. A /26 gives 59 usable addresses.',
      },
      // A usable count further on, its noun left out; a reckoning of AWS's reservation must come out right.
      {
        text: 'The app subnet is a /26: 64 addresses, minus 5 reserved by AWS leaves 58 usable.',
        flagged: ['58'],
        output: 'The app subnet is a /26: 64 addresses, minus 5 reserved by AWS leaves 59 usable.',
      },
      { text: 'Our /28 subnets each hold 16 addresses, of which 14 are usable.', flagged: ['14'], output: 'Our /28 subnets each hold 16 addresses, of which 11 are usable.' },
      { text: 'Each /27 subnet gives us 32 IPs (26 usable after AWS takes five).', flagged: ['26'], output: 'Each /27 subnet gives us 32 IPs (27 usable after AWS takes five).' },
    ],
    pass: [
      'Each /24 subnet runs 200 hosts for the read model.',
      'We need a subnet to hold 64 usable IPs, so a /25.',
      // More taken off than AWS's reservation: the writer's own plan.
      'A /24 subnet has 256 addresses, and after the 5 AWS reserved and 10 for appliances, 241 remain usable.',
      'Each /27 subnet gives us 32 IPs (27 usable after AWS takes five).',
      '# AWS network plan\n\nAWS VPCs for the AWS accounts below.\n\n- On the office LAN a /24 has 256 addresses, 254 usable.',
      '# IBM Cloud VPC\n\nIBM Cloud subnets, with AWS for comparison. IBM Cloud and Azure differ.\n\n- /24 → 256 addresses, 254 usable',
      'A /20 subnet has 4,096 addresses, 4,091 usable.',
      'Each /24 subnet gives us 251 usable IPs for pods.',
      'On the office LAN a /24 gives 254 usable hosts.',
    ],
  },
  select: (context) => context.counts.length > 0 && context.prefixes.length > 0,
  check({ model, contexts }, report) {
    const awsDocument = isAwsNetworkDocument(model.text);
    const reserved = requireFact(RESERVED).value;
    const aws = reserved.type === 'number' ? reserved.value : 5;
    for (const context of contexts) checkContext(context, awsDocument, aws, report);
  },
};

/**
 * Whether the text between a prefix and its usable count subtracts AWS's reservation and nothing else:
 * "… 10 for our appliances, 241 usable" takes more off than AWS does.
 */
function reckonsReservation(context: AnalyzedContext, from: number, count: { start: number; end: number }, total: number, aws: number): boolean {
  // The reckoning may come after the count too: "26 usable after AWS takes five".
  const after = context.text.slice(count.end - context.start, count.end - context.start + 64).split(/[;!?]|\.(?:\s|$)|\n/)[0] ?? '';
  const between = `${context.text.slice(from - context.start, count.start - context.start)} ${after}`;
  AWS_RESERVATION.lastIndex = 0;
  if (!AWS_RESERVATION.test(between)) return false;
  const numbers = between.match(/\d[\d,]*/g) ?? [];
  return numbers.every((n) => {
    const v = Number(n.replace(/,/g, ''));
    return v === total || v === aws || v === 2 || v === 32 - Math.log2(total);
  });
}

function checkContext(context: AnalyzedContext, awsDocument: boolean, aws: number, report: Report): void {
  const own = mentions(context, AWS_SUBNET) || context.cidrs.some((c) => c.role === 'subnet');
  const scope = `${context.text} ${context.lead} ${context.parents.map((p) => p.text).join(' ')} ${(context.header ?? []).map((h) => h.text).join(' ')}`;
  const inAws = own || (awsDocument && !OTHER_NETWORK.test(scope));
  if (!inAws) return;
  for (const { count, prefix } of addressClaims(context, true)) {
    const total = sizeOf(prefix.prefix);
    // "254 hosts" from a /24: the classic count of usable hosts (all addresses less network and broadcast).
    const hosts = isHostCount(count) && count.value === total - 2 && !OTHER_NETWORK.test(scope);
    if ((!count.usable && !hosts) || count.total) continue;
    if (prefix.prefix < 16 || prefix.prefix > 28) continue;
    if (context.kind === 'tableRow' && !prefix.cidr && !/\bAWS\b/.test(scope) && !awsDocument) continue;
    // The usual slips (all addresses, or the classic 2 or 4 taken off); any other figure only when the
    // statement itself takes AWS's reservation off on the way ("64 addresses minus 5 reserved leaves 58").
    const reckoned = count.value < total && reckonsReservation(context, prefix.end, count, total, aws);
    if (count.value === total - aws || (count.value !== total && count.value !== total - 2 && count.value !== total - 4 && !reckoned)) continue;
    const right = formatCount(total - aws);
    report({
      start: count.numberStart,
      end: count.numberEnd,
      message: `In an AWS subnet a /${prefix.prefix} has ${right} usable addresses (${formatCount(total)} − ${aws} reserved by AWS), not ${formatCount(count.value)}.`,
      fixes: [{ title: `Use ${right}`, edits: [{ start: count.numberStart, end: count.numberEnd, newText: right }], safe: true }],
    });
  }
}
