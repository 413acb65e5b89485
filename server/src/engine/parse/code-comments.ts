/**
 * Comments in code fences are prose: "# SQS keeps messages for up to 16 days" above a template states
 * what a sentence would. A line of a fence that is only a comment, in a language whose comment marker
 * is known (`#` in YAML, HCL, shell, Python; `//` in HCL and C-like languages; `--` in SQL), and whose
 * text reads as words rather than commented-out code, is read as a sentence (parse/contexts.ts): the
 * code context of that line is replaced, not doubled, so its CIDRs and ports are mentioned once.
 *
 * Not read: comments inside an IaC resource block or after code on a line (the block or line is one
 * code context, which a second context over the comment would overlap), shell transcripts (`#` is a
 * root prompt there), `#!` and `#include` lines, and comments that hold code (`# timeout = 900`,
 * `// aws sqs …`, a line ending with `{`, `}` or `;`).
 */

const HASH_LANGS = /^(?:ya?ml|cloudformation|cfn|sam|hcl|terraform|tf|tfvars|toml|conf|properties|sh|bash|shell|zsh|fish|env|dotenv|py|python|python3|rb|ruby|dockerfile|docker|containerfile|make|makefile|mk|powershell|ps1|pwsh|rego|opa|r|perl|nginx)$/;
const SLASH_LANGS = /^(?:hcl|terraform|tf|ts|typescript|tsx|js|javascript|jsx|mjs|go|golang|java|kotlin|kt|kts|cs|csharp|c#|rust|rs|scala|swift|json5|jsonc|groovy|php|dart|c|cpp|c\+\+)$/;
const DASH_LANGS = /^(?:sql|psql|pgsql|plsql|mysql|postgresql|postgres|tsql|lua|haskell|hs)$/;

/** A comment's text that is code: a key and its value, a command, a declaration, a statement's end, a block's brace. */
const CODE_TEXT = /^(?:[\w.$"'[\]-]{1,80}[ \t]*(?:=|:[ \t]|:$|\+=|:=)|(?:aws|sudo|export|terraform|kubectl|curl|npm|pip|cd|echo|def|func|const|let|var)[ \t]|(?:resource|module|variable|data|output|provider)[ \t]+"|(?:SELECT|INSERT|UPDATE|CREATE|ALTER|DROP|GRANT)[ \t]|[$>@-][ \t]|[{}[\]()<])|[{};[]\s*$/;

/** A label that opens a note in a comment ("Note: …", "TODO: …"): prose, though written as `key: value`. */
const LABEL = /^(?:note|nb|todo|fixme|warning|warn|important|info|tip|caution|why|see|limits?|reminder)[ \t]*:[ \t]/i;

/** Two words of letters at least: a sentence, not a marker or a lone label. */
const WORDS = /[A-Za-z]{2}[^A-Za-z\n]+[A-Za-z]{2}/;

/**
 * Where the prose of a comment line starts in `line`, or -1 when the line is no prose comment of a
 * fence in `lang` (see above).
 */
export function commentProseStart(line: string, lang: string): number {
  const marker = HASH_LANGS.test(lang) && /^[ \t]*#+[ \t]+/.exec(line);
  const slash = !marker && SLASH_LANGS.test(lang) && /^[ \t]*\/\/+[ \t]+/.exec(line);
  const dash = !marker && !slash && DASH_LANGS.test(lang) && /^[ \t]*--+[ \t]+/.exec(line);
  const m = marker || slash || dash;
  if (!m) return -1;
  const text = line.slice(m[0].length).trimEnd();
  if (text.length > 400 || !WORDS.test(text) || (CODE_TEXT.test(text) && !LABEL.test(text))) return -1;
  return m[0].length;
}

/**
 * Keys whose string value is a sentence for people: an alert's `description`, a rule's `message`, a
 * variable's `help`. Its words state what prose would ("The SQS visibility timeout is capped at 15 minutes").
 */
const PROSE_KEY =
  /^[ \t]*(?:-[ \t]+)?["']?(?:description|summary|message|msg|help|comment|note|notes|reason|rationale|explanation|details?|error_?message|custom_?message)["']?[ \t]*[:=][ \t]*(["'])/i;
/** A cfn-guard custom message on its own line: `<< SQS keeps messages up to 14 days >>`. */
const GUARD_MESSAGE = /^[ \t]*<<[ \t]*/;

/** At least four words, letters first: a sentence, not an identifier, a template or a path. */
function isSentence(text: string): boolean {
  return /^[A-Za-z]/.test(text) && text.trim().split(/\s+/).length >= 4;
}

/**
 * Where the sentence of a one-line prose string starts and ends in `line` (a prose key's quoted value,
 * a guard message between `<<` and `>>`), or undefined when the line holds none.
 */
export function stringProseSpan(line: string): { readonly start: number; readonly end: number } | undefined {
  if (line.length > 600) return undefined;
  const key = PROSE_KEY.exec(line);
  if (key) {
    const quote = key[1] ?? '"';
    const start = key[0].length;
    const end = line.lastIndexOf(quote);
    if (end <= start || !/^,?$/.test(line.slice(end + 1).trim())) return undefined;
    const text = line.slice(start, end);
    return isSentence(text) && !/[{}$]|\\n/.test(text) ? { start, end } : undefined;
  }
  const guard = GUARD_MESSAGE.exec(line);
  if (guard) {
    const end = line.lastIndexOf('>>');
    if (end <= guard[0].length || /\S/.test(line.slice(end + 2))) return undefined;
    const text = line.slice(guard[0].length, end).trimEnd();
    return isSentence(text) ? { start: guard[0].length, end: guard[0].length + text.length } : undefined;
  }
  return undefined;
}
