import { z } from "zod";
import { UN_LANGUAGES } from "./site.ts";
import { MAX_TRANSLATED_TITLE, text } from "./text.ts";

/** The languages a title is translated into: every UN language but the report's own. */
export const TRANSLATED_LANGUAGES = UN_LANGUAGES.filter((lang): lang is Exclude<(typeof UN_LANGUAGES)[number], "en"> => lang !== "en");
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** One title in the five other languages; a missing language is a problem naming the number and language. */
const translatedTitle = text(MAX_TRANSLATED_TITLE);
const titleTranslation = z.strictObject(Object.fromEntries(TRANSLATED_LANGUAGES.map((lang) => [lang, translatedTitle])) as Record<TranslatedLanguage, typeof translatedTitle>);
export type TitleTranslation = z.output<typeof titleTranslation>;

/**
 * data/recommendation-titles.yaml: the project's own translation of each of the 27 titles (the
 * report is English only). Keys are the recommendation numbers; every one of 1–27 is required,
 * so a forgotten title fails `npm run check` instead of showing English on a French page.
 */
export const titleTranslationsSchema = z.strictObject(
  Object.fromEntries(Array.from({ length: 27 }, (_, i) => [String(i + 1), titleTranslation])) as Record<string, typeof titleTranslation>,
);
export type TitleTranslations = z.output<typeof titleTranslationsSchema>;
