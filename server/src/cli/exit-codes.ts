/**
 * The CLI's exit codes (README, "Exit codes"). CI tells a crash from findings by them, so an
 * unexpected failure never exits 1.
 */
export const EXIT = {
  /** No error-level finding (and no more warnings than --max-warnings). */
  clean: 0,
  /** Error-level findings, or more warnings than --max-warnings. */
  findings: 1,
  /** A usage error, or input that could not be read or checked (missing, unreadable, not a regular file, unwritable --output). */
  input: 2,
  /** archnotes itself failed (a bug, or a worker that died): the report may be incomplete. */
  internal: 3,
} as const;

/** Why a file has no findings: it could not be read, is not notes (binary, minified), or the check failed. */
export type FileFailure = 'unreadable' | 'binary' | 'unsupported' | 'internal';
