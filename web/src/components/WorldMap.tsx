import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { Chart } from './Chart.js';

export const VOTE_COLOURS: Record<string, string> = { Y: '#2b8a3e', N: '#c92a2a', A: '#f2a900', X: '#868e96' };
/** Where no member's vote is recorded (not a member, not a state, or no record). */
export const NO_VOTE_COLOUR = '#e9ecef';
const NONE = NO_VOTE_COLOUR;

/**
 * The world coloured by a value per state, joined by ISO 3166-1 numeric code
 * (world-atlas's feature ids). Each country is a path with data-iso and
 * data-value, and a title for hover.
 */
export function WorldMap({ values, names, label, name, legend, body, credit }: {
  values: Map<string, string>;
  names: Map<string, string>;
  label: string;
  name: string;
  /** The key of the colours, printed in downloads. */
  legend?: { label: string; colour: string }[];
  body?: 'ga' | 'sc';
  credit?: string;
}) {
  const render = (w: number) => {
    const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries!) as unknown as {
      features: { id: string; properties: { name: string } }[];
    };
    // Drawn at the container's width (no text in it, but no wider than it either).
    const width = Math.min(w, 960);
    const height = Math.round(width * 0.52);
    const projection = geoNaturalEarth1().fitSize([width, height], countries as never);
    const path = geoPath(projection);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    for (const f of countries.features) {
      const p = document.createElementNS(ns, 'path');
      const v = values.get(f.id);
      p.setAttribute('d', path(f as never) ?? '');
      p.setAttribute('fill', v ? (VOTE_COLOURS[v] ?? NONE) : NONE);
      p.setAttribute('stroke', '#fff');
      p.setAttribute('stroke-width', '0.5');
      p.dataset.iso = f.id;
      if (v) p.dataset.value = v;
      const t = document.createElementNS(ns, 'title');
      t.textContent = `${names.get(f.id) ?? f.properties.name}${v ? `: ${v}` : ''}`;
      p.appendChild(t);
      svg.appendChild(p);
    }
    return svg;
  };
  return <Chart render={render} name={name} label={label} {...(legend && { legend })} {...(body && { body })} {...(credit && { credit })} />;
}
