/**
 * Resource blocks inside IaC code fences (Terraform/HCL, CloudFormation YAML and JSON), so a
 * `cidr_block` or `port` is bound to the resource it sits in and not to its neighbour.
 */

import { normalizeKey, type IacValue } from './types';

export interface IacSegment {
  readonly start: number;
  readonly end: number;
  /** `aws_db_instance`, `AWS::RDS::DBInstance`, … */
  readonly resourceType: string;
}

const TF_RESOURCE = /^[ \t]*resource[ \t]+"([\w-]+)"[ \t]+"[^"\n]*"[ \t]*\{/gm;
const CFN_TYPE = /^[ \t]*"?Type"?[ \t]*:[ \t]*['"]?(AWS::[\w:]+)/gm;

/** Segments of a code context's text; offsets absolute (shifted by `base`). Empty when no resources. */
export function iacSegments(text: string, base: number): IacSegment[] {
  const starts: Array<{ at: number; type: string }> = [];
  TF_RESOURCE.lastIndex = 0;
  for (let m = TF_RESOURCE.exec(text); m; m = TF_RESOURCE.exec(text)) starts.push({ at: m.index, type: m[1] ?? '' });
  CFN_TYPE.lastIndex = 0;
  for (let m = CFN_TYPE.exec(text); m; m = CFN_TYPE.exec(text)) {
    // The logical id sits on the line above "Type:" (YAML) or a few lines up (JSON); start there.
    const lineStart = text.lastIndexOf('\n', m.index - 1);
    const prevLineStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 1) + 1 : 0;
    starts.push({ at: lineStart > 0 ? prevLineStart : m.index, type: m[1] ?? '' });
  }
  starts.sort((a, b) => a.at - b.at);
  return starts.map((s, i) => ({
    start: base + s.at,
    end: base + (starts[i + 1]?.at ?? text.length),
    resourceType: s.type,
  }));
}

const KEY_VALUE = /(^|[\s{,])["']?([A-Za-z_][\w.-]*)["']?[ \t]*(?::|=(?!=))[ \t]*(?:["']([^"'\n]*)["']|([^\s,#}\]\[{"'][^\s,#}\]]*))/g;

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isKeyChar = (c: string | undefined): boolean => c !== undefined && /[\w-]/.test(c);

/**
 * The key a line opens a block with (`Properties:`, `ingress {`, `"tags": {`, `labels = {`): what
 * /["']?([A-Za-z_][\w-]*)["']?[ \t]*(?::[ \t]*\{?|=?[ \t]*\{|\{)[ \t]*$/ captured, read from the
 * line's end. That regex ran on every code line and was cubic on one (a word, a colon and spaces:
 * 8 KB took 30 s, probe D1); this is linear.
 */
export function openBlockKey(line: string): string | undefined {
  let end = line.length;
  while (isBlank(line[end - 1])) end--;
  if (line[end - 1] === '{') {
    end--;
    while (isBlank(line[end - 1])) end--;
    if (line[end - 1] === ':' || line[end - 1] === '=') end--;
  } else if (line[end - 1] === ':') end--;
  else return undefined;
  while (isBlank(line[end - 1])) end--;
  if (line[end - 1] === '"' || line[end - 1] === "'") end--;
  let start = end;
  while (isKeyChar(line[start - 1])) start--;
  while (start < end && !/[A-Za-z_]/.test(line[start] ?? '')) start++;
  return start < end ? line.slice(start, end) : undefined;
}

/** Scalar key/value pairs of a code context (Terraform, CloudFormation YAML/JSON, SAM, config files). */
export function findIacValues(text: string, base: number): IacValue[] {
  const out: IacValue[] = [];
  // Track the nearest enclosing key by indentation (YAML) or brace depth (HCL/JSON), one level deep.
  const lines = text.split('\n');
  let offset = 0;
  const stack: Array<{ indent: number; key: string }> = [];
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const indent = line.search(/\S/);
    if (indent >= 0) {
      while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent && !/^\s*[}\]]/.test(line)) stack.pop();
      if (/^\s*[}\]]/.test(line)) stack.pop();
      const parentKey = stack[stack.length - 1]?.key;
      KEY_VALUE.lastIndex = 0;
      for (let m = KEY_VALUE.exec(line); m; m = KEY_VALUE.exec(line)) {
        const key = m[2] ?? '';
        const quoted = m[3];
        const bare = m[4];
        const raw = quoted ?? bare ?? '';
        if (raw === '' || raw === '{' || raw === '|' || raw === '>') continue;
        const valueAt = m.index + m[0].length - raw.length - (quoted !== undefined ? 1 : 0);
        const numeric = /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : undefined;
        out.push({
          key,
          normalizedKey: normalizeKey(key),
          parentKey: parentKey === undefined ? undefined : normalizeKey(parentKey),
          raw,
          number: numeric,
          start: base + offset + valueAt,
          end: base + offset + valueAt + raw.length,
        });
      }
      const key = openBlockKey(line);
      if (key) stack.push({ indent, key });
    }
    offset += rawLine.length + 1;
  }
  return out;
}
