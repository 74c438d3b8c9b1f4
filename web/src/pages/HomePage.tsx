import * as Plot from '@observablehq/plot';
import { useMemo, useState } from 'react';
import { type CountryView, api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { navigate, setParams, useLocation } from '../router.js';
import { useData } from '../useData.js';
import { pct, shortTitle } from '../format.js';

/** Search, the latest votes, and the straddle chart of a year. */
export function HomePage({ countries }: { countries: CountryView[] }) {
  const url = useLocation();
  const year = Number(url.searchParams.get('year') ?? 2023);
  const [q, setQ] = useState(url.searchParams.get('q') ?? '');
  const latest = useData(() => api.resolutions('', 8), 'latest');
  const found = useData(() => (q.length >= 2 ? api.resolutions(q, 8) : Promise.resolve({ total: 0, items: [] })), `q:${q}`);
  const align = useData(() => api.align(year), `align:${year}`);
  const matches = useMemo(() => {
    const s = q.trim().toLowerCase();
    return s.length < 2 ? [] : countries.filter((c) => c.code.toLowerCase() === s || c.shortName.toLowerCase().includes(s)).slice(0, 6);
  }, [q, countries]);
  return (
    <>
      <section>
        <h1>How states align at the United Nations</h1>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (matches[0]) navigate(countryPath(matches[0].code));
            else if (found.data?.items[0]) navigate(resolutionPath(found.data.items[0].symbol));
          }}
        >
          <label htmlFor="search">Search a country or a resolution</label>
          <input id="search" list="search-list" value={q} placeholder="Pakistan, ES-11/6, Ukraine…" onChange={(e) => { setQ(e.target.value); setParams({ q: e.target.value }); }} />
          <datalist id="search-list">
            {matches.map((c) => <option key={c.code} value={c.shortName} />)}
          </datalist>
        </form>
        {(matches.length > 0 || (found.data?.items.length ?? 0) > 0) && (
          <ul className="results">
            {matches.map((c) => <li key={c.code}><Link to={countryPath(c.code)}>{c.shortName} ({c.code})</Link></li>)}
            {found.data?.items.map((r) => <li key={r.symbol}><Link to={resolutionPath(r.symbol)}>{r.symbol}</Link> {r.date}: {shortTitle(r.title)}</li>)}
          </ul>
        )}
      </section>
      <section>
        <h2>Latest recorded votes</h2>
        <ul className="results">
          {latest.data?.items.map((r) => (
            <li key={r.symbol}>
              <Link to={resolutionPath(r.symbol)}>{r.symbol}</Link> {r.date} ({r.totals.yes}-{r.totals.no}-{r.totals.abstain}): {shortTitle(r.title)}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>The straddle chart, {year}</h2>
        <label>
          Year <input type="number" min={1946} max={2025} value={year} onChange={(e) => setParams({ year: e.target.value })} />
        </label>
        <p>Each member by its coincidence with the US (across) and with China (up); colour: coincidence with Russia.</p>
        {align.error && <p role="alert">{align.error}</p>}
        {align.data && (
          <Chart
            name={`straddle-${year}`}
            label={`Agreement with the US and China in ${year}`}
            render={() =>
              Plot.plot({
                width: 640,
                height: 480,
                x: { label: 'coincidence with the US (%)', domain: [0, 100] },
                y: { label: 'coincidence with China (%)', domain: [0, 100] },
                color: { label: 'with Russia (%)', scheme: 'reds', legend: true },
                marks: [
                  Plot.dot(
                    align.data!.filter((r) => r.scores.USA != null && r.scores.CHN != null).map((r) => ({ ...r, x: pct(r.scores.USA), y: pct(r.scores.CHN), z: pct(r.scores.RUS) })),
                    { x: 'x', y: 'y', fill: 'z', r: 4, title: (d: { name: string; x: number; y: number }) => `${d.name}: US ${d.x}%, China ${d.y}%` },
                  ),
                ],
              })
            }
          />
        )}
      </section>
    </>
  );
}
