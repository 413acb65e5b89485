/**
 * Document scopes: the sections a reader sees, so a statement that names no service inherits the one
 * its section is about ("## Lambda limits" … "| Timeout | 20 minutes |"). A section opens at a
 * markdown heading or at a title line: a short line standing alone as a paragraph, the way plain
 * notes title their parts ("EC2 Fundamentals", "**SQS limits**").
 *
 * Each block keeps the seeds of the sections it opens (what the opening line says, computed once
 * with the block); an analysis only orders them and reads the text after a question or lead-in
 * when a lookup reaches it. Looking up a subject is a binary search.
 */
import type { Context } from '../parse/contexts';
import { findServices, mostSpecific } from '../recognisers/services';
import { inIdentifier } from '../rules/kit/helpers';
import { getService } from '../../facts/catalog';
import { escapeRegExp } from '../util/text';
import { isSummaryLine } from '../parse/html-toggles';
import { kindNounSubject, kindServices, type KindServices } from './kind-nouns';

const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s/;
const WIKI_HEADING = /^[ \t]{0,3}h([1-6])\.[ \t]/;
const ASCIIDOC_HEADING = /^(={1,6})[ \t]/;
/**
 * A setext heading's underline ("SQS" over "---", "Others" over "==="): level 1 for "=", 2 for "-"; a
 * reStructuredText title's other underlines (`~~~`, `^^^`), which parse/org-rst.ts made setext ones, level 2.
 */
const SETEXT_UNDERLINE = /\n\s{0,3}(=+|-+|~+|\^+|"+|'+|\*+|\++|#+|:+|\.+|`+)[ \t]*$/;
/** An org-mode headline (`** Queue`), which parse/org-rst.ts made a markdown heading. */
const ORG_HEADING = /^(\*{1,6})[ \t]/;

/** The level of a markdown heading context (ATX or setext), undefined for any other text. */
function headingLevel(context: Context): number | undefined {
  if (context.kind !== 'heading') return undefined;
  const atx = MARKDOWN_HEADING.exec(context.text);
  if (atx) return (atx[1] ?? '#').length;
  // A Jira heading (`h3. Title`), which parse/wiki-markup.ts made a markdown heading.
  const wiki = WIKI_HEADING.exec(context.text);
  if (wiki) return Number(wiki[1]);
  // An AsciiDoc section title (`== Queue`), which parse/asciidoc.ts made a markdown heading.
  const adoc = ASCIIDOC_HEADING.exec(context.text);
  if (adoc) return (adoc[1] ?? '=').length;
  const org = ORG_HEADING.exec(context.text);
  if (org) return (org[1] ?? '*').length;
  const setext = SETEXT_UNDERLINE.exec(context.text.trimEnd());
  return setext ? ((setext[1] ?? '-').startsWith('=') ? 1 : 2) : undefined;
}

/** A title line: at most 8 words, no sentence punctuation at its end, no digits-only or list syntax. */
const TITLE_LINE = /^[\s*_]*(?=[\p{Lu}\d`])[^\n.;:!?|]{2,60}?[\s*_]*$/u;

/**
 * A question on a line of its own ("**Q:** How long does SQS keep messages?"): the reply below it
 * answers about the service it names, as a FAQ or a chat thread turned into notes does.
 */
const QUESTION_LINE = /^[^\n]{8,200}\?[\s*_]*$/;

/**
 * A lead-in: a sentence that ends with a colon, or says the block below follows ("… is configured as
 * follows.", "… uses the settings below."), and introduces the list or table below it.
 */
const LEAD_IN = /^[^\n]{8,200}(?::|\b(?:as\s+follows|the\s+following|(?:shown\s+|listed\s+|given\s+)?below)[\s*_]*\.)[\s*_]*$/i;

type Opening = 'heading' | 'bounded' | 'title';

/** How a context opens a section (a markdown heading; a question or lead-in; a title line), if it does. */
function openingOf(context: Context): Opening | undefined {
  if (context.kind === 'heading') return headingLevel(context) !== undefined ? 'heading' : undefined;
  // A list item (its marker is outside its text) is never a title, however short.
  if (context.kind !== 'sentence' || context.ancestors.length > 0 || context.listItem === true) return undefined;
  const text = context.text.trim();
  // A toggle's summary (`<summary>SQS</summary>`) titles the block right after it (parse/html-toggles.ts).
  if (QUESTION_LINE.test(text) || LEAD_IN.test(text) || isSummaryLine(text)) return 'bounded';
  return TITLE_LINE.test(text) && text.split(/\s+/).length <= 8 && !/[,(]\s*$/.test(text) ? 'title' : undefined;
}

/** Whether a context opens a section: a markdown heading, or a title line, question or lead-in outside lists and tables. */
export function opensSection(context: Context): boolean {
  return openingOf(context) !== undefined;
}

/** A blank line between two blocks (a global pattern: reset `lastIndex` before each use). */
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** The end of the first block after `from`: blank lines skipped, then up to the next blank line. */
function nextBlockEnd(text: string, from: number): number {
  const rest = /\S/g;
  rest.lastIndex = from;
  const start = rest.exec(text)?.index ?? text.length;
  BLANK_LINE.lastIndex = start;
  return BLANK_LINE.exec(text)?.index ?? text.length;
}

/**
 * A section, as its opening line states it: computed once per block (analyze.ts keeps each block's
 * sections with its results), so an analysis only orders them.
 */
export interface Section {
  readonly start: number;
  readonly end: number;
  /** 1–6 for markdown headings; title lines sit below every heading (7), questions and lead-ins below them (8). */
  readonly level: number;
  /** The one service the title names, if it names exactly one. */
  readonly service?: string;
  /** The title names several services: no single subject. */
  readonly several: boolean;
  /** The services a title naming several names ("## Kinesis Data Streams vs Firehose"), in order. */
  readonly services?: readonly string[];
  /**
   * A question or lead-in: it speaks for the block right after it only (the reply, the list or
   * table it introduces). Headings and title lines speak until the next section.
   */
  readonly bounded: boolean;
  /** The opening line as written ("## SQS retention", "Q: How long does SQS keep a message?"). */
  readonly title: string;
}

/** The section `context` opens, or undefined when it opens none. */
export function sectionOf(context: Context): Section | undefined {
  const opening = openingOf(context);
  if (!opening) return undefined;
  // Any opener whose text starts like a heading has the heading's level ("# Why …?" in a sentence too).
  const atx = MARKDOWN_HEADING.exec(context.text);
  const heading = atx ? (atx[1] ?? '#').length : headingLevel(context);
  const bounded = heading === undefined && opening === 'bounded';
  const ids = mostSpecific(
    new Set(
      findServices(context.text, context.start)
        .filter((s) => !inIdentifier(context.text, s.start - context.start, s.end - context.start))
        .map((s) => s.serviceId),
    ),
  );
  return {
    start: context.start,
    end: context.end,
    level: heading ?? (bounded ? 8 : 7),
    service: ids.size === 1 ? [...ids][0] : undefined,
    several: ids.size > 1,
    ...(ids.size > 1 ? { services: [...ids] } : {}),
    bounded,
    title: context.text,
  };
}

/** The sections a block's contexts open, in order. */
export function sectionsOf(contexts: readonly Context[]): Section[] {
  const out: Section[] = [];
  for (const context of contexts) {
    const section = sectionOf(context);
    if (section) out.push(section);
  }
  return out;
}

/** What a statement's subject lookup needs: where it is, and its enclosing list items (nearest first). */
export interface ScopedStatement {
  readonly start: number;
  readonly parents: readonly { readonly start: number; readonly text: string }[];
  /** The statement's text: a paragraph that opens with a pronoun ("They run …") speaks of the one before. */
  readonly text?: string;
  /** The services the statement names itself: a kind noun stands for a service only where none is named. */
  readonly services?: readonly unknown[];
}

export interface ScopedSubject {
  readonly service: string;
  readonly section: Section;
  /** The label item that chose the service among those its section names ("Streams" under "Kinesis Data Streams vs Firehose"). */
  readonly label?: { readonly start: number; readonly text: string };
  /** The paragraph before, whose one service a pronoun at the start of the statement's paragraph refers to. */
  readonly antecedent?: { readonly start: number };
  /** The statement's noun for the service's kind ("queue", "function"), the document's one service of that kind. */
  readonly kindNoun?: { readonly start: number; readonly noun: string };
}

/** A paragraph that opens with a pronoun for what the paragraph before it named ("They", "It", "These", "Each one"). */
const OPENS_WITH_PRONOUN = /^[\s*_]*(?:They|It|These|Those|Its|Their|Each\s+(?:one|of\s+(?:them|these))|This\s+(?:service|one))\b(?!\s+(?:is|was)\s+(?:also\s+)?(?:worth|important|possible|recommended|likely|unclear|true|not\s+clear)\b)/;
/**
 * The one service the paragraph before names, when `statement` opens its own paragraph with a pronoun
 * and stands outside lists and tables; that paragraph is plain prose of at most 600 characters.
 */
function antecedentOf(text: string, statement: ScopedStatement): { service: string; start: number; end: number } | undefined {
  if (!statement.text || statement.parents.length > 0 || !OPENS_WITH_PRONOUN.test(statement.text)) return undefined;
  const upTo = text.slice(Math.max(0, statement.start - 700), statement.start);
  const trimmed = upTo.trimEnd();
  // The statement opens its own paragraph: a blank line between it and the text before.
  BLANK_LINE.lastIndex = 0;
  if (!BLANK_LINE.test(upTo.slice(trimmed.length))) return undefined;
  let from = 0;
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(trimmed); m; m = BLANK_LINE.exec(trimmed)) from = m.index + m[0].length;
  if (from === 0 && statement.start > 700) return undefined;
  const paragraph = trimmed.slice(from);
  if (paragraph.trim().length === 0 || paragraph.length > 600) return undefined;
  // Prose only: not a heading, a list, a table, a quote or a fence.
  if (/^[ \t]*(?:#|[-*+][ \t]|\d+[.)][ \t]|\||>|```|~~~)/m.test(paragraph)) return undefined;
  const ids = mostSpecific(new Set(findServices(paragraph, 0).filter((s) => !inIdentifier(paragraph, s.start, s.end)).map((s) => s.serviceId)));
  if (ids.size !== 1) return undefined;
  const start = statement.start - upTo.length + from;
  return { service: [...ids][0] ?? '', start, end: start + paragraph.length };
}

export interface Scopes {
  readonly sections: readonly Section[];
  /** The service the sections around `offset` are about, and the section that names it. */
  subjectAt(offset: number): { readonly service: string; readonly section: Section } | undefined;
  /**
   * The subject of a statement: its sections' service, or, under a title naming several, the one its
   * nearest label item names by the end of its name ("* Streams" under "## Kinesis Data Streams vs Firehose").
   */
  subjectOf(statement: ScopedStatement): ScopedSubject | undefined;
  /** Where the heading or title line whose section holds `offset` starts (-1 before the first one). */
  sectionStartAt(offset: number): number;
  /**
   * The opening line of the nearest section holding `offset` (a question or lead-in only within its
   * block), when that section is `subject` (the one naming the service): it may name the attribute its
   * statements' values set ("Q: How long does SQS keep a message?", "## Kinesis retention").
   */
  titleAt(offset: number, subject: Section): string | undefined;
}

/**
 * Scopes from the sections of a document, in document order. With the document's text, questions
 * and lead-ins are bounded to the block after them; where that block ends is read only when a
 * lookup reaches the section (scanning for it at each of them cost a pass over most of the
 * document per keystroke).
 */
export function buildScopes(sections: readonly Section[], text?: string, named?: () => ReadonlySet<string>): Scopes {
  // Without the text a question or lead-in is read as a title line.
  const levelOf = (section: Section): number => (section.bounded && text === undefined ? 7 : section.level);
  /** How many sections end at or before `offset`. */
  const endedBy = (offset: number): number => {
    let lo = 0;
    let hi = sections.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sections[mid]?.end ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const until: Array<number | undefined> = [];
  const untilOf = (i: number, section: Section): number => {
    let end = until[i];
    if (end === undefined) {
      end = nextBlockEnd(text ?? '', section.end);
      until[i] = end;
    }
    return end;
  };
  // below[level - 2][i]: the last section at or before i whose level is under `level` (-1 if none),
  // so walking up skips the sibling title lines between a statement and an enclosing heading
  // instead of visiting each (built on the first lookup: levels are 1–8).
  let below: Int32Array[] | undefined;
  const lastBelow = (level: number, i: number): number => {
    if (i < 0 || level === Infinity) return i;
    if (level <= 1) return -1;
    below ??= [2, 3, 4, 5, 6, 7, 8].map((under) => {
      const table = new Int32Array(sections.length);
      let last = -1;
      sections.forEach((section, k) => {
        if (levelOf(section) < under) last = k;
        table[k] = last;
      });
      return table;
    });
    return below[level - 2]?.[i] ?? -1;
  };
  /**
   * A title line right under a service's title line, with nothing between them ("Amazon DocumentDB" /
   * "Key Features"), is its subsection; so are the generic title lines that follow it until the next
   * title that names a service ("Overview" … "Key Features" … "Use Cases"). Their statements are
   * about that service. A generic title after a service title and its body text is a section of its
   * own, as before.
   */
  const stackedSubject = (i: number): { service: string; section: Section } | undefined => {
    if (text === undefined) return undefined;
    let next = sections[i];
    if (!next || next.level !== 7 || next.bounded) return undefined;
    // At most a dozen sections back: a chain of generic titles under one service is short.
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const above = sections[k];
      if (!above || above.bounded) continue;
      if (above.level !== 7 || above.several) return undefined;
      if (above.service) return text.slice(above.end, next.start).trim() === '' ? { service: above.service, section: above } : undefined;
      next = above;
    }
    return undefined;
  };
  /** Walk up from `offset`: the nearest section, then each enclosing one, until one names a service or several. */
  const walk = (offset: number): { readonly service: string; readonly section: Section } | { readonly several: Section } | undefined => {
    let level = Infinity;
    for (let i = endedBy(offset) - 1; i >= 0; i = lastBelow(level, i - 1)) {
      const section = sections[i];
      if (!section) continue;
      // A question or lead-in past its block says nothing here; the sections around it still may.
      if (section.bounded && text !== undefined && offset > untilOf(i, section)) continue;
      if (section.service) return { service: section.service, section };
      if (section.several) return { several: section };
      const stacked = stackedSubject(i);
      if (stacked) return stacked;
      level = levelOf(section);
      if (level === 1) return undefined;
    }
    return undefined;
  };
  const kindOf = kindSubjects(text, named);
  return {
    sections,
    sectionStartAt(offset) {
      // The nearest heading or title line (level 7 or less) before the sections that ended by `offset`.
      const i = lastBelow(8, endedBy(offset) - 1);
      return i >= 0 ? (sections[i]?.start ?? -1) : -1;
    },
    titleAt(offset, subject) {
      let i = endedBy(offset) - 1;
      for (; i >= 0; i--) {
        const section = sections[i];
        if (section && !(section.bounded && text !== undefined && offset > untilOf(i, section))) break;
      }
      // Only the title that names the service too: a "## Data retention" under "# Orders on SQS" may be
      // about audit logs as well as the queues.
      const nearest = sections[i];
      return nearest !== undefined && nearest === subject ? nearest.title : undefined;
    },
    subjectAt(offset) {
      const found = walk(offset);
      return found && 'service' in found ? found : undefined;
    },
    subjectOf(statement) {
      const kind = kindOf(statement);
      if (kind) return kind;
      const referred = text === undefined ? undefined : antecedentOf(text, statement);
      if (referred) {
        const section = walk(statement.start);
        const around: Section = section && 'service' in section ? section.section : section && 'several' in section ? section.several : { start: referred.start, end: referred.end, level: 8, several: false, bounded: true, title: '' };
        return { service: referred.service, section: around, antecedent: { start: referred.start } };
      }
      const found = walk(statement.start);
      if (!found) return undefined;
      if ('service' in found) return found;
      const label = statement.parents.find((p) => isLabelItem(p.text));
      const service = label ? labelledService(label.text, found.several.services ?? []) : undefined;
      return label && service ? { service, section: found.several, label } : undefined;
    },
  };
}

/**
 * A statement that names no service but its kind ("the orders queue"): the document's one service of
 * that kind (scopes/kind-nouns.ts), read from the document once, on the first statement that asks.
 */
function kindSubjects(text: string | undefined, named: (() => ReadonlySet<string>) | undefined): (statement: ScopedStatement) => ScopedSubject | undefined {
  let kinds: KindServices | undefined;
  return (statement) => {
    if (text === undefined || named === undefined || !statement.text || (statement.services?.length ?? 0) > 0) return undefined;
    kinds ??= kindServices(named(), text);
    const found = kindNounSubject(statement.text, statement.start, kinds);
    if (!found) return undefined;
    const section: Section = { start: found.start, end: found.end, level: 8, several: false, bounded: true, title: '' };
    return { service: found.service, section, kindNoun: { start: found.start, noun: found.noun } };
  };
}

/** A label item: one to three words naming a part ("Streams", "**Firehose:**"), no figures, no sentence. */
const LABEL_WORDS = /^\p{L}[\p{L}-]*(?: [\p{L}-]+){0,2}$/u;

/** A label's words without its emphasis and colon ("**Streams:**" → "Streams"). */
function labelWords(text: string): string {
  return text.length > 80 ? '' : text.replace(/[*_`:]/g, ' ').trim().replace(/\s+/g, ' ');
}

const isLabelItem = (text: string): boolean => LABEL_WORDS.test(labelWords(text));

/** A name without its closing parenthesis: "Amazon Simple Queue Service (SQS)" → "Amazon Simple Queue Service". */
function withoutParenthesis(name: string): string {
  const open = name.trimEnd().endsWith(')') ? name.lastIndexOf('(') : -1;
  return (open >= 0 ? name.slice(0, open) : name).trim();
}

/**
 * The one service among `ids` whose name or alias ends with the label's words ("Streams" → "Amazon
 * Kinesis Data Streams"); none when no name or several do.
 */
function labelledService(label: string, ids: readonly string[]): string | undefined {
  const words = labelWords(label);
  if (words.length < 3) return undefined;
  const tail = new RegExp(`(?:^|\\s)${escapeRegExp(words)}$`, 'i');
  const matching = ids.filter((id) => {
    const card = getService(id);
    return card !== undefined && [card.name, ...card.aliases].some((name) => tail.test(withoutParenthesis(name)));
  });
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * Why a statement's subject is its service, for a finding's message: " (Amazon SQS is the subject of the
 * section titled on line 4.)", or the label item that chose it among the services its title names.
 */
export function subjectReason(subject: ScopedSubject, lineOf: (offset: number) => number): string {
  const name = getService(subject.service)?.name ?? subject.service;
  const titled = `the section titled on line ${lineOf(subject.section.start)}`;
  if (subject.kindNoun) return ` (${name}: the only service of its kind the document names, so "${subject.kindNoun.noun}" on line ${lineOf(subject.kindNoun.start)} is taken to mean it.)`;
  if (subject.antecedent) return ` (${name}: named in the paragraph on line ${lineOf(subject.antecedent.start)}, which the statement's opening pronoun refers to.)`;
  return subject.label
    ? ` (${name}: the item "${subject.label.text.trim()}" on line ${lineOf(subject.label.start)} names it among the services of ${titled}.)`
    : ` (${name} is the subject of ${titled}.)`;
}
