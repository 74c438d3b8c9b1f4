import type { DateWindow } from './match.js';

/**
 * The years an undated article can be of, from the officeholders it names
 * ("the Biden administration", "Ambassador Nikki Haley", "Secretary-General
 * Ban Ki-moon"): a report names those in office as such, and those out of
 * office as "former". Terms from the offices' own records (the US Office of
 * the Historian for presidents and UN ambassadors; the UN for its
 * Secretaries-General and permanent representatives), each padded a month
 * past its end for reports written just after.
 */
interface Office {
  name: RegExp;
  terms: [string, string][];
}

const NOW = '2100-01-01';
const OFFICES: Office[] = [
  // US presidents; a bare "Bush" could be either, and is left out.
  { name: /\b(?:President|Mr\.?) (?:Harry (?:S\. )?)?Truman\b|\bTruman administration\b/, terms: [['1945-04-12', '1953-01-20']] },
  { name: /\bEisenhower\b/, terms: [['1953-01-20', '1961-01-20']] },
  { name: /\b(?:President|Mr\.?) (?:John F\. )?Kennedy\b|\bKennedy administration\b/, terms: [['1961-01-20', '1963-11-22']] },
  { name: /\bNixon\b/, terms: [['1969-01-20', '1974-08-09']] },
  { name: /\b(?:President|Mr\.?) (?:Jimmy )?Carter\b|\bCarter administration\b/, terms: [['1977-01-20', '1981-01-20']] },
  { name: /\bReagan\b/, terms: [['1981-01-20', '1989-01-20']] },
  { name: /\b(?:Bill )?Clinton administration\b|\bPresident (?:Bill )?Clinton\b/, terms: [['1993-01-20', '2001-01-20']] },
  // The two Bushes apart only by the middle initial; "the Bush administration" is either, and the terms then tell.
  { name: /\bGeorge (?:H\. ?W\.|Herbert Walker) Bush\b/, terms: [['1989-01-20', '1993-01-20']] },
  { name: /\bGeorge W\. Bush\b|\bPresident W\. Bush\b/, terms: [['2001-01-20', '2009-01-20']] },
  { name: /\bBush administration\b/, terms: [['1989-01-20', '1993-01-20'], ['2001-01-20', '2009-01-20']] },
  // A president named bare ("pressure from Trump", written by a president-elect's critics) may not be in office:
  // only "President Obama", "the Biden administration", "Trump's White House".
  { name: /\bPresident (?:Barack )?Obama\b|\bObama administration\b/, terms: [['2009-01-20', '2017-01-20']] },
  { name: /\bPresident (?:Donald (?:J\. )?)?Trump\b|\bTrump administration\b|\bTrump['’]s White House\b/, terms: [['2017-01-20', '2021-01-20'], ['2025-01-20', NOW]] },
  { name: /\bPresident (?:Joe )?Biden\b|\bBiden administration\b|\bBiden['’]s White House\b/, terms: [['2021-01-20', '2025-01-20']] },
  // Secretaries-General.
  { name: /\bKofi Annan\b/, terms: [['1997-01-01', '2006-12-31']] },
  { name: /\bBan Ki-moon\b|\bBan Ki Moon\b/, terms: [['2007-01-01', '2016-12-31']] },
  { name: /\bGuterres\b/, terms: [['2017-01-01', NOW]] },
  { name: /\bBoutros(?:-| )Ghali\b/, terms: [['1992-01-01', '1996-12-31']] },
  { name: /\bP[ée]rez de Cu[ée]llar\b/, terms: [['1982-01-01', '1991-12-31']] },
  // US ambassadors to the UN.
  { name: /\bSamantha Power\b|\bAmbassador Power\b/, terms: [['2013-08-05', '2017-01-20']] },
  { name: /\bNikki Haley\b|\bAmbassador Haley\b/, terms: [['2017-01-27', '2018-12-31']] },
  { name: /\bKelly Craft\b/, terms: [['2019-09-12', '2021-01-20']] },
  { name: /\bThomas-Greenfield\b/, terms: [['2021-02-25', '2025-01-20']] },
  { name: /\bSusan Rice\b/, terms: [['2009-01-26', '2013-06-30']] },
  { name: /\bJohn Bolton\b|\bAmbassador Bolton\b/, terms: [['2005-08-02', '2006-12-09']] },
  { name: /\bKhalilzad\b/, terms: [['2007-04-17', '2009-01-22']] },
  { name: /\bNegroponte\b/, terms: [['2001-09-19', '2004-06-23']] },
  { name: /\bMadeleine Albright\b|\bAmbassador Albright\b/, terms: [['1993-02-01', '1997-01-21']] },
  { name: /\bJeane Kirkpatrick\b|\bAmbassador Kirkpatrick\b/, terms: [['1981-02-04', '1985-04-01']] },
  // Russia's and China's permanent representatives.
  { name: /\bChurkin\b/, terms: [['2006-04-08', '2017-02-20']] },
  { name: /\bNebenzia\b|\bNebenzya\b/, terms: [['2017-07-27', NOW]] },
  { name: /\bZhang Jun\b/, terms: [['2019-07-29', '2023-12-31']] },
  { name: /\bFu Cong\b/, terms: [['2024-02-01', NOW]] },
  { name: /\bWang Guangya\b/, terms: [['2003-09-01', '2008-08-31']] },
  { name: /\bLi Baodong\b/, terms: [['2010-03-01', '2013-07-31']] },
  { name: /\bLiu Jieyi\b/, terms: [['2013-08-01', '2017-07-31']] },
  // Heads of government the news of UN votes names often.
  { name: /\bZelensk[yi]y?\b/, terms: [['2019-05-20', NOW]] },
  { name: /\bBolsonaro\b/, terms: [['2019-01-01', '2022-12-31']] },
  { name: /\bMilei\b/, terms: [['2023-12-10', NOW]] },
  { name: /\bModi\b/, terms: [['2014-05-26', NOW]] },
  { name: /\bImran Khan\b/, terms: [['2018-08-18', '2022-04-10']] },
];

// "former President Trump", "the late Kofi Annan", "then-Ambassador Haley": not in office when written.
const FORMER = /\b(?:former|ex-|late|then-?|previous|predecessor)\s+(?:[\w.-]+\s+){0,3}$/i;
const DAY = 86_400_000;
const pad = (iso: string) => (iso === NOW ? NOW : new Date(Date.parse(iso) + 31 * DAY).toISOString().slice(0, 10));

/**
 * The span an undated article falls in, from the officeholders it names in office (the intersection of
 * their terms) and those it names as former (after their terms began); null when it names none, or when
 * they disagree (an article may name a president of another time).
 *
 * @example eraOf('The Biden administration voted against the resolution.') // → { from: '2021-01-20', to: '2025-02-20' }
 */
export function eraOf(text: string): DateWindow | null {
  let spans: DateWindow[] | null = null;
  let after = '';
  for (const o of OFFICES) {
    const hits = [...text.matchAll(new RegExp(o.name.source, 'g'))];
    if (hits.length === 0) continue;
    const current = hits.some((h) => !FORMER.test(text.slice(Math.max(0, h.index - 40), h.index)));
    if (!current) {
      // Written after the (first) term ended.
      const end = o.terms[0]![1];
      if (end !== NOW && end > after) after = end;
      continue;
    }
    const terms = o.terms.map(([from, to]) => ({ from, to: pad(to) }));
    spans = spans === null ? terms : spans.flatMap((s) => terms.map((t) => ({ from: s.from > t.from ? s.from : t.from, to: s.to < t.to ? s.to : t.to }))).filter((s) => s.from <= s.to);
    if (spans.length === 0) return null;
  }
  if (spans === null) return after ? { from: after, to: NOW } : null;
  const kept = spans.filter((s) => s.to >= after);
  // Two terms apart (Trump's): the article's other words must tell; no one span to give.
  return kept.length === 1 ? { from: kept[0]!.from > after ? kept[0]!.from : after, to: kept[0]!.to } : null;
}
