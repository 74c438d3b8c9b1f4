/**
 * The dashboard's client for /api/v1. The shapes are the server's own types
 * (imported from the views the CLI and the API share), so both sides agree.
 */
import type { PairAgreement } from '../../src/analysis/agreement.js';
import type { IdealPoint } from '../../src/analysis/idealPoints.js';
import type { Shift } from '../../src/analysis/shifts.js';
import type { CheckReport } from '../../src/claims/check.js';
import type { ResolutionSummary } from '../../src/store/search.js';
import type { AlignView, ProfileView, SimilarView } from '../../src/views/alignment.js';
import type { CountryView } from '../../src/views/countries.js';
import type { InfoView } from '../../src/views/info.js';
import type { CountryVote } from '../../src/views/votes.js';
import type { ResolutionView } from '../../src/views/resolution.js';
import type { DraftView, VetoesView } from '../../src/views/drafts.js';

export type { DraftView, VetoesView };
export type { AlignView, CheckReport, CountryVote, CountryView, IdealPoint, InfoView, PairAgreement, ProfileView, ResolutionSummary, ResolutionView, Shift, SimilarView };

export class ApiError extends Error {}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`/api/v1${path}`);
  const body = await res.json();
  if (!res.ok) throw new ApiError(body?.error?.message ?? `${res.status}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  info: () => get<InfoView>('/info'),
  /** What the API's forgiving lookup says of a query that names no one state ("did you mean …", "could mean …"); null when it names one. */
  countryHint: async (q: string): Promise<string | null> => {
    const res = await fetch(`/api/v1/countries/${encodeURIComponent(q)}`);
    if (res.ok) return null;
    const body = await res.json().catch(() => null);
    return (body?.error?.message as string | undefined) ?? null;
  },
  countries: () => get<{ countries: CountryView[] }>('/countries').then((r) => r.countries),
  profile: (code: string) => get<ProfileView>(`/countries/${enc(code)}/profile`),
  shifts: (code: string) => get<Shift[]>(`/countries/${enc(code)}/shifts`),
  votes: (code: string, limit = 20) => get<{ code: string; name: string; votes: CountryVote[] }>(`/countries/${enc(code)}/votes?limit=${limit}`),
  resolutions: (q: string, limit = 10) => get<{ total: number; items: ResolutionSummary[] }>(`/resolutions?q=${enc(q)}&limit=${limit}`),
  resolution: (symbol: string) => get<ResolutionView | DraftView>(`/resolutions/${enc(symbol)}`),
  vetoes: (q: { by?: string; topic?: string; from?: string; to?: string }) =>
    get<VetoesView>(`/vetoes?${new URLSearchParams(Object.entries(q).filter(([, v]) => v)).toString()}`),
  similar: (symbol: string) => get<SimilarView[]>(`/resolutions/${enc(symbol)}/similar?limit=10`),
  agreement: (a: string, b: string) => get<PairAgreement[]>(`/agreement?a=${enc(a)}&b=${enc(b)}&by=year`),
  align: (year: number) => get<AlignView>(`/align?year=${year}`),
  ideal: (codes: string[]) => get<IdealPoint[]>(`/ideal?countries=${enc(codes.join(','))}`),
  check: async (text: string): Promise<CheckReport> => {
    const res = await fetch('/api/v1/check', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    const body = await res.json();
    if (!res.ok) throw new ApiError(body?.error?.message ?? `${res.status}`);
    return body as CheckReport;
  },
};
