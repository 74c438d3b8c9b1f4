import { useEffect, useState } from 'react';

/**
 * Loads data for a view; reloads when the key changes. With `keep`, what was
 * loaded stays shown until the next has come (a chart does not blink while
 * its year slider moves).
 */
export function useData<T>(load: () => Promise<T>, key: string, keep = false): { data?: T; error?: string; loading: boolean } {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    let live = true;
    setState((s) => (keep && s.data !== undefined ? { data: s.data, loading: true } : { loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (e: Error) => live && setState({ error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
