// A thread of writeSearchIndex (search-index.ts): its half of the languages, indexed by a Pagefind service of its own.
import { workerData } from "node:worker_threads";
import { indexPages, type SearchPage } from "./search-index.ts";

const { pages, outputPath } = workerData as { pages: SearchPage[]; outputPath: string };
await indexPages(pages, outputPath);
