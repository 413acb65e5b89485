/**
 * Kind nouns: a statement that names no service often names its kind instead ("Raised the
 * invoice-render function timeout to 20 minutes", "Set the orders queue retention to 21 days",
 * "`orders-dlq` retention: 30 days"). In a document that names exactly one AWS service of that kind,
 * and no product outside AWS that the noun could stand for, the noun is that service. The subject is
 * inherited, not stated, so the evidence is a section's: at most a warning.
 */

interface Kind {
  /** The noun as people write it, alone or as the last part of a resource name. */
  readonly noun: readonly RegExp[];
  /** The services of the kind, most general first: the first one the document names is the subject. */
  readonly family: readonly string[];
  /** The subject when a family member is named, if not that member ("the table stream" of DynamoDB is DynamoDB Streams). */
  readonly subject?: string;
  /** Cards of the same kind that would make the noun ambiguous. */
  readonly rivalIds: readonly string[];
  /** Products outside AWS the noun could stand for. */
  readonly rivalWords: RegExp;
  /** The noun in a use that does not name a resource ("a function of load"). */
  readonly notAResource?: RegExp;
}

/**
 * A word, or the last segment of a kebab, snake or dotted name ("orders-dlq"), or the last camel-case
 * part of one ("ordersDlq"). Never inside a longer word.
 */
function nounPattern(lower: string, camel: string): RegExp[] {
  // Two patterns: the camel-case part must keep its capital ("subtopics" holds no topic).
  return [new RegExp(`(?<![A-Za-z0-9])(?:${lower})(?![A-Za-z0-9])`, 'gi'), new RegExp(`(?<=[a-z0-9])(?:${camel})(?![a-z0-9])`, 'g')];
}

const KINDS: readonly Kind[] = [
  {
    noun: nounPattern('dead[- ]letter queues?|queues?|dlqs?', 'Queues?|Dlqs?|DLQs?'),
    family: ['sqs', 'sqs-fifo'],
    rivalIds: ['mq'],
    rivalWords: /\b(?:RabbitMQ|ActiveMQ|Celery|Sidekiq|Resque|BullMQ|Service Bus|Pub\/Sub|ZeroMQ|NATS|Beanstalkd|IronMQ|Storage Queues?|Cloud Tasks)\b/i,
  },
  {
    noun: nounPattern('functions?|fn', 'Functions?|Fn'),
    family: ['lambda', 'lambda-snapstart'],
    rivalIds: ['cloudfront-functions', 'lambda-edge'],
    rivalWords: /\b(?:Azure Functions|Cloud Functions|Cloud Run|OpenFaaS|Knative|Cloudflare Workers|Vercel)\b/i,
    // "a function of load", "Step Functions", "CloudFront Functions": not a deployed function.
    notAResource: /(?:\b(?:Step|CloudFront|Azure|Cloud|edge|Durable)[ \t]+(?=functions?\b)|\bfunctions?[ \t]+(?:of|as|like)\b)/i,
  },
  {
    noun: nounPattern('topics?', 'Topics?'),
    family: ['sns'],
    rivalIds: ['msk', 'iot-core', 'mq', 'eventbridge'],
    rivalWords: /\b(?:Kafka|MQTT|Pub\/Sub|Event Grid|Redpanda|Pulsar|NATS)\b/i,
  },
  {
    // Before "table" and "stream": "the table stream" is neither a table nor a Kinesis stream.
    noun: nounPattern('table[- ]streams?|change[- ]streams?', 'TableStreams?'),
    family: ['dynamodb-streams', 'dynamodb'],
    subject: 'dynamodb-streams',
    rivalIds: ['documentdb', 'kinesis-data-streams'],
    rivalWords: /\b(?:MongoDB|Debezium|Cosmos DB|Postgres(?:QL)?|MySQL)\b/i,
  },
  {
    noun: nounPattern('tables?', 'Tables?'),
    family: ['dynamodb'],
    rivalIds: ['rds', 'aurora', 'aurora-mysql', 'aurora-postgresql', 'redshift', 'keyspaces', 'glue', 'athena', 'timestream', 'mysql', 'postgresql', 'mariadb', 'oracle', 'sqlserver', 'lake-formation', 's3-tables'],
    rivalWords: /\b(?:SQL|Postgres(?:QL)?|MySQL|Iceberg|Hive|Delta Lake|Snowflake|BigQuery|Bigtable|Cassandra|Excel|spreadsheet|route tables?|hash tables?|lookup tables?)\b/i,
  },
  {
    noun: nounPattern('streams?', 'Streams?'),
    family: ['kinesis-data-streams'],
    rivalIds: ['dynamodb-streams', 'msk', 'firehose', 'kinesis-video-streams'],
    rivalWords: /\b(?:Kafka|Redpanda|Pulsar|Event Hubs?|Pub\/Sub|change streams?|video streams?|table streams?|log streams?)\b/i,
  },
  {
    noun: nounPattern('buckets?', 'Buckets?'),
    family: ['s3'],
    rivalIds: [],
    rivalWords: /\b(?:GCS|Google Cloud Storage|Blob Storage|MinIO|Backblaze|R2|Wasabi|token bucket|leaky bucket)\b/i,
  },
];

export interface KindNounSubject {
  readonly service: string;
  readonly start: number;
  readonly end: number;
  /** The noun as written ("queue", "dlq"). */
  readonly noun: string;
}

/**
 * What may follow a noun that names the resource itself: an end, a possessive, an attribute of it or a
 * verb ("the orders queue retention", "the function times out"). Anything else makes the noun a modifier
 * of another thing ("the queue key rotates", "the function role").
 */
const HEADS_ITS_PHRASE = new RegExp(
  String.raw`^(?:['’]s\b|\`?[ \t]*(?:$|[,.;:)\]—–]|\(|-[ \t])|\`?[ \t]+(?:` +
    [
      'message', 'messages', 'retention', 'timeout', 'visibility', 'delay', 'payload', 'size', 'memory', 'concurrency', 'reserved',
      'provisioned', 'storage', 'ephemeral', 'tmp', 'runtime', 'duration', 'wait', 'receive', 'polling', 'batch', 'retries', 'retry',
      'redrive', 'max', 'maximum', 'limit', 'quota', 'default', 'settings?', 'config', 'configuration', 'is', 'are', 'was', 'were',
      'has', 'have', 'had', 'keeps?', 'retains?', 'holds?', 'runs?', 'times', 'timed', 'uses?', 'gets?', 'stays?', 'can', 'cannot',
      "can't", 'will', "won't", 'should', 'must', 'may', 'needs?', 'waits?', 'allows?', 'accepts?', 'sets?', 'configured', 'now',
      'currently', 'still', 'also', 'then', 'with', 'to', 'at', 'for', 'in', 'on', 'from', 'up', 'only',
    ].join('|') +
    String.raw`)\b)`,
  'i',
);

/** Where each kind's noun sits in `text`, outside the uses that name no resource. */
function nounsIn(kind: Kind, text: string): Array<{ index: number; word: string }> {
  const out: Array<{ index: number; word: string }> = [];
  for (const re of kind.noun) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const around = text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 6);
      if (kind.notAResource?.test(around) || !HEADS_ITS_PHRASE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      out.push({ index: m.index, word: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * What a document says about the kinds: for each kind, the one service of its family the document
 * names, or nothing when it names none, a rival card, or a rival product.
 */
export type KindServices = ReadonlyMap<Kind, string>;

export function kindServices(named: ReadonlySet<string>, documentText: string): KindServices {
  const out = new Map<Kind, string>();
  for (const kind of KINDS) {
    const member = kind.family.find((id) => named.has(id));
    if (member === undefined) continue;
    if (kind.rivalIds.some((id) => named.has(id)) || kind.rivalWords.test(documentText)) continue;
    out.set(kind, kind.subject ?? member);
  }
  return out;
}

/**
 * The service a statement's kind noun stands for: the statement names nouns of one kind only (a
 * "function" reading a "queue" could be either's timeout), and the document names that kind's service.
 */
export function kindNounSubject(statement: string, start: number, kinds: KindServices): KindNounSubject | undefined {
  if (kinds.size === 0) return undefined;
  let found: KindNounSubject | undefined;
  let kindsSeen = 0;
  // A noun inside an earlier kind's longer noun ("stream" in "table stream") is that one.
  const taken: Array<[number, number]> = [];
  for (const kind of KINDS) {
    const all = nounsIn(kind, statement);
    const nouns = all.filter((n) => !taken.some(([from, to]) => n.index < to && from < n.index + n.word.length));
    if (nouns.length === 0) continue;
    for (const n of all) taken.push([n.index, n.index + n.word.length]);
    kindsSeen++;
    const service = kinds.get(kind);
    const first = nouns[0];
    if (service !== undefined && first) found = { service, start: start + first.index, end: start + first.index + first.word.length, noun: first.word };
  }
  return kindsSeen === 1 ? found : undefined;
}
