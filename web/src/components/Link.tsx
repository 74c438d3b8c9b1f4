import type { ReactNode } from 'react';
import { navigate } from '../router.js';

/** An in-app link: a real href (shareable, opens in a new tab) that navigates without a reload. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

export const resolutionPath = (symbol: string) => `/resolution/${encodeURIComponent(symbol)}`;
export const countryPath = (code: string) => `/country/${code}`;
