/**
 * The dataset version a file name carries. The UN Digital Library names its
 * releases by date (`2026_02_06_ga_voting.csv`); other names keep their stem
 * so that provenance still says which file it was.
 *
 * @example datasetVersion('2026_02_06_ga_voting.csv.gz') // → '2026-02-06'
 * @example datasetVersion('ga_voting_assembled.csv.gz')  // → 'ga_voting_assembled'
 */
export function datasetVersion(fileName: string): string {
  const m = /(\d{4})[-_](\d{2})[-_](\d{2})/.exec(fileName);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return fileName.replace(/^.*[\\/]/, '').replace(/\.gz$/i, '').replace(/\.csv$/i, '');
}
