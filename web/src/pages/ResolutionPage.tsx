import { type CountryView, api } from '../api.js';
import { Link, countryPath, resolutionPath } from '../components/Link.js';
import { Table } from '../components/Table.js';
import { VOTE_COLOURS, WorldMap } from '../components/WorldMap.js';
import { useData } from '../useData.js';
import { shortTitle } from '../format.js';

const HEAD: Record<string, string> = { Y: 'In favour', N: 'Against', A: 'Abstained', X: 'Non-voting' };

/** One vote: the map, the totals, who voted how, similar votes and who changed since the last of its thread. */
export function ResolutionPage({ symbol, countries }: { symbol: string; countries: CountryView[] }) {
  const r = useData(() => api.resolution(symbol), `r:${symbol}`);
  const similar = useData(() => api.similar(symbol), `s:${symbol}`);
  // The last earlier vote of its thread, else the most similar earlier one (emergency special
  // sessions change titles from one resolution to the next).
  const earlier = similar.data?.filter((s) => r.data && s.date < r.data.date) ?? [];
  const esSession = r.data?.session?.startsWith('ES-') ? r.data.session : undefined;
  const previousHit =
    earlier.find((s) => s.sameThread) ??
    [...earlier].filter((s) => esSession && s.session === esSession).sort((a, b) => b.date.localeCompare(a.date))[0] ??
    earlier.find((s) => s.score >= 0.3);
  const previousSymbol = previousHit?.symbol;
  const previous = useData(() => (previousSymbol ? api.resolution(previousSymbol) : Promise.resolve(undefined)), `prev:${previousSymbol}`);
  if (r.error) return <p role="alert">{r.error}</p>;
  if (!r.data) return <p>Loading…</p>;
  const v = r.data;
  const iso = new Map(countries.map((c) => [c.code, c.isoNumeric]));
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
      <ul className="totals" aria-label="totals">
        <li style={{ borderColor: VOTE_COLOURS.Y }}><b data-total="yes">{v.totals.yes}</b> in favour</li>
        <li style={{ borderColor: VOTE_COLOURS.N }}><b data-total="no">{v.totals.no}</b> against</li>
        <li style={{ borderColor: VOTE_COLOURS.A }}><b data-total="abstain">{v.totals.abstain}</b> abstentions</li>
        <li style={{ borderColor: VOTE_COLOURS.X }}><b data-total="nonVoting">{v.totals.nonVoting}</b> non-voting</li>
      </ul>
      <WorldMap values={values} names={names} name={`map-${v.symbol.replace(/\W+/g, '-')}`} label={`How members voted on ${v.symbol}`} />
      {(['Y', 'N', 'A', 'X'] as const).map((k) => {
        const who = v.votes.filter((x) => x.vote === k);
        return who.length === 0 ? null : (
          <section key={k}>
            <h2>{HEAD[k]} ({who.length})</h2>
            <p className="members">{who.map((x, i) => <span key={x.code}>{i > 0 && ', '}<Link to={countryPath(x.code)}>{x.name}</Link></span>)}</p>
          </section>
        );
      })}
      {previous.data && (
        <>
          <h2>Changed since {previous.data.symbol} ({previous.data.date}, {previousHit?.sameThread ? 'the last of its thread' : esSession && previousHit?.session === esSession ? `the last similar vote of session ${esSession}` : 'the most similar earlier vote'})</h2>
          <Table name="changed" head={['state', 'then', 'now']} rows={changed.map((x) => [x.name, before.get(x.code), x.vote])} />
        </>
      )}
      <h2>Similar resolutions</h2>
      <Table
        name="similar"
        head={['resolution', 'date', 'score', 'same thread', 'title']}
        rows={(similar.data ?? []).map((s) => [s.symbol, s.date, s.score, s.sameThread ? 'yes' : '', shortTitle(s.title)])}
        cells={(_, j, val) => (j === 0 ? <Link to={resolutionPath(String(val))}>{val}</Link> : val)}
      />
      <Table name={`votes-${v.symbol.replace(/\W+/g, '-')}`} head={['code', 'name', 'vote']} rows={v.votes.map((x) => [x.code, x.name, x.vote])} />
    </>
  );
}
