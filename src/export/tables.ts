import { measures } from '../analysis/measures.js';
import type { Workspace } from '../analysis/workspace.js';
import { table as contingency } from '../analysis/voteBits.js';
import type { IdealPoint } from '../analysis/idealPoints.js';
import { cowCode, cowSpells } from '../countries/cow.js';
import type { Registry } from '../countries/registry.js';
import { NOT_MEMBER, type VoteMatrix } from '../matrix/voteMatrix.js';
import type { ResolutionRow } from '../store/lookup.js';
import type { Db } from '../store/store.js';
import { totalsOf } from '../store/where.js';
import { type Body, tally } from '../vote.js';
import type { CountryView } from '../views/countries.js';
import { type Grid, type Table, tableOf } from './table.js';

/** The tables `straddle export` writes. */
export const TABLES = ['votes', 'resolutions', 'countries', 'agreement', 'ideal'] as const;
export type TableName = (typeof TABLES)[number];

/**
 * One row per member per recorded vote, codes as the UN file gives them (the
 * USSR is SUN until 1991-12-24): the long table of unvotes' `un_votes`,
 * kept as a grid of resolutions by state spells (a seat whose COW code
 * changed, Germany's and China's, is two spells).
 *
 * @example expandGrid(votesGrid([loadMatrix(db, 'ga')], registry)).rows // → 944,204 on the assembled GA file
 */
export function votesGrid(matrices: VoteMatrix[], registry: Registry): Grid {
  const grid: Grid = {
    name: 'votes',
    columns: [
      { name: 'symbol', type: 'string', from: 'row', description: 'UN symbol of the resolution, e.g. A/RES/ES-11/6' },
      { name: 'date', type: 'date', from: 'row', description: 'Date of the vote (YYYY-MM-DD)' },
      { name: 'session', type: 'string', from: 'row', description: 'GA session (77, ES-11); null for the Council' },
      { name: 'body', type: 'string', from: 'row', description: 'ga (General Assembly) or sc (Security Council)' },
      { name: 'code', type: 'string', from: 'col', description: 'State code as the UN file gives it (ISO 3166-1 alpha-3; 3166-3 for dissolved states)' },
      { name: 'iso2', type: 'string', from: 'col', description: 'ISO 3166-1 alpha-2 (3166-3 for dissolved states); null where none exists' },
      { name: 'iso_numeric', type: 'string', from: 'col', description: 'ISO 3166-1 numeric, three digits' },
      { name: 'cow', type: 'int', from: 'col', description: 'Correlates of War state code on the date of the vote' },
      { name: 'vote', type: 'string', from: 'cell', description: 'Y yes, N no, A abstain, X in the record but not voting' },
    ],
    parts: [],
    rows: 0,
  };
  for (const m of matrices) {
    const width = m.codes.length;
    const spells = m.codes.flatMap((code, c) => {
      const e = registry.get(code) ?? registry.unknown(code);
      const list = cowSpells(code);
      return (list.length > 0 ? list : [{ from: null, to: null, cow: null }]).map((s) => ({ c, e, ...s }));
    });
    const cells: string[] = [];
    for (let r = 0; r < m.resolutions.length; r++) {
      const date = m.resolutions[r]!.date;
      let line = '';
      for (const s of spells) {
        const cell = m.cells[r * width + s.c]!;
        const inSpell = (s.from === null || date >= s.from) && (s.to === null || date < s.to);
        if (cell === NOT_MEMBER || !inSpell) line += ' ';
        else {
          line += String.fromCharCode(cell);
          grid.rows++;
        }
      }
      cells.push(line);
    }
    grid.parts.push({
      rowValues: {
        symbol: m.resolutions.map((x) => x.symbol),
        date: m.resolutions.map((x) => x.date),
        session: m.resolutions.map((x) => x.session),
        body: m.resolutions.map(() => m.body),
      },
      colValues: {
        code: spells.map((s) => s.e.code),
        iso2: spells.map((s) => s.e.iso2),
        iso_numeric: spells.map((s) => s.e.isoNumeric),
        cow: spells.map((s) => s.cow?.code ?? null),
      },
      cells,
    });
  }
  return grid;
}

// The stored row (store/lookup.ts), with its dataset's version and Voeten's join.
type ResolutionRecord = Omit<ResolutionRow, 'id' | 'dataset_id' | 'modality' | 'members' | 'notes'> & {
  version: string;
  rcid: number | null;
  important: number | null;
  issues: string | null;
};

const orNull = (s: string) => (s === '' ? null : s);

/** One row per recorded vote with its metadata, the totals the UN states and the counted votes. */
export function resolutionsTable(db: Db, body: Body | undefined): Table {
  const t = tableOf('resolutions', [
    ['symbol', 'string', 'UN symbol'],
    ['body', 'string', 'ga or sc'],
    ['date', 'date', 'Date of the vote'],
    ['year', 'int', 'Calendar year of the vote'],
    ['session', 'string', 'GA session, null for the Council'],
    ['title', 'string', 'Title as the UN Digital Library gives it'],
    ['draft', 'string', 'Draft symbol (A/77/L.57, S/2016/1092) where the record has it'],
    ['committee_report', 'string', 'Main Committee report the draft came from (GA)'],
    ['meeting', 'string', 'Meeting record (A/77/PV.45, S/PV.7853)'],
    ['agenda', 'string', 'Agenda item'],
    ['subjects', 'string', 'UN subject headings'],
    ['yes', 'int', 'Votes in favour as the UN states them'],
    ['no', 'int', 'Votes against as stated'],
    ['abstain', 'int', 'Abstentions as stated'],
    ['non_voting', 'int', 'Members not voting as stated'],
    ['members', 'int', 'Members at the time of the vote as stated'],
    ['counted_yes', 'int', 'Yes votes counted in the member rows (differs from yes where the record is inconsistent)'],
    ['counted_no', 'int', 'No votes counted'],
    ['counted_abstain', 'int', 'Abstentions counted'],
    ['counted_non_voting', 'int', 'Non-voting members counted'],
    ['undl_id', 'string', 'UN Digital Library record number'],
    ['link', 'string', 'UN Digital Library record'],
    ['dataset_version', 'string', 'Version of the UN dataset the row comes from'],
    ['voeten_rcid', 'int', "Erik Voeten's roll-call id (unvotes rcid), where his files are imported and the symbol joins"],
    ['issues', 'string', "Voeten's issue codes, comma-separated: me Palestinian conflict, nu nuclear, di arms control, hr human rights, co colonialism, ec economic development; null where not joined"],
    ['important', 'bool', 'A US State Department "important vote" (Voeten), null where not joined'],
  ]);
  const rows = db
    .prepare(
      `SELECT r.body, r.undl_id, r.symbol, r.date, r.session, r.title, r.draft, r.committee_report, r.meeting, r.agenda,
        r.subjects, r.link, r.total_yes, r.total_no, r.total_abstain, r.total_non_voting, r.total_members, r.votes,
        d.version, v.rcid, v.important, v.issues FROM resolutions r JOIN datasets d ON d.id = r.dataset_id
       LEFT JOIN (
         SELECT c.key, min(c.rcid) AS rcid, max(c.important) AS important,
           (SELECT group_concat(code, ',') FROM (SELECT DISTINCT i.code FROM voeten_issues i JOIN voeten_roll_calls c2 ON c2.rcid = i.rcid
             WHERE c2.key = c.key AND c2.part = 0 ORDER BY i.code)) AS issues
         FROM voeten_roll_calls c WHERE c.part = 0 GROUP BY c.key
       ) v ON v.key = r.key AND r.body = 'ga'
       ${body ? 'WHERE r.body = ?' : ''} ORDER BY r.body, r.date, r.symbol`,
    )
    .all(...(body ? [body] : [])) as ResolutionRecord[];
  for (const r of rows) {
    const counted = tally(r.votes);
    const stated = totalsOf(r, counted);
    t.add(
      r.symbol, r.body, r.date, Number(r.date.slice(0, 4)), r.session, r.title, orNull(r.draft), orNull(r.committee_report),
      orNull(r.meeting), orNull(r.agenda), orNull(r.subjects), stated.yes, stated.no, stated.abstain, stated.nonVoting,
      r.total_members ?? r.votes.length, counted.yes, counted.no, counted.abstain, counted.nonVoting, r.undl_id, r.link, r.version,
      r.rcid, r.rcid === null ? null : (r.issues ?? ''), r.rcid === null ? null : r.important === 1,
    );
  }
  return t.table();
}

/** One row per state in the record: codes to join on (ISO, COW), regional group, spans and continuity. */
export function countriesTable(list: CountryView[], registry: Registry): Table {
  const t = tableOf('countries', [
    ['code', 'string', 'State code as the UN files give it'],
    ['name', 'string', 'Latest UN name in the record'],
    ['short_name', 'string', 'Common English name'],
    ['iso2', 'string', 'ISO 3166-1 alpha-2'],
    ['iso_numeric', 'string', 'ISO 3166-1 numeric'],
    ['cow', 'int', "Correlates of War code (today's; Germany 260 and China 713 before 1990-10-03 and 1971-10-25)"],
    ['cow_abbrev', 'string', 'Correlates of War abbreviation'],
    ['regional_group', 'string', 'UN regional group'],
    ['historical', 'bool', 'True for a state that no longer exists'],
    ['continues', 'string', 'Code of the state whose seat this one continues (RUS continues SUN)'],
    ['ga_first', 'date', 'First recorded GA vote'],
    ['ga_last', 'date', 'Last recorded GA vote'],
    ['sc_first', 'date', 'First recorded Council vote'],
    ['sc_last', 'date', 'Last recorded Council vote'],
    ['member_from', 'date', 'UN membership start, for dissolved states'],
    ['member_to', 'date', 'UN membership end, for dissolved states'],
  ]);
  for (const c of list) {
    const cow = registry.get(c.code)?.cow ?? null;
    t.add(
      c.code, c.name, c.shortName, c.iso2, c.isoNumeric, cow?.code ?? null, cow?.abbrev ?? null, c.regionalGroup, c.historical,
      c.continues, c.ga?.first ?? null, c.ga?.last ?? null, c.sc?.first ?? null, c.sc?.last ?? null,
      c.membership?.from ?? null, c.membership?.to ?? null,
    );
  }
  return t.table();
}

/**
 * Every pair of states by year with all six measures and their counts. One
 * row per unordered pair (a before b); the two measures whose base depends
 * on who is first (coincidence and its n, absences) are given both ways.
 * Seats are followed as in the CLI: Russia's rows carry the USSR's votes.
 */
export function agreementTable(ws: Workspace): Table {
  const t = tableOf('agreement', [
    ['year', 'int', 'Calendar year'],
    ['a', 'string', 'First state (codes in alphabetical order)'],
    ['b', 'string', 'Second state'],
    ['n_ab', 'int', 'Votes where a voted and both were members (base of coincidence_ab)'],
    ['coincidence_ab', 'double', "State Department coincidence from a's votes: (same + partial/2 + absent/2) / n_ab"],
    ['n_ba', 'int', 'Votes where b voted and both were members'],
    ['coincidence_ba', 'double', "Coincidence from b's votes"],
    ['absent_ab', 'int', 'a voted, b did not'],
    ['absent_ba', 'int', 'b voted, a did not'],
    ['same', 'int', 'Both cast the same vote'],
    ['opposite', 'int', 'One yes, one no'],
    ['partial', 'int', 'One abstained, the other voted yes or no'],
    ['n_voted', 'int', 'Both voted yes, no or abstain (base of agree, s, kappa, pi)'],
    ['n_yes_no', 'int', 'Both voted yes or no (base of votes_only)'],
    ['votes_only', 'double', 'same / (same + opposite), yes and no votes only'],
    ['agree', 'double', "Voeten's agreement"],
    ['s', 'double', 'Signorino and Ritter S, linear'],
    ['kappa', 'double', "Cohen's kappa, linear weights (Häge 2011)"],
    ['pi', 'double', "Scott's pi, linear weights (Häge 2011)"],
  ]);
  const vb = ws.bits();
  const codes = ws.matrix.codes;
  const order = codes.map((_, i) => i).sort((p, q) => (codes[p]! < codes[q]! ? -1 : 1));
  const buf = new Uint32Array(16);
  const years = [...ws.years()].sort((p, q) => p[0] - q[0]);
  for (const [year, rows] of years) {
    // Only states with a cell in the year: the rest have an empty table with every pair.
    const present = order.filter((c) => {
      for (let r = rows.lo * 32; r < Math.min(rows.hi * 32, ws.matrix.resolutions.length); r++) {
        if ((rows.words[r >>> 5]! >>> (r & 31)) & 1 && ws.matrix.cells[r * codes.length + c] !== NOT_MEMBER) return true;
      }
      return false;
    });
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i]!;
        const b = present[j]!;
        const ab = measures(contingency(vb, a, b, rows, buf));
        const ba = measures(contingency(vb, b, a, rows, buf));
        if (ab.n === 0 && ba.n === 0) continue;
        t.add(
          year, codes[a]!, codes[b]!, ab.n, ab.coincidence, ba.n, ba.coincidence, ab.absent, ba.absent, ab.same, ab.opposite,
          ab.partial, ab.nVoted, ab.nYesNo, ab.votesOnly, ab.agree, ab.s, ab.kappa, ab.pi,
        );
      }
    }
  }
  return t.table();
}

/** Ideal points by state and year with their 95% intervals (see docs/METHODS.md). */
export function idealTable(points: IdealPoint[], registry: Registry): Table {
  const t = tableOf('ideal', [
    ['code', 'string', 'State code'],
    ['cow', 'int', 'Correlates of War code'],
    ['year', 'int', 'Calendar year'],
    ['ideal_point', 'double', 'Dynamic ideal point, oriented so that the United States is positive (docs/METHODS.md)'],
    ['lower', 'double', 'Lower end of the 95% interval'],
    ['upper', 'double', 'Upper end of the 95% interval'],
    ['n', 'int', 'Votes cast that year (yes, no or abstain)'],
  ]);
  for (const p of points) {
    const cow = p.code === 'DEU' || p.code === 'CHN' ? cowCode(p.code, `${p.year}-12-31`) : registry.get(p.code)?.cow;
    t.add(p.code, cow?.code ?? null, p.year, p.idealPoint, p.lower, p.upper, p.n);
  }
  return t.table();
}
