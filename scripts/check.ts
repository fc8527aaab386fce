/**
 * `npm run check`: validates all of data/ and prints every problem, one per line, as
 * `path/to/file.yaml:LINE:COL  field.path  message`; exits 1 when there is any.
 */
import { checkData } from "../src/model/check-data.ts";

const dataDir = process.argv[2];
const { problems, summary } = checkData({ dataDir, today: new Date().toISOString().slice(0, 10) });
for (const line of problems) console.error(line);
if (problems.length > 0) console.error(summary);
else console.log(summary);
process.exit(problems.length > 0 ? 1 : 0);
