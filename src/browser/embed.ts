/**
 * In an embedded view: report the page's height to the host page whenever it changes, as
 * { type: 'erasmus-plan:height', height, path }. The message carries nothing else, so any origin may read it.
 */
const MESSAGE = 'erasmus-plan:height';

function report(): void {
  if (window.parent === window) return;
  window.parent.postMessage({ type: MESSAGE, height: Math.ceil(document.documentElement.scrollHeight), path: location.pathname }, '*');
}

new ResizeObserver(report).observe(document.body);
window.addEventListener('load', report);
report();
