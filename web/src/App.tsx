import { api } from './api.js';
import { datasetInfo } from './info.js';
import { Link } from './components/Link.js';
import { CheckPage } from './pages/CheckPage.js';
import { ComparePage } from './pages/ComparePage.js';
import { CountryPage } from './pages/CountryPage.js';
import { HomePage } from './pages/HomePage.js';
import { ResolutionPage } from './pages/ResolutionPage.js';
import { VetoesPage } from './pages/VetoesPage.js';
import { useLocation } from './router.js';
import { useData } from './useData.js';

export function App() {
  const url = useLocation();
  const countries = useData(() => api.countries(), 'countries');
  const info = useData(() => datasetInfo(), 'info');
  const [, page, arg] = url.pathname.split('/');
  const list = countries.data ?? [];
  let view;
  if (page === 'country' && arg) view = <CountryPage code={decodeURIComponent(arg)} />;
  else if (page === 'resolution' && arg) view = <ResolutionPage symbol={decodeURIComponent(arg)} countries={list} />;
  else if (page === 'compare') view = <ComparePage countries={list} />;
  else if (page === 'check') view = <CheckPage />;
  else if (page === 'vetoes') view = <VetoesPage params={url.searchParams} />;
  else view = <HomePage countries={list} />;
  return (
    <>
      <header>
        <nav aria-label="main">
          <Link to="/">Straddle</Link> <Link to="/compare">Compare</Link> <Link to="/vetoes">Vetoes</Link> <Link to="/check">Check an article</Link>
        </nav>
      </header>
      <main>{view}</main>
      <footer>
        <p>
          Data: United Nations Dag Hammarskjöld Library, General Assembly Voting Data and Security Council Voting Data, United
          Nations, <a href="https://digitallibrary.un.org/record/4060887">record 4060887</a> and{' '}
          <a href="https://digitallibrary.un.org/record/4055387">record 4055387</a>. Copyright, United Nations; non-commercial use,
          with attribution. Vetoes and drafts not adopted: the Library's Security Council veto list and UN meetings coverage.{' '}
          <span data-testid="dataset">{info.data?.datasets.map((d) => `${d.body.toUpperCase()} dataset ${d.version}`).join(', ')}</span>
        </p>
      </footer>
    </>
  );
}
