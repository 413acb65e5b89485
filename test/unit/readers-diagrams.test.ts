/**
 * Diagram fences (parse/diagrams.ts): the labels of Mermaid flowcharts, sequence diagrams and PlantUML
 * diagrams are read as prose, with exact ranges; an edge label or a note takes the node it points at as
 * its parent. Diagrams written for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import { diagramLabels } from '../../server/src/engine/parse/diagrams';

function flagged(text: string, rule: string): string[] {
  return analyzeText(text)
    .findings.filter((f) => f.ruleId === rule)
    .map((f) => `${f.severity} ${text.slice(f.start, f.end)}`);
}

const fence = (lang: string, body: string): string => `# Checkout\n\n\`\`\`${lang}\n${body}\n\`\`\`\n`;

describe('readers: diagram fences', () => {
  it('reads Mermaid node labels, with <br/> line breaks inside them', () => {
    const text = fence('mermaid', 'flowchart LR\n  in[Orders intake] --> q[SQS queue<br/>keeps messages 21 days]\n  q --> fn(Lambda worker<br/>timeout 18 minutes)');
    assert.deepEqual(flagged(text, 'sqs-retention'), ['error 21 days']);
    assert.deepEqual(flagged(text, 'lambda-timeout'), ['error 18 minutes']);
  });

  it('gives an edge label the service of the node it points at (at most a warning)', () => {
    const text = fence('mermaid', 'graph TD\n  api[Billing API] -->|enqueue, retention 16 days| q[(Amazon SQS)]');
    assert.deepEqual(flagged(text, 'sqs-retention'), ['warning 16 days']);
    const label = fence('mermaid', 'graph TD\n  api[Billing API] -- retention 16 days --> q[(Amazon SQS)]');
    assert.deepEqual(flagged(label, 'sqs-retention'), ['warning 16 days']);
  });

  it('reads subgraph titles, bare node ids and sequence messages and notes', () => {
    const subgraph = fence('mermaid', 'flowchart TB\n  subgraph pay [Payments Lambda, 25 minute timeout]\n    a --> b\n  end');
    assert.deepEqual(flagged(subgraph, 'lambda-timeout'), ['error 25 minute']);
    const sequence = fence('mermaid', 'sequenceDiagram\n  participant W as Web tier\n  participant Q as Amazon SQS\n  W->>Q: publish (retention 19 days)\n  Note over Q: Lambda consumer timeout 16 minutes');
    assert.deepEqual(flagged(sequence, 'sqs-retention'), ['warning 19 days']);
    assert.deepEqual(flagged(sequence, 'lambda-timeout'), ['error 16 minutes']);
  });

  it('reads PlantUML elements, arrow labels, notes and AWS macros', () => {
    const body = [
      '@startuml',
      'queue jobs as "Render jobs on SQS, retention 17 days"',
      'component [Renderer] as r',
      'r --> jobs : Lambda poller, timeout 22 minutes',
      'note right of r',
      '  Lambda memory 12 GB',
      'end note',
      'SimpleQueueService(dlq, "Failed renders", "SQS retention 15 days")',
      '@enduml',
    ].join('\n');
    const text = fence('plantuml', body);
    assert.deepEqual(flagged(text, 'sqs-retention'), ['error 17 days', 'error 15 days']);
    assert.deepEqual(flagged(text, 'lambda-timeout'), ['error 22 minutes']);
    assert.deepEqual(flagged(text, 'lambda-memory'), ['error 12 GB']);
    // Unmarked fences are diagrams by their first line.
    assert.deepEqual(flagged(fence('', body), 'sqs-retention'), ['error 17 days', 'error 15 days']);
  });

  it('reads Mermaid C4 macros (a Rel labels the edge into its target) and architecture diagrams', () => {
    const c4 = fence('mermaid', 'C4Container\n  Container(fn, "Thumbnailer", "AWS Lambda", "timeout 24 minutes")\n  ContainerQueue(q, "Jobs", "Amazon SQS")\n  Rel(fn, q, "polls, retention 15 days")');
    assert.deepEqual(flagged(c4, 'lambda-timeout'), ['error 24 minutes']);
    assert.deepEqual(flagged(c4, 'sqs-retention'), ['warning 15 days']);
    const arch = fence('mermaid', 'architecture-beta\n  group core(cloud)[Core]\n  service jobs(server)[SQS jobs, retention 20 days] in core\n  service fn(server)[Lambda, timeout 10 minutes] in core');
    assert.deepEqual(flagged(arch, 'sqs-retention'), ['error 20 days']);
    assert.deepEqual(flagged(arch, 'lambda-timeout'), []);
  });

  it('stays quiet on correct labels, on ids and styling, and on diagram types it does not read', () => {
    const correct = fence('mermaid', 'flowchart LR\n  q[SQS queue<br/>retention 4 days] -->|port 5432| db[(Aurora PostgreSQL)]\n  fn[Lambda<br/>timeout 14 minutes] --> q');
    assert.deepEqual(analyzeText(correct).findings.filter((f) => f.severity !== 'info'), []);
    const styling = fence('mermaid', 'flowchart LR\n  a --> b\n  classDef slow fill:#f00,stroke-width:30px\n  style a stroke-width:20px\n  %% SQS retention 30 days was the old plan');
    assert.deepEqual(flagged(styling, 'sqs-retention'), []);
    const gantt = fence('mermaid', 'gantt\n  title SQS retention 30 days\n  section A\n  task :a1, 2024-01-01, 30d');
    assert.deepEqual(flagged(gantt, 'sqs-retention'), []);
    const comment = fence('plantuml', "@startuml\n' SQS retention 30 days\n/' Lambda timeout 20 minutes '/\nnode web\n@enduml");
    assert.deepEqual(analyzeText(comment).findings.filter((f) => f.severity !== 'info'), []);
  });

  it('a label is never a title line: it gives no subject to the prose after the diagram', () => {
    const text = `${fence('mermaid', 'flowchart LR\n  a[Orders API] --> b[Amazon SQS]')}\nThe retention is 30 days for our audit archive.\n`;
    assert.deepEqual(flagged(text, 'sqs-retention'), []);
  });

  it('keeps label ranges exact with CRLF line ends and an emoji before the value', () => {
    const text = '# Flow 🚦\r\n\r\n```mermaid\r\nflowchart LR\r\n  a[🚀 SQS queue<br/>retention 🕒 30 days] -->|⚡ Lambda timeout 20 minutes| b[Worker]\r\n```\r\n';
    const analysis = analyzeText(text);
    const got = analysis.findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
    assert.deepEqual(got, ['sqs-retention 30 days', 'lambda-timeout 20 minutes']);
    for (const block of analysis.blocks) for (const c of block.contexts) assert.equal(text.slice(c.start, c.end), c.text);
    const labels = diagramLabels('flowchart LR\r\n  a[🚀 x] --> b\r\n', 'mermaid') ?? [];
    assert.deepEqual(
      labels.map((l) => 'flowchart LR\r\n  a[🚀 x] --> b\r\n'.slice(l.start, l.end)),
      ['🚀 x', 'b'],
    );
  });

  it('leaves other fences alone', () => {
    assert.equal(diagramLabels('flowchart LR\n  a --> b', 'python'), undefined);
    assert.equal(diagramLabels('graph of the week', 'text')?.length ?? 0, 0);
  });
});
