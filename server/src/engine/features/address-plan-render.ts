/**
 * The address plan (address-plan.ts) as markdown (a table per VPC, free blocks in place) and as SVG
 * (a bar per VPC drawn to scale: subnets coloured by Availability Zone, free space hatched grey,
 * overlaps and subnets outside their VPC in red). The SVG carries each subnet's document offset in
 * `data-start`, so an editor can jump to where the document defines it; it has no script itself.
 */
import { formatCount, toDotted } from '../recognisers/cidr';
import type { AddressPlan, PlanEntry, PlanSubnet, VpcPlan } from './address-plan';

const NO_NETWORK = 'No VPC or subnet in this document.';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function percent(part: number, whole: number): string {
  const p = (100 * part) / whole;
  return p === 0 ? '0 %' : p < 0.1 ? '< 0.1 %' : `${p.toFixed(p < 10 ? 1 : 0)} %`;
}

function problemText(subnet: PlanSubnet): string {
  return subnet.problems.map((p) => (p === 'overlap' ? '**overlaps another subnet**' : '**outside the VPC**')).join(', ');
}

/** `lineOf`: the 1-based line of a document offset (the table's "Line" column). */
export function planMarkdown(plan: AddressPlan, lineOf: (offset: number) => number): string {
  if (plan.vpcs.length === 0 && plan.loose.length === 0) return `# Address plan\n\n${NO_NETWORK}\n`;
  const out = ['# Address plan', ''];
  const row = (entry: PlanEntry, note = ''): string =>
    entry.kind === 'free'
      ? `| ${entry.cidr} | *free* | ${formatCount(entry.size)} | | | |`
      : `| ${entry.cidr} | ${cell(entry.name)} | ${formatCount(entry.size)} | ${cell(entry.az ?? '')} | ${lineOf(entry.start)} | ${[problemText(entry), note].filter(Boolean).join(', ')} |`;
  const header = ['| Block | Subnet | Addresses | AZ | Line | Note |', '| --- | --- | ---: | --- | ---: | --- |'];
  for (const vpc of plan.vpcs) {
    const subnets = vpc.entries.filter((e) => e.kind === 'subnet').length;
    out.push(`## ${cell(vpc.name === vpc.cidr ? `VPC ${vpc.cidr}` : `${vpc.name} (${vpc.cidr})`)}`, '');
    const taken = subnets === 0 ? 'no subnet inside it' : `${subnets} subnet${subnets === 1 ? ' takes' : 's take'} ${formatCount(vpc.used)} (${percent(vpc.used, vpc.size)}), ${formatCount(vpc.size - vpc.used)} free`;
    out.push(`${formatCount(vpc.size)} addresses (line ${lineOf(vpc.start)}); ${taken}.`, '');
    out.push(...header, ...vpc.entries.map((e) => row(e)), ...vpc.outside.map((e) => row(e)), '');
  }
  if (plan.loose.length > 0) out.push('## Subnets of no VPC', '', ...header, ...plan.loose.map((e) => row(e)), '');
  return out.join('\n');
}

// ---- SVG

/** Default picture width; the editor asks for the width of its panel (at least MIN_WIDTH). */
const WIDTH = 960;
const MIN_WIDTH = 360;
const MAX_WIDTH = 4096;
const MARGIN = 16;
const BAR_HEIGHT = 40;
const PALETTE = ['#4e79a7', '#59a14f', '#9c755f', '#b07aa1', '#76b7b2', '#edc948', '#f28e2b', '#bab0ac'];
const PROBLEM = '#d62728';

/** Estimated advance per character of the 14 px bold titles and the 11 px notes (no font metrics in an SVG string). */
const TITLE_CHAR = 8.5;
const SMALL_CHAR = 6.5;
/** Space kept between a left-aligned and a right-aligned text on one line. */
const GAP = 12;

function textWidth(text: string, perChar: number): number {
  return text.length * perChar;
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function label(subnet: PlanSubnet): string {
  return [subnet.name, subnet.cidr].filter(Boolean).join(' ');
}

function tooltip(subnet: PlanSubnet): string {
  const problems = subnet.problems.map((p) => (p === 'overlap' ? 'overlaps another subnet' : 'outside the VPC'));
  return [label(subnet), `${formatCount(subnet.size)} addresses`, subnet.az, ...problems].filter(Boolean).join(' · ');
}

/** The AZs the plan's subnets name, in order: one colour each. */
function azList(plan: AddressPlan): string[] {
  return [...new Set(plan.vpcs.flatMap((v) => v.entries).flatMap((e) => (e.kind === 'subnet' && e.az ? [e.az] : [])))].sort();
}

/** Fill of a subnet: red when something is wrong, else one colour per AZ (or per subnet when no AZ is named). */
function colours(plan: AddressPlan): (subnet: PlanSubnet, index: number) => string {
  const azs = azList(plan);
  return (subnet, index) => (subnet.problems.length > 0 ? PROBLEM : PALETTE[(subnet.az ? azs.indexOf(subnet.az) : index) % PALETTE.length] ?? PALETTE[0] ?? '#888');
}

/** The smallest aligned block holding every subnet inside the VPC (the part worth a closer look). */
function occupied(vpc: VpcPlan): { first: number; size: number } | undefined {
  const subnets = vpc.entries.filter((e) => e.kind === 'subnet');
  if (subnets.length === 0) return undefined;
  const low = Math.min(...subnets.map((e) => e.first));
  const high = Math.max(...subnets.map((e) => e.first + e.size));
  let size = 1;
  while (Math.floor(low / size) !== Math.floor((high - 1) / size)) size *= 2;
  return { first: low - (low % size), size };
}

/** One bar: the subnets of `vpc` within [first, first + size) to scale, over the hatched free space. */
function bar(vpc: VpcPlan, first: number, size: number, y: number, fill: (subnet: PlanSubnet, index: number) => string, caption: string, width: number): string[] {
  const svg: string[] = [];
  const BAR = width - 2 * MARGIN;
  const freeHere = vpc.entries.filter((e) => e.kind === 'free' && e.first >= first && e.first + e.size <= first + size).reduce((n, e) => n + e.size, 0);
  svg.push(`<rect x="${MARGIN}" y="${y}" width="${BAR}" height="${BAR_HEIGHT}" class="free"><title>${xml(`${caption} · ${formatCount(freeHere)} addresses free`)}</title></rect>`);
  const xOf = (address: number): number => MARGIN + ((address - first) / size) * BAR;
  let index = 0;
  for (const entry of vpc.entries) {
    if (entry.kind === 'free') continue;
    const colour = fill(entry, index++);
    if (entry.first + entry.size <= first || entry.first >= first + size) continue;
    const x = xOf(entry.first);
    const w = Math.max(1.5, (entry.size / size) * BAR);
    const problem = entry.problems.length > 0;
    svg.push(
      `<g class="block" data-start="${entry.start}" data-end="${entry.end}"><rect x="${x.toFixed(2)}" y="${problem ? y + 4 : y}" width="${w.toFixed(2)}" height="${problem ? BAR_HEIGHT - 8 : BAR_HEIGHT}" fill="${colour}" stroke="#ffffff" stroke-width="0.5"${problem ? ' class="problem"' : ''}><title>${xml(tooltip(entry))}</title></rect>`,
    );
    // A label only where it fits (about 6.5 px a character at 11 px): name and block, else the block.
    const text = [label(entry), entry.name, entry.cidr, `/${entry.cidr.split('/')[1] ?? ''}`].find((t) => t && w >= t.length * 6.5 + 6);
    if (text) svg.push(`<text x="${(x + w / 2).toFixed(2)}" y="${y + BAR_HEIGHT / 2 + 4}" class="label" text-anchor="middle">${xml(text)}</text>`);
    svg.push('</g>');
  }
  svg.push(`<text x="${MARGIN}" y="${y + BAR_HEIGHT + 13}" class="axis">${xml(caption)}</text>`);
  return svg;
}

function vpcSvg(vpc: VpcPlan, top: number, fill: (subnet: PlanSubnet, index: number) => string, width: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  const BAR = width - 2 * MARGIN;
  const title = vpc.name === vpc.cidr ? `VPC ${vpc.cidr}` : `${vpc.name} · ${vpc.cidr}`;
  const note = `${formatCount(vpc.used)} of ${formatCount(vpc.size)} addresses in subnets (${percent(vpc.used, vpc.size)})`;
  svg.push(`<text x="${MARGIN}" y="${top + 14}" class="title">${xml(title)}</text>`);
  // Side by side where both fit, else the note under the title (a narrow panel drew one over the other).
  const noteBeside = textWidth(title, TITLE_CHAR) + GAP + textWidth(note, SMALL_CHAR) <= BAR;
  if (noteBeside) svg.push(`<text x="${width - MARGIN}" y="${top + 14}" class="note" text-anchor="end">${xml(note)}</text>`);
  else svg.push(`<text x="${MARGIN}" y="${top + 30}" class="note">${xml(note)}</text>`);
  let y = top + 22 + (noteBeside ? 0 : 16);
  const caption = `${vpc.cidr} to scale`;
  svg.push(...bar(vpc, vpc.first, vpc.size, y, fill, caption, width));
  const largestFree = vpc.entries.filter((e) => e.kind === 'free').sort((a, b) => b.size - a.size || a.first - b.first)[0];
  let below = 0;
  if (largestFree) {
    const free = `largest free block ${largestFree.cidr}`;
    below = textWidth(caption, SMALL_CHAR) + GAP + textWidth(free, SMALL_CHAR) <= BAR ? 0 : 14;
    svg.push(`<text x="${width - MARGIN}" y="${y + BAR_HEIGHT + 13 + below}" class="axis" text-anchor="end">${xml(free)}</text>`);
  }
  y += BAR_HEIGHT + 16 + below;
  // Subnets are small next to their VPC: the block that holds them, drawn again across the width.
  const zoom = occupied(vpc);
  if (zoom && zoom.size * 4 <= vpc.size) {
    const from = MARGIN + ((zoom.first - vpc.first) / vpc.size) * BAR;
    const to = from + Math.max(1.5, (zoom.size / vpc.size) * BAR);
    svg.push(`<path d="M${from.toFixed(2)},${y - 16} L${MARGIN},${y + 8} M${to.toFixed(2)},${y - 16} L${width - MARGIN},${y + 8}" class="zoom"/>`);
    y += 8;
    const zoomCidr = `${toDotted(zoom.first >>> 0)}/${32 - Math.log2(zoom.size)}`;
    svg.push(...bar(vpc, zoom.first, zoom.size, y, fill, `${zoomCidr}, where the subnets are`, width));
    y += BAR_HEIGHT + 16;
  }
  for (const subnet of vpc.outside) {
    y += 14;
    svg.push(`<g class="block" data-start="${subnet.start}" data-end="${subnet.end}"><text x="${MARGIN}" y="${y}" class="outside">${xml(`${label(subnet)}: outside the VPC`)}</text></g>`);
  }
  return { svg, height: y - top + 14 };
}

export function planSvg(plan: AddressPlan, width = WIDTH): string {
  const pictureWidth = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(Number.isFinite(width) ? width : WIDTH)));
  const body: string[] = [];
  let top = MARGIN;
  const fill = colours(plan);
  if (plan.vpcs.length === 0 && plan.loose.length === 0) {
    body.push(`<text x="${MARGIN}" y="${top + 14}" class="note">${NO_NETWORK}</text>`);
    top += 24;
  }
  for (const vpc of plan.vpcs) {
    const drawn = vpcSvg(vpc, top, fill, pictureWidth);
    body.push(...drawn.svg);
    top += drawn.height;
  }
  if (plan.loose.length > 0) {
    body.push(`<text x="${MARGIN}" y="${top + 14}" class="title">Subnets of no VPC</text>`);
    top += 18;
    for (const subnet of plan.loose) {
      top += 16;
      body.push(`<g class="block" data-start="${subnet.start}" data-end="${subnet.end}"><text x="${MARGIN}" y="${top}" class="note">${xml(tooltip(subnet))}</text></g>`);
    }
    top += 10;
  }
  const azs = azList(plan);
  if (azs.length > 0 || plan.vpcs.length > 0) {
    let x = MARGIN;
    let y = top + 4;
    const legend = (swatch: string, text: string): void => {
      const w = 16 + text.length * 6.5 + 14;
      // A new line when the entry would run past the picture's edge.
      if (x > MARGIN && x + w - 14 > pictureWidth - MARGIN) {
        x = MARGIN;
        y += 18;
        top += 18;
      }
      body.push(`<rect x="${x}" y="${y}" width="12" height="12" ${swatch}/><text x="${x + 16}" y="${y + 10}" class="note">${xml(text)}</text>`);
      x += w;
    };
    for (const az of azs) legend(`fill="${PALETTE[azs.indexOf(az) % PALETTE.length] ?? '#888'}"`, az);
    legend('class="free"', 'free');
    legend(`fill="${PROBLEM}"`, 'overlap or outside its VPC');
    top += 24;
  }
  const height = Math.ceil(top + MARGIN / 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pictureWidth}" height="${height}" viewBox="0 0 ${pictureWidth} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" role="img" aria-label="Address plan">`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d0d0d0" stroke-width="2"/></pattern></defs>',
    '<style>.title{font-size:14px;font-weight:600;fill:#222}.note,.axis{font-size:11px;fill:#555}.label{font-size:11px;fill:#fff;pointer-events:none}.free{fill:url(#hatch);stroke:#bbbbbb}.problem{stroke:#7f0000;stroke-width:1.5}.outside{font-size:11px;fill:#d62728;font-weight:600}.block{cursor:pointer}.zoom{stroke:#999;stroke-dasharray:3 3;fill:none}</style>',
    `<rect width="${pictureWidth}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
