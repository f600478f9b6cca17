/// <reference types="astro/client" />

declare module 'virtual:plan/content' {
  /** The checked content model (src/integrations/content/). */
  const model: import('./lib/content/model.ts').ContentModel;
  export default model;
}

declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page (src/lib/page-context.ts). */
    page?: import('./lib/page-context.ts').PageContext;
  }
}
