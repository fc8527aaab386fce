/** A small RIS reader for tests, written independently of src/citation/ris.ts: records end at "ER". */
export function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const match = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(raw);
    if (!match) {
      if (raw.trim() !== "") throw new Error(`not a RIS line: ${JSON.stringify(raw)}`);
      continue;
    }
    const [, tag, value] = match;
    if (tag === "TY") current = {};
    if (!current) throw new Error(`${tag} before TY`);
    if (tag === "ER") {
      records.push(current);
      current = undefined;
      continue;
    }
    (current[tag!] ??= []).push(value!.trim());
  }
  if (current) throw new Error("record without ER");
  return records;
}
