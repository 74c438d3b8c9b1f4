import * as Plot from '@observablehq/plot';
import { stateColours } from '../palette.js';
import { type PairAgreement, api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Table } from '../components/Table.js';
import { setParams, useLocation } from '../router.js';
import { useData } from '../useData.js';

const METRICS = ['coincidence', 'votesOnly', 'agree', 's', 'kappa', 'pi'] as const;

/** Two or more states over time, on the metric the reader chooses, against one anchor. */
export function ComparePage() {
  const url = useLocation();
  const codes = (url.searchParams.get('c') ?? 'PAK,IND').split(',').filter(Boolean).slice(0, 8);
  const anchor = url.searchParams.get('with') ?? 'USA';
  const metric = (url.searchParams.get('metric') ?? 'coincidence') as (typeof METRICS)[number];
  const data = useData(() => Promise.all(codes.map((c) => api.agreement(anchor, c))), `${codes}|${anchor}`);
  const rows: (PairAgreement & { code: string })[] = (data.data ?? []).flatMap((list, i) => list.map((r) => ({ ...r, code: codes[i] as string })));
  return (
    <>
      <h1>Compare</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>States <input defaultValue={codes.join(',')} onBlur={(e) => setParams({ c: e.target.value.toUpperCase().replace(/\s/g, '') })} /></label>
        <label>with <input defaultValue={anchor} size={4} onBlur={(e) => setParams({ with: e.target.value.toUpperCase() })} /></label>
        <label>metric <select value={metric} onChange={(e) => setParams({ metric: e.target.value })}>{METRICS.map((m) => <option key={m}>{m}</option>)}</select></label>
      </form>
      {data.error && <p role="alert">{data.error}</p>}
      {data.data && (
        <>
          <Chart
            name={`compare-${codes.join('-')}-${anchor}-${metric}`}
            label={`${metric} with ${anchor}, by year`}
            render={() => Plot.plot({ width: 720, height: 340, x: { label: 'year', tickFormat: 'd' }, color: { legend: true, ...stateColours(rows.map((r) => r.code)) }, y: { label: metric }, marks: [Plot.lineY(rows.filter((r) => r[metric] !== null), { x: (r: PairAgreement) => Number(r.period), y: metric, stroke: 'code', tip: true })] })}
          />
          <Table name="compare" head={['state', 'year', 'n', metric]} rows={rows.map((r) => [r.code, r.period, r.n, r[metric] === null ? null : Math.round(1000 * (r[metric] as number)) / 1000])} />
        </>
      )}
    </>
  );
}
