import { servePublishedFile } from "../../downloads/published-files.ts";

/** Content and meaning in src/downloads/published-files.ts, shared with /data/datapackage.json. */
export function GET() {
  return servePublishedFile("downloads/world-one-sided-deaths.json");
}
