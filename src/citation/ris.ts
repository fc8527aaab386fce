/**
 * RIS (Research Information Systems) for one CSL-JSON dataset item. Tags from the RIS
 * specification: TY type (DATA = dataset), AU author, TI title, T2 secondary title, PY year,
 * DA date (YYYY/MM/DD), ET edition, PB publisher, UR address, Y2 access date, ID reference id.
 * Each line is "TAG  - value"; a value never spans lines, so line breaks in data become spaces.
 */
import type { CslItem } from "./citation.ts";

function risDate([[y, m, d]]: [[number, number, number]]): string {
  return `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`;
}

function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s+/g, " ").trim()}`;
}

export function formatRis(item: CslItem): string {
  return [
    line("TY", "DATA"),
    line("ID", item.id),
    ...item.author.map((a) => line("AU", a.literal)),
    line("TI", item.title),
    line("T2", item["container-title"]),
    line("PY", String(item.issued["date-parts"][0][0])),
    line("DA", risDate(item.issued["date-parts"])),
    line("ET", item.version),
    line("PB", item.publisher),
    line("UR", item.URL),
    line("Y2", risDate(item.accessed["date-parts"])),
    "ER  - ",
  ].join("\n");
}
