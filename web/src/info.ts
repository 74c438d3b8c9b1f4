import { type InfoView, api } from './api.js';

let pending: Promise<InfoView> | undefined;

/** What the server holds (/api/v1/info), asked for once: the footer and every download's source credit use it. */
export function datasetInfo(): Promise<InfoView> {
  pending ??= api.info().catch((e: unknown) => {
    pending = undefined;
    throw e;
  });
  return pending;
}

/** The credit every downloaded chart carries, with the version of the dataset it was drawn from. */
export async function sourceCredit(body: 'ga' | 'sc' = 'ga'): Promise<string> {
  const base = 'Source: UN Digital Library voting data, via Straddle';
  try {
    const d = (await datasetInfo()).datasets.find((x) => x.body === body);
    return d ? `${base} (${body === 'ga' ? 'General Assembly' : 'Security Council'} dataset ${d.version})` : base;
  } catch {
    return base;
  }
}
