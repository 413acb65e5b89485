/**
 * Source links named by what the page is, read from the address (issue 13 open item: hover links were labelled
 * by position, then by the first fact citing the page).
 */
import { strict as assert } from 'node:assert';
import { SERVICES } from '../../server/src/facts/catalog';
import { sourcePageLabel } from '../../server/src/facts/source-label';

describe('source page labels', () => {
  it('names a page by its slug, its API shape, its SDK member or its guide', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html', 'Working with automated backups: backup retention'],
      ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html#ACW-Type-MetricDatum-Dimensions', 'API reference: MetricDatum'],
      ['https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-db-proxy/idle-client-timeout.html', 'SDK reference: DbProxy idleClientTimeout'],
      ['https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html', 'Lambda quotas'],
      ['https://docs.aws.amazon.com/general/latest/gr/ecs-service.html', 'ECS endpoints and quotas'],
      ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html', 'VPC cidr blocks'],
      ['https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html', 'Cognito quotas'],
      ['https://aws.amazon.com/kinesis/data-streams/pricing/', 'Kinesis data streams pricing'],
      ['https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/', "What's New, 2025-08"],
      ['https://example.com/x', 'https://example.com/x'],
    ];
    for (const [url, label] of cases) assert.equal(sourcePageLabel(url), label, url);
  });

  it('gives every source of the pack a non-empty name that is not its address', () => {
    for (const fact of SERVICES.flatMap((s) => s.facts)) {
      const label = sourcePageLabel(fact.source);
      assert.ok(label.length > 2 && !label.startsWith('http'), `${fact.id}: ${label}`);
    }
  });
});
