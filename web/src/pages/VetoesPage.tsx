import * as Plot from '@observablehq/plot';
import { useState } from 'react';
import { api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Link, resolutionPath } from '../components/Link.js';
import { Table } from '../components/Table.js';
import { setParams } from '../router.js';
import { useData } from '../useData.js';
import { STATE_COLOURS, slug, yearAxis, yearSpan } from '../palette.js';

/** The permanent seats in the colours every chart gives them (palette.ts). */
const SEAT_COLOURS: Record<string, string> = Object.fromEntries(['USA', 'RUS', 'CHN', 'GBR', 'FRA'].map((s) => [s, STATE_COLOURS[s]!]));
const SEAT_NAMES: Record<string, string> = { USA: 'United States', RUS: 'Russia (USSR to 1991)', CHN: 'China', GBR: 'United Kingdom', FRA: 'France' };

/** The Council's vetoes: a timeline by permanent member, filters in the URL, every draft with its page. */
export function VetoesPage({ params }: { params: URLSearchParams }) {
  const by = params.get('by') ?? '';
  const topic = params.get('topic') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const [typed, setTyped] = useState(topic);
  const v = useData(() => api.vetoes({ by, topic, from, to }), `vetoes:${by}|${topic}|${from}|${to}`);
  const years = v.data?.summary.byYear.flatMap((y) => Object.entries(y.vetoes).filter(([, n]) => n > 0).map(([seat, n]) => ({ year: y.year, seat, n }))) ?? [];
  return (
    <>
      <h1>Vetoes in the Security Council</h1>
      <p>
        Drafts put to the vote and not adopted, from the UN Dag Hammarskjöld Library's veto list and the UN's coverage of each
        meeting since (the UN's voting files list adopted resolutions only). One veto is counted per vetoing member per draft.
      </p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ topic: typed });
        }}
      >
        <label>
          Vetoed by{' '}
          <select value={by} onChange={(e) => setParams({ by: e.target.value })} aria-label="vetoed by">
            <option value="">any member</option>
            {Object.keys(SEAT_COLOURS).map((s) => <option key={s} value={s}>{SEAT_NAMES[s]}</option>)}
          </select>
        </label>{' '}
        <label>
          Topic <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Syria, Gaza, Ukraine…" aria-label="topic" />
        </label>{' '}
        <button type="submit">Apply</button>
      </form>
      {v.error && <p role="alert">{v.error}</p>}
      {v.data && (
        <>
          <ul className="totals" aria-label="vetoes per member">
            {v.data.summary.bySeat.filter((s) => s.vetoes > 0).map((s) => (
              <li key={s.seat} style={{ borderColor: SEAT_COLOURS[s.seat] }}>
                <b data-seat={s.seat}>{s.vetoes}</b> {SEAT_NAMES[s.seat]}{s.ussr ? ` (${s.ussr} by the USSR)` : ''}
              </li>
            ))}
          </ul>
          {years.length > 0 ? (
            <Chart
              name={slug('security-council-vetoes-by-year', by && `by-${SEAT_NAMES[by]?.replace(/ \(.*\)/, '')}`, topic && `on-${topic}`, yearSpan(years.map((y) => y.year)))}
              label={`Vetoes in the Security Council per year${by ? ` by ${SEAT_NAMES[by]}` : ', by permanent member'}${topic ? `, drafts on "${topic}"` : ''}`}
              subtitle={`One veto counted per vetoing member per draft put to the vote and not adopted${by ? `; on the drafts ${SEAT_NAMES[by]} vetoed, the vetoes other members cast on the same drafts too` : ''}.`}
              credit={`Source: UN Dag Hammarskjöld Library, Security Council veto list, and UN meetings coverage, via Straddle (${v.data.dataset.version})`}
              render={(width) => Plot.plot({
                width, height: width < 520 ? 260 : 300, marginLeft: 40, style: { fontSize: '12px' },
                x: { ...yearAxis(years.map((y) => y.year), width), interval: 1 }, y: { label: '↑ vetoes', tickFormat: 'd', grid: true, ticks: Math.min(8, Math.max(...years.map((y) => y.n))) },
                color: { legend: true, domain: Object.values(SEAT_NAMES), range: Object.values(SEAT_COLOURS) },
                marks: [Plot.rectY(years.map((y) => ({ ...y, member: SEAT_NAMES[y.seat] })), { x: 'year', y: 'n', fill: 'member', tip: true }), Plot.ruleY([0])],
              })}
            />
          ) : (
            <p>No draft of the veto list matches these filters (it runs 1946 to {v.data.dataset.version.replace('sc_drafts to ', '')}).</p>
          )}
          {v.data.summary.joint.length > 0 && (
            <p>Vetoed together: {v.data.summary.joint.map((j) => `${j.seats.join(' and ')} ${j.drafts} ${j.drafts === 1 ? 'draft' : 'drafts'} (last ${j.last})`).join('; ')}.</p>
          )}
          <Table
            name={slug('security-council-vetoed-drafts', by && `by-${SEAT_NAMES[by]?.replace(/ \(.*\)/, '')}`, topic && `on-${topic}`)}
            head={['date', 'draft', 'outcome', 'vetoed by', 'yes', 'no', 'abstain', 'subject']}
            rows={[...v.data.drafts].reverse().map((d) => [d.date, d.symbol ?? d.key, d.outcome, d.vetoedBy.join(' '), d.counts.yes, d.counts.no, d.counts.abstain, d.subject])}
            cells={(_, j, val) => (j === 1 ? <Link to={resolutionPath(String(val))}>{val}</Link> : (val ?? '—'))}
          />
          <p className="source">Source: {v.data.citation}</p>
        </>
      )}
    </>
  );
}
