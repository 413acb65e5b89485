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
 * The V8 the flag was measured on (Node 20). Newer V8s (Node 24's 13.6, which runs the server inside
 * code-server) have no such flag: setting it printed "Error: unrecognized flag" into the editor's
 * "archnotes" output at every start, and changed nothing.
 */
const V8_WITH_FLAG = /^11\./;

// Applies to every function whose feedback is allocated from here on, in every thread of the process.
if (V8_WITH_FLAG.test(process.versions.v8)) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
/** V8 11.3 (Node 20) and 13.6 (Node 24, in code-server) both know it; an older one would print an error, so only these. */
const V8_WITH_REGEXP_TIER_UP = /^(?:11|12|13)\./;
// Applies to every regex compiled from here on (they compile at their first use), in every thread.
if (V8_WITH_REGEXP_TIER_UP.test(process.versions.v8)) setFlagsFromString('--no-regexp-tier-up');
