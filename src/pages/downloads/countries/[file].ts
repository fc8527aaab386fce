import { formatCsv } from "../../../model/csv-cells.ts";
import { countrySlug } from "../../../lib/links.ts";
import { getModel } from "../../../model/model.ts";
import type { Country } from "../../../model/derive-countries.ts";

/**
 * Per-country CSVs, only for datasets whose producers allow redistribution (source.yaml
 * `redistribution: allowed`): UCDP deaths and GCR2P categories; never the EWP forecasts.
 */
export function getStaticPaths() {
  const model = getModel();
  const allowed = (sourceId: string | undefined) => model.sources.find((s) => s.id === sourceId)?.redistribution === "allowed";
  const { id: edition, date: edition_date } = model.site.edition;
  return model.countries.flatMap((country: Country) => [
    ...(allowed(model.layers.observed?.sourceId) && country.series.observed.length > 0
      ? [{ params: { file: `${countrySlug(country.iso3)}-civilian-deaths.csv` }, props: { body: formatCsv(country.series.observed.map((v) => ({ iso3: country.iso3, country: country.name, year: v.year, deaths_best: v.best, deaths_low: v.low, deaths_high: v.high, source: model.layers.observed!.sourceId, edition, edition_date }))) } }]
      : []),
    ...(allowed(model.layers.judgement?.sourceId) && country.series.judgement.length > 0
      ? [{ params: { file: `${countrySlug(country.iso3)}-r2p-categories.csv` }, props: { body: formatCsv(country.series.judgement.map((v) => ({ iso3: country.iso3, country: country.name, date: v.date, category: v.category, population_note: v.note, edition_title: v.edition, source_url: v.sourceUrl, edition, edition_date }))) } }]
      : []),
  ]);
}

export function GET({ props }: { props: { body: string } }) {
  return new Response(props.body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
