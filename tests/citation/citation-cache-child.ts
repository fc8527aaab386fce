// A build stand-in for citation-cache.test.ts: formats each argument through the cache, as a build
// formats its references, and prints how many it had to format itself.
import { cachedFormat } from "../../src/citation/citation-cache.ts";

let formatted = 0;
const texts = await Promise.all(
  process.argv.slice(2).map((input) =>
    cachedFormat([{ title: input }, "apa"], () => {
      formatted += 1;
      return `Reference to ${input}.`;
    }),
  ),
);
console.log(JSON.stringify({ formatted, texts }));
