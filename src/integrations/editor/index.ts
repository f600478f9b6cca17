/**
 * The browser editor for the school's staff (Sveltia CMS), served by the development server at /redaktors/
 * only when `npm run edit` adds this integration (scripts/edit.ts): astro.config.mjs does not list it, so
 * `astro build` never sees it and nothing of it is in dist/.
 *
 * Everything comes from this computer: the editor's script from the installed @sveltia/cms (its CDN font and
 * module addresses rewritten to this server), its icon font from @fontsource-variable/material-symbols-outlined,
 * and its configuration generated from the content schemas on every load (src/lib/editor/config.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { dump } from 'js-yaml';
import { checkContent } from '../../content/check.ts';
import { contentDir } from '../../content/files.ts';
import { formatIssue } from '../../lib/content/issues.ts';
import { warningSummary } from '../../lib/content/summary.ts';
import { editorConfig, LIST_COMPONENT } from '../../lib/editor/config.ts';
import { COLLECTION_WORDS } from '../../lib/editor/labels.ts';
import { DEFAULT_LOCALE } from '../../lib/locales.ts';
import { editorContent } from './choices.ts';

/** Where the editor is served, under the site's base path. */
export const EDITOR_PATH = 'redaktors/';

const require = createRequire(import.meta.url);
/** The package exports only its module build (npm/index.js); the browser bundle is in dist/ beside it. */
const sveltiaDist = () => path.join(path.dirname(require.resolve('@sveltia/cms')), '..', 'dist');
const iconFont = () =>
  require.resolve('@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2');

/**
 * The editor's bundle with every address of another host replaced by one of this server: its fonts (the
 * icon font is served; the two text fonts are not, so the system's font is used) and the modules it loads
 * only for features this project does not use (code highlighting, maps), which then fail here, offline.
 */
export function localEditorScript(source: string, editorBase: string): string {
  return (
    source
      .replace(
        /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[^/]+\/latin-wght-normal\.woff2/g,
        `${editorBase}fonts/material-symbols.woff2`,
      )
      .replace(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\//g, `${editorBase}fonts/none/`)
      .replace(/https:\/\/unpkg\.com\//g, `${editorBase}offline/`)
      // GitHub's status, asked by its GitHub sign-in page; the local folder needs no GitHub.
      .replace(/https:\/\/www\.githubstatus\.com\//g, `${editorBase}offline/`)
  );
}

function page(editorBase: string): string {
  const title = COLLECTION_WORDS.plan.label[DEFAULT_LOCALE];
  return `<!doctype html>
<html lang="${DEFAULT_LOCALE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}: redaktors</title>
<link href="${editorBase}config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body>
<script src="${editorBase}sveltia-cms.js"></script>
<script src="${editorBase}setup.js"></script>
<script src="${editorBase}notice.js"></script>
</body>
</html>
`;
}

/**
 * The editor component for <List id="…" />: a list of the plan kept as data, chosen from the lists the
 * content has. Written back exactly as the answers have it, on a line of its own.
 */
function setupScript(lists: { value: string | number; label: string }[]): string {
  const words = COLLECTION_WORDS;
  return `window.CMS.registerEditorComponent({
  id: ${JSON.stringify(LIST_COMPONENT)},
  label: ${JSON.stringify(words.listComponent.label[DEFAULT_LOCALE])},
  icon: 'format_list_bulleted',
  fields: [{ name: 'id', label: ${JSON.stringify(words.listComponentField.label[DEFAULT_LOCALE])}, widget: 'select', options: ${JSON.stringify(lists)} }],
  pattern: /^<List id="([a-z0-9-]+)" \\/>$/m,
  fromBlock: (match) => ({ id: match[1] }),
  toBlock: (data) => '<List id="' + data.id + '" />',
  toPreview: (data) => '<p>[' + ${JSON.stringify(words.listComponent.label[DEFAULT_LOCALE])} + ': ' + data.id + ']</p>',
});
`;
}

/**
 * The content check's result, shown in the editor: the page asks for it every few seconds (the answer is kept
 * until a file under content/ changes), and shows the errors, or for a moment that the check passed.
 */
const NOTICE_SCRIPT = `(() => {
  const box = document.createElement('div');
  box.id = 'content-check';
  box.setAttribute('role', 'status');
  box.style.cssText = 'position:fixed;left:12px;bottom:12px;z-index:2147483647;max-width:min(760px,calc(100vw - 24px));max-height:40vh;overflow:auto;padding:10px 14px;border-radius:6px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);display:none';
  document.body.append(box);
  let last = '';
  let hide;
  const show = (report) => {
    const key = JSON.stringify(report);
    if (key === last) return;
    const first = last === '';
    last = key;
    clearTimeout(hide);
    box.replaceChildren();
    if (report.errors.length) {
      box.style.background = '#fde8e8'; box.style.color = '#5c0000'; box.style.border = '2px solid #b00020';
      const title = document.createElement('strong');
      title.textContent = ${JSON.stringify('Saturā ir kļūdas; vietni nevar publicēt, kamēr tās nav izlabotas / The content has errors:')};
      const list = document.createElement('ul');
      list.style.margin = '6px 0 0'; list.style.paddingLeft = '20px';
      for (const error of report.errors) { const item = document.createElement('li'); item.textContent = error; list.append(item); }
      box.append(title, list);
      box.style.display = 'block';
    } else {
      box.style.background = '#e6f4ea'; box.style.color = '#0b3d1a'; box.style.border = '2px solid #1e7b34';
      box.textContent = ${JSON.stringify('Saturs pārbaudīts: kļūdu nav / Content checked: no errors')} + (report.warnings.length ? ' (' + report.warnings.join('; ') + ')' : '');
      box.style.display = first ? 'none' : 'block';
      hide = setTimeout(() => (box.style.display = 'none'), 8000);
    }
  };
  const poll = () => fetch('check.json', { cache: 'no-store' }).then((r) => r.json()).then(show).catch(() => undefined);
  poll();
  setInterval(poll, 2500);
})();
`;

export function contentEditor(): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'dev') return;
        const editorBase = `${config.base.replace(/\/?$/, '/')}${EDITOR_PATH}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-editor',
                configureServer(server) {
                  let checked: { errors: string[]; warnings: string[] } | undefined;
                  server.watcher.on('all', () => (checked = undefined));
                  server.middlewares.use((req, res, next) => {
                    const url = new URL(req.url ?? '/', 'http://localhost');
                    if (!url.pathname.startsWith(editorBase)) return next();
                    const file = url.pathname.slice(editorBase.length);
                    const send = (type: string, body: string | Buffer) => {
                      res.setHeader('Content-Type', type);
                      res.setHeader('Cache-Control', 'no-store');
                      res.end(body);
                    };
                    if (file === '' || file === 'index.html') return send('text/html; charset=utf-8', page(editorBase));
                    if (file === 'config.yml') {
                      const config = editorConfig(editorContent(contentDir()));
                      return send('application/yaml; charset=utf-8', dump(config, { lineWidth: -1, noRefs: true }));
                    }
                    if (file === 'check.json') {
                      if (!checked) {
                        const report = checkContent({ root: contentDir() });
                        // Files named as the editor shows them, from content/ (also when CONTENT_DIR is a copy elsewhere).
                        const outside = path.dirname(contentDir()) + path.sep;
                        const shown = (line: string) => line.split(outside).join('');
                        checked = {
                          errors: report.errors.map((e) => shown(formatIssue(e))),
                          warnings: warningSummary(report.warnings).map(shown),
                        };
                      }
                      return send('application/json; charset=utf-8', JSON.stringify(checked));
                    }
                    if (file === 'notice.js') return send('text/javascript; charset=utf-8', NOTICE_SCRIPT);
                    if (file === 'setup.js') {
                      const lists = editorContent(contentDir()).editions.flatMap((e) => e.lists);
                      const unique = [...new Map(lists.map((l) => [l.value, l])).values()];
                      return send('text/javascript; charset=utf-8', setupScript(unique));
                    }
                    if (file === 'sveltia-cms.js') {
                      return send(
                        'text/javascript; charset=utf-8',
                        localEditorScript(readFileSync(path.join(sveltiaDist(), 'sveltia-cms.js'), 'utf8'), editorBase),
                      );
                    }
                    if (file.startsWith('chunks/') && /^chunks\/[\w.-]+\.js$/.test(file)) {
                      return send(
                        'text/javascript; charset=utf-8',
                        localEditorScript(readFileSync(path.join(sveltiaDist(), file), 'utf8'), editorBase),
                      );
                    }
                    if (file === 'fonts/material-symbols.woff2') return send('font/woff2', readFileSync(iconFont()));
                    res.statusCode = 404;
                    return send('text/plain; charset=utf-8', 'Not available offline\n');
                  });
                  server.httpServer?.once('listening', () => {
                    const address = server.httpServer?.address();
                    if (address && typeof address === 'object') logger.info(`editor: http://127.0.0.1:${address.port}${editorBase}`);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
