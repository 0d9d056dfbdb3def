/**
 * Prints each catalogue's coverage per language (keys translated / keys needed) and review
 * status. Run with `pnpm i18n:coverage` (through i18n-coverage.mjs, which brings the TypeScript
 * loader). A part of the kit joins by adding its module to SOURCES: a module that exports
 * `catalogues(): Promise<CatalogueSource[]>` (see packages/widgets/src/translations.ts).
 * `--strict` exits 1 when any language is below 100 %.
 */
import { catalogueCoverage, type CatalogueSource, type LanguageCoverage } from '../../packages/text/src/catalogues.ts';

/** Modules whose catalogues are reported, relative to this file. */
const SOURCES = ['../../packages/widgets/src/translations.ts'];

const strict = process.argv.includes('--strict');
let incomplete = 0;
const totals = new Map<string, { translated: number; total: number; review: LanguageCoverage['review'] }>();

const status = (review: LanguageCoverage['review']) =>
  review.status === 'reviewed' ? `reviewed by ${review.organisation}, ${review.date}` : 'machine translation, not reviewed';

for (const path of SOURCES) {
  const { catalogues } = (await import(path)) as { catalogues: () => Promise<CatalogueSource[]> };
  for (const source of await catalogues()) {
    console.log(`\n${source.name} (${Object.keys(source.english).length} English keys; English is the source)`);
    for (const row of catalogueCoverage(source)) {
      const percent = Math.floor((row.translated / row.total) * 100);
      if (row.translated < row.total) incomplete += 1;
      const sum = totals.get(row.language) ?? { translated: 0, total: 0, review: row.review };
      totals.set(row.language, { ...sum, translated: sum.translated + row.translated, total: sum.total + row.total });
      console.log(`  ${row.language}  ${String(row.translated).padStart(4)} / ${String(row.total).padEnd(4)} ${String(percent).padStart(3)} %  ${status(row.review)}`);
    }
  }
}
console.log('\nAll catalogues');
for (const [language, sum] of [...totals].sort()) {
  console.log(`  ${language}  ${String(sum.translated).padStart(4)} / ${String(sum.total).padEnd(4)} ${String(Math.floor((sum.translated / sum.total) * 100)).padStart(3)} %  ${status(sum.review)}`);
}
console.log(incomplete ? `\n${incomplete} catalogue languages are incomplete.` : '\nEvery catalogue is complete in every language.');
if (strict && incomplete) process.exitCode = 1;
