import { distinctClaims, findClaims, findFrames } from './kit/claims';
import { NEGATION } from './kit/helpers';
import type { ContextRule } from './kit/types';

/** A top-level domain a bare name ends in ("example.org", "fedmarket.example"), not a file's extension. */
const BARE_TLD = String.raw`(?!(?:json|ya?ml|tf|tfvars|md|txt|py|js|ts|sh|conf|cfg|ini|toml|xml|csv|log|html?|css|png|jpe?g|svg|zip|gz|tar|exe|dll|jar|war|go|rs|rb|java|kt|cs|sql|env|lock|pem|key|crt)\b)[a-z]{2,12}`;
const APEX_WORDS = String.raw`(?:zone\s+apex|apex(?:\s+(?:record|domain))?|root\s+domain|naked\s+domain|bare\s+domain|root\s+of\s+the\s+(?:zone|domain)|top\s+of\s+the\s+zone)`;
const CNAME_APEX = new RegExp(
  String.raw`\bCNAME(?:\s+records?)?\s+(?:at|on|for|in)\s+(?:the\s+)?(?:DNS\s+)?${APEX_WORDS}\b|\b${APEX_WORDS}\b[^.;]{0,30}\b(?:gets?|has|have|uses?|is|as|with|needs?|requires?)\s+(?:a\s+|an\s+)?CNAME\b|\bCNAME(?:\s+records?)?\s+(?:for|on|at|named)\s+` +
    String.raw`\x60?(?!www\.)(?:[a-z0-9-]+\.${BARE_TLD}|[a-z0-9-]+\.(?:co|com|org|net)\.(?:uk|au|nz|jp|br|za|in))\b(?![.\w-])`,
  'i',
);
/**
 * The apex named, then a CNAME said of it: "the zone apex `status.example.com` had been set up as a CNAME".
 * Not the other order: "www is a CNAME to the apex" points at the apex, which is right.
 */
const APEX = new RegExp(String.raw`\b${APEX_WORDS}\b`, 'i');
const CNAME = /\bCNAME\b/;
/** "| `shop.example.com` (zone apex) | CNAME | … |": the apex and the record type in cells of one row. */
const APEX_ROW_CELL = /^\s*CNAME\s*$/i;
const ALIAS_EC2 = /\balias(?:\s+(?:record|A record|target))?\b[^.;]{0,60}\b(?:EC2\s+instances?|EC2\s+(?:public\s+)?(?:DNS|host\s*name)s?(?:\s+names?)?|ec2-[\d-]+\.[\w.-]*compute(?:-1)?\.amazonaws\.com|instance'?s?\s+public\s+DNS(?:\s+name)?)\b/i;

export const route53CnameApex: ContextRule = {
  id: 'route53-cname-apex',
  scope: 'context',
  cue: { words: ['cname'] },
  description: 'A CNAME record at the zone apex (example.com).',
  rationale:
    'DNS does not allow a CNAME at the zone apex, which must hold the SOA and NS records; Route 53 refuses it. Point the apex at a load ' +
    'balancer, CloudFront, API Gateway or an S3 website with an alias record (free queries), or at an IP with an A record.',
  severity: 'error',
  category: 'behaviour',
  facts: ['route53.alias'],
  fixable: false,
  examples: {
    flag: [
      { text: 'Create a CNAME for example.com pointing to the ALB DNS name.', flagged: ['CNAME for example.com'] },
      { text: 'The zone apex gets a CNAME to d111111abcdef8.cloudfront.net.', flagged: ['zone apex gets a CNAME'] },
      { text: 'We add a CNAME record at the root domain for the marketing site.', flagged: ['CNAME record at the root domain'] },
      { text: 'The zone apex `status.example.com` had been set up as a CNAME to the CDN hostname.', count: 1 },
      { text: 'A CNAME at `example.org` whose value is the ALB DNS name.', count: 1 },
      { text: '| Name | Type | Value |\n| --- | --- | --- |\n| `shop.example.com` (zone apex) | CNAME | `d-abc.execute-api.eu-west-1.amazonaws.com` |', count: 1 },
    ],
    pass: [
      'Create a CNAME for www.example.com pointing to the ALB DNS name.',
      'A CNAME cannot sit at the zone apex, so example.com uses an alias record to the ALB.',
      'The apex example.com is an alias A record; api.example.com is a CNAME to the API Gateway domain.',
      'The zone apex cannot hold a CNAME, so it is an alias record to the ALB.',
      'The apex is an alias A record to the ALB; www.example.com is a CNAME to the apex.',
      'A CNAME for `config.json` is not a thing; the CNAME for app.example.com points at the ALB.',
      '| Name | Type | Value |\n| --- | --- | --- |\n| `shop.example.com` (zone apex) | A (alias) | ALB |\n',
    ],
  },
  check(context, report) {
    const excludes = /\balias\b(?![^.;]*\bCNAME\b[^.;]*\bapex\b)/i;
    const claims = [...findClaims(context, CNAME_APEX, { excludes }), ...findFrames(context, [{ subject: APEX, predicate: CNAME, reach: 60, ordered: true }], { excludes })];
    // A record table: the apex said in one cell, CNAME the record type of another.
    if (context.kind === 'tableRow' && context.cells && APEX.test(context.text) && !NEGATION.test(context.text)) {
      const type = context.cells.find((cell) => APEX_ROW_CELL.test(cell.text.replace(/[`*_]/g, '')));
      if (type) claims.push({ start: type.start, end: type.start + type.text.length, clause: context.text });
    }
    for (const claim of distinctClaims(claims).slice(0, 1)) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A CNAME is not allowed at the zone apex; use a Route 53 alias record (ALB, CloudFront, API Gateway, S3 website) or an A record.',
      });
    }
  },
};

export const route53AliasEc2: ContextRule = {
  id: 'route53-alias-ec2',
  scope: 'context',
  cue: { words: ['alias'] },
  description: 'A Route 53 alias record pointed at an EC2 instance or its DNS name.',
  rationale:
    'Alias records target AWS resources that Route 53 resolves itself: ELB load balancers, CloudFront, API Gateway, S3 website endpoints, ' +
    'VPC interface endpoints, Global Accelerator, Elastic Beanstalk and other records in the zone. An EC2 instance or its public DNS name is ' +
    'not an alias target: use an A record with an Elastic IP, or put the instance behind a load balancer.',
  severity: 'error',
  category: 'behaviour',
  facts: ['route53.alias'],
  fixable: false,
  examples: {
    flag: [
      {
        text: 'Route 53 has an alias record pointing to the EC2 instance running the admin tool.',
        flagged: ['alias record pointing to the EC2 instance'],
      },
      {
        text: 'Create an alias A record to ec2-203-0-113-25.compute-1.amazonaws.com.',
        flagged: ['alias A record to ec2-203-0-113-25.compute-1.amazonaws.com'],
      },
      { text: 'The bastion gets an alias to the EC2 public DNS name.', flagged: ['alias to the EC2 public DNS name'] },
    ],
    pass: [
      'Route 53 has an alias record pointing to the ALB in front of the EC2 instances.',
      'The admin tool has an A record with the Elastic IP of the EC2 instance.',
      'Alias records cannot point to an EC2 instance, so we use an A record.',
    ],
  },
  check(context, report) {
    for (const claim of findClaims(context, ALIAS_EC2, { excludes: /\b(?:ALB|NLB|ELB|load balancer|CloudFront|API Gateway|Global Accelerator)\b/i })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'A Route 53 alias cannot target an EC2 instance or its DNS name; use an A record with an Elastic IP, or an alias to a load balancer.',
      });
    }
  },
};
