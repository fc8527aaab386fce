/**
 * Free text from data/: what may be in it and how long it may be (issue 11). Text reaches page
 * titles, headings, SVG and downloads, so characters a reader cannot see are refused where they
 * are typed, with their position, instead of leaking into the rest of a line or hiding a change.
 */
import { z } from "zod";

/** A name or title: shown in headings, <title> and legends. The longest real one (a recommendation title in the report's wording) is 233. */
export const MAX_SHORT_TEXT = 400;
/** A title translated from the report's English runs longer (French and Spanish by up to a quarter; the longest is 286). */
export const MAX_TRANSLATED_TITLE = 600;
/** A summary, description, definition or citation. The longest real one is 479. */
export const MAX_LONG_TEXT = 4000;

/**
 * C0/C1 controls except tab and line feed; bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), which reorder the text after them; zero-width characters and the BOM.
 */
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first refused character, as "U+202E at character 12", or undefined. */
export function findInvisible(text: string): string | undefined {
  const match = REFUSED.exec(text);
  if (!match) return undefined;
  return `${codePoint(match[0])} at character ${[...text.slice(0, match.index)].length + 1}`;
}

/** A text whose every character is whitespace or refused reads as empty, whatever its length. */
const looksEmpty = (text: string) => text.replace(new RegExp(REFUSED.source, "gu"), "").trim() === "";

/** Free text: not empty, no refused character, at most `max` characters (code points). */
export function text(max: number) {
  return z
    .string({ error: "expected text" })
    .trim()
    .superRefine((value, ctx) => {
      if (looksEmpty(value)) {
        ctx.addIssue({ code: "custom", message: value === "" ? "must not be empty" : "must not be empty (it holds only invisible characters)" });
        return;
      }
      const invisible = findInvisible(value);
      if (invisible) ctx.addIssue({ code: "custom", message: `contains an invisible or control character (${invisible}); delete it` });
      const length = [...value].length;
      if (length > max) ctx.addIssue({ code: "custom", message: `is ${length} characters long; the limit is ${max}` });
    });
}

/** Text that may be empty (a blank CSV note), with the same character rules. */
export function optionalText(max: number) {
  return z.string({ error: "expected text" }).refine((value) => findInvisible(value) === undefined, {
    error: (issue) => `contains an invisible or control character (${findInvisible(String(issue.input))}); delete it`,
  }).refine((value) => [...value].length <= max, `is longer than ${max} characters`);
}

export const shortText = text(MAX_SHORT_TEXT);
export const longText = text(MAX_LONG_TEXT);
