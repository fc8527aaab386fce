import { getModel } from "../../model/model.ts";

/** Current status per recommendation, plus the edition and the full histories with their sources. */
export function GET() {
  const { site, recommendations, downloads } = getModel();
  const body = {
    edition: site.edition,
    licence: site.licence,
    recommendations: downloads.recommendations,
    histories: recommendations.map((r) => ({ number: r.number, history: [...r.history].reverse() })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
}
