// /styles/data.css: the rules behind colourClass() and shareClass() for every colour and count in the data.
import { NOT_YET_ASSESSED_COLOUR } from "../../components/status-chart.ts";
import { CATEGORY_BINS, DEATH_BINS, RANK_BINS } from "../../model/bins.ts";
import { getModel } from "../../model/model.ts";
import { dataStylesheet } from "../../styles/data-styles.ts";

export function GET() {
  const { statuses, riskScale, recommendations } = getModel();
  const bins = [...DEATH_BINS, ...RANK_BINS, ...CATEGORY_BINS];
  const colours = [
    ...statuses.statuses.map((s) => s.colour),
    ...[...riskScale.levels, riskScale.not_assessed].map((l) => l.colour),
    ...bins.map((b) => b.colour),
    NOT_YET_ASSESSED_COLOUR,
  ];
  return new Response(dataStylesheet({ colours, maxShare: recommendations.length, bins }), { headers: { "Content-Type": "text/css" } });
}
