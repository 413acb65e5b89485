/**
 * Where one statement of a code fence ends, for the fences that hold shell: a shell script, and the
 * shell embedded in CI files (a GitHub Actions `run: |` block, a GitLab CI `script:` list, a Makefile
 * recipe, a Dockerfile `RUN`). A statement is one code context (parse/contexts.ts), so the flags of
 * an `aws` command continued over several lines are read together (recognisers/cli-values.ts).
 *
 * A statement goes on to the next line when:
 * - its line ends with the shell's continuation character (`\`, PowerShell's backtick);
 * - in YAML, it is a plain scalar (`- aws sqs …`, `run: aws sqs …`) or a line of a folded block
 *   scalar (`- >`), and the next line is indented deeper than its key or item: YAML folds such lines
 *   into one value;
 * - it is a short shell comment right above an `aws` database command that names no engine itself
 *   (`# postgres` over `aws rds create-db-instance … --port 3306`): the comment says what the
 *   command is about, as a trailing comment on the command's own line does.
 */

const SHELL_LANGS = /^(?:bash|sh|shell|zsh|fish|console|shell-session|shellsession|terminal|)$/;
const POWERSHELL_LANGS = /^(?:powershell|ps1|pwsh|ps)$/;
const YAML_LANGS = /^(?:ya?ml|gitlab-ci|github-actions)$/;
/** Files whose commands are shell lines with `\` continuations. */
const RECIPE_LANGS = /^(?:make|makefile|mk|dockerfile|docker|containerfile)$/;
const UNMARKED = /^(?:text|txt|plain|plaintext)$/;

/**
 * An `aws` command of a database service, whose engine its flags may leave out (a port without
 * `--engine`), at the start of a line, a YAML item or a YAML value. Other commands take no label:
 * "# Allow HTTPS from all VPCs" over a security group rule would give its CIDR a VPC's role.
 */
const DATABASE_COMMAND_LINE = /^[ \t]*(?:-[ \t]+)?(?:[\w.-]{1,40}:[ \t]+)?(?:RUN[ \t]+|[$>][ \t]*|[@-])?aws[ \t]+(?:rds|docdb|neptune|elasticache|memorydb|redshift)[ \t]+[a-z]/;
/** A YAML plain scalar that starts an `aws` command: the item marker, then the key whose column counts. */
const YAML_PLAIN_COMMAND = /^([ \t]*(?:-[ \t]+)?)([\w.-]{1,40}:[ \t]+)?aws[ \t]/;
const YAML_ITEM_COMMAND = /^([ \t]*)-[ \t]+aws[ \t]/;
/** A YAML folded block scalar's indicator line (`script: >`, `- >-`): its lines fold into one line. */
const YAML_FOLDED_START = /^([ \t]*(?:-[ \t]+)?)([\w.-]{1,40}:[ \t]+)?>[-+]?[1-9]?[ \t]*$/;
/** A shell comment of at most a few words (a label, not a paragraph of prose). */
const SHORT_COMMENT = /^[ \t]*#[ \t]*[^\s#][^\n]{0,38}$/;
const ENGINE_FLAG = /(?:^|\s)--engine(?:[=\s]|$)/;
/** Lines of one command looked at for its own `--engine` flag. */
const MAX_COMMAND_LINES = 40;

/**
 * Whether the line of `code` ending at `lineEnd` (before its line break) goes on to the next line.
 * Called on each line in order; a joiner keeps what the statement so far needs (its plain-scalar column).
 */
export type StatementJoiner = (code: string, lineStart: number, lineEnd: number) => boolean;

function lineAt(code: string, from: number): { text: string; end: number } {
  const next = code.indexOf('\n', from);
  const end = next === -1 ? code.length : next;
  const text = code.slice(from, end);
  return { text: text.endsWith('\r') ? text.slice(0, -1) : text, end };
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].length : 0;
}

/** The command starting at `from` (a line and its continuations) sets its engine itself. */
function commandNamesEngine(code: string, from: number, continuation: string): boolean {
  let at = from;
  for (let n = 0; n < MAX_COMMAND_LINES && at <= code.length; n++) {
    const line = lineAt(code, at);
    if (ENGINE_FLAG.test(line.text)) return true;
    if (!line.text.trimEnd().endsWith(continuation)) return false;
    at = line.end + 1;
  }
  return false;
}

/** The rule that joins a fence's lines into statements (undefined: every line is its own). */
export function statementJoiner(lang: string): StatementJoiner | undefined {
  const powershell = POWERSHELL_LANGS.test(lang);
  const yaml = YAML_LANGS.test(lang);
  if (!powershell && !yaml && !SHELL_LANGS.test(lang) && !RECIPE_LANGS.test(lang) && !UNMARKED.test(lang)) return undefined;
  const continuation = powershell ? '`' : '\\';
  /** The column a YAML plain scalar's continuation lines must be deeper than (-1: not in one). */
  let plainColumn = -1;
  /** The column a YAML folded scalar's lines are deeper than (-1: not in one). */
  let foldedColumn = -1;
  return (code, lineStart, lineEnd) => {
    const line = code.slice(lineStart, lineEnd).trimEnd();
    if (lineEnd >= code.length) return false;
    const next = lineAt(code, lineEnd + 1).text;
    if (yaml) {
      if (foldedColumn >= 0 && line !== '' && indentOf(line) <= foldedColumn) foldedColumn = -1;
      const folded = foldedColumn < 0 ? YAML_FOLDED_START.exec(line) : null;
      if (folded) {
        // The indicator line is a statement of its own; the lines below it fold together.
        const marker = folded[1] ?? '';
        foldedColumn = folded[2] !== undefined ? marker.length : indentOf(marker);
        return false;
      }
      // A blank line in a folded scalar is a line break: the command before it ends there.
      if (foldedColumn >= 0 && line !== '' && /\S/.test(next) && indentOf(next) > foldedColumn) return true;
    }
    if (yaml && plainColumn < 0) {
      const keyed = YAML_PLAIN_COMMAND.exec(line);
      const item = YAML_ITEM_COMMAND.exec(line);
      if (keyed?.[2] !== undefined) plainColumn = (keyed[1] ?? '').length;
      else if (item) plainColumn = (item[1] ?? '').length;
    }
    const joins =
      line.endsWith(continuation) ||
      (plainColumn >= 0 && /\S/.test(next) && indentOf(next) > plainColumn && !/^[ \t]*#/.test(next)) ||
      (SHORT_COMMENT.test(line) && DATABASE_COMMAND_LINE.test(next) && !commandNamesEngine(code, lineEnd + 1, continuation));
    if (!joins) plainColumn = -1;
    return joins;
  };
}

/** A quote that opens a string starting with an `aws` command (after an optional `set -e;`-like word or two). */
const QUOTED_COMMAND = /(['"])[ \t]*(?:[\w./$-]{1,20}[ \t]+){0,2}aws[ \t]+[a-z0-9-]+[ \t]+[a-z]/;

/**
 * Where an `aws` command written in a quoted string ends when more of the enclosing call follows the string
 * (Jenkins `sh script: 'aws lambda … --timeout 1200', returnStdout: true`, `subprocess.run("aws …", shell=True)`):
 * the offset of the string's closing quote in `statement`, so the command is a statement of its own; undefined
 * when no such string closes before other code.
 */
export function quotedCommandEnd(statement: string): number | undefined {
  const m = QUOTED_COMMAND.exec(statement);
  if (!m) return undefined;
  const quote = m[1] ?? '';
  // A triple-quoted string (`sh '''…'''`) runs over lines; the command ends with its statement.
  if (statement.startsWith(quote.repeat(3), m.index) || (m.index >= 2 && statement.slice(m.index - 2, m.index) === quote.repeat(2))) return undefined;
  for (let i = m.index + 1; i < statement.length; i++) {
    const c = statement[i];
    if (c === '\\') i++;
    else if (c === quote) return /\S/.test(statement.slice(i + 1)) ? i : undefined;
  }
  return undefined;
}
