/**
 * One I18n object per request, from the route's locale (Astro's i18n routing, astro.config.mjs): pages
 * and components read `Astro.locals.i18n` instead of looking a language up themselves (Starlight's
 * pattern). Endpoints outside src/pages/[...lang]/ (downloads, feeds, geometry) get English.
 */
import { defineMiddleware } from "astro:middleware";
import { isLang, useI18n, type I18n, type Lang } from "./i18n/index.ts";
import { DEFAULT_LANG } from "./lib/locale-routes.ts";
import { getModel } from "./model/model.ts";

const pageI18n = new Map<Lang, I18n>();

/** The language's I18n with the model's country names (which include the codes data/site.yaml declares). */
function i18nFor(lang: Lang): I18n {
  let i18n = pageI18n.get(lang);
  if (!i18n) {
    const base = useI18n(lang);
    const { countries, matrix } = getModel();
    const names = new Map([...matrix.countries, ...countries].map((c) => [c.iso3, c.name]));
    pageI18n.set(lang, (i18n = { ...base, countryName: (iso3) => names.get(iso3) ?? base.countryName(iso3) }));
  }
  return i18n;
}

export const onRequest = defineMiddleware((context, next) => {
  const locale = context.currentLocale;
  context.locals.i18n = i18nFor(locale && isLang(locale) ? locale : DEFAULT_LANG);
  return next();
});
