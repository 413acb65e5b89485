/**
 * The minor defects of the second reliability probe (issue 16): D14, an unsafe fix that left a
 * statement contradicting itself, and D15, memory kept for `$/cancelRequest` floods.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyzeText } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/features/fixes';
import { LspClient } from './helpers/lsp-client';

describe('robust: the vpc-cidr-size fix keeps a stated netmask in step (D14)', () => {
  for (const text of [
    'The VPC is 10.0.0.0/8 (netmask 255.0.0.0).\n',
    '| VPC | CIDR | Netmask |\n| --- | --- | --- |\n| shared-services | 10.0.0.0/12 | 255.240.0.0 |\n',
    'VPC: 10.0.0.0/12 (255.240.0.0).\n',
  ]) {
    it(`"Use /16" leaves no netmask contradicting the prefix: ${JSON.stringify(text.slice(-40))}`, () => {
      const finding = analyzeText(text).findings.find((f) => f.ruleId === 'vpc-cidr-size');
      assert.ok(finding, 'flagged');
      const fix = finding.fixes.find((f) => f.title === 'Use /16');
      assert.ok(fix);
      const fixed = applyEdits(text, fix.edits);
      assert.ok(fixed.includes('/16') && fixed.includes('255.255.0.0'), fixed);
      const after = analyzeText(fixed).findings.map((f) => f.ruleId);
      assert.deepEqual(after.filter((id) => id === 'cidr-netmask-mismatch' || id === 'vpc-cidr-size'), []);
    });
  }

  it('a netmask that already disagrees is left to cidr-netmask-mismatch, and a lone CIDR gets the prefix edit only', () => {
    const disagreeing = 'The VPC is 10.0.0.0/8 (netmask 255.255.255.0).\n';
    const fix = analyzeText(disagreeing).findings.find((f) => f.ruleId === 'vpc-cidr-size')?.fixes[0];
    assert.equal(fix?.edits.length, 1);
    const lone = analyzeText('The production VPC uses 10.0.0.0/15.\n').findings.find((f) => f.ruleId === 'vpc-cidr-size')?.fixes[0];
    assert.equal(lone?.edits.length, 1);
  });
});

describe('robust: a flood of cancels for unknown ids keeps no memory (D15)', function () {
  this.timeout(120_000);
  it('200,000 `$/cancelRequest` with ids never sent leave the server heap where it was once handled', async function () {
    if (process.platform === 'win32') this.skip();
    const client = new LspClient(['--stdio'], { execArgv: ['--expose-gc', '--require', join(__dirname, 'helpers', 'heap-report.cjs')] });
    let stderr = '';
    client.process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const heapUsed = async (): Promise<number> => {
      const before = stderr.length;
      client.process.kill('SIGUSR2');
      for (let i = 0; i < 200 && !/heap-used \d+\n/.test(stderr.slice(before)); i++) await new Promise((resolve) => setTimeout(resolve, 25));
      return Number(/heap-used (\d+)\n/.exec(stderr.slice(before))?.[1]);
    };
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      client.notify('initialized', {});
      const hover = (): Promise<unknown> => client.request('textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } });
      await hover();
      const baseline = await heapUsed();
      assert.ok(baseline > 0, stderr);
      // Ids of every kind, 40-character strings most of them: kept for good, 200,000 would hold
      // well over 10 MB (vscode-jsonrpc's `knownCanceledRequests`, the probe's suspicion).
      const ids = (i: number): unknown => [`never-sent-${String(i).padStart(29, '0')}`, 1e9 + i, null, { i }, 1e308, -0.5][i % 6];
      for (let batch = 0; batch < 20; batch++) {
        let frames = '';
        for (let i = batch * 10_000; i < (batch + 1) * 10_000; i++) {
          const body = JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: ids(i) } });
          frames += `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
        }
        client.writeRaw(frames);
        await hover(); // the server has handled every cancel written before it
      }
      const after = await heapUsed();
      assert.ok(after - baseline < 5_000_000, `heap grew by ${((after - baseline) / 1e6).toFixed(1)} MB`);
    } finally {
      client.process.kill();
    }
  });
});
