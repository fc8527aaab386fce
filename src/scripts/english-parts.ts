/**
 * A message can hold English-only data text in a variable ("{label} scores 3", with the label of an
 * indicator from data/). To mark just that text lang="en" (issue 10), the message is filled with
 * markers in place of the English text and split at them; views and browser scripts then render each
 * English part in its own element. Shared by components and browser code: no Node, no Astro.
 */
export interface TextPart {
  text: string;
  /** English-only data text, to be marked lang="en" on a page in another language. */
  english: boolean;
}

const MARK = /\uE000(\d+)\uE001/;

/**
 * @example englishParts((en) => t("method.rule.floor", { label: en("Hate speech"), score: 3 }))
 *   // [{ text: "Hate speech", english: true }, { text: " scores 3", english: false }]
 */
export function englishParts(fill: (english: (text: string) => string) => string): TextPart[] {
  const english: string[] = [];
  // Private-use characters around an index: no catalogue message or data text holds that sequence.
  const message = fill((text) => `\uE000${english.push(text) - 1}\uE001`);
  return message
    .split(new RegExp(MARK.source, "g"))
    .flatMap((piece, i): TextPart[] => (i % 2 === 1 ? [{ text: english[Number(piece)]!, english: true }] : piece ? [{ text: piece, english: false }] : []));
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
