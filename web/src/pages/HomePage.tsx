import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useState } from 'react';
import { type AlignView, type CountryView, api } from '../api.js';
import { Chart } from '../components/Chart.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { datasetInfo } from '../info.js';
import { type LabelAnchor, placeLabels } from '../labels.js';
import { colourMap, slug } from '../palette.js';
import { navigate, setParams, useLocation } from '../router.js';
import { useData } from '../useData.js';
import { pct, shortTitle } from '../format.js';

/** Always labelled: the permanent members. */
const GREAT = ['USA', 'CHN', 'RUS', 'GBR', 'FRA'];
/** Labelled unless the reader picks others (`label=` in the URL; `label=none` for none). */
const DEFAULT_PICKS = ['PAK', 'IND', 'BRA', 'EGY'];
const FIRST_YEAR = 1946;
// Russia's colour in the palette, light to dark: the lightest still shows on white, and every dot has an outline.
const RUSSIA_RAMP = ['#d9ccff', '#2f1473'];

/** The axes in one sentence, on the page and in every download. */
const EXPLAIN =
  "Each dot is a member of the General Assembly: across, how often it voted as the United States did on the year's recorded votes, and up, how often as China did (an abstention against a yes or a no counts half); the darker the dot, the more often it voted as Russia did.";

type Point = { code: string; name: string; x: number; y: number; z: number | null };

/** The members of a year's chart, the USSR's row once (the store gives it as Russia too before 1992). */
function points(rows: AlignView, names: Map<string, string>, year: number): Point[] {
  const hasRus = rows.some((r) => r.code === 'RUS');
  return rows
    .filter((r) => r.scores.USA != null && r.scores.CHN != null && !(r.code === 'SUN' && hasRus))
    .map((r) => ({
      code: r.code,
      // Russia's seat was the USSR's to 1991, China's the Republic of China's to 1971.
      name: r.code === 'RUS' && year < 1992 ? 'USSR' : r.code === 'CHN' && year < 1971 ? 'China (ROC)' : (names.get(r.code) ?? r.name),
      x: pct(r.scores.USA)!,
      y: pct(r.scores.CHN)!,
      z: pct(r.scores.RUS),
    }));
}

/** Search, the latest votes, and the straddle chart of a year. */
export function HomePage({ countries }: { countries: CountryView[] }) {
  const url = useLocation();
  const info = useData(() => datasetInfo(), 'info');
  const lastYear = Number(info.data?.datasets.find((d) => d.body === 'ga')?.lastDate.slice(0, 4) ?? 2025);
  const asked = Number(url.searchParams.get('year')) || 2023;
  const year = Math.min(lastYear, Math.max(FIRST_YEAR, asked));
  const labelParam = url.searchParams.get('label');
  const picks = labelParam === null ? DEFAULT_PICKS : labelParam === 'none' ? [] : labelParam.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  const sel = (url.searchParams.get('sel') ?? '').toUpperCase();
  const showPath = sel !== '' && url.searchParams.get('path') === '1';
  const from = Math.min(year, Math.max(FIRST_YEAR, Number(url.searchParams.get('from')) || year - 20));
  const [q, setQ] = useState(url.searchParams.get('q') ?? '');
  const [typedPicks, setTypedPicks] = useState(picks.join(', '));
  const latest = useData(() => api.resolutions('', 8), 'latest');
  const found = useData(() => (q.length >= 2 ? api.resolutions(q, 8) : Promise.resolve({ total: 0, items: [] })), `q:${q}`);
  const align = useData(() => api.align(year).then((rows) => ({ year, rows })), `align:${year}`, true);
  const path = useData(() => (showPath ? api.profile(sel) : Promise.resolve(undefined)), `path:${showPath}:${sel}`, true);
  const byCode = useMemo(() => new Map(countries.map((c) => [c.code, c])), [countries]);
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.shortName])), [countries]);
  const matches = useMemo(() => {
    const s = q.trim().toLowerCase();
    if (s.length < 2) return [];
    // A code (ISO-3 or ISO-2) names its state alone; a name may match several ("Korea", "Congo").
    const byCode = countries.filter((c) => c.code.toLowerCase() === s || c.iso2?.toLowerCase() === s);
    return (byCode.length > 0 ? byCode : countries.filter((c) => c.shortName.toLowerCase().includes(s) || c.name.toLowerCase().includes(s))).slice(0, 6);
  }, [q, countries]);
  const exact = matches.length === 1 || matches.some((c) => c.shortName.toLowerCase() === q.trim().toLowerCase());
  const nothing = q.trim().length >= 2 && matches.length === 0 && found.data !== undefined && found.data.items.length === 0;
  // No state and no resolution: what the API's lookup suggests ("did you mean Pakistan (PAK)?").
  const hint = useData(() => (nothing ? api.countryHint(q.trim()) : Promise.resolve(null)), `hint:${nothing}:${q}`);
  const [choose, setChoose] = useState(false);
  const selName = sel ? (names.get(sel) ?? sel) : '';
  const [typedSel, setTypedSel] = useState(selName);
  // The name, once the member list has come (the URL has the code).
  useEffect(() => {
    if (sel && names.has(sel)) setTypedSel((t) => (t.toUpperCase() === sel ? names.get(sel)! : t));
  }, [sel, names]);
  // A typed name or code found among the members.
  const findCode = (s: string) => {
    const t = s.trim().toLowerCase();
    if (!t) return '';
    return (countries.find((c) => c.code.toLowerCase() === t || c.shortName.toLowerCase() === t) ?? countries.find((c) => c.shortName.toLowerCase().startsWith(t)))?.code;
  };
  const shown = align.data;
  // The record's dates, to say why a year asked for is not shown ("/?year=2030") or has no votes.
  const span = info.data?.datasets.find((d) => d.body === 'ga');
  const pathPoints = (showPath && path.data?.code === sel ? path.data.years : [])
    .filter((y) => y.year >= from && y.year <= (shown?.year ?? year) && y.scores.USA != null && y.scores.CHN != null)
    .map((y) => ({ year: y.year, x: pct(y.scores.USA)!, y: pct(y.scores.CHN)! }));
  const pathSpan = pathPoints.length > 0 ? `${pathPoints[0]!.year}–${pathPoints[pathPoints.length - 1]!.year}` : '';
  const title = `How UN members voted with the US and with China, ${shown?.year ?? year}${showPath && pathSpan ? `, and ${selName}'s path ${pathSpan}` : ''}`;
  const file = slug('straddle-chart', shown?.year ?? year, 'us-china', sel && selName, showPath && pathSpan && `path-${pathSpan.replace('–', '-')}`);

  const nVotes = shown ? Math.max(0, ...shown.rows.map((r) => r.n)) : 0;
  const votesNote = shown ? `${shown.year}: ${nVotes} recorded votes of the General Assembly.` : '';

  const render = (width: number) => {
    const year = shown!.year;
    const all = points(shown!.rows, names, year);
    const labelled = [...new Set([sel, ...GREAT, ...picks].filter(Boolean))];
    const colours = colourMap([...GREAT, ...picks, sel].filter(Boolean));
    const colour = (c: string) => colours.get(c) ?? '#212529';
    const narrow = width < 520;
    const height = Math.round(Math.min(Math.max(width * (narrow ? 1 : 0.7), 320), 640));
    const m = { left: 46, right: 14, top: 22, bottom: 44 };
    const px = (x: number) => m.left + (x / 100) * (width - m.left - m.right);
    const py = (y: number) => height - m.bottom - (y / 100) * (height - m.top - m.bottom);
    const ix = (cx: number) => ((cx - m.left) / (width - m.left - m.right)) * 100;
    const iy = (cy: number) => ((height - m.bottom - cy) / (height - m.top - m.bottom)) * 100;
    const r = narrow ? 3.5 : 4.5;
    const at = new Map(all.map((p) => [p.code, p]));
    const keys = labelled.flatMap((c) => (at.has(c) ? [at.get(c)!] : []));
    const size = narrow ? 12 : 13;
    const anchors: LabelAnchor[] = [
      ...keys.map((p) => ({ key: p.code, text: p.name, px: px(p.x), py: py(p.y), r: p.code === sel ? 9 : 7, size: p.code === sel ? size + 1 : size, required: true })),
      ...pathPoints
        .filter((p, i) => p.year !== year && (pathPoints.length <= 10 || p.year % 5 === 0 || i === 0))
        .map((p) => ({ key: `y${p.year}`, text: String(p.year), px: px(p.x), py: py(p.y), r: 3, size: 11, required: false, reach: 2 })),
    ];
    const placed = placeLabels(anchors, { x0: m.left, y0: m.top - 16, x1: width - 2, y1: height - m.bottom }, [
      ...keys.map((p) => ({ px: px(p.x), py: py(p.y), r: 7 })),
      ...pathPoints.map((p) => ({ px: px(p.x), py: py(p.y), r: 3 })),
    ]);
    const text = placed.map((l) => ({ ...l, x: ix(l.cx), y: iy(l.cy), code: l.key.startsWith('y') ? sel : l.key, year: l.key.startsWith('y') }));
    const chart = Plot.plot({
      width,
      height,
      marginLeft: m.left,
      marginRight: m.right,
      marginTop: m.top,
      marginBottom: m.bottom,
      style: { fontSize: '12px' },
      x: { label: 'Voted as the US did (%) →', domain: [0, 100], grid: true, ticks: narrow ? 5 : 10, labelAnchor: 'right' },
      y: { label: '↑ Voted as China did (%)', domain: [0, 100], grid: true, ticks: narrow ? 5 : 10 },
      color: { type: 'linear', domain: [0, 100], range: RUSSIA_RAMP, legend: true, label: 'Voted as Russia (the USSR to 1991) did (%)', ticks: 5 },
      marks: [
        Plot.dot(all, {
          x: 'x', y: 'y', fill: 'z', r, stroke: '#343a40', strokeWidth: 0.6,
          fillOpacity: sel ? 0.7 : 1, strokeOpacity: sel ? 0.6 : 1,
          title: (d: Point) => `${d.name}: as the US ${d.x}%, as China ${d.y}%${d.z == null ? '' : `, as Russia ${d.z}%`}`,
          tip: true,
        }),
        ...(pathPoints.length > 1
          ? [
              Plot.line(pathPoints, { x: 'x', y: 'y', stroke: colour(sel), strokeWidth: 2, strokeOpacity: 0.85, marker: 'dot', curve: 'linear' }),
            ]
          : []),
        Plot.dot(keys, { x: 'x', y: 'y', r: (d: Point) => (d.code === sel ? 9 : 7), stroke: { value: (d: Point) => colour(d.code), scale: null } as never, strokeWidth: (d: Point) => (d.code === sel ? 3 : 2), fill: 'none' }),
        Plot.link(text.filter((l) => l.moved && !l.year), {
          x1: (l: (typeof text)[number]) => ix(l.px), y1: (l: (typeof text)[number]) => iy(l.py), x2: 'x', y2: 'y',
          stroke: { value: (l: (typeof text)[number]) => colour(l.code), scale: null } as never, strokeWidth: 1, strokeOpacity: 0.8,
        }),
        ...([800, 700, 500] as const).map((weight) =>
          Plot.text(text.filter((l) => (l.key === sel ? 800 : l.year ? 500 : 700) === weight), {
            x: 'x', y: 'y', text: 'text',
            fill: { value: (l: (typeof text)[number]) => colour(l.code), scale: null } as never,
            fontSize: (l: (typeof text)[number]) => l.size,
            fontWeight: weight,
            stroke: 'white', strokeWidth: 3.5, paintOrder: 'stroke',
          }),
        ),
      ],
    });
    // A click or tap on a dot (or within a few pixels of it: Plot's tip may lie over it) finds that state.
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg:not([class$="-ramp"])');
    svg?.addEventListener('click', (ev) => {
      const e = ev as MouseEvent;
      const box = svg.getBoundingClientRect();
      const k = box.width / width;
      const mx = (e.clientX - box.left) / k;
      const my = (e.clientY - box.top) / k;
      let best: Point | undefined;
      let bestD = 12;
      for (const p of all) {
        const d = Math.hypot(px(p.x) - mx, py(p.y) - my);
        if (d < bestD) (best = p), (bestD = d);
      }
      if (best) {
        setTypedSel(best.name);
        setParams({ sel: best.code });
      }
    });
    svg?.querySelector('g[aria-label="dot"]')?.setAttribute('cursor', 'pointer');
    return chart;
  };

  return (
    <>
      <section>
        <h1>How states align at the United Nations</h1>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            // Several states match ("Korea"): the user chooses; none is opened silently.
            const one = matches.find((c) => c.shortName.toLowerCase() === q.trim().toLowerCase()) ?? (matches.length === 1 ? matches[0] : undefined);
            setChoose(!one && matches.length > 1);
            if (one) navigate(countryPath(one.code));
            else if (matches.length === 0 && found.data?.items[0]) navigate(resolutionPath(found.data.items[0].symbol));
          }}
        >
          <label htmlFor="search">Search a country or a resolution</label>
          <input id="search" list="search-list" value={q} placeholder="Pakistan, ES-11/6, Ukraine…" onChange={(e) => { setQ(e.target.value); setChoose(false); setParams({ q: e.target.value }); }} />
          <datalist id="search-list">
            {matches.map((c) => <option key={c.code} value={c.shortName} />)}
          </datalist>
        </form>
        {choose && !exact && matches.length > 1 && <p role="status">“{q.trim()}” could mean {matches.length} states: choose one below.</p>}
        {nothing && (
          <p role="status" className="no-match">
            No state or resolution matches “{q.trim()}”.{hint.data ? ` ${hint.data.charAt(0).toUpperCase()}${hint.data.slice(1)}` : ''} Try a name, an ISO code (PK, PAK) or a symbol (ES-11/6, S/RES/2334).
          </p>
        )}
        {(matches.length > 0 || (found.data?.items.length ?? 0) > 0) && (
          <ul className="results">
            {matches.map((c) => (
              <li key={c.code}>
                <Link to={countryPath(c.code)}>{c.shortName} ({c.code})</Link>{' '}
                <button type="button" className="link" onClick={() => { setTypedSel(c.shortName); setParams({ sel: c.code }); document.getElementById('straddle')?.scrollIntoView(); }}>
                  show in the straddle chart
                </button>
              </li>
            ))}
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
      <section id="straddle">
        <h2>The straddle chart, {year}</h2>
        <p className="explain">{EXPLAIN} {votesNote}</p>
        <div className="controls">
          <label className="year">
            Year{' '}
            <input type="range" min={FIRST_YEAR} max={lastYear} step={1} value={year} aria-label="year slider" onChange={(e) => setParams({ year: e.target.value })} />
            <input type="number" min={FIRST_YEAR} max={lastYear} value={year} aria-label="year" onChange={(e) => e.target.value.length === 4 && setParams({ year: e.target.value })} />
          </label>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const code = findCode(typedSel);
              setParams({ sel: code || undefined, ...(code ? {} : { path: undefined }) });
              if (code) setTypedSel(names.get(code) ?? code);
            }}
          >
            <label>
              Find a state{' '}
              <input list="state-list" value={typedSel} aria-label="find a state" placeholder="Pakistan" onChange={(e) => {
                setTypedSel(e.target.value);
                const exact = countries.find((c) => c.shortName === e.target.value);
                if (exact) setParams({ sel: exact.code });
              }} />
            </label>
            <datalist id="state-list">{countries.map((c) => <option key={c.code} value={c.shortName} />)}</datalist>
          </form>
          <label className="check">
            <input type="checkbox" checked={showPath} disabled={!sel} aria-label="draw its path" onChange={(e) => setParams({ path: e.target.checked ? '1' : undefined })} />
            {' '}draw {sel ? `${selName}'s` : 'its'} path since{' '}
            <input type="number" min={FIRST_YEAR} max={year} value={from} disabled={!showPath} aria-label="path from" onChange={(e) => e.target.value.length === 4 && setParams({ from: e.target.value })} />
          </label>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const codes = typedPicks.split(/[,;]/).map((s) => findCode(s)).filter((c): c is string => !!c);
              setTypedPicks(codes.join(', '));
              setParams({ label: codes.length ? codes.join(',') : 'none' });
            }}
          >
            <label>
              Also label{' '}
              <input value={typedPicks} aria-label="states labelled" size={22} onChange={(e) => setTypedPicks(e.target.value)} />{' '}
              <button type="submit">Apply</button>
            </label>
          </form>
        </div>
        {align.error && <p role="alert">{align.error}</p>}
        {(asked !== year || (shown && shown.rows.length === 0)) && (
          <p role="status" className="empty">
            No recorded votes of the General Assembly in {asked !== year ? asked : shown!.year}
            {span ? `: the record runs ${span.firstDate} to ${span.lastDate}` : ''}
            {asked !== year ? `; the chart shows ${year}.` : '.'}
          </p>
        )}
        {sel && !byCode.has(sel) && countries.length > 0 && <p role="alert">No member with the code {sel}.</p>}
        {sel && shown && !shown.rows.some((r) => r.code === sel) && byCode.has(sel) && <p className="note">{selName} has no recorded vote in {shown.year}.</p>}
        {shown && (
          <Chart
            name={file}
            label={title}
            subtitle={`${EXPLAIN} ${votesNote}`}
            render={render}
          />
        )}
      </section>
    </>
  );
}
