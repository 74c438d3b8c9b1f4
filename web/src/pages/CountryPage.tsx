import * as Plot from '@observablehq/plot';
import { api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { Table } from '../components/Table.js';
import { useData } from '../useData.js';
import { pct, shortTitle } from '../format.js';
import { GREAT_NAMES, STATE_COLOURS, namedColours, slug, yearAxis, yearSpan } from '../palette.js';

/** A state: agreement with the great powers, side-taking, ideal point, shifts, allies. */
export function CountryPage({ code }: { code: string }) {
  const p = useData(() => api.profile(code), `p:${code}`);
  const ideal = useData(() => api.ideal([code, 'USA', 'CHN', 'RUS']), `i:${code}`);
  const recent = useData(() => api.votes(code, 20), `v:${code}`);
  if (p.error) return <p role="alert">{p.error}</p>;
  if (!p.data) return <p>Loading…</p>;
  const d = p.data;
  const nameOf = (c: string) => (c === code || c === d.code ? d.name : (GREAT_NAMES[c] ?? c));
  const lines = d.years.flatMap((y) => d.anchors.map((a) => ({ year: y.year, anchor: nameOf(a), value: pct(y.scores[a]) })));
  const years = d.years.map((y) => y.year);
  const span = yearSpan(years);
  const s = slug(d.name);
  const anchorNames = d.anchors.map((a) => (a === 'USA' ? 'US' : a === 'RUS' ? 'Russia' : nameOf(a)));
  const idealPoints = (ideal.data ?? []).map((x) => ({ ...x, state: nameOf(x.code) }));
  const height = (width: number, h: number) => Math.round(width < 520 ? h * 0.85 : h);
  const sideYears = d.years.filter((y) => y.sides['USA|CHN']).map((y) => y.year);
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
        name={`${s}-agreement-with-${slug(anchorNames.join(' '))}-${span}`}
        label={`${d.name}: how often it voted as the ${anchorNames.join(', ').replace(/, ([^,]*)$/, ' and $1')} did, by year (%)`}
        subtitle="General Assembly recorded votes; the US State Department's coincidence: the same vote counts 1, an abstention against a yes or a no counts half."
        render={(width) => Plot.plot({
          width, height: height(width, 320), marginLeft: 44, style: { fontSize: '12px' },
          x: yearAxis(years, width), y: { domain: [0, 100], label: '↑ voted the same (%)', grid: true },
          color: { legend: true, ...namedColours(d.anchors, nameOf) },
          marks: [Plot.lineY(lines, { x: 'year', y: 'value', stroke: 'anchor', strokeWidth: 2, tip: true }), Plot.ruleY([0])],
        })}
      />
      <Chart
        name={`${s}-votes-when-us-and-china-split-${yearSpan(sideYears)}`}
        label={`${d.name}: how it voted when the US and China voted apart, by year`}
        subtitle="General Assembly recorded votes on which the United States and China cast different votes."
        render={(width) => Plot.plot({
          width, height: height(width, 280), marginLeft: 44, style: { fontSize: '12px' },
          x: { ...yearAxis(sideYears, width, true), padding: 0.1 }, y: { label: '↑ votes', grid: true },
          color: { legend: true, domain: ['with the US', 'with China', 'abstained', 'absent', 'other'], range: [STATE_COLOURS.USA!, STATE_COLOURS.CHN!, '#f2a900', '#868e96', '#ced4da'] },
          marks: [Plot.barY(sides, { x: 'year', y: 'n', fill: 'side', tip: true }), Plot.ruleY([0])],
        })}
      />
      {ideal.data && ideal.data.length > 0 && (
        <Chart
          name={`${s}-ideal-point-beside-us-china-russia-${yearSpan(ideal.data.map((x) => x.year))}`}
          label={`Ideal point of ${d.name} beside the great powers, by year, with its 95% interval`}
          subtitle="Each state's position on one dimension estimated from its General Assembly votes (higher: nearer the United States)."
          render={(width) => Plot.plot({
            width, height: height(width, 300), marginLeft: 44, style: { fontSize: '12px' },
            x: yearAxis(idealPoints.map((x) => x.year), width), y: { label: '↑ ideal point', grid: true },
            color: { legend: true, ...namedColours([code, 'USA', 'CHN', 'RUS'], nameOf) },
            marks: [
              Plot.areaY(idealPoints.filter((x) => x.code === d.code), { x: 'year', y1: 'lower', y2: 'upper', fill: 'state', fillOpacity: 0.2 }),
              Plot.lineY(idealPoints, { x: 'year', y: 'idealPoint', stroke: 'state', strokeWidth: 2, tip: true }),
            ],
          })}
        />
      )}
      {ideal.error && <p className="note">Ideal points: {ideal.error}</p>}
      <h2>Recent votes</h2>
      <Table
        name={`${s}-recent-votes`}
        head={['date', 'body', 'resolution', 'vote', 'title']}
        rows={(recent.data?.votes ?? []).map((v) => [v.date, v.body.toUpperCase(), v.symbol, v.vote, shortTitle(v.title)])}
        cells={(_, j, val) => (j === 2 ? <Link to={resolutionPath(String(val))}>{val}</Link> : val)}
      />
      <h2>Latest shifts</h2>
      <Table
        name={`${s}-latest-vote-shifts`}
        head={['resolution', 'date', 'vote', 'before', 'on']}
        rows={d.shifts.map((s) => [s.symbol, s.date, s.vote, s.previous.vote, s.previous.symbol])}
        cells={(_, j, v) => (j === 0 || j === 4 ? <Link to={resolutionPath(String(v))}>{v}</Link> : v)}
      />
      {d.failedDrafts.length > 0 && (
        <>
          <h2>On Council drafts a permanent member vetoed</h2>
          <p className="note">Where {d.name} sat on the Council and the sources name its vote (the UN veto list and meetings coverage; <Link to="/vetoes">all vetoes</Link>).</p>
          <Table
            name={`${s}-votes-on-vetoed-council-drafts`}
            head={['vetoed by', 'drafts', 'with the veto', 'with the majority', 'abstained', 'latest']}
            rows={d.failedDrafts.map((x) => [x.seat, x.n, x.withVeto, x.withMajority, x.abstained, x.drafts[x.drafts.length - 1]?.key])}
            cells={(_, j, v) => (j === 5 ? <Link to={resolutionPath(String(v))}>{v}</Link> : v)}
          />
        </>
      )}
      <h2>Closest and most distant, {d.window.from}–{d.window.to}</h2>
      <div className="pair">
        <Table name={`${s}-closest-states-${d.window.from}-${d.window.to}`} head={['closest', 'agreement %', 'n']} rows={d.allies.map((a) => [a.code, pct(a.agree), a.n])} cells={(_, j, v) => (j === 0 ? <Link to={countryPath(String(v))}>{v}</Link> : v)} />
        <Table name={`${s}-most-distant-states-${d.window.from}-${d.window.to}`} head={['most distant', 'agreement %', 'n']} rows={d.opponents.map((a) => [a.code, pct(a.agree), a.n])} cells={(_, j, v) => (j === 0 ? <Link to={countryPath(String(v))}>{v}</Link> : v)} />
      </div>
      <h2>By year</h2>
      <Table name={`${s}-agreement-by-year-${span}`} head={['year', 'n', 'abstain %', ...d.anchors]} rows={d.years.map((y) => [y.year, y.n, pct(y.abstainRate), ...d.anchors.map((a) => pct(y.scores[a]))]).reverse()} />
    </>
  );
}
