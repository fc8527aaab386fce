/**
 * Every page is built once per published language (data/site.yaml `languages`): English at the root,
 * the others under /ar/, /zh/, /fr/, /ru/, /es/. Pages live in src/pages/[...lang]/ and build their
 * getStaticPaths() with localePaths(), so a page cannot exist in one language and not in another.
 */
import type { Lang } from "../i18n/index.ts";

/** The language served at the site's root, without a prefix (astro.config.mjs i18n.defaultLocale). */
export const DEFAULT_LANG: Lang = "en";

/** The [...lang] route parameter: undefined (no path segment) for the default language. */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

type Params = Record<string, string | undefined>;

/**
 * The page's paths in every language: each of `paths` (one path without parameters by default) once
 * per language, with the `lang` parameter added.
 */
export function localePaths<P extends Params = Params, Props = undefined>(
  languages: readonly Lang[],
  paths: { params: P; props?: Props }[] = [{ params: {} as P }],
): { params: P & { lang: string | undefined }; props: Props }[] {
  return languages.flatMap((lang) => paths.map(({ params, props }) => ({ params: { ...params, lang: langParam(lang) }, props: props as Props })));
}
