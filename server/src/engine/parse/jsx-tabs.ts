/**
 * MDX layout components that wrap code samples: Docusaurus `<Tabs>` / `<TabItem value="tf"
 * label="Terraform">`, Nextra `<Tabs.Tab>`, `<CodeGroup>`, `<Steps>` / `<Step>`. Markdown reads a line
 * that is such a tag as an HTML block up to the next blank line, so a fence written right under
 * `<TabItem>` (MDX needs no blank line there), or indented under it, was swallowed by the block and
 * never read. Before the parse (same length, as html-toggles.ts) a line that holds only such a tag is
 * blanked: the tag states nothing the engine reads, and the fence or prose under it is read as it would
 * be at that place without the tag (a fence indented by four spaces after it is an indented code block
 * that holds a fence, which `contexts.ts` reads as that fence). Lines inside markdown fences are never
 * rewritten.
 */
import { forLinesOutsideFences } from './outside-fences';

const ANY_TAG = /<\/?(?:Tabs|TabItem|Tab|Tabs\.Tab|CodeGroup|Steps|Step)\b/;
/** A line that is one opening or closing component tag (attributes bounded, no `<` or `>` inside). */
const TAG_LINE = /^[ \t]*<\/?(?:Tabs|TabItem|Tab|Tabs\.Tab|CodeGroup|Steps|Step)(?:[ \t][^<>\n]{0,300})?\/?>[ \t]*\r?$/;

/** Whether a line holds only a component tag (blanked before the parse; an indented block may run over it). */
export function isComponentTagLine(line: string): boolean {
  return TAG_LINE.test(line);
}

/** `text` with component tag lines blanked (the same string when it has none). */
export function jsxTabsAsMarkdown(text: string): string {
  if (!ANY_TAG.test(text)) return text;
  let out = '';
  let last = 0;
  forLinesOutsideFences(text, (start, line) => {
    if (!TAG_LINE.test(line)) return;
    const cr = line.endsWith('\r') ? 1 : 0;
    out += text.slice(last, start) + ' '.repeat(line.length - cr);
    last = start + line.length - cr;
  });
  return last === 0 ? text : out + text.slice(last);
}
