/** Downloads for every chart (SVG, PNG) and table (CSV). */
function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A legend entry drawn into a downloaded chart. */
export interface Swatch {
  label: string;
  colour: string;
}

/** What a downloaded chart carries besides the chart: a title, its legend and the source credit. */
export interface Publication {
  title: string;
  /** A line under the title: what the chart shows, how to read it. */
  subtitle?: string;
  credit: string;
  /** The legend as swatches; without it the legend is read from the Plot figure's colour scale. */
  legend?: Swatch[];
}

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

let measurer: CanvasRenderingContext2D | null | undefined;

/** A text's width in pixels in a font, measured on a canvas (a rough estimate where there is none). */
function measure(text: string, font: string, size: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.6;
  measurer.font = font;
  return measurer.measureText(text).width;
}

/** Lines no wider than `width` pixels in a font, broken between words. */
function wrap(text: string, width: number, size: number, weight = 400): string[] {
  const font = `${weight} ${size}px ${FONT}`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's own SVG within a Plot figure (not a legend's). */
export function mainSvg(chart: Element): SVGSVGElement | null {
  if (chart instanceof SVGSVGElement) return chart;
  const svgs = [...chart.querySelectorAll(':scope > svg')] as SVGSVGElement[];
  return svgs.find((s) => !/-ramp\b/.test(s.getAttribute('class') ?? '')) ?? null;
}

type PlotFigure = Element & { scale?: (name: string) => { type: string; domain: unknown[]; range?: unknown[] } | undefined };

/**
 * One standalone SVG a reporter can publish: the title, the legend, the chart
 * and the source credit, on white, with the fonts set on the elements (the
 * page's style sheet does not travel with the file).
 */
export function composeSvg(chart: Element, pub: Publication): SVGSVGElement {
  const main = mainSvg(chart);
  if (!main) throw new Error('no chart to download');
  const width = Number(main.getAttribute('width')) || main.getBoundingClientRect().width;
  const height = Number(main.getAttribute('height')) || main.getBoundingClientRect().height;
  const pad = 12;
  const out = el('svg', { width, 'font-family': FONT });
  const bg = el('rect', { x: 0, y: 0, width, height: 0, fill: '#fff' });
  out.appendChild(bg);
  let y = pad;
  // The title, wrapped to the width.
  for (const line of wrap(pub.title, width - 2 * pad, 18, 700)) {
    y += 22;
    out.appendChild(el('text', { x: pad, y, 'font-size': 18, 'font-weight': 700, fill: '#212529' }, line));
  }
  if (pub.subtitle) {
    y += 4;
    for (const line of wrap(pub.subtitle, width - 2 * pad, 13)) {
      y += 17;
      out.appendChild(el('text', { x: pad, y, 'font-size': 13, fill: '#343a40' }, line));
    }
  }
  y += 10;
  // The legend: swatches in rows, or the colour ramp Plot drew.
  const scale = (chart as PlotFigure).scale?.('color');
  const swatches = pub.legend ?? (scale && Array.isArray(scale.range) && ['ordinal', 'categorical'].includes(scale.type)
    ? scale.domain.map((d, i) => ({ label: String(d), colour: String(scale.range![i % scale.range!.length]) }))
    : undefined);
  if (swatches && swatches.length > 0) {
    let x = pad;
    y += 4;
    for (const s of swatches) {
      const w = 18 + measure(s.label, `400 12px ${FONT}`, 12) + 16;
      if (x > pad && x + w > width - pad) {
        x = pad;
        y += 20;
      }
      out.appendChild(el('rect', { x, y: y - 1, width: 12, height: 12, fill: s.colour, stroke: '#495057', 'stroke-width': 0.5 }));
      out.appendChild(el('text', { x: x + 17, y: y + 10, 'font-size': 12, fill: '#212529' }, s.label));
      x += w;
    }
    y += 22;
  } else {
    const ramp = chart.querySelector(':scope > svg[class$="-ramp"]') as SVGSVGElement | null;
    if (ramp) {
      const copy = ramp.cloneNode(true) as SVGSVGElement;
      const rh = Number(ramp.getAttribute('height')) || 50;
      copy.setAttribute('x', String(pad + 6));
      copy.setAttribute('y', String(y));
      copy.setAttribute('font-size', '12');
      copy.setAttribute('overflow', 'visible');
      copy.style.fontSize = '12px';
      out.appendChild(copy);
      y += rh + 4;
    }
  }
  const copy = main.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.style.fontSize = '12px';
  copy.style.maxWidth = '';
  out.appendChild(copy);
  y += height + 6;
  for (const line of wrap(pub.credit, width - 2 * pad, 11)) {
    y += 15;
    out.appendChild(el('text', { x: pad, y, 'font-size': 11, fill: '#495057' }, line));
  }
  y += pad;
  out.setAttribute('height', String(y));
  out.setAttribute('viewBox', `0 0 ${width} ${y}`);
  bg.setAttribute('height', String(y));
  return out;
}

function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  save(new Blob([svgText(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** The SVG drawn at twice its size on white. */
export function downloadPng(svg: SVGSVGElement, name: string): void {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((b) => b && save(b, `${name}.png`));
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
}

export function downloadCsv(head: string[], rows: (string | number | null | undefined)[][], name: string): void {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  save(new Blob([[head, ...rows].map((r) => r.map(cell).join(',')).join('\n')], { type: 'text/csv' }), `${name}.csv`);
}
