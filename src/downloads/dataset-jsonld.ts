/**
 * schema.org `Dataset` for /data/, as the text of a <script type="application/ld+json">. That
 * element ends at the first "</script", so every < > & in the JSON is written as a \u escape
 * (still the same JSON); text from data/ cannot close the element or start markup.
 */
export interface DatasetSite {
  title: string;
  description: string;
  url: string;
  publisher: { name: string; url: string };
  edition: { id: string; date: string };
  licence: { url: string };
}

export function datasetJsonLd(site: DatasetSite, files: readonly { path: string; format: "csv" | "json"; title: string }[], citation: string): string {
  const dataset = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: site.title,
    description: site.description,
    url: new URL("data/", site.url).href,
    version: site.edition.id,
    datePublished: site.edition.date,
    license: site.licence.url,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    publisher: { "@type": "Organization", name: site.publisher.name, url: site.publisher.url },
    citation,
    distribution: [
      { "@type": "DataDownload", name: "datapackage.json", encodingFormat: "application/json", contentUrl: new URL("data/datapackage.json", site.url).href },
      ...files.map((f) => ({ "@type": "DataDownload", name: f.title, encodingFormat: f.format === "csv" ? "text/csv" : "application/json", contentUrl: new URL(f.path, site.url).href })),
    ],
  };
  return escapeScriptJson(JSON.stringify(dataset));
}

export function escapeScriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
