/**
 * A chart SVG as a file of its own (downloads). On pages, charts are styled by the site's stylesheets
 * (src/styles/charts.css) because the Content-Security-Policy forbids inline styles there; a
 * downloaded file has no page around it, so the same rules travel inside it as a `<style>` element.
 */

/** Inserts `css` as the SVG's first element after its title and description, and adds the XML declaration. */
export function standaloneSvg(svg: string, css: string): string {
  if (/<\/style/i.test(css)) throw new Error("standaloneSvg: the stylesheet must not close its own <style> element");
  const openEnd = svg.indexOf(">") + 1;
  if (!svg.startsWith("<svg") || openEnd === 0) throw new Error("standaloneSvg: expected markup starting with <svg");
  const descEnd = svg.indexOf("</desc>");
  const at = descEnd === -1 ? openEnd : descEnd + "</desc>".length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, at)}<style>${css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\s*\n\s*/g, "")}</style>${svg.slice(at)}\n`;
}
