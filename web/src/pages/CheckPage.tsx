import { type ReactNode, useState } from 'react';
import { type CheckReport, api } from '../api.js';
import { Link, resolutionPath } from '../components/Link.js';

// The CLI's words for verdicts, so a report reads the same in both.
const LABEL: Record<string, string> = { supported: 'Supported', contradicted: 'Contradicted', partly: 'Partly', unverifiable: 'Unverifiable' };
type Claim = CheckReport['claims'][number];

/** The pasted text with each claim's words marked, found by the words the check quotes. */
function Marked({ text, claims }: { text: string; claims: Claim[] }) {
  const marks: { start: number; end: number; verdict: string; i: number }[] = [];
  let from = 0;
  claims.forEach((c, i) => {
    const at = text.indexOf(c.quote, c.kind === 'alignment' ? 0 : from);
    if (at === -1 || marks.some((m) => at < m.end && m.start < at + c.quote.length)) return;
    marks.push({ start: at, end: at + c.quote.length, verdict: c.verdict, i });
    from = at;
  });
  marks.sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    parts.push(<span key={`t${m.start}`}>{text.slice(at, m.start)}</span>);
    parts.push(<a key={`m${m.start}`} href={`#claim-${m.i}`} className={`claim ${m.verdict}`}>{text.slice(m.start, m.end)}</a>);
    at = m.end;
  }
  parts.push(<span key="rest">{text.slice(at)}</span>);
  return <article className="marked" aria-label="the article with its claims marked">{parts}</article>;
}

/** Paste an article: its claims about UN votes, highlighted, with their verdicts and evidence, grouped by the vote they concern. */
export function CheckPage() {
  const [text, setText] = useState('');
  const [report, setReport] = useState<CheckReport>();
  const [error, setError] = useState<string>();
  const run = async () => {
    setError(undefined);
    try {
      setReport(await api.check(text));
    } catch (e) {
      setReport(undefined);
      setError((e as Error).message);
    }
  };
  const groups = new Map<string, { claim: Claim; i: number }[]>();
  report?.claims.forEach((claim, i) => {
    const key = claim.event !== null ? `e${claim.event}` : claim.kind === 'alignment' ? 'alignment' : 'none';
    groups.set(key, [...(groups.get(key) ?? []), { claim, i }]);
  });
  const order = [...groups.keys()].sort((a, b) => Number(a[0] !== 'e') - Number(b[0] !== 'e'));
  const counts = report ? (['supported', 'contradicted', 'partly', 'unverifiable'] as const).map((v) => [v, report.claims.filter((c) => c.verdict === v).length] as const).filter(([, n]) => n > 0) : [];
  return (
    <>
      <h1>Check an article</h1>
      <label htmlFor="article">Paste the text (or HTML) of a news article</label>
      <textarea id="article" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={run} disabled={text.trim() === ''}>Check</button>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div className="check">
          <aside>
            <p className="summary">
              {report.claims.length} claim{report.claims.length === 1 ? '' : 's'}
              {counts.length > 0 && `: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}`}. Date used: {report.article.dateUsed ?? 'none'} ({report.article.dateWhy}).
            </p>
            {order.map((key) => {
              const e = key[0] === 'e' ? report.events[Number(key.slice(1))] : undefined;
              return (
                <section key={key} className="event">
                  {e?.symbol ? (
                    <h2><Link to={resolutionPath(e.symbol)}>{e.symbol}</Link> · {e.date} · {e.title}<small> chosen because {e.why}</small></h2>
                  ) : (
                    <h2>{e ? `Not in the record: ${e.why}` : key === 'alignment' ? 'Statements about alignment' : 'Not matched to a vote'}</h2>
                  )}
                  {groups.get(key)!.map(({ claim: c, i }) => (
                    <div key={i} id={`claim-${i}`} className={`card ${c.verdict}`}>
                      <p><b>{LABEL[c.verdict]}</b> · {c.kind}</p>
                      <blockquote>{c.quote}</blockquote>
                      {c.kind !== 'alignment' && <p>Article: {c.says}{c.record && <> · Record: {c.record}</>}</p>}
                      <p>{c.explanation}</p>
                      {c.resolutions.slice(1, 3).map((r) => (
                        <p key={r.symbol}><Link to={resolutionPath(r.symbol)}>{r.symbol}</Link> {r.date}: {r.totals.yes}-{r.totals.no}-{r.totals.abstain}</p>
                      ))}
                    </div>
                  ))}
                </section>
              );
            })}
            {report.context.map((x) => <p key={x.code} className="context">{x.summary}</p>)}
          </aside>
          <Marked text={text} claims={report.claims} />
        </div>
      )}
    </>
  );
}
