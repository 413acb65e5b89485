import { strict as assert } from 'node:assert';
import { displayPath } from '../../server/src/lsp/display-path';

describe('log lines name a file by its workspace path (displayPath)', () => {
  const ws = 'file:///home/me/my%20repo';
  it('a document in the folder: its path in it, without escapes; a config by its absolute path too', () => {
    assert.equal(displayPath('file:///home/me/my%20repo/docs/net%20plan.md', [ws]), 'docs/net plan.md');
    assert.equal(displayPath('/home/me/my repo/.archnotes.jsonc', [ws]), '.archnotes.jsonc');
  });
  it('several folders: the folder\'s name in front; outside every folder: the absolute path', () => {
    assert.equal(displayPath('file:///srv/b/a.md', ['file:///srv/a', 'file:///srv/b']), 'b/a.md');
    assert.equal(displayPath('file:///home/me/my%20repo-2/a.md', [ws]), '/home/me/my repo-2/a.md');
    assert.equal(displayPath('file:///tmp/a.md', []), '/tmp/a.md');
  });
  it('a folder itself, a file named "..x", and addresses that are not files', () => {
    assert.equal(displayPath('file:///home/me/my%20repo/..x.md', [ws]), '..x.md');
    assert.equal(displayPath('untitled:Untitled-1', [ws]), 'untitled:Untitled-1');
    assert.equal(displayPath('file:///home/me/my%20repo', [ws]), '/home/me/my repo');
  });
});
