/**
 * `astro dev` while content has errors: instead of Astro's page with a stack trace, every page is the check's
 * own messages, as the terminal and a build say them, and reloads by itself once the mistake is saved away.
 */
import type { IncomingMessage } from 'node:http';

/** A reader's page request (not the dev server's own modules, styles or images). */
export function wantsPage(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return (request.headers.accept ?? '').includes('text/html');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page: the messages as they are, and Vite's client, which reloads it when content/ changes. */
export function errorPage(messages: string, base: string): string {
  return `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Saturā ir kļūdas</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}pre{white-space:pre-wrap;font:inherit;background:#fff4e5;border-left:.3rem solid #b45309;padding:1rem}</style>
<script type="module" src="${base}@vite/client"></script>
</head>
<body>
<main>
<h1>Saturā ir kļūdas</h1>
<p>Lapu nevar parādīt, kamēr tās nav izlabotas. Izlabojiet failu un saglabājiet to: lapa atjaunosies pati.</p>
<pre>${escape(messages)}</pre>
<p lang="en">Content has errors. Fix the file and save it: this page reloads by itself.</p>
</main>
</body>
</html>
`;
}
