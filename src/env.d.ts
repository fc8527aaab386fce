/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page's language: translation, formatting and direction (set by src/middleware.ts). */
    i18n: import("./i18n/index.ts").I18n;
  }
}
