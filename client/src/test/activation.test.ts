import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture } from './helpers';

suite('activation', () => {
  test('opening a markdown design doc activates archnotes', async () => {
    await openFixture('docs/payments-platform.md');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} present`);
    await ext.activate();
    assert.equal(ext.isActive, true);
    assert.ok(vscode.version, 'running inside a real VS Code extension host');
  });
});
