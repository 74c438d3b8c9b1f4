import * as Plot from '@observablehq/plot';
import { api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { Table } from '../components/Table.js';
import { useData } from '../useData.js';
import { pct, shortTitle } from '../format.js';
import { STATE_COLOURS, stateColours, yearTicks } from '../palette.js';

/** A state: agreement with the great powers, side-taking, ideal point, shifts, allies. */
export function CountryPage({ code }: { code: string }) {
  const p = useData(() => api.profile(code), `p:${code}`);
  const ideal = useData(() => api.ideal([code, 'USA', 'CHN', 'RUS']), `i:${code}`);
  const recent = useData(() => api.votes(code, 20), `v:${code}`);
  if (p.error) return <p role="alert">{p.error}</p>;
  if (!p.data) return <p>Loading…</p>;
  const d = p.data;
  const lines = d.years.flatMap((y) => d.anchors.map((a) => ({ year: y.year, anchor: a, value: pct(y.scores[a]) })));
  const sides = d.years.flatMap((y) => {
    const s = y.sides['USA|CHN'];
    return s ? [
      { year: y.year, side: 'with the US', n: s.withFirst },
      { year: y.year, side: 'with China', n: s.withSecond },
      { year: y.year, side: 'abstained', n: s.abstain },
      { year: y.year, side: 'absent', n: s.absent },
      { year: y.year, side: 'other', n: s.other },
    ] : [];
  });
  return (
    <>
      <h1>{d.name} ({d.code})</h1>
      <Chart
        name={`${code}-agreement`}
        label={`${d.name}: State Department coincidence with the US, China and Russia, by year`}
        render={() => Plot.plot({ width: 720, height: 320, x: { label: 'year', tickFormat: 'd' }, y: { domain: [0, 100], label: 'coincidence (%)' }, color: { legend: true, ...stateColours(d.anchors) }, marks: [Plot.lineY(lines, { x: 'year', y: 'value', stroke: 'anchor', tip: true }), Plot.ruleY([0])] })}
      />
      <Chart
        name={`${code}-sides`}
        label={`${d.name}: how it voted when the US and China split, by year`}
        render={() => Plot.plot({ width: 720, height: 280, x: { label: 'year', tickFormat: 'd', ticks: yearTicks(sides.map((x) => x.year)) }, y: { label: 'split votes' }, color: { legend: true, domain: ['with the US', 'with China', 'abstained', 'absent', 'other'], range: [STATE_COLOURS.USA!, STATE_COLOURS.CHN!, '#f2a900', '#868e96', '#ced4da'] }, marks: [Plot.barY(sides, { x: 'year', y: 'n', fill: 'side', tip: true }), Plot.ruleY([0])] })}
      />
      {ideal.data && ideal.data.length > 0 && (
        <Chart
          name={`${code}-ideal`}
          label={`Ideal point of ${d.name} beside the great powers, with its 95% interval`}
          render={() => Plot.plot({ width: 720, height: 300, x: { label: 'year', tickFormat: 'd' }, y: { label: 'ideal point' }, color: { legend: true, ...stateColours([code, 'USA', 'CHN', 'RUS']) }, marks: [
            Plot.areaY(ideal.data!.filter((x) => x.code === code), { x: 'year', y1: 'lower', y2: 'upper', fillOpacity: 0.2 }),
            Plot.lineY(ideal.data!, { x: 'year', y: 'idealPoint', stroke: 'code', tip: true }),
          ] })}
        />
      )}
      {ideal.error && <p className="note">Ideal points: {ideal.error}</p>}
      <h2>Recent votes</h2>
      <Table
        name={`${code}-votes`}
        head={['date', 'body', 'resolution', 'vote', 'title']}
        rows={(recent.data?.votes ?? []).map((v) => [v.date, v.body.toUpperCase(), v.symbol, v.vote, shortTitle(v.title)])}
        cells={(_, j, val) => (j === 2 ? <Link to={resolutionPath(String(val))}>{val}</Link> : val)}
      />
      <h2>Latest shifts</h2>
      <Table
        name={`${code}-shifts`}
        head={['resolution', 'date', 'vote', 'before', 'on']}
        rows={d.shifts.map((s) => [s.symbol, s.date, s.vote, s.previous.vote, s.previous.symbol])}
        cells={(_, j, v) => (j === 0 || j === 4 ? <Link to={resolutionPath(String(v))}>{v}</Link> : v)}
      />
      {d.failedDrafts.length > 0 && (
        <>
          <h2>On Council drafts a permanent member vetoed</h2>
          <p className="note">Where {d.name} sat on the Council and the sources name its vote (the UN veto list and meetings coverage; <Link to="/vetoes">all vetoes</Link>).</p>
          <Table
            name={`${code}-vetoed-drafts`}
            head={['vetoed by', 'drafts', 'with the veto', 'with the majority', 'abstained', 'latest']}
            rows={d.failedDrafts.map((x) => [x.seat, x.n, x.withVeto, x.withMajority, x.abstained, x.drafts[x.drafts.length - 1]?.key])}
            cells={(_, j, v) => (j === 5 ? <Link to={resolutionPath(String(v))}>{v}</Link> : v)}
          />
        </>
      )}
      <h2>Closest and most distant, {d.window.from}–{d.window.to}</h2>
      <div className="pair">
        <Table name={`${code}-allies`} head={['closest', 'agreement %', 'n']} rows={d.allies.map((a) => [a.code, pct(a.agree), a.n])} cells={(_, j, v) => (j === 0 ? <Link to={countryPath(String(v))}>{v}</Link> : v)} />
        <Table name={`${code}-opponents`} head={['most distant', 'agreement %', 'n']} rows={d.opponents.map((a) => [a.code, pct(a.agree), a.n])} cells={(_, j, v) => (j === 0 ? <Link to={countryPath(String(v))}>{v}</Link> : v)} />
      </div>
      <h2>By year</h2>
      <Table name={`${code}-years`} head={['year', 'n', 'abstain %', ...d.anchors]} rows={d.years.map((y) => [y.year, y.n, pct(y.abstainRate), ...d.anchors.map((a) => pct(y.scores[a]))]).reverse()} />
    </>
  );
}
