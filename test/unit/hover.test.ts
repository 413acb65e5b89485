import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { hoverAt } from '../../server/src/engine/features/hover';

/** Hover at the first occurrence of `token` (offset inside it), via line/character like an editor. */
function hover(text: string, token: string, nth = 0): { markdown: string; covered: string } | undefined {
  const analysis = analyzeText(text);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(token, at + 1);
  assert.ok(at >= 0, `token ${token} in text`);
  const position = analysis.lines.positionAt(at + 1);
  const offset = analysis.lines.offsetAt(position);
  const result = hoverAt(analysis, offset);
  return result && { markdown: result.markdown, covered: text.slice(result.start, result.end) };
}

describe('hover cards', () => {
  it('shows a service card with facts, sources and checked dates', () => {
    const h = hover('We buffer orders in Amazon SQS before the workers.', 'SQS');
    assert.ok(h);
    assert.equal(h.covered, 'Amazon SQS');
    assert.match(h.markdown, /Amazon Simple Queue Service/);
    assert.match(h.markdown, /Message retention/);
    assert.match(h.markdown, /docs\.aws\.amazon\.com/);
    assert.match(h.markdown, /checked \d{4}-\d{2}-\d{2}/);
  });

  it('gives IaC resource types the card of their service, in a fence or in prose (defect 12)', () => {
    const tf = hover('```hcl\nresource "aws_db_instance" "orders" {\n  engine = "postgres"\n}\n```\n', 'aws_db_instance');
    assert.equal(tf?.covered, 'aws_db_instance');
    assert.match(tf?.markdown ?? '', /Amazon Relational Database Service/);
    const cfn = hover('```yaml\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n```\n', 'AWS::SQS::Queue');
    assert.equal(cfn?.covered, 'AWS::SQS::Queue');
    assert.match(cfn?.markdown ?? '', /Amazon Simple Queue Service/);
    assert.match(hover('The stack defines `AWS::EC2::VPC` and `aws_ec2_transit_gateway`.', 'AWS::EC2::VPC')?.markdown ?? '', /Amazon Virtual Private Cloud|Amazon VPC/);
    assert.match(hover('The stack defines `AWS::EC2::VPC` and `aws_ec2_transit_gateway`.', 'aws_ec2_transit')?.markdown ?? '', /Transit Gateway/);
    assert.equal(hover('The variable `aws_region_name` is set.', 'aws_region'), undefined, 'a type that names no service gets no card');
  });

  it('puts what changed above the facts table, names each source link, never repeats Docs (defect 6)', () => {
    const card = hover('We buffer orders in Amazon SQS.', 'SQS')?.markdown ?? '';
    assert.ok(card.indexOf('*Changed:*') < card.indexOf('| Fact | Value |'), 'Changed lines first');
    assert.doesNotMatch(card, /\[source \d\]/, 'no "source 1…4" links');
    const links = [...card.matchAll(/\[([^\]]+)\]\((https:[^)]+)\)/g)].map((m) => ({ label: m[1]!, url: m[2]! }));
    assert.equal(links[0]?.label, 'Docs');
    assert.equal(new Set(links.map((l) => l.url)).size, links.length, 'every page linked once (Docs is not also a source)');
    assert.equal(new Set(links.map((l) => l.label)).size, links.length, 'links told apart by their labels');
    const port = hover('The bastion allows port 22 from the office.', '22')?.markdown ?? '';
    assert.match(port, /\[SSH\]\(https:/);
    assert.match(port, /\| --- \| --- \|\n\| SSH \|/, 'port 22 names SSH before the services that use it (defect 12)');
    assert.match(port, /\[EC2 Instance Connect\]\(https:/, 'a port card names each page by its service');
  });

  it('never nests double quotes in a Changed line (defect 6)', () => {
    const card = hover('**SQS**\nRetention: 14 days\n', '14 days')?.markdown ?? '';
    const changed = card.split('\n').find((l) => l.startsWith('*Changed:*')) ?? '';
    assert.ok(changed, card);
    const figure = changed.slice(changed.indexOf('often cited as'), changed.indexOf('; the current'));
    assert.equal(figure.split('"').length - 1, 2, `one pair of double quotes around the figure: ${figure}`);
  });

  it('reads a quantity on the line below its service label (defect 12)', () => {
    const card = hover('**SQS**\nRetention: 14 days\n', '14 days')?.markdown ?? '';
    assert.match(card, /Amazon Simple Queue Service \\\(SQS\\\): Message retention/);
    assert.match(card, /14 days: within the range/);
  });

  it('knows WAFv2 as AWS WAF (defect 12)', () => {
    assert.match(hover('We put WAFv2 in front of the ALB.', 'WAFv2')?.markdown ?? '', /AWS WAF/);
  });

  it('shows the current value and a changed note where the notes are outdated', () => {
    const h = hover('SQS messages can carry a payload.', 'SQS');
    assert.match(h?.markdown ?? '', /1,048,576 bytes|1 MiB/);
    assert.match(h?.markdown ?? '', /Changed/);
  });

  it('states a change as a fact about AWS, never as what "the notes" (the fact pack\'s seed notes) say', () => {
    const service = hover('SQS messages can carry a payload.', 'SQS')?.markdown ?? '';
    assert.match(service, /\*Changed:\* Maximum message size: often cited as "256 KB"; the current maximum is 1 MiB\. AWS raised/);
    const quantity = hover('Each message in SQS can be up to 256 KB in size.', '256 KB')?.markdown ?? '';
    assert.match(quantity, /\*Changed:\* often cited as "256 KB"; the current maximum is 1 MiB\./);
    for (const markdown of [service, quantity]) assert.doesNotMatch(markdown, /the notes/i);
  });

  it('recognises long names and short names alike', () => {
    for (const [text, token, title] of [
      ['The API runs on AWS Lambda.', 'Lambda', /AWS Lambda/],
      ['Each Relational Database Service instance is Multi-AZ.', 'Relational', /Relational Database Service/],
      ['Our VPC spans three AZs.', 'VPC', /Virtual Private Cloud/],
      ['Virtual Private Cloud peering is not transitive.', 'Virtual', /Virtual Private Cloud/],
    ] as const) {
      assert.match(hover(text, token)?.markdown ?? '', title, text);
    }
  });

  it('does the CIDR arithmetic', () => {
    const h = hover('The private subnet is 10.0.0.0/20.', '10.0.0.0/20');
    assert.ok(h);
    assert.equal(h.covered, '10.0.0.0/20');
    assert.match(h.markdown, /10\.0\.0\.0 – 10\.0\.15\.255/);
    assert.match(h.markdown, /\| Addresses \| 4,096 \|/);
    assert.match(h.markdown, /4,091/);
    assert.match(h.markdown, /255\.255\.240\.0/);
    assert.match(h.markdown, /RFC 1918/);
  });

  it('names the canonical network when host bits are set and refuses /15 as a VPC block', () => {
    assert.match(hover('Route 10.0.6.0/16 locally.', '10.0.6.0')?.markdown ?? '', /10\.0\.0\.0\/16/);
    assert.match(hover('The VPC is 10.0.0.0/15.', '10.0.0.0')?.markdown ?? '', /no: AWS accepts \/16 to \/28/);
  });

  it('keeps UTF-16 positions right after emoji and non-ASCII text', () => {
    const text = '🚀 Déploiement — 🇪🇺 réseau : le VPC 10.1.0.0/16 et la file SQS.';
    assert.equal(hover(text, '10.1.0.0/16')?.covered, '10.1.0.0/16');
    assert.equal(hover(text, 'SQS')?.covered, 'SQS');
  });

  it('works in CRLF files', () => {
    const text = '# Net\r\n\r\nThe VPC is 10.2.0.0/16.\r\n\r\n- Queue: Amazon SQS\r\n';
    assert.equal(hover(text, '10.2.0.0/16')?.covered, '10.2.0.0/16');
    assert.equal(hover(text, 'Amazon SQS')?.covered, 'Amazon SQS');
  });

  it('works in tables, lists and code fences', () => {
    const text = [
      '| Name | CIDR | Queue |',
      '| --- | --- | --- |',
      '| app | 10.3.1.0/24 | SQS |',
      '',
      '- Functions run on Lambda',
      '  - nested: RDS for PostgreSQL',
      '',
      '```hcl',
      'resource "aws_vpc" "main" {',
      '  cidr_block = "10.3.0.0/16"',
      '}',
      '```',
    ].join('\n');
    assert.equal(hover(text, '10.3.1.0/24')?.covered, '10.3.1.0/24');
    assert.equal(hover(text, 'SQS')?.covered, 'SQS');
    assert.equal(hover(text, 'Lambda')?.covered, 'Lambda');
    assert.match(hover(text, 'PostgreSQL')?.markdown ?? '', /RDS for PostgreSQL/);
    assert.match(hover(text, '10.3.0.0/16')?.markdown ?? '', /65,536/);
  });

  it('shows which engines use a port', () => {
    const h = hover('The app connects on port 5432.', '5432');
    assert.match(h?.markdown ?? '', /PostgreSQL/);
  });

  it('gives no card for ordinary words or plain text', () => {
    assert.equal(hover('We need to glue the pieces together.', 'glue'), undefined);
    assert.equal(hover('Nothing to see here.', 'Nothing'), undefined);
  });

  it('gives a generic word no card when another service owns it there, and the right card next to its own service', () => {
    // Lambda, ALB and Glue have ephemeral storage, health checks and Spark too: no card beats the wrong one.
    assert.equal(hover('- Lambda ephemeral storage 2,048 MB.', 'ephemeral storage'), undefined);
    assert.equal(hover('- ALB health check interval 15 s.', 'health check'), undefined);
    assert.equal(hover('Glue ETL jobs run Spark 3.3 on the nightly batch.', 'Spark'), undefined);
    assert.equal(hover('Orders flow through the fulfilment state machine.', 'state machine'), undefined);
    // The engine named inside an Aurora statement is Aurora's engine, not RDS for MySQL.
    const aurora = 'Aurora MySQL 2.11.4 (MySQL 5.7.44 compatible).';
    assert.equal(hover(aurora, 'MySQL', 1), undefined);
    assert.match(hover(aurora, 'Aurora')?.markdown ?? '', /Aurora MySQL/);
    for (const [text, token, title] of [
      ['EC2 instance store volumes are ephemeral storage.', 'ephemeral storage', /EC2 instance store/],
      ['Route 53 health check on the primary endpoint.', 'health check', /Amazon Route 53/],
      ['The EMR cluster runs Spark 3.5.', 'Spark', /Amazon EMR/],
      ['A Step Functions state machine runs the fulfilment.', 'state machine', /AWS Step Functions/],
      ['The reporting database is MySQL 8.0 on RDS.', 'MySQL', /RDS for MySQL/],
    ] as const) {
      assert.match(hover(text, token)?.markdown ?? '', title, text);
    }
  });

  it('never turns document text into markup', () => {
    const h = hover('The VPC is 999.0.0.0/16 <img src=x onerror=alert(1)>.', '999.0.0.0/16');
    assert.ok(h);
    assert.doesNotMatch(h.markdown, /<img/);
  });
});

describe('hover on quantities next to a service attribute', () => {
  it('shows the allowed range and default of SQS retention', () => {
    const h = hover('The SQS queue has a message retention of 30 days.', '30 days');
    assert.ok(h);
    assert.equal(h.covered, '30 days');
    assert.match(h.markdown, /Message retention/);
    assert.match(h.markdown, /1 minute – 14 days/);
    assert.match(h.markdown, /Default \| 4 days/);
    assert.match(h.markdown, /outside the range/);
  });
  it('binds through a table header and in words', () => {
    const table = '| Function | Lambda timeout |\n| --- | --- |\n| resize | twenty minutes |';
    assert.match(hover(table, 'twenty minutes')?.markdown ?? '', /Timeout[\s\S]*outside the range/);
    assert.match(hover('Our Lambda functions time out after 30 s.', '30 s')?.markdown ?? '', /within the range/);
  });
  it('gives no card for a quantity bound to nothing', () => {
    assert.equal(hover('The meeting took 30 minutes.', '30 minutes'), undefined);
  });
  it('binds as the limit rules do: the S3 retention of orders is not SQS retention, a sleep is not a long-poll wait', () => {
    assert.equal(hover('Orders are kept in S3 for 30 days after the SQS queue delivers them.', '30 days'), undefined);
    assert.equal(hover('The worker sleeps 60 seconds between SQS long-poll calls when the queue is empty.', '60 seconds'), undefined);
  });
  it('binds each table column by its header', () => {
    const table = '| Queue | Retention | Visibility timeout | Wait time |\n| --- | --- | --- | --- |\n| render (SQS) | 4 days | 90 minutes | 20 s |';
    assert.match(hover(table, '4 days')?.markdown ?? '', /Message retention/);
    assert.match(hover(table, '90 minutes')?.markdown ?? '', /Visibility timeout/);
    assert.match(hover(table, '20 s')?.markdown ?? '', /Long\\?-poll wait time/);
  });
  it('does not take a yardstick attribute for the one set ("6 times the Lambda timeout: 90 minutes")', () => {
    const h = hover('Set the SQS visibility timeout to 6 times the Lambda timeout: 90 minutes.', '90 minutes');
    assert.match(h?.markdown ?? '', /Visibility timeout[\s\S]*within the range/);
    assert.doesNotMatch(h?.markdown ?? '', /AWS Lambda/);
  });
  it('covers every limit rule\'s attribute, single-value facts and millisecond ranges included', () => {
    assert.match(hover('DynamoDB items can be up to 1 MB.', '1 MB')?.markdown ?? '', /Maximum item size[\s\S]*up to 400 KiB[\s\S]*outside the range/);
    assert.match(hover('API Gateway integration timeout: 29 seconds.', '29 seconds')?.markdown ?? '', /Integration timeout[\s\S]*50 ms – 29 seconds[\s\S]*within the range/);
    assert.match(hover('CloudTrail event history retains API activity for 1 year.', '1 year')?.markdown ?? '', /exactly 90 days[\s\S]*\*\*not 90 days\*\*/);
    assert.match(hover('The archive is stored in S3 as one 80 TB object.', '80 TB')?.markdown ?? '', /0 bytes to 50 TB[\s\S]*outside the range/);
  });
  it('still binds in a sentence that denies the value (the rule binds it there too, it only does not judge it)', () => {
    assert.match(hover('If a message must live longer than 14 days, SQS is the wrong store.', '14 days')?.markdown ?? '', /Message retention/);
  });
  it('leaves a quantity alone when the attribute near it belongs to another quantity, service or unit', () => {
    // "a 60 s Lambda timeout": the timeout is the 60 s; the later 3600 seconds is the visibility timeout.
    const visibility = 'Visibility timeout: 6 × the function timeout, so with a 60 s Lambda timeout we set 3600 seconds.';
    assert.match(hover(visibility, '60 s')?.markdown ?? '', /AWS Lambda: Timeout/);
    assert.equal(hover(visibility, '3600 seconds'), undefined);
    // A service named only to be set aside is not the subject.
    assert.equal(hover("The presign call has a 30 second timeout on the client SDK side (the client's own\n  timeout, not API Gateway).", '30 second'), undefined);
    // An SQS message size is not an S3 object size, with S3 in the next clause.
    assert.equal(hover('Max message size stays well under 256 KB for us, so no S3 extended client is needed.', '256 KB'), undefined);
    // A hard-wrapped sentence is one clause: the wrapped "timeout" still binds.
    assert.match(hover('Each Lambda invocation has a 15 minute\ntimeout; a tenant export takes 3–7 minutes.', '15 minute')?.markdown ?? '', /AWS Lambda: Timeout/);
  });
  it('reads the attribute the words name, not a neighbouring one (batch size, TTL, request and part sizes)', () => {
    // "batch size" is not the /tmp size; the memory is not named, so no card.
    assert.equal(hover('- Lambda: 1,024 MB, batch size 500.', '1,024 MB'), undefined);
    // The TTL is the 24 hours; only the 35 days is the PITR period.
    const ttl = '- DynamoDB `idempotency-keys` table, item TTL 24 hours, PITR on (35 days).';
    assert.equal(hover(ttl, '24 hours'), undefined);
    assert.match(hover(ttl, '35 days')?.markdown ?? '', /Point\\?-in\\?-time recovery/);
    // A PutRecords request (500 records) is not a record; a multipart part is not an object.
    assert.equal(hover('- Kinesis PutRecords requests are up to 5 MB (500 records); each record is below 1 MB.', '5 MB'), undefined);
    assert.match(hover('- Kinesis PutRecords requests are up to 5 MB (500 records); each record is below 1 MB.', '1 MB')?.markdown ?? '', /Maximum record size/);
    assert.match(hover('S3 multipart upload part size is 64 MB', '64 MB')?.markdown ?? '', /Multipart part size[\s\S]*within the range/);
    // Totals: a table's, a bucket's, a backlog's size, a month's payload.
    assert.equal(hover('- DynamoDB table `orders-v2`: 1.4 TB, 3.2 billion items.', '1.4 TB'), undefined);
    assert.equal(hover('- S3 `catalog-images-prod`: 410 TB, 1.9 billion objects.', '410 TB'), undefined);
    assert.equal(hover('- The SQS backlog held 6 GB of messages at the peak.', '6 GB'), undefined);
    assert.equal(hover('SQS: 2.4 billion messages per month, ~4.8 TB of payload.', '4.8 TB'), undefined);
  });
  it('binds an HTTP API timeout to its own 30 s limit, and says an adjustable quota above its default can be raised', () => {
    const http = hover('- We use an HTTP API (API Gateway v2) with a 30 s integration timeout.', '30 s')?.markdown ?? '';
    assert.match(http, /HTTP API integration timeout[\s\S]*up to 30 seconds · hard limit[\s\S]*within the range/);
    // The WebSocket idle timeout is its own fact, never the integration timeout.
    assert.match(hover('- API Gateway WebSocket API: idle connection timeout 10 minutes.', '10 minutes')?.markdown ?? '', /WebSocket idle connection timeout[\s\S]*within the range/);
    assert.equal(hover('- CloudFront in front of API Gateway: origin response timeout 60 seconds.', '60 seconds'), undefined);
    const raised = hover('- Regional REST API integration timeout raised to 120 seconds via Service Quotas (case 171234).', '120 seconds')?.markdown ?? '';
    assert.match(raised, /Integration timeout[\s\S]*above the default quota\*\* of 29 seconds; the quota is adjustable and can be raised/);
    assert.doesNotMatch(raised, /outside the range/);
  });
  it('keeps the SQS delivery delay, which has no rule, as a hover-only attribute spec', () => {
    assert.match(hover('Each SQS message is delayed by 20 minutes.', '20 minutes')?.markdown ?? '', /Delivery delay[\s\S]*outside the range/);
  });
});
