/**
 * The one script every page built on PageFrame.astro loads (issue 12: one small file instead of one
 * per component): the language switcher, the search box, the copy buttons of "Cite this" and embed
 * code, and, where a map is drawn, the loader that brings the map island on first use. Pages with an
 * island of their own (tracker, country index, matrix form) load it besides.
 */
import { enableCopyButtons } from "./copy-button.ts";
import { initLanguageSwitcher } from "./language-switcher.ts";
import { whenMapUsed } from "./map-loader.ts";
import { prepareSearch } from "./search-box.ts";

initLanguageSwitcher(document);
prepareSearch(document);
enableCopyButtons(document);
// The explorer (#map-view, always around a figure) gets the whole island; a lone figure (the home
// page) its tooltip.
if (document.querySelector(".map-figure")) whenMapUsed(document, (island) => (document.querySelector("#map-view") ? island.enhanceMap(document) : island.tooltip(document)));
