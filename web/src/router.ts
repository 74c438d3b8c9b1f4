import { useEffect, useState } from 'react';

/** The view's state lives in the URL: path and query, so every view can be shared. */
export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(window.location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(window.location.href));
    window.addEventListener('popstate', update);
    window.addEventListener('straddle:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('straddle:navigate', update);
    };
  }, []);
  return url;
}

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event('straddle:navigate'));
  if (!replace) window.scrollTo(0, 0);
}

/** Sets query parameters of the current view without a new history entry. */
export function setParams(params: Record<string, string | undefined>): void {
  const url = new URL(window.location.href);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === '') url.searchParams.delete(k);
    else url.searchParams.set(k, v);
  }
  navigate(`${url.pathname}${url.search}`, true);
}
