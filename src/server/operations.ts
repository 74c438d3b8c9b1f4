import type { OperationId } from './responses.js';
import type { JsonSchema } from './responseSchemas.js';

/** The groups of operations in the document, and what each is about. */
export const TAGS = {
  store: 'The store the server reads: its datasets and provenance.',
  countries: 'States: their codes, names, votes and alignment.',
  resolutions: 'Resolutions of the General Assembly and the Security Council, and their roll calls.',
  alignment: 'How states agree: measures over periods, blocs, ideal points.',
  council: 'Security Council drafts not adopted, from the shipped veto list.',
  check: 'The article check: claims about UN votes against the record.',
} as const;

export type Tag = keyof typeof TAGS;

/** A status the API answers with its error shape (ApiError), and what it means for a client. */
export const ERROR_STATUSES = {
  400: 'A parameter or the body is not what the endpoint takes: the message names the parameter and what it must be (for a list, its values).',
  404: 'Nothing matches the country, symbol or path asked for, or the store holds no votes (or no fitted ideal points) yet.',
  413: 'The body is over the limit (the message says how large it may be).',
  415: 'The body is of a type the endpoint does not read.',
  500: 'An error in the server; the message never carries a stack.',
  503: 'The server cannot take the request now (every check worker busy, or the check over its time budget): try again later.',
} as const;

export type ErrorStatus = keyof typeof ERROR_STATUSES;

/** What the OpenAPI document says of one operation, besides its parameters and schemas. */
export interface Operation {
  summary: string;
  description: string;
  tags: Tag[];
  /** The error statuses this operation can answer. */
  errors: ErrorStatus[];
  /** Whether `?format=csv` answers the same rows as text/csv (the columns of the CLI's --csv). */
  csv?: boolean;
  /** A body the route reads itself, by media type: its schema, or the name of a type in responses.ts. */
  body?: Record<string, JsonSchema | string>;
}

const CSV = 'With `format=csv`, the same rows as CSV (the columns of the CLI\'s `--csv`).';

/**
 * Every /api/v1 operation, by operationId (the keys of ApiResponses, so an
 * operation without words here, or words without an operation, does not
 * compile). The words are the CLI's: each endpoint is one of its commands.
 */
export const OPERATIONS: Record<OperationId, Operation> = {
  info: {
    summary: 'What the store holds',
    description: 'The current dataset of each body with its provenance and anomalies, earlier imports, and the UN citation (`straddle info`).',
    tags: ['store'],
    errors: [500],
  },
  countries: {
    summary: 'Every state in the record',
    description: `Every entity that appears in the store's votes, with its codes (ISO, COW), UN names and recorded spans (\`straddle countries\`). ${CSV}`,
    tags: ['countries'],
    errors: [400, 404, 500],
    csv: true,
  },
  country: {
    summary: 'One state',
    description: 'A state by code, ISO code or name in any case (`pakistan`, `PK`, `PAK`): its codes, UN names, membership and recorded spans.',
    tags: ['countries'],
    errors: [400, 404, 500],
  },
  profile: {
    summary: "A state's alignment over time",
    description: 'Agreement with each anchor (`with`, default USA,CHN,RUS) by year in the General Assembly, how the state sided where the anchors split, its shifts, closest and most distant states, and its votes on vetoed Council drafts (`straddle profile`).',
    tags: ['countries', 'alignment'],
    errors: [400, 404, 500],
  },
  shifts: {
    summary: "Where a state's vote changed",
    description: 'General Assembly votes where the state voted otherwise than on the previous resolution of the same recurring text or emergency special session, newest first; `all` lists the unchanged ones too (`straddle shifts`).',
    tags: ['countries', 'alignment'],
    errors: [400, 404, 500],
  },
  resolutions: {
    summary: 'Search resolutions',
    description: `Resolutions whose title or symbol contains every word of \`q\`, newest first, one page (\`limit\`, \`offset\`) with the total that match. ${CSV}`,
    tags: ['resolutions'],
    errors: [400, 500],
    csv: true,
  },
  countryVotes: {
    summary: "A state's votes",
    description: `How the state voted on each resolution, newest first; in the Council (\`body=sc\`) with the drafts not adopted (\`straddle votes\`). ${CSV}`,
    tags: ['countries', 'resolutions'],
    errors: [400, 404, 500],
    csv: true,
  },
  resolution: {
    summary: 'One resolution, with every vote',
    description: `A resolution by symbol (\`A/RES/77/1\`, \`S/RES/2334 (2016)\`) with its totals and every member's vote; a Council draft not adopted is answered from the veto list (\`kind: "draft"\`) (\`straddle resolution\`). With \`format=csv\`, one row per member: code, name, vote.`,
    tags: ['resolutions'],
    errors: [400, 404, 500],
    csv: true,
  },
  vetoes: {
    summary: 'Council drafts not adopted',
    description: `The Security Council's drafts not adopted (vetoed, or short of the votes needed) from the shipped veto list, filtered by seat, years and topic, with counts by seat (\`straddle vetoes\`). ${CSV}`,
    tags: ['council'],
    errors: [400, 500],
    csv: true,
  },
  countryDrafts: {
    summary: 'How a state voted on vetoed drafts',
    description: 'For each permanent member that vetoed Council drafts on which the state voted, whether it sided with the veto, with the majority, or abstained.',
    tags: ['countries', 'council'],
    errors: [400, 404, 500],
  },
  similar: {
    summary: 'Resolutions like this one',
    description: 'Resolutions like this one: those of its thread first, then those of its emergency special session, then the rest by likeness of title and subjects (`straddle similar`).',
    tags: ['resolutions', 'alignment'],
    errors: [400, 404, 500],
  },
  agreement: {
    summary: 'Agreement of two states by period',
    description: `Every measure of agreement between \`a\` and \`b\` (coincidence, votes only, agree, S, kappa, pi) per year, session or over the whole span, with the counts they rest on (\`straddle agreement\`). ${CSV}`,
    tags: ['alignment'],
    errors: [400, 404, 500],
    csv: true,
  },
  align: {
    summary: "Every member's agreement with anchors",
    description: `Each member's score on \`metric\` with each anchor (\`with\`, default USA,CHN,RUS) over a year or span, and the base of each score (\`straddle align\`). ${CSV}`,
    tags: ['alignment'],
    errors: [400, 404, 500],
    csv: true,
  },
  blocs: {
    summary: 'Voting blocs of a year',
    description: 'The General Assembly members of a year clustered into `k` blocs by their agreement, with a two-axis layout of the distances (`straddle blocs`).',
    tags: ['alignment'],
    errors: [400, 404, 500],
  },
  ideal: {
    summary: 'Ideal points',
    description: `Each state's estimated position on one dimension per year, with its interval, from the fit stored by \`straddle ideal --fit\` (404 until there is one). ${CSV}`,
    tags: ['alignment'],
    errors: [400, 404, 500],
    csv: true,
  },
  check: {
    summary: 'Check an article',
    description: "The claims an article makes about UN votes, each with a verdict against the record (`straddle check`). The body is the article as text/plain or text/html, or JSON `{ \"text\": \"…\" }`; the server never fetches a URL. `date` (YYYY-MM-DD) is the article's date; without it, the date is found in the text.",
    tags: ['check'],
    errors: [400, 404, 413, 415, 500, 503],
    body: {
      'text/plain': { type: 'string', description: "The article's text." },
      'text/html': { type: 'string', description: 'The article as a web page; its main text is read out.' },
      'application/json': 'CheckText',
    },
  },
};
