/**
 * `npm run check`: validates all of data/ and prints every problem, one per line, as
 * `path/to/file.yaml:LINE:COL  field.path  message`; then checks the message catalogues
 * (`i18n LANG KEY: problem`); exits 1 when there is any.
 */
import { fileURLToPath } from "node:url";
import { checkData } from "../src/model/check-data.ts";
import { checkCatalogues, readSourceTexts } from "../src/i18n/check-catalogues.ts";
import { catalogues, INTL_LOCALE } from "../src/i18n/index.ts";

const dataDir = process.argv[2];
const { problems, summary } = checkData({ dataDir, today: new Date().toISOString().slice(0, 10) });
for (const line of problems) console.error(line);
if (problems.length > 0) console.error(summary);
else console.log(summary);

const i18nProblems = checkCatalogues({ catalogues, locales: INTL_LOCALE, sources: readSourceTexts(fileURLToPath(new URL("../src", import.meta.url))) });
for (const line of i18nProblems) console.error(line);
const languages = Object.keys(catalogues).join(", ");
if (i18nProblems.length > 0) console.error(`${i18nProblems.length} catalogue problem(s) in ${languages}.`);
else console.log(`catalogues OK: ${Object.keys(catalogues.en ?? {}).length} keys in ${languages}.`);
process.exit(problems.length + i18nProblems.length > 0 ? 1 : 0);
