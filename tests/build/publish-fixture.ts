/** The pages the fake renderer of publish-child.ts writes, shared with the test that checks them. */
export const PAGES = ["", "a/", "b/", "c/"];

export function page(label: string, path: string): string {
  return `<!doctype html><html lang="en"><head><title>${label}</title></head><body><p>${label} ${path}</p></body></html>\n`;
}
