/**
 * Counts what a browser context fetches: requests and bytes on the wire (headers + body), including
 * requests of web workers such as Pagefind's (a page's own CDP session would miss those).
 */
import type { BrowserContext } from 'playwright-core';

export interface TrafficMeter {
  /** Bytes and requests since the last reset, once every finished request has reported its size. */
  read(): Promise<{ bytes: number; requests: number }>;
  reset(): void;
}

export function meterTraffic(context: BrowserContext): TrafficMeter {
  let bytes = 0;
  let requests = 0;
  let pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    requests++;
    pending.push(request.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
  });
  return {
    async read() {
      await Promise.all(pending);
      return { bytes, requests };
    },
    reset() {
      bytes = 0;
      requests = 0;
      pending = [];
    },
  };
}
