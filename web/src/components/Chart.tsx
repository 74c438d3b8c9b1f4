import { useEffect, useRef } from 'react';
import { downloadPng, downloadSvg } from '../download.js';

/** A chart (an SVG made by `render`) with SVG and PNG downloads. */
export function Chart({ render, name, label }: { render: () => SVGSVGElement | HTMLElement; name: string; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = render();
    el.replaceChildren(chart);
    return () => chart.remove();
  });
  const svg = () => box.current?.querySelector('svg') as SVGSVGElement | null;
  return (
    <figure className="chart" aria-label={label}>
      <div ref={box} />
      <figcaption>
        {label}{' '}
        <button type="button" onClick={() => svg() && downloadSvg(svg()!, name)}>SVG</button>{' '}
        <button type="button" onClick={() => svg() && downloadPng(svg()!, name)}>PNG</button>
      </figcaption>
    </figure>
  );
}
