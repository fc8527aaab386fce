import { buildCitations, citationLocale } from "../../citation/citation.ts";
import { getPublishedFiles } from "../../downloads/published-files.ts";
import { useI18n } from "../../i18n/index.ts";
import { buildDataPackage } from "../../model/datapackage.ts";
import { getModel } from "../../model/model.ts";

/** Frictionless Data Package v2 of every published data file, hashed from the bytes the endpoints serve. */
export async function GET() {
  const { site, sources } = getModel();
  const i18n = useI18n();
  const { t } = i18n;
  const dataUrl = new URL("data/", site.address.url).href;
  const citation = (await buildCitations(site, { key: "dataset", title: t("cite.title.dataset", { site: site.title }), url: dataUrl }, citationLocale(i18n, site))).apa;
  const files = getPublishedFiles().map((file) => {
    const used = file.sourceIds.map((id) => sources.find((s) => s.id === id)!);
    // A producer's licence without an address (facts recorded with attribution) is stated in the
    // description; the file itself is the project's compilation under the site's licence.
    const unlinked = used.filter((s) => !s.licence.url);
    return {
      ...file,
      description: [file.description, ...unlinked.map((s) => `${s.producer}: ${s.licence.name}. ${s.licence.note ?? ""}`.trim())].join(" "),
      licenses: [
        ...new Map(
          [...used.filter((s) => s.licence.url).map((s) => ({ title: s.licence.name, path: s.licence.url! })), ...(unlinked.length > 0 || used.length === 0 ? [{ title: site.licence.name, path: site.licence.url }] : [])].map((l) => [l.path, l]),
        ).values(),
      ],
      sources: used.map((s) => ({ title: `${s.title} (${s.producer})`, ...(s.url ? { path: s.url } : {}), version: s.version })),
      body: file.body(),
    };
  });
  const descriptor = buildDataPackage(
    { title: site.title, description: site.description, url: site.address.url, publisher: site.publisher, edition: site.edition, licence: site.licence, citation },
    files,
  );
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
}
