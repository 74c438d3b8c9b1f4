import { type CountryView, type DraftView, type ResolutionView, api } from '../api.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { Table } from '../components/Table.js';
import { NO_VOTE_COLOUR, VOTE_COLOURS, WorldMap } from '../components/WorldMap.js';
import { useData } from '../useData.js';
import { shortTitle } from '../format.js';
import { slug } from '../palette.js';

const HEAD: Record<string, string> = { Y: 'In favour', N: 'Against', A: 'Abstained', X: 'Non-voting' };
/** The map's key, printed in its downloads. */
const MAP_LEGEND = [...(['Y', 'N', 'A', 'X'] as const).map((k) => ({ label: HEAD[k]!, colour: VOTE_COLOURS[k]! })), { label: 'Not a member, or no record', colour: NO_VOTE_COLOUR }];
// The Council's permanent members (the USSR's seat with Russia's).
const P5 = new Set(['CHN', 'FRA', 'GBR', 'RUS', 'SUN', 'USA']);

/** One vote: the map, the totals, who voted how, similar votes and who changed since the last of its thread. */
export function ResolutionPage({ symbol, countries }: { symbol: string; countries: CountryView[] }) {
  const r = useData(() => api.resolution(symbol), `r:${symbol}`);
  if (r.error) return <p role="alert">{r.error}</p>;
  if (!r.data) return <p>Loading…</p>;
  if ('kind' in r.data) return <DraftPage d={r.data} countries={countries} />;
  return <Adopted v={r.data} symbol={symbol} countries={countries} />;
}

function Adopted({ v, symbol, countries }: { v: ResolutionView; symbol: string; countries: CountryView[] }) {
  const similar = useData(() => api.similar(symbol), `s:${symbol}`);
  // The last earlier vote of its thread, else the most similar earlier one (emergency special
  // sessions change titles from one resolution to the next).
  const earlier = similar.data?.filter((s) => s.date < v.date) ?? [];
  const esSession = v.session?.startsWith('ES-') ? v.session : undefined;
  const previousHit =
    earlier.find((s) => s.sameThread) ??
    [...earlier].filter((s) => esSession && s.session === esSession).sort((a, b) => b.date.localeCompare(a.date))[0] ??
    earlier.find((s) => s.score >= 0.3);
  const previousSymbol = previousHit?.symbol;
  const previous = useData(() => (previousSymbol ? api.resolution(previousSymbol) : Promise.resolve(undefined)), `prev:${previousSymbol}`);
  const iso = new Map(countries.map((c) => [c.code, c.isoNumeric]));
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const values = new Map(v.votes.flatMap((x) => (iso.get(x.code) ? [[iso.get(x.code) as string, x.vote]] : [])));
  const names = new Map(v.votes.flatMap((x) => (iso.get(x.code) ? [[iso.get(x.code) as string, x.name]] : [])));
  const before = new Map(previous.data?.votes.map((x) => [x.code, x.vote]));
  const changed = previous.data ? v.votes.filter((x) => before.has(x.code) && before.get(x.code) !== x.vote) : [];
  return (
    <>
      <h1>{v.symbol}</h1>
      <p className="title">{shortTitle(v.title)}</p>
      <p>
        {v.body === 'ga' ? 'General Assembly' : 'Security Council'}, {v.date}{v.session ? `, session ${v.session}` : ''}.{' '}
        <a href={v.link}>UN Digital Library record</a>
      </p>
      {v.warnings.map((w) => <p key={w} className="warning" role="note">Data anomaly: {w}.</p>)}
      <ul className="totals" aria-label="totals">
        <li style={{ borderColor: VOTE_COLOURS.Y }}><b data-total="yes">{v.totals.yes}</b> in favour</li>
        <li style={{ borderColor: VOTE_COLOURS.N }}><b data-total="no">{v.totals.no}</b> against</li>
        <li style={{ borderColor: VOTE_COLOURS.A }}><b data-total="abstain">{v.totals.abstain}</b> abstentions</li>
        <li style={{ borderColor: VOTE_COLOURS.X }}><b data-total="nonVoting">{v.totals.nonVoting}</b> non-voting</li>
      </ul>
      <WorldMap values={values} names={names} name={slug(v.symbol, 'votes-map', v.date)} label={`How members voted on ${v.symbol} (${v.date}): ${shortTitle(v.title)}`} legend={MAP_LEGEND} body={v.body} />
      <p className="legend" aria-label="legend">
        {(['Y', 'N', 'A', 'X'] as const).map((k) => <span key={k} style={{ borderColor: VOTE_COLOURS[k] }}>{k} {HEAD[k].toLowerCase()}</span>)}
        {v.body === 'sc' && <span>★ permanent member</span>}
      </p>
      {(['Y', 'N', 'A', 'X'] as const).map((k) => {
        const who = v.votes.filter((x) => x.vote === k);
        // By UN regional group, under common names, as the Assembly's own tables group them.
        const groups = new Map<string, typeof who>();
        for (const x of who) {
          const g = byCode.get(x.code)?.regionalGroup ?? 'No regional group';
          groups.set(g, [...(groups.get(g) ?? []), x]);
        }
        return who.length === 0 ? null : (
          <section key={k} data-vote={k}>
            <h2>{HEAD[k]} ({who.length})</h2>
            {[...groups].sort((a, b) => a[0].localeCompare(b[0])).map(([g, list]) => (
              <p key={g} className="members" data-group={g}>
                <b>{g} ({list.length}):</b>{' '}
                {list
                  .map((x) => ({ ...x, common: byCode.get(x.code)?.shortName ?? x.name }))
                  .sort((a, b) => a.common.localeCompare(b.common))
                  .map((x, i) => (
                    <span key={x.code}>{i > 0 && ', '}<Link to={countryPath(x.code)}>{x.common}</Link>{v.body === 'sc' && P5.has(x.code) ? ' ★' : ''}</span>
                  ))}
              </p>
            ))}
          </section>
        );
      })}
      {previous.data && (
        <>
          <h2>Changed since {previous.data.symbol} ({previous.data.date}, {previousHit?.sameThread ? 'the last of its thread' : esSession && previousHit?.session === esSession ? `the last similar vote of session ${esSession}` : 'the most similar earlier vote'})</h2>
          <Table name={slug(v.symbol, 'votes-changed-since', previous.data.symbol)} head={['state', 'then', 'now']} rows={changed.map((x) => [x.name, before.get(x.code), x.vote])} />
        </>
      )}
      <h2>Similar resolutions</h2>
      <Table
        name={slug(v.symbol, 'similar-resolutions')}
        head={['resolution', 'date', 'score', 'same thread', 'title']}
        rows={(similar.data ?? []).map((s) => [s.symbol, s.date, s.score, s.sameThread ? 'yes' : '', shortTitle(s.title)])}
        cells={(_, j, val) => (j === 0 ? <Link to={resolutionPath(String(val))}>{val}</Link> : val)}
      />
      <Table name={slug(v.symbol, 'votes-by-member', v.date)} head={['code', 'name', 'vote']} rows={v.votes.map((x) => [x.code, x.name, x.vote])} />
    </>
  );
}

/** A Council draft not adopted: how it failed, the counts and member votes the sources give, and where they come from. */
function DraftPage({ d, countries }: { d: DraftView; countries: CountryView[] }) {
  const iso = new Map(countries.map((c) => [c.code, c.isoNumeric]));
  const values = new Map(d.votes.flatMap((x) => (iso.get(x.code) ? [[iso.get(x.code) as string, x.vote]] : [])));
  const names = new Map(d.votes.flatMap((x) => (iso.get(x.code) ? [[iso.get(x.code) as string, x.name]] : [])));
  const c = d.counts;
  return (
    <>
      <h1>{d.symbol ?? d.key}</h1>
      <p className="title">{d.subject}</p>
      <p>
        Security Council draft, {d.date}{d.meeting ? `, meeting ${d.meeting}` : ''}{d.agenda ? `. Agenda: ${d.agenda}` : ''}.
      </p>
      <p className="status" data-testid="draft-status"><b>{d.status}</b>{d.amendment ? ' (a vote on an amendment)' : ''}.</p>
      <ul className="totals" aria-label="totals">
        <li style={{ borderColor: VOTE_COLOURS.Y }}><b data-total="yes">{c.yes ?? '?'}</b> in favour</li>
        <li style={{ borderColor: VOTE_COLOURS.N }}><b data-total="no">{c.no ?? '?'}</b> against</li>
        <li style={{ borderColor: VOTE_COLOURS.A }}><b data-total="abstain">{c.abstain ?? '?'}</b> abstentions</li>
      </ul>
      {d.votes.length > 0 ? (
        <>
          <WorldMap
            values={values}
            names={names}
            name={slug(d.symbol ?? d.key, 'council-votes-map', d.date)}
            label={`How Council members voted on ${d.symbol ?? d.key} (${d.date}), not adopted`}
            legend={MAP_LEGEND}
            credit={`Source: UN Dag Hammarskjöld Library, Security Council veto list, and UN meetings coverage, via Straddle (${d.dataset.version})`}
          />
          {(['Y', 'N', 'A', 'X'] as const).map((k) => {
            const who = d.votes.filter((x) => x.vote === k);
            return who.length === 0 ? null : (
              <section key={k}>
                <h2>{HEAD[k]} ({who.length})</h2>
                <p className="members">{who.map((x, i) => <span key={x.code}>{i > 0 && ', '}<Link to={countryPath(x.code)}>{x.name}</Link></span>)}</p>
              </section>
            );
          })}
        </>
      ) : (
        <p>The sources do not name each member's vote on this draft.</p>
      )}
      {d.notes && <p className="notes">Notes: {d.notes}</p>}
      <p className="source">
        Source: <a href={d.source}>{d.source}</a>{d.secondSource && <> · checked against <a href={d.secondSource}>{d.secondSource}</a></>}. {d.dataset.version}.{' '}
        <Link to="/vetoes">All vetoes</Link>
      </p>
    </>
  );
}
