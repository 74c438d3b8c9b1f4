import { useState } from 'react';
import { type CheckReport, api } from '../api.js';
import { Link, resolutionPath } from '../components/Link.js';

const LABEL: Record<string, string> = { supported: 'Supported', contradicted: 'Contradicted', partly: 'Partly', unverifiable: 'No verdict' };

/** Paste an article: its claims about UN votes, highlighted, with their verdicts and evidence. */
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
  const claimed = new Map(report?.claims.map((c) => [c.sentence, c.verdict]));
  return (
    <>
      <h1>Check an article</h1>
      <label htmlFor="article">Paste the text (or HTML) of a news article</label>
      <textarea id="article" rows={10} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={run} disabled={text.trim() === ''}>Check</button>
      {error && <p role="alert">{error}</p>}
      {report && (
        <div className="check">
          <article className="marked" aria-label="the article with its claims marked">
            {text.split(/(?<=[.!?])\s+/).map((s, i) => {
              const v = [...claimed].find(([sentence]) => s.trim().length > 0 && sentence.includes(s.trim().slice(0, 60)))?.[1];
              return <span key={i} className={v ? `claim ${v}` : undefined}>{s} </span>;
            })}
          </article>
          <aside>
            <p>{report.claims.length} claims; article dated {report.article.date ?? `unknown (checked as of ${report.article.dateUsed})`}</p>
            {report.claims.map((c, i) => (
              <div key={i} className={`card ${c.verdict}`}>
                <p><b>{LABEL[c.verdict]}</b> · {c.kind}</p>
                <blockquote>{c.sentence}</blockquote>
                <p>{c.explanation}</p>
                {c.resolutions.slice(0, 3).map((r) => (
                  <p key={r.symbol}><Link to={resolutionPath(r.symbol)}>{r.symbol}</Link> {r.date}: {r.totals.yes}-{r.totals.no}-{r.totals.abstain}</p>
                ))}
              </div>
            ))}
            {report.context.map((x) => <p key={x.code} className="context">{x.summary}</p>)}
          </aside>
        </div>
      )}
    </>
  );
}
