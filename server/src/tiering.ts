/**
 * How eagerly V8 optimises our functions. Imported first by the CLI and the language server.
 *
 * With V8's default budget a function is sent to the optimising compiler (TurboFan) after a few
 * thousand bytecodes' worth of calls, so one cold run over a document compiles ~170 functions, many
 * of them twice after a deopt (micromark's tokenizer, mdast's `compile`, the recognisers). In a
 * process that checks one file that compilation is a quarter of the CPU time: `node --no-opt`
 * checks the 100 KB example baseline in 0.87 s of CPU instead of 1.21 s (load 14, docs/reliability.md).
 * Eight times the default budget lets only the functions that stay hot get optimised: 100 KB inputs
 * cost 20–30 % less CPU, the 434 KB notes 30 % less, and a 4.3 MB file the same as before
 * (it runs long enough for everything hot to be optimised either way).
 *
 * Regular expressions: by default V8 compiles each one twice, to bytecode for its interpreter at the
 * first use and to native code once it has run once (`--regexp-tier-up`, one tick). The engine's few
 * hundred regexes (long alternations of service names, `iu` patterns with lookbehinds) pay both
 * compiles in every cold run; compiling to native code at once cuts the CLI's CPU on the notes by
 * 12–16 % and on a 10 KB document by ~20 % (docs/reliability.md, fourteenth session). The same
 * patterns match the same way in either tier, so findings cannot change. Both V8s have the flag.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 (Node 20, V8 11.3). */
export const INTERRUPT_BUDGET = 8 * 67_584;

/**
 * The flags for a V8 `version`. The interrupt budget only for the V8 it was measured on (Node 20's
 * 11.3): newer ones (Node 24's 13.6, which runs the server inside code-server) have no such flag, and
 * setting it printed "Error: unrecognized flag" into the editor's "archnotes" output at every start.
 * `--no-regexp-tier-up`: V8 11.3 and 13.6 both know it; an unknown V8 gets neither. bin/code-cache.cjs
 * sets the same flags before it compiles a bundle (a V8 code cache holds the flags it was made under;
 * test/unit/code-cache.test.ts keeps the two lists equal).
 */
export function v8FlagsFor(version: string): string[] {
  const flags: string[] = [];
  if (/^11\./.test(version)) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (/^(?:11|12|13)\./.test(version)) flags.push('--no-regexp-tier-up');
  return flags;
}

// Applies to every function whose feedback is allocated, and every regex compiled (at its first use),
// from here on, in every thread of the process.
for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);
