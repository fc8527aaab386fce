/**
 * The one web font: Noto Sans Arabic for Arabic pages, self-hosted. Astro's Fonts API
 * (`fontProviders.local()`, configured from ARABIC_FONT in astro.config.mjs) copies the
 * @fontsource files into the build under hashed names; the npm and fontsource providers would
 * fetch from a CDN instead, which fails offline and would make readers' browsers call a third
 * party. Astro's <Font /> component writes its @font-face rules into an inline <style>, which the
 * Content-Security-Policy forbids, so /styles/arabic.css (src/pages/styles/arabic.css.ts) serves
 * them as a file, linked from Arabic pages only. Plain TypeScript: astro.config.mjs imports it.
 */

export const ARABIC_FONT = {
  /** The family name base.css's Arabic stack asks for. */
  family: "Noto Sans Arabic",
  cssVariable: "--font-arabic",
  /**
   * The Arabic-script files of the package (about 50 KB per weight as woff2; cut to ~10 KB at build
   * time by arabic-font-subset.ts): Latin text and digits stay in the system font. Regular for text,
   * bold for headings and strong text.
   */
  files: {
    400: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2",
    700: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2",
  },
  /** Arabic, its supplements and presentation forms, and the joiners: what the subset covers. */
  unicodeRange: ["U+0600-06FF", "U+0750-077F", "U+0870-08FF", "U+200C-200E", "U+2010-2011", "U+204F", "U+2E41", "U+FB50-FDFF", "U+FE70-FEFC"],
} as const;

/**
 * The family for astro.config.mjs `fonts`; `files` are the subsets src/styles/arabic-font-subset.ts
 * makes from ARABIC_FONT.files.
 */
export function arabicFontFamily(provider: unknown, files: Record<keyof typeof ARABIC_FONT.files, string> = ARABIC_FONT.files) {
  return {
    provider,
    name: ARABIC_FONT.family,
    cssVariable: ARABIC_FONT.cssVariable,
    fallbacks: ["sans-serif"],
    options: {
      variants: Object.entries(files).map(([weight, src]) => ({ weight: Number(weight), style: "normal", src: [src] })),
    },
  };
}

/** One face as Astro's `fontData` describes it. */
export interface FontFace {
  src: readonly { url: string; format?: string }[];
  weight?: string;
  style?: string;
}

/** @font-face rules for the faces Astro built, under the family name the stylesheets use. */
export function fontFaceCss(family: string, faces: readonly FontFace[], unicodeRange: readonly string[]): string {
  if (faces.length === 0) throw new Error(`fontFaceCss: Astro built no files for "${family}"`);
  const quote = (text: string) => JSON.stringify(text);
  return faces
    .map((face) => {
      const src = face.src.map((s) => `url(${quote(s.url)})${s.format ? ` format(${quote(s.format)})` : ""}`).join(", ");
      return `@font-face { font-family: ${quote(family)}; font-style: ${face.style ?? "normal"}; font-weight: ${face.weight ?? "400"}; font-display: swap; src: ${src}; unicode-range: ${unicodeRange.join(", ")}; }`;
    })
    .join("\n")
    .concat("\n");
}
