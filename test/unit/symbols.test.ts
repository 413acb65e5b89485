/**
 * Outline symbols (VPCs with their subnets, databases, queues, functions, load balancers) and the
 * workspace symbol search, on documents analysed by the real engine.
 */
import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/engine/analyze';
import {
  documentSymbols,
  flattenSymbols,
  matchScore,
  searchSymbols,
  SymbolIndex,
  type ArchSymbol,
} from '../../server/src/engine/features/symbols';
import { LSP_SYMBOL_KIND } from '../../server/src/lsp/convert';
import { addressPlan } from '../../server/src/engine/features/address-plan';

const ORDERS = `# Orders platform

## VPC prod-vpc (10.0.0.0/16)

| Subnet | AZ | Subnet CIDR |
|---|---|---|
| public-a | us-east-1a | 10.0.0.0/24 |
| private-a | us-east-1a | 10.0.16.0/20 |
| data-a | us-east-1a | 10.0.64.0/24 |

## VPC analytics-vpc

The analytics VPC uses 10.1.0.0/16. Its subnet \`etl-a\` is 10.1.1.0/24.

## Data

| Database | Engine | Port |
|---|---|---|
| orders-db | RDS for PostgreSQL | 5432 |

| Queue | Type |
|---|---|
| orders-queue | SQS |

\`\`\`hcl
resource "aws_lambda_function" "resize-image" {
  function_name = "resize-image"
  memory_size   = 1024
  timeout       = 30
}

resource "aws_lb" "public-alb" {
  load_balancer_type = "application"
}
\`\`\`
`;

const REPORTING = `# Reporting

The reporting job reads from the replica of orders-db.

| Database | Engine |
|---|---|
| orders-db-replica | RDS for PostgreSQL |
| reporting-db | Aurora MySQL |
`;

function symbolsOf(text: string): ArchSymbol[] {
  return documentSymbols(analyzeText(text).model);
}

const summary = (symbols: readonly ArchSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length ? { [`${s.kind} ${s.name}`]: summary(s.children) } : `${s.kind} ${s.name}`));

function assertWellFormed(text: string, symbols: readonly ArchSymbol[], parent?: ArchSymbol): void {
  for (const s of symbols) {
    assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection outside range`);
    assert.ok(s.selectionStart < s.selectionEnd, `${s.name}: empty selection`);
    assert.ok(s.end <= text.length);
    if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${s.name}: outside its parent ${parent.name}`);
    assertWellFormed(text, s.children, s);
  }
}

describe('document symbols', () => {
  it('lists VPCs with their subnets, then databases, queues, functions and load balancers, in document order', () => {
    const symbols = symbolsOf(ORDERS);
    assert.deepEqual(summary(symbols), [
      { 'vpc prod-vpc': ['subnet public-a', 'subnet private-a', 'subnet data-a'] },
      { 'vpc analytics-vpc': ['subnet etl-a'] },
      'database orders-db',
      'queue orders-queue',
      'function resize-image',
      'loadBalancer public-alb',
    ]);
    assertWellFormed(ORDERS, symbols);
  });

  it('selects the name, shows the CIDR or the service as detail, and spans the VPC over its subnets', () => {
    const symbols = symbolsOf(ORDERS);
    const vpc = symbols[0]!;
    assert.equal(ORDERS.slice(vpc.selectionStart, vpc.selectionEnd), 'prod-vpc');
    assert.equal(vpc.detail, '10.0.0.0/16');
    assert.ok(ORDERS.slice(vpc.start, vpc.end).includes('| data-a |'), 'VPC range does not cover its last subnet row');
    const subnet = vpc.children[1]!;
    assert.equal(subnet.detail, '10.0.16.0/20');
    assert.equal(ORDERS.slice(subnet.selectionStart, subnet.selectionEnd), 'private-a');
    const analytics = symbols[1]!;
    assert.equal(analytics.detail, '10.1.0.0/16');
    assert.equal(ORDERS.slice(analytics.selectionStart, analytics.selectionEnd), '10.1.0.0/16', 'an unnamed VPC selects its CIDR');
    const db = symbols.find((s) => s.kind === 'database')!;
    assert.match(db.detail ?? '', /PostgreSQL/);
    assert.equal(ORDERS.slice(db.selectionStart, db.selectionEnd), 'orders-db');
    const fn = symbols.find((s) => s.kind === 'function')!;
    assert.ok(ORDERS.slice(fn.start, fn.end).includes('memory_size'), 'a function spans its IaC block');
  });

  it('nests a subnet by CIDR containment when the model did not bind it', () => {
    const model = analyzeText(ORDERS).model;
    const unbound = { vpcs: model.vpcs, subnets: model.subnets.map((s) => ({ ...s, vpc: undefined })), headings: model.headings };
    const symbols = documentSymbols(unbound);
    assert.deepEqual(
      symbols.filter((s) => s.kind === 'vpc').map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['prod-vpc', ['public-a', 'private-a', 'data-a']],
        ['analytics-vpc', ['etl-a']],
      ],
    );
  });

  it('keeps a subnet of no stated VPC that no VPC contains at the top level, and lists a repeated VPC once', () => {
    const text = `## VPC edge-vpc

| VPC | VPC CIDR |
|---|---|
| edge-vpc | 10.9.0.0/16 |

| Subnet | Subnet CIDR |
|---|---|
| edge-a | 10.9.1.0/24 |

The VPC \`edge-vpc\` is 10.9.0.0/16.

## On-premises lab

| Subnet | Subnet CIDR |
|---|---|
| stray-a | 192.168.5.0/24 |
`;
    const symbols = symbolsOf(text);
    const vpcs = symbols.filter((s) => s.kind === 'vpc');
    assert.equal(vpcs.length, 1, JSON.stringify(summary(symbols)));
    assert.deepEqual(vpcs[0]!.children.map((c) => c.name), ['edge-a']);
    assert.ok(symbols.some((s) => s.kind === 'subnet' && s.name === 'stray-a'), JSON.stringify(summary(symbols)));
    assertWellFormed(text, symbols);
  });

  it('names a VPC its statement names only in prose ("The production VPC is …"), the CIDR as detail', () => {
    const text = '# Environments\n\nThe production VPC is 10.0.0.0/16.\n\n| Subnet | CIDR |\n| --- | --- |\n| prod-a | 10.0.0.0/24 |\n\nThe VPC (10.3.0.0/16) hosts the shared services.\n';
    const vpcs = documentSymbols(analyzeText(text).model).filter((s) => s.kind === 'vpc');
    assert.deepEqual(vpcs.map((v) => [v.name, v.detail, v.children.map((c) => c.name)]), [
      ['production', '10.0.0.0/16', ['prod-a']],
      ['10.3.0.0/16', undefined, []],
    ]);
  });

  it('lists a VPC named in prose and defined again in an IaC block with the same name and block once', () => {
    // Found in the real editor on examples/orders-platform.md: "The staging VPC is 10.20.0.0/16" and
    // `resource "aws_vpc" "staging"` showed two "staging" VPCs in the outline and the address plan.
    const text = '# Net\n\nThe staging VPC is 10.20.0.0/16.\n\n| Subnet | CIDR |\n| --- | --- |\n| stg-a | 10.20.0.0/24 |\n\n```hcl\nresource "aws_vpc" "staging" {\n  cidr_block = "10.20.0.0/16"\n}\n```\n';
    const model = analyzeText(text).model;
    assert.equal(model.vpcs.length, 2, 'the model has both statements');
    const vpcs = documentSymbols(model).filter((s) => s.kind === 'vpc');
    assert.deepEqual(vpcs.map((v) => [v.name, v.detail, v.children.map((c) => c.name)]), [['staging', '10.20.0.0/16', ['stg-a']]]);
    assert.deepEqual(addressPlan(model).vpcs.map((v) => v.name), ['staging']);
  });

  it('takes resources from a table only when its first column holds names', () => {
    const text = `### Database settings

| Setting | Value |
|---|---|
| Engine | RDS for PostgreSQL (port 5432) |

| Security group | Inbound | Purpose |
|---|---|---|
| db-sg | TCP 5432 from app-sg | PostgreSQL from the app tier |

| Database | Engine |
|---|---|
| billing-db | Aurora MySQL |
`;
    assert.deepEqual(summary(symbolsOf(text)), ['database billing-db']);
  });

  it('returns nothing for a document without architecture', () => {
    assert.deepEqual(symbolsOf('# Notes\n\nJust prose about a meeting.\n'), []);
    assert.deepEqual(symbolsOf(''), []);
  });

  it('maps every kind to an LSP SymbolKind number', () => {
    for (const kind of ['vpc', 'subnet', 'database', 'queue', 'function', 'loadBalancer'] as const) {
      assert.ok(Number.isInteger(LSP_SYMBOL_KIND[kind]) && LSP_SYMBOL_KIND[kind] >= 1 && LSP_SYMBOL_KIND[kind] <= 26);
    }
  });
});

describe('workspace symbols', () => {
  const docs = [
    { uri: 'file:///docs/orders.md', symbols: symbolsOf(ORDERS) },
    { uri: 'file:///docs/reporting.md', symbols: symbolsOf(REPORTING) },
  ];

  it('finds "orders-db" across documents, exact match first', () => {
    const hits = searchSymbols(docs, 'orders-db');
    assert.deepEqual(
      hits.slice(0, 2).map((h) => [h.symbol.name, h.uri]),
      [
        ['orders-db', 'file:///docs/orders.md'],
        ['orders-db-replica', 'file:///docs/reporting.md'],
      ],
    );
    assert.ok(hits.every((h) => matchScore(h.symbol.name, 'orders-db') > 0 || (h.symbol.detail ?? '').includes('orders-db')));
  });

  it('matches fuzzily like VS Code, names the container of nested symbols, and finds a VPC by CIDR', () => {
    const fuzzy = searchSymbols(docs, 'rptdb').map((h) => h.symbol.name);
    assert.deepEqual(fuzzy, ['reporting-db']);
    const subnet = searchSymbols(docs, 'private-a')[0];
    assert.equal(subnet?.containerName, 'prod-vpc');
    assert.equal(searchSymbols(docs, '10.1.0.0/16')[0]?.symbol.name, 'analytics-vpc');
  });

  it('returns every symbol for an empty query, up to the limit', () => {
    const all = flattenSymbols(docs.flatMap((d) => d.symbols));
    assert.equal(searchSymbols(docs, '').length, all.length);
    assert.equal(searchSymbols(docs, '', 3).length, 3);
  });

  it('keeps an index per document', () => {
    const index = new SymbolIndex();
    for (const d of docs) index.set(d.uri, d.symbols);
    assert.equal(index.search('reporting-db').length, 1);
    index.delete('file:///docs/reporting.md');
    assert.equal(index.search('reporting-db').length, 0);
    assert.equal(index.size, 1);
  });

  it('scores exact > prefix > substring > subsequence', () => {
    assert.equal(matchScore('orders-db', 'ORDERS-DB'), 4);
    assert.equal(matchScore('orders-db-replica', 'orders-db'), 3);
    assert.equal(matchScore('old-orders-db', 'orders-db'), 2);
    assert.equal(matchScore('orders-database', 'ordb'), 1);
    assert.equal(matchScore('queue', 'orders'), 0);
  });
});
