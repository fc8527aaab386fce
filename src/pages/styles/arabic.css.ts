// /styles/arabic.css: the self-hosted Arabic font's @font-face rules (src/styles/arabic-font.ts),
// linked from Arabic pages only.
import { fontData } from "astro:assets";
import { ARABIC_FONT, fontFaceCss } from "../../styles/arabic-font.ts";

export function GET() {
  const css = fontFaceCss(ARABIC_FONT.family, fontData[ARABIC_FONT.cssVariable] ?? [], ARABIC_FONT.unicodeRange);
  return new Response(css, { headers: { "Content-Type": "text/css" } });
}
