import * as Plot from '@observablehq/plot';
import { useState } from 'react';
import { GREAT_NAMES, namedColours, slug, yearAxis, yearSpan } from '../palette.js';
import { type CountryView, type PairAgreement, api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Table } from '../components/Table.js';
import { setParams, useLocation } from '../router.js';
import { useData } from '../useData.js';

const METRICS = ['coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;

// Shares shown as percentages, as on the other pages; S, kappa and pi run from -1 to 1 and stay as they are.
const AS_PERCENT = new Set(['coincidence', 'votesOnly', 'agree']);
const LABELS: Record<(typeof METRICS)[number], string> = {
  coincidence: 'Coincidence (%)', votesOnly: 'Coincidence on yes and no votes (%)', agree: 'Agreement (%)', s: 'S score', kappa: "Cohen's kappa", pi: "Scott's pi",
};
const DESCRIBE: Record<(typeof METRICS)[number], string> = {
  coincidence: "the US State Department's coincidence: the same vote counts 1, an abstention against a yes or a no counts half",
  votesOnly: 'the share of the same vote where both voted yes or no',
  agree: "Voeten's agreement: 1 for the same vote, half for a vote one step apart (yes–abstain, abstain–no)",
  s: "Signorino and Ritter's S: 1 the same votes, −1 the opposite",
  kappa: "Cohen's kappa: agreement beyond chance, 0 as by chance, 1 the same",
  pi: "Scott's pi: agreement beyond chance, 0 as by chance, 1 the same",
};

/** Two or more states over time, on the metric the reader chooses, against one anchor. */
export function ComparePage({ countries }: { countries: CountryView[] }) {
  const url = useLocation();
  const anchor = url.searchParams.get('with') ?? 'USA';
  // The anchor against itself is a flat line at 100%: not drawn.
  const codes = (url.searchParams.get('c') ?? 'PAK,IND').split(',').filter((c) => c && c !== anchor).slice(0, 8);
  const metric = (url.searchParams.get('metric') ?? 'coincidence') as (typeof METRICS)[number];
  const [typedCodes, setTypedCodes] = useState(codes.join(','));
  const [typedAnchor, setTypedAnchor] = useState(anchor);
  const data = useData(() => Promise.all(codes.map((c) => api.agreement(anchor, c))), `${codes}|${anchor}`);
  const show = (x: number | null) => (x === null ? null : AS_PERCENT.has(metric) ? Math.round(1000 * x) / 10 : Math.round(1000 * x) / 1000);
  // Years a state was not a member (no vote in common) are left out, not drawn as gaps of zero.
  const rows: (PairAgreement & { code: string })[] = (data.data ?? []).flatMap((list, i) => list.filter((r) => r.n > 0).map((r) => ({ ...r, code: codes[i] as string })));
  const years = [...new Set(rows.map((r) => Number(r.period)))].sort((a, b) => b - a);
  const at = new Map(rows.map((r) => [`${r.code}|${r.period}`, r]));
  const unit = AS_PERCENT.has(metric) ? `${metric} (%)` : metric;
  const fileBase = slug(codes.join(' '), metric, 'with', anchor);
  // States under their names in the chart (codes until the member list has come).
  const names = new Map(countries.map((c) => [c.code, c.shortName]));
  const nameOf = (c: string) => names.get(c) ?? GREAT_NAMES[c] ?? c;
  const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
  return (
    <>
      <h1>Compare</h1>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ c: typedCodes.toUpperCase().replace(/\s/g, ''), with: typedAnchor.toUpperCase().trim() });
        }}
      >
        <label>States <input value={typedCodes} onChange={(e) => setTypedCodes(e.target.value)} aria-label="states" /></label>
        <label>with <input value={typedAnchor} size={4} onChange={(e) => setTypedAnchor(e.target.value)} aria-label="anchor" /></label>
        <label>metric <select value={metric} onChange={(e) => setParams({ metric: e.target.value })}>{METRICS.map((m) => <option key={m}>{m}</option>)}</select></label>
        <button type="submit">Apply</button>
      </form>
      {data.error && <p role="alert">{data.error}</p>}
      {data.data && (
        <>
          <Chart
            name={`${fileBase}-by-year-${yearSpan(years)}`}
            label={`${LABELS[metric]} with ${nameOf(anchor).replace(/^United /, 'the United ')}: ${list(codes.map(nameOf))}, by year`}
            subtitle={`General Assembly recorded votes; ${DESCRIBE[metric]}.`}
            render={(width) => Plot.plot({
              width, height: width < 520 ? 290 : 340, marginLeft: 44, style: { fontSize: '12px' },
              x: yearAxis(years, width), color: { legend: true, ...namedColours(codes, nameOf) }, y: { label: `↑ ${unit}`, grid: true },
              marks: [Plot.lineY(rows.filter((r) => r[metric] !== null).map((r) => ({ ...r, state: nameOf(r.code), year: Number(r.period), value: show(r[metric]) })), { x: 'year', y: 'value', stroke: 'state', strokeWidth: 2, tip: true })],
            })}
          />
          <Table
            name={`${fileBase}-by-year-${yearSpan(years)}`}
            head={['year', ...codes.flatMap((c) => [`${c} ${unit}`, `${c} n`])]}
            rows={years.map((y) => [y, ...codes.flatMap((c) => {
              const r = at.get(`${c}|${y}`);
              return [r ? show(r[metric]) : null, r ? r.n : null];
            })])}
          />
        </>
      )}
    </>
  );
}
