/**
 * The one script every page built on PageFrame.astro loads (issue 12: one small file instead of one
 * per component). At once it shows the search form and the copy buttons; the rest comes on first use:
 * the search code when the field is reached (search-box.ts), the language switcher's and copy
 * buttons' code when one of them is (page-enhance.ts, via first-use.ts), and, where a map is drawn,
 * the map island when the map or a control is (map-loader.ts). Each is imported by its address
 * (`?chunk-url`, astro.config.mjs), without Vite's preload helper. Pages with an island of their own
 * (tracker, country index, matrix form) load it besides.
 */
import { onFirstUse } from "./first-use.ts";
import { whenMapUsed } from "./map-loader.ts";
import enhanceUrl from "./page-enhance.ts?chunk-url";
import { prepareSearch } from "./search-box.ts";

// Copy buttons are hidden by CSS until a script can run them.
document.documentElement.classList.add("can-copy");
prepareSearch(document);
const ENHANCED = "[data-lang-switcher] a, button[data-copy]";
onFirstUse(document, ENHANCED, ENHANCED, enhanceUrl, ({ enhance }: typeof import("./page-enhance.ts")) => enhance(document));
// The explorer (#map-view, always around a figure) gets the whole island; a lone figure (the home
// page) its tooltip.
if (document.querySelector(".map-figure")) whenMapUsed(document, (island) => (document.querySelector("#map-view") ? island.enhanceMap(document) : island.tooltip(document)));
