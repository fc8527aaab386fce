/**
 * Where a page's link-preview image lives. Kept apart from the renderer so BaseLayout and pages can
 * name the image without importing the renderer (@napi-rs/canvas).
 */
import type { Lang } from "../i18n/index.ts";

/** Preview images are 1200×630, the size Open Graph and Twitter's large card both expect. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The home page's slug: its own page path is empty. */
export const HOME_SLUG = "home";

/**
 * Site-relative path (no base) of a page's preview image, one folder per language.
 * @example previewImagePath("countries/sdn") // "/previews/en/countries/sdn.png"
 */
export function previewImagePath(slug: string, lang: Lang = "en"): string {
  return `/previews/${lang}/${slug.replace(/^\/+|\/+$/g, "") || HOME_SLUG}.png`;
}
