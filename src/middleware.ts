/**
 * One I18n object per request, from the route's locale (Astro's i18n routing, astro.config.mjs): pages
 * and components read `Astro.locals.i18n` instead of looking a language up themselves (Starlight's
 * pattern). Endpoints outside src/pages/[...lang]/ (downloads, feeds, geometry) get English.
 */
import { defineMiddleware } from "astro:middleware";
import { isLang, useI18n } from "./i18n/index.ts";
import { DEFAULT_LANG } from "./lib/locale-routes.ts";

export const onRequest = defineMiddleware((context, next) => {
  const locale = context.currentLocale;
  context.locals.i18n = useI18n(locale && isLang(locale) ? locale : DEFAULT_LANG);
  return next();
});
