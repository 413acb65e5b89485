/**
 * The extension's settings as the VS Code Settings editor shows them (issue 15, defect 11): titles
 * derived from the keys read as words, every rule listed under "Archnotes: Rules", renamed keys
 * still honoured, and no contribution that makes archnotes a formatter or folding provider.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine/rules';
import { readSettings } from '../../server/src/lsp/settings';
import { RENAMED_SETTINGS, withRenamedSettings } from '../../client/src/settings-migration';

interface SettingSchema {
  type?: string;
  default?: unknown;
  order?: number;
  description?: string;
  markdownDescription?: string;
  markdownDeprecationMessage?: string;
  deprecationMessage?: string;
  properties?: Record<string, { enum?: string[]; default?: unknown; markdownDescription?: string }>;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: Record<string, unknown> & { configuration: { properties: Record<string, SettingSchema> } };
};
const settings = manifest.contributes.configuration.properties;

/** The title VS Code's Settings editor derives from a key (settingKeyToDisplayFormat): "Debounce Ms". */
function titleOf(key: string): string {
  const last = key.slice(key.lastIndexOf('.') + 1);
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase());
}

describe('settings in the VS Code Settings editor', () => {
  const current = Object.entries(settings).filter(([, s]) => !s.markdownDeprecationMessage && !s.deprecationMessage);

  it('titles every setting in words, without unit abbreviations', () => {
    assert.equal(titleOf('archnotes.debounceMs'), 'Debounce Ms', 'the title derivation this test relies on');
    for (const [key] of current) {
      const words = titleOf(key).split(' ');
      for (const word of words) assert.doesNotMatch(word, /^(Ms|Kb|Mb|Sec|Num|Max|Min)$/, `${key} shows as "${titleOf(key)}"`);
    }
    assert.deepEqual(current.map(([key]) => titleOf(key)), ['Rules', 'Diagnostics Delay', 'Large File Size']);
  });

  it('gives every current setting a markdown description and an order', () => {
    const orders = current.map(([key, s]) => {
      assert.ok(s.markdownDescription && s.markdownDescription.length > 40, `${key}: markdownDescription`);
      assert.equal(typeof s.order, 'number', `${key}: order`);
      return s.order;
    });
    assert.deepEqual(orders, [...orders].sort((a = 0, b = 0) => a - b), 'listed in their order');
  });

  it('keeps each renamed key declared as deprecated, pointing at its new name, with the same default', () => {
    for (const { from, to } of RENAMED_SETTINGS) {
      const old = settings[`archnotes.${from}`];
      const renamed = settings[`archnotes.${to}`];
      assert.ok(old && renamed, `${from} and ${to} declared`);
      assert.match(old.markdownDeprecationMessage ?? '', new RegExp(`#archnotes\\.${to}#`));
      assert.equal(old.default, renamed.default);
      assert.equal(old.type, renamed.type);
    }
  });

  it('lists every rule under "Archnotes: Rules" with its levels, at "default"', () => {
    const rules = settings['archnotes.rules'];
    assert.ok(rules?.properties);
    assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.id));
    assert.deepEqual(rules.default, Object.fromEntries(RULES.map((r) => [r.id, 'default'])), 'the table shows every rule, not an empty "Add Item"');
    // The table shows ids and levels only: the setting's text links the page listing every rule, and claims no more.
    assert.match(rules.markdownDescription ?? '', /\[the rules reference\]\(https:\/\/\S+\/docs\/rules\/README\.md\)/);
    assert.doesNotMatch(rules.markdownDescription ?? '', /each rule links/i);
    assert.ok(existsSync(join(__dirname, '..', '..', 'docs', 'rules', 'README.md')), 'the linked page is shipped in the repository');
    for (const [id, p] of Object.entries(rules.properties)) {
      assert.deepEqual(p.enum, ['default', 'off', 'info', 'warning', 'error'], id);
      assert.match(p.markdownDescription ?? '', /Default level: (error|warning|info)\./, id);
    }
  });

  it('contributes no language, formatter or folding (.archnotes.jsonc is jsonc by its extension)', () => {
    assert.equal(manifest.contributes['languages'], undefined, 're-declaring jsonc offered archnotes as its formatter and folding provider');
    const json = JSON.stringify(manifest.contributes);
    assert.doesNotMatch(json, /formatter|folding/i);
    assert.deepEqual(manifest.contributes['jsonValidation'], [{ fileMatch: '.archnotes.jsonc', url: './schemas/archnotes.schema.json' }]);
  });
});

describe('renamed settings keep working', () => {
  it('the server reads the new keys, and an old key when a client sends only that', () => {
    assert.equal(readSettings({ diagnosticsDelay: 300 }).debounceMs, 300);
    assert.equal(readSettings({ largeFileSize: 64 }).maxFileSizeKb, 64);
    assert.equal(readSettings({ debounceMs: 5000 }).debounceMs, 5000);
    assert.equal(readSettings({ maxFileSizeKb: 1 }).maxFileSizeKb, 1);
    assert.equal(readSettings({ diagnosticsDelay: 20, debounceMs: 5000 }).debounceMs, 20, 'the new key wins');
    assert.equal(readSettings({ largeFileSize: -1, maxFileSizeKb: 8 }).maxFileSizeKb, 2048, 'an invalid value keeps the default');
  });

  it('the client fills a new key from an old key the user set, scope by scope', () => {
    const section = { rules: {}, diagnosticsDelay: 0, largeFileSize: 2048, debounceMs: 400, maxFileSizeKb: 64 };
    const scopes: Record<string, Record<string, unknown>> = {
      debounceMs: { workspaceValue: 400 },
      maxFileSizeKb: { globalValue: 64 },
      largeFileSize: { workspaceValue: 512 },
    };
    const out = withRenamedSettings(section, (key) => scopes[key] ?? {});
    assert.equal(out['diagnosticsDelay'], 400, 'old key set, new one not: the old value');
    assert.equal(out['largeFileSize'], 2048, 'the new key set in a more specific scope wins (the section already holds its value)');
    const both = withRenamedSettings(section, (key) => ({ debounceMs: { workspaceValue: 400 }, diagnosticsDelay: { workspaceValue: 30 } })[key] ?? {});
    assert.equal(both['diagnosticsDelay'], 0, 'within one scope the new key wins (its value is in the section)');
    const folder = withRenamedSettings(section, (key) => ({ debounceMs: { workspaceFolderValue: 90 }, diagnosticsDelay: { globalValue: 30 } })[key] ?? {});
    assert.equal(folder['diagnosticsDelay'], 90, 'an old key in a more specific scope beats a new key set globally');
    assert.deepEqual(withRenamedSettings(section, () => ({})), section, 'nothing set: the defaults');
  });
});

describe('getting started: walkthrough and icon', () => {
  const root = join(__dirname, '..', '..');
  const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const isShipped = (path: string): boolean => shipped.some((glob) => glob === path || (glob.endsWith('/*.md') && path.startsWith(glob.slice(0, -4)) && path.endsWith('.md') && !path.slice(glob.length - 4).includes('/')));
  const walkthroughs = manifest.contributes['walkthroughs'] as Array<{ id: string; title: string; steps: Array<{ id: string; title: string; description: string; media: { markdown?: string } }> }>;

  it('has a walkthrough for hovers, aws- snippets and .archnotes.jsonc, each step with shipped media', () => {
    assert.equal(walkthroughs.length, 1);
    const steps = walkthroughs[0]!.steps;
    assert.deepEqual(steps.map((s) => s.id), ['hovers', 'snippets', 'config', 'workspace']);
    for (const step of steps) {
      const media = step.media.markdown;
      assert.ok(media, `${step.id}: markdown media`);
      const text = readFileSync(join(root, media), 'utf8');
      assert.match(text, /^# \S/, `${media} starts with a title`);
      assert.ok(isShipped(media), `${media} is in the .vsix (.vscodeignore)`);
    }
    assert.match(readFileSync(join(root, 'walkthrough', 'snippets.md'), 'utf8'), /aws-sqs-fifo-queue/);
  });

  it('links only commands that exist: archnotes ones it contributes, or the workbench\'s', () => {
    const contributed = new Set((manifest.contributes['commands'] as Array<{ command: string }>).map((c) => c.command));
    for (const step of walkthroughs[0]!.steps) {
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(contributed.has(command!) || command!.startsWith('workbench.action.'), `${step.id}: ${command}`);
      }
    }
  });

  it('ships a 128×128 PNG icon', () => {
    const icon = (manifest as unknown as { icon?: string }).icon;
    assert.equal(icon, 'images/icon.png');
    const png = readFileSync(join(root, icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(isShipped(icon));
  });
});

describe('the README as the marketplace page (vsce packs it as the extension\'s page)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  it('opens with editor usage: what a hover shows, then "In VS Code" first', () => {
    assert.match(readme.slice(0, readme.indexOf('\n## ')), /Hover/);
    assert.equal(headings[0], 'In VS Code', headings.join(' | '));
  });

  it('keeps the development notes last', () => {
    assert.equal(headings.at(-1), 'Development', headings.join(' | '));
  });
});
