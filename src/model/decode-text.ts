import type { Problem } from "./problems.ts";

/**
 * Decodes a data file as UTF-8 (the only encoding editors may use), dropping a byte-order mark.
 * A file saved as Latin-1 or UTF-16 would otherwise turn names into mojibake silently.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, line: 1, col: 1, field: "", message: "file is saved as UTF-16; save it as UTF-8" } };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes("\u0000")) {
      return { problem: { file, ...position(text, text.indexOf("\u0000")), field: "", message: "file is not UTF-8 text (contains NUL bytes; saved as UTF-16?)" } };
    }
    return { text };
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    return {
      problem: { file, ...position(lossy, lossy.indexOf("\uFFFD")), field: "", message: "file is not valid UTF-8; save it as UTF-8" },
    };
  }
}

function position(text: string, index: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, index));
  const lines = before.split("\n");
  return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}
