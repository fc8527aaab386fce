/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language: translation, formatting and direction (set by src/middleware.ts). */
    i18n: import("./i18n/index.ts").I18n;
  }
}

/** subset-font ships no types: the one call src/styles/arabic-font-subset.ts makes. */
declare module "subset-font" {
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: { targetFormat?: "sfnt" | "woff" | "woff2"; preserveNameIds?: number[] }): Promise<Buffer>;
}

/** fontkit ships no types: the one call src/previews/preview-fonts.ts makes (a font file's characters). */
declare module "fontkit" {
  export function create(font: Buffer | Uint8Array): { characterSet: number[] };
}

/** A module built as a chunk of its own: its address, for `import()` on first use (astro.config.mjs). */
declare module "*?chunk-url" {
  const url: string;
  export default url;
}

/** The map's bin colours as CSS (astro.config.mjs, src/styles/map-data-styles.ts). */
declare module "virtual:map-data.css";
