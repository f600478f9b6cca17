/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by Answer.astro so the <List> component inside an MDX answer knows its edition and language. */
    answerContext?: { view: import('./lib/site.ts').EditionView; locale: import('./lib/content/schemas.ts').Locale };
  }
}
