import { getModel } from "../../model/model.ts";

export function GET() {
  const { site, downloads } = getModel();
  const body = { edition: site.edition, licence: site.licence, history: downloads.history };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
}
