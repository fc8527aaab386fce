import type { Lang } from "../i18n/index.ts";
import type { TitleTranslation } from "../model/schemas/title-translations.ts";

/**
 * A recommendation's title in the page's language, for plain-text places (document title, citation,
 * description): the project's translation, or the report's wording on English pages.
 */
export function localTitle(rec: { title: string; titleTranslations: TitleTranslation }, lang: Lang): string {
  return lang === "en" ? rec.title : rec.titleTranslations[lang];
}
