/**
 * The notes' inventory (issue 12): how many of the lines that research marked suspicious in the
 * user's own notes (bench/fixtures/notes.md = the seed notes) carry a finding, and every finding on
 * the other lines, so a reader can check that each one is right.
 *
 *   npx tsx scripts/notes-inventory.ts [--seed-facts path] [--list]
 *
 * The research file lives outside the repository (../shared/research/seed-facts.jsonl); the script
 * says so and exits 0 when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText } from '../server/src/engine/analyze';

interface SeedFact {
  readonly line: number;
  readonly check: string;
  readonly subject?: string;
}

const args = process.argv.slice(2);
const at = args.indexOf('--seed-facts');
const factsPath = resolve(at >= 0 ? (args[at + 1] ?? '') : (process.env.ARCHNOTES_SEED_FACTS ?? '../shared/research/seed-facts.jsonl'));
if (!existsSync(factsPath)) {
  console.log(`notes inventory: ${factsPath} not found; nothing to measure.`);
  process.exit(0);
}
const facts: SeedFact[] = readFileSync(factsPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as SeedFact);
const suspicious = new Map<number, SeedFact>();
for (const f of facts) if (f.check.startsWith('suspicious')) suspicious.set(f.line, f);

const text = readFileSync(resolve('bench/fixtures/notes.md'), 'utf8');
const analysis = analyzeText(text);
const flagged = new Map<number, string[]>();
for (const finding of analysis.findings) {
  const line = analysis.lines.positionAt(finding.start).line + 1;
  const list = flagged.get(line) ?? [];
  list.push(`${finding.severity} ${finding.ruleId}: ${finding.message}`);
  flagged.set(line, list);
}
const hit = [...suspicious.keys()].filter((line) => flagged.has(line));
const other = [...flagged.keys()].filter((line) => !suspicious.has(line)).sort((a, b) => a - b);
console.log(`suspicious lines flagged: ${hit.length} of ${suspicious.size}`);
console.log(`findings: ${analysis.findings.length} on ${flagged.size} lines (${other.length} lines not marked suspicious)`);
if (args.includes('--list')) {
  console.log('\n# on suspicious lines');
  for (const line of hit.sort((a, b) => a - b)) console.log(`${line}: ${(flagged.get(line) ?? []).join(' || ')}`);
  console.log('\n# on other lines (check each is right)');
  for (const line of other) console.log(`${line}: ${(flagged.get(line) ?? []).join(' || ')}`);
  console.log('\n# suspicious, not flagged');
  for (const [line, f] of [...suspicious].sort((a, b) => a[0] - b[0])) if (!flagged.has(line)) console.log(`${line}: ${f.subject ?? ''} — ${f.check.slice(12, 140)}`);
}
