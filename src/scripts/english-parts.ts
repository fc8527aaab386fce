/**
 * A message can hold English-only data text in a variable ("{label} scores 3", with the label of an
 * indicator from data/). To mark just that text lang="en" (issue 10), the variable is filled with the
 * text between two markers (markEnglish) and the finished message is split at them (splitEnglish);
 * views and browser scripts then render each English part in its own element. A string without
 * markers is one plain part, so a function may mark its English text for views and not for exports.
 * Shared by components and browser code: no Node, no Astro.
 */
export interface TextPart {
  text: string;
  /** English-only data text, to be marked lang="en" on a page in another language. */
  english: boolean;
}

// Private-use characters: no catalogue message holds them, and a stray one in data text would only
// misplace a lang mark (the text is escaped wherever it goes).
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKED = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g");

/** The text between markers, for a message variable that holds English-only data text. */
export const markEnglish = (text: string): string => `${OPEN}${text.replaceAll(OPEN, "").replaceAll(CLOSE, "")}${CLOSE}`;

/** A filled message as plain and English parts, in order; empty parts left out. */
export function splitEnglish(message: string): TextPart[] {
  return message.split(MARKED).flatMap((piece, i): TextPart[] => (i % 2 === 1 ? [{ text: piece, english: true }] : piece ? [{ text: piece, english: false }] : []));
}

/**
 * @example englishParts((english) => t("method.rule.floor", { label: english("Hate speech"), score: 3 }))
 *   // [{ text: "Hate speech", english: true }, { text: " scores 3", english: false }]
 */
export function englishParts(fill: (english: (text: string) => string) => string): TextPart[] {
  return splitEnglish(fill(markEnglish));
}

/**
 * The parts as DOM nodes in `parent`: on a page not in English each English part is a
 * <span lang="en"> (with dir="ltr" on a right-to-left page); English pages get plain text.
 */
export function appendParts(parent: HTMLElement, parts: readonly TextPart[]): void {
  const root = parent.ownerDocument.documentElement;
  const foreign = !/^en\b/i.test(root.lang);
  for (const part of parts) {
    if (!part.english || !foreign) {
      parent.append(part.text);
      continue;
    }
    const span = parent.ownerDocument.createElement("span");
    span.lang = "en";
    if (root.dir === "rtl") span.dir = "ltr";
    span.textContent = part.text;
    parent.append(span);
  }
}
