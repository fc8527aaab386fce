// The world's outlines, once for every map view: a content-hashed file the browser may cache for ever.
import type { APIRoute, GetStaticPaths } from "astro";
import { getWorldSprite } from "../../charts/world-geometry.ts";

export const getStaticPaths = (() => [{ params: { file: getWorldSprite().fileName } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(getWorldSprite().text, { headers: { "Content-Type": "image/svg+xml" } });
