/**
 * Subjects as the news names them, and the words UN titles use for them.
 * Titles rarely say "Gaza" or "ceasefire" ("Protection of civilians and
 * upholding legal and humanitarian obligations", A/RES/ES-10/21), so a
 * sentence's topic words are widened with the words of the records.
 */
const TOPICS: [RegExp, string][] = [
  [/\bGaza\b|\bHamas\b|\bPalestin\w*|\bWest Bank\b|\bIsrael\w*\b/i, 'protection of civilians humanitarian obligations occupied palestinian territory east jerusalem'],
  [/\bceasefire\b|\bcease-fire\b|\btruce\b/i, 'protection of civilians humanitarian obligations'],
  [/\binvasion\b|\binvaded\b|\bwar in Ukraine\b|\bRussia's war\b/i, 'aggression against ukraine'],
  [/\bCrimea\b|\bSevastopol\b/i, 'territorial integrity of ukraine crimea sevastopol'],
  [/\bannex\w*\b/i, 'territorial integrity of ukraine'],
  [/\bHuman Rights Council\b/i, 'human rights council membership'],
  [/\breparations?\b/i, 'remedy and reparation'],
  [/\bnuclear\b/i, 'nuclear weapons disarmament'],
  // The Cuba embargo's words; an arms embargo (South Sudan, Libya) is the Council's, and its titles say "sanctions".
  [/\bembargo\b(?=[^]*\bCuba)|\bCuba\w*\b(?=[^]*\bembargo\b)/i, 'economic commercial and financial embargo'],
  [/\barms embargo\b/i, 'sanctions arms embargo'],
  // Names the news gives votes that their titles do not carry.
  [/\bGoldstone\b/i, 'fact-finding mission on the gaza conflict'],
  [/\bdeath penalty\b|\bexecutions?\b|\bcapital punishment\b/i, 'moratorium on the use of the death penalty'],
  [/\b(?:full|UN|United Nations) membership\b|\bmember state of the United Nations\b|\badmission\b|\badmit\w*\b/i, 'admission of new members'],
  [/\bUNRWA\b|\bPalestin\w* refugees\b/i, 'relief and works agency for palestine refugees in the near east'],
  [/\bRohingya\b/i, 'situation of human rights in myanmar rohingya muslims'],
  [/\bSoviet (?:invasion|intervention|troops)\b.*\bAfghanistan\b|\bAfghanistan\b.*\bSoviet\b/i, 'the situation in afghanistan and its implications for international peace and security'],
];

/** The sentence with the record's words for the subjects it names added. */
export function widenTopics(text: string): string {
  const extra = TOPICS.filter(([re]) => re.test(text)).map(([, words]) => words);
  return extra.length === 0 ? text : `${text} ${extra.join(' ')}`;
}
