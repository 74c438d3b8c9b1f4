import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Swatch, composeSvg, downloadPng, downloadSvg } from '../download.js';
import { sourceCredit } from '../info.js';

/** The narrowest width a downloaded chart is drawn at (a phone's width is too narrow to publish). */
const EXPORT_MIN_WIDTH = 640;

/**
 * A chart drawn by `render` at the width of its container (measured, and
 * drawn again when it changes), so its text keeps its size on a phone rather
 * than a wide SVG scaled down. The SVG and PNG downloads carry the title,
 * the legend and the source credit with the dataset's version, under a file
 * name that says what they show.
 */
export function Chart({ render, name, label, subtitle, legend, body = 'ga', credit }: {
  render: (width: number) => SVGSVGElement | HTMLElement;
  /** The file name without extension, e.g. "straddle-chart-2023-us-china". */
  name: string;
  /** The title: shown under the chart and printed above it in downloads. */
  label: string;
  /** How to read it, printed under the title in downloads. */
  subtitle?: string;
  /** Swatches for downloads where the chart is not a Plot figure with a colour scale. */
  legend?: Swatch[];
  /** The dataset the chart is drawn from, named in the credit. */
  body?: 'ga' | 'sc';
  /** A source credit other than the UN voting data's. */
  credit?: string;
}) {
  const figure = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const f = figure.current;
    if (!f) return;
    const measure = () => setWidth(Math.floor(f.clientWidth));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(f);
    return () => ro.disconnect();
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el || width <= 0) return;
    const chart = render(width);
    el.replaceChildren(chart);
    return () => chart.remove();
  });
  const [failed, setFailed] = useState('');
  const download = async (kind: 'svg' | 'png') => {
    try {
      const chart = render(Math.max(width, EXPORT_MIN_WIDTH));
      const svg = composeSvg(chart, { title: label, credit: credit ?? (await sourceCredit(body)), ...(subtitle && { subtitle }), ...(legend && { legend }) });
      if (kind === 'svg') downloadSvg(svg, name);
      else downloadPng(svg, name);
      setFailed('');
    } catch (e) {
      console.error(e);
      setFailed(`The ${kind.toUpperCase()} could not be made: ${(e as Error).message}`);
    }
  };
  return (
    <figure className="chart" aria-label={label} ref={figure}>
      <div ref={box} className="plot" />
      <figcaption>
        {label}{' '}
        <button type="button" onClick={() => void download('svg')}>SVG</button>{' '}
        <button type="button" onClick={() => void download('png')}>PNG</button>
        {failed && <span role="alert"> {failed}</span>}
      </figcaption>
    </figure>
  );
}
