import { findClaims } from './kit/claims';
import type { ContextRule } from './kit/types';

/** The bare product name; "Amazon Elasticsearch Service" is renamed-service's. */
const ELASTICSEARCH = /(?<!\b(?:Amazon|AWS)\s)\bElasticsearch\b(?!\s+(?:Service|clusters?\s+on\s+EC2|on\s+EC2))/;
/** A delivery, output or integration list: where AWS services send data. */
const DELIVERY = /\bFirehose\b|\bKinesis\b|\bdeliver\w*|\bdestinations?\b|\boutputs?\b|\bsinks?\b|\btargets?\b|\bsend\w*|\bstream\w*|\bintegrat\w*|\bsubscriptions?\b/i;
/** Elastic's own or self-managed clusters, or the current name given. */
const NOT_THE_AWS_SERVICE = /\bself-?(?:managed|hosted)\b|\bon\s+EC2\b|\bon-?prem\w*|\bELK\b|\bElastic\s+(?:Cloud|Stack|\.co|NV)\b|\bElastic\.co\b|\bKibana\b|\bLogstash\b|\bBeats\b|\bOpenSearch\b|\bEKS\b|\bKubernetes\b|\bHelm\b|\bDocker\b/i;

export const elasticsearchDestination: ContextRule = {
  id: 'elasticsearch-destination',
  scope: 'context',
  description: 'Bare "Elasticsearch" listed among AWS services as a destination, although the AWS service is Amazon OpenSearch Service since 2021.',
  rationale:
    'Amazon Elasticsearch Service was renamed Amazon OpenSearch Service in September 2021, and Firehose, CloudWatch Logs and the ' +
    'other AWS integrations name OpenSearch Service (and OpenSearch Serverless) as the destination. A list such as "S3, Redshift, ' +
    'Elasticsearch, or Splunk" uses the old name. Self-managed Elasticsearch, the Elastic Stack (Kibana, Logstash, Beats) and Elastic ' +
    'Cloud are other products: text that names them, or OpenSearch, is not flagged.',
  severity: 'info',
  category: 'lifecycle',
  facts: ['opensearch.name', 'firehose.destinations'],
  cue: { words: ['elasticsearch'] },
  fixable: false,
  examples: {
    flag: [
      { text: 'Firehose streams data directly to S3, Redshift, Elasticsearch, or Splunk.', flagged: ['Elasticsearch'] },
      { text: 'Kinesis Data Analytics can send results to S3, Redshift, Elasticsearch or Lambda.', flagged: ['Elasticsearch'] },
      { text: '- Destinations: Amazon S3, Amazon Redshift, Elasticsearch and HTTP endpoints.', flagged: ['Elasticsearch'] },
    ],
    pass: [
      'Firehose delivers to S3, Redshift, OpenSearch Service and Splunk.',
      'Logs are shipped with Logstash to Elasticsearch and viewed in Kibana.',
      'Firehose streams data to S3 and to Elastic Cloud.',
      'We run Elasticsearch on EC2 next to the S3 data lake.',
      'Amazon Elasticsearch Service was renamed in 2021.',
    ],
  },
  check(context, report) {
    if (!ELASTICSEARCH.test(context.text) || NOT_THE_AWS_SERVICE.test(context.text)) return;
    const scope = [context.text, context.lead, ...context.parents.map((p) => p.text)].join(' ');
    if (!DELIVERY.test(scope)) return;
    // A list of AWS services: at least two others beside the search engine itself.
    if (new Set(context.services.map((s) => s.serviceId).filter((id) => id !== 'opensearch')).size < 2) return;
    for (const claim of findClaims(context, ELASTICSEARCH, { allowNegation: true })) {
      report({
        start: claim.start,
        end: claim.end,
        message: 'Among AWS services, Elasticsearch is Amazon OpenSearch Service (renamed from Amazon Elasticsearch Service in September 2021); OpenSearch Serverless is a destination too.',
      });
    }
  },
};
