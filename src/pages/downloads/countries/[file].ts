import { getPublishedFiles, servePublishedFile } from "../../../downloads/published-files.ts";

/**
 * Per-country CSVs, only for datasets whose producers allow redistribution (source.yaml
 * `redistribution: allowed`): UCDP deaths and GCR2P categories; never the EWP forecasts.
 * Content and meaning in src/downloads/published-files.ts, shared with /data/datapackage.json.
 */
export function getStaticPaths() {
  return getPublishedFiles()
    .filter((f) => f.path.startsWith("downloads/countries/"))
    .map((f) => ({ params: { file: f.path.slice("downloads/countries/".length) }, props: { path: f.path } }));
}

export function GET({ props }: { props: { path: string } }) {
  return servePublishedFile(props.path);
}
