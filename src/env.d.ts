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

/** citeproc ships no types: what src/citation/bibliography.ts uses of an engine. */
declare module "citeproc" {
  export interface CiteprocEngine {
    setOutputFormat(format: "text"): void;
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    updateItems(ids: string[]): void;
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
  }
  const CSL: {
    Engine: new (sys: { retrieveItem(id: string): object | undefined; retrieveLocale(lang: string): unknown }, style: string, lang: string, forceLang: boolean) => CiteprocEngine;
  };
  export default CSL;
}

/** A module built as a chunk of its own: its address, for `import()` on first use (astro.config.mjs). */
declare module "*?chunk-url" {
  const url: string;
  export default url;
}

/** The map's bin colours as CSS (astro.config.mjs, src/styles/map-data-styles.ts). */
declare module "virtual:map-data.css";
