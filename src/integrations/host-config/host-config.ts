/**
 * Host configuration for a built site: the HTTP headers a static host should send with it, for Apache
 * (.htaccess), nginx (a snippet for a server block) and hosts that read a _headers file (Netlify,
 * Cloudflare Pages). Written at the end of every build, from the built pages themselves:
 *
 * - Content-Security-Policy: each page's own <meta> policy (as Astro wrote it, with the hashes of the
 *   scripts and styles of this build), plus frame-ancestors, which a <meta> policy cannot carry. The
 *   embeddable views may be framed by the site itself and the school's website (content/school.json);
 *   every other page by nobody. Pages with different policies get different rules, so no page's policy
 *   is ever loosened to fit another's.
 * - X-Content-Type-Options: nosniff (scripts and styles only run when served as what they are) and
 *   Referrer-Policy: strict-origin-when-cross-origin (other sites see where a visitor came from, not the
 *   page's path). Not sent: Strict-Transport-Security (a decision for the whole domain, not for the folder
 *   the plan is published in) and X-Frame-Options (frame-ancestors replaces it in every browser, and it
 *   cannot name the school's website).
 * - Cache-Control: files whose name carries a hash of their content (Astro's _astro/, Pagefind's index
 *   chunks, fragments and metadata) are immutable for a year; everything else (pages, the CSV, pagefind.js,
 *   pagefind-entry.json, the vocabularies, Pagefind's WebAssembly, named the same in every build) is revalidated on
 *   every use ("no-cache": a cheap 304 while unchanged), so a new build shows at once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedPath, siteFiles } from '../site-check/site-files.ts';

export const HOST_FILES = { apache: '.htaccess', headers: '_headers', nginx: 'nginx-snippet.conf' } as const;

const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Folders whose every file is named by a hash of its content: Astro's bundles ("Name.Hash.js"), Pagefind's
 * index and filter chunks and its result fragments ("en_14b6335.pf_fragment"). Pagefind's metadata file
 * is hashed too ("pagefind.en_9268f9c345.pf_meta"); pagefind.js, pagefind-entry.json, vocabulary-<language>.json
 * and wasm.<language>.pagefind keep their names from build to build, so they are not here.
 */
const HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];
const HASHED_FILE = /^pagefind\/pagefind\.[\w-]+_[0-9a-f]+\.pf_meta$/;

/** The pages that get one Content-Security-Policy header: paths below the base path ("", "buj/", "404.html"). */
interface PolicyRule {
  policy: string;
  paths: string[];
}

interface HostConfig {
  /** The base path the site is built for ("/" or "/erasmus/"). */
  base: string;
  /** One rule per distinct policy; the first is the rule of 404.html, which every other HTML file falls back to. */
  policies: PolicyRule[];
  /** Hashed files present in this build, relative to the base path: whole folders, and single files. */
  hashed: { folders: string[]; files: string[] };
}

export interface HostConfigInput {
  base: string;
  /** The site's public address (astro.config.mjs `site`): its origin is 'self' when it is the school's too. */
  site: string | undefined;
  /** The school's website (content/school.json), or null while it is not known. */
  website: string | null;
  /** Paths below the base path of the views meant for an <iframe> ("iegult/buj/"). */
  embeds: readonly string[];
}

export interface WrittenHostConfig {
  config: HostConfig;
  warnings: string[];
}

/** Who may frame the pages: the embeds, the site itself and the school's website (its origin); other pages, nobody. */
export function frameAncestors(website: string | null, site?: string): { embed: string; page: string } {
  const origin = website ? new URL(website).origin : undefined;
  const own = site ? new URL(site).origin : undefined;
  return { embed: origin && origin !== own ? `'self' ${origin}` : "'self'", page: "'none'" };
}

/** A page's policy as a header: its <meta> policy with frame-ancestors added. */
export function headerPolicy(meta: string, ancestors: string): string {
  if (/(^|;)\s*frame-ancestors\b/i.test(meta)) {
    throw new Error(
      "the pages' <meta> policy has frame-ancestors (browsers ignore it there); remove it from security.csp in astro.config.mjs: the host configuration sets it",
    );
  }
  return `${meta.trim().replace(/[;\s]+$/, '')}; frame-ancestors ${ancestors}`;
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;
const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The Content-Security-Policy a built page carries in its <meta> (Astro writes exactly one per page). */
export function metaPolicy(html: string, file: string): string {
  const found = [...html.matchAll(META_CSP)];
  if (found.length !== 1) throw new Error(`${file}: expected one <meta http-equiv="content-security-policy">, found ${found.length}`);
  const value = found[0]![1]!;
  const unknown = /&(?!quot;|#39;|#x27;|lt;|gt;|amp;)[^;\s]*;/.exec(value);
  if (unknown) throw new Error(`${file}: cannot read the character reference ${unknown[0]} in its content-security-policy`);
  return value.replace(/&(quot|#39|#x27|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);
}

/** What the host configuration says, from a built site. */
function hostConfig(root: string, input: HostConfigInput): HostConfig {
  const files = siteFiles(root).filter((f) => !Object.values(HOST_FILES).includes(f as never));
  const ancestors = frameAncestors(input.website, input.site);
  const embeds = new Set(input.embeds);
  const byPolicy = new Map<string, string[]>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const served = servedPath(file);
    const policy = headerPolicy(
      metaPolicy(readFileSync(path.join(root, file), 'utf8'), file),
      embeds.has(served) ? ancestors.embed : ancestors.page,
    );
    byPolicy.set(policy, [...(byPolicy.get(policy) ?? []), served]);
  }
  const policies = [...byPolicy].map(([policy, paths]) => ({ policy, paths: paths.sort() }));
  const fallback = Math.max(
    0,
    policies.findIndex((rule) => rule.paths.includes('404.html')),
  );
  policies.unshift(...policies.splice(fallback, 1));
  return {
    base: input.base,
    policies,
    hashed: {
      folders: HASHED_FOLDERS.filter((folder) => files.some((f) => f.startsWith(folder))),
      files: files.filter((f) => HASHED_FILE.test(f)),
    },
  };
}

// --- Writing it out --------------------------------------------------------------------------------------

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A value that goes between double quotes in Apache and nginx configuration. */
function quoted(value: string): string {
  if (/["\\\n\r$]/.test(value)) throw new Error(`cannot write ${JSON.stringify(value)} into the host configuration`);
  return `"${value}"`;
}

/** The pages of a rule as a regular expression over the request path: a folder's page with or without index.html. */
function pagesRegex(base: string, paths: readonly string[]): string {
  const alternatives = paths.map((p) => (p === '' || p.endsWith('/') ? `${escapeRegex(p)}(?:index\\.html)?` : escapeRegex(p)));
  return `^${escapeRegex(base)}(?:${alternatives.join('|')})$`;
}

/** The hashed files as a regular expression over the request path; undefined when there are none (an empty group would match every path). */
function hashedRegex(config: HostConfig): string | undefined {
  const { folders, files } = config.hashed;
  const alternatives = [...folders.map(escapeRegex), ...files.map((f) => `${escapeRegex(f)}$`)];
  return alternatives.length ? `^${escapeRegex(config.base)}(?:${alternatives.join('|')})` : undefined;
}

/** How the fallback rule's comment counts its pages. */
function counted(rule: PolicyRule, others: boolean): string {
  const pages = rule.paths.filter((p) => p !== '404.html').length;
  return `Every page${others ? ' not named in another rule' : ''} (${pages} of them), the 404 page and any other HTML file.`;
}

/** Files that configure the host and are not part of the site: nginx and Apache would serve them. */
function hiddenRegex(base: string): string {
  return `^${escapeRegex(base)}(?:${Object.values(HOST_FILES).map(escapeRegex).join('|')})$`;
}

function header(where: string): string[] {
  return [
    `# ${where}`,
    '# Written by the build (src/integrations/host-config/host-config.ts) from the pages of this build: build again rather',
    '# than edit it. The Content-Security-Policy is the one each page carries in its <meta>, with the hashes',
    "# of this build's scripts and styles, plus frame-ancestors, which only a header can set.",
  ];
}

/**
 * Apache, as an .htaccess at the site root: only directives an .htaccess may hold under AllowOverride
 * FileInfo (mod_headers, mod_mime, mod_alias, ErrorDocument, <If>, <FilesMatch>), each module's lines in
 * <IfModule>. Security headers are "always", so error responses carry them too; Cache-Control is set in
 * the table mod_expires writes to, so it replaces whatever the host's mod_expires set (its Expires is removed).
 * Checked on Debian's Apache 2.4 by tests/second-edition/build/publishing.test.ts.
 */
function apacheConfig(config: HostConfig): string {
  const { base } = config;
  const [fallback, ...others] = config.policies;
  const lines = [
    ...header(`Apache: the Erasmus+ plan site at ${base} (this file is its .htaccess; needs AllowOverride FileInfo).`),
    '',
    `ErrorDocument 404 ${base}404.html`,
    '',
    '<IfModule mod_mime.c>',
    '  # No file of the site is .wasm today (Pagefind fetches its WebAssembly as compressed bytes); should one be, it is served as WebAssembly.',
    '  AddType application/wasm .wasm',
    '</IfModule>',
    '',
    '<IfModule mod_alias.c>',
    '  # These files configure hosts; they are not part of the site.',
    `  RedirectMatch 404 ${hiddenRegex(base)}`,
    '</IfModule>',
    '',
    '<IfModule mod_headers.c>',
    ...SECURITY_HEADERS.map(([name, value]) => `  Header always set ${name} ${quoted(value)}`),
    '',
    '  # Revalidated on every use; files named by a hash of their content never change. (An Expires from',
    "  # the host's mod_expires would only contradict Cache-Control.)",
    `  Header set Cache-Control ${quoted(CACHE_REVALIDATE)}`,
    '  Header unset Expires',
  ];
  const hashed = hashedRegex(config);
  if (hashed) lines.push(`  <If "%{REQUEST_URI} =~ m#${hashed}#">`, `    Header set Cache-Control ${quoted(CACHE_IMMUTABLE)}`, '  </If>');
  if (fallback) {
    lines.push(
      '',
      `  # ${counted(fallback, others.length > 0)}`,
      '  <FilesMatch "\\.html$">',
      `    Header always set Content-Security-Policy ${quoted(fallback.policy)}`,
      '  </FilesMatch>',
    );
  }
  for (const rule of others) {
    lines.push(
      '',
      `  # ${rule.paths.map((p) => base + p).join(', ')}`,
      `  <If "%{REQUEST_URI} =~ m#${pagesRegex(base, rule.paths)}#">`,
      `    Header always set Content-Security-Policy ${quoted(rule.policy)}`,
      '  </If>',
    );
  }
  lines.push('</IfModule>', '');
  return lines.join('\n');
}

/**
 * nginx: one `location ^~ <base>` (so no regex location of the server's own takes the site's files), to
 * include inside a `server { }` block whose root holds the site's folder. Nested regex locations are tried
 * in order; add_header is not inherited by a location that has add_header lines of its own, so each one
 * repeats the headers it sends. Checked on Debian's nginx 1.22 by tests/second-edition/build/publishing.test.ts.
 */
function nginxConfig(config: HostConfig): string {
  const { base } = config;
  const [fallback, ...others] = config.policies;
  const hashed = hashedRegex(config);
  const security = SECURITY_HEADERS.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`);
  const block = (match: string, comment: string, body: string[]) => [
    '',
    `    # ${comment}`,
    `    location ${match} {`,
    ...body.map((l) => `        ${l}`),
    '    }',
  ];
  const page = (policy: string) => [
    `add_header Content-Security-Policy ${quoted(policy)} always;`,
    ...security,
    `add_header Cache-Control ${quoted(CACHE_REVALIDATE)};`,
  ];
  const lines = [
    ...header(`nginx: the Erasmus+ plan site at ${base}.`),
    `# Include it inside the server { } block whose root holds the site (the zip unpacked into <root>${base}),`,
    `# e.g. include /var/www/html${base}${HOST_FILES.nginx}; and reload nginx after every update of the site.`,
    "# A location's add_header lines replace the server block's: repeat server-wide headers (e.g. HSTS) below.",
    `location ^~ ${base} {`,
    `    error_page 404 ${base}404.html;`,
    ...security.map((l) => `    ${l}`),
    `    add_header Cache-Control ${quoted(CACHE_REVALIDATE)};`,
    ...block(`~ ${hiddenRegex(base)}`, 'These files configure hosts; they are not part of the site.', ['return 404;']),
    ...others.flatMap((rule) => block(`~ ${pagesRegex(base, rule.paths)}`, rule.paths.map((p) => base + p).join(', '), page(rule.policy))),
    ...(hashed
      ? block(`~ ${hashed}`, 'Named by a hash of their content: never change.', [
          ...security,
          `add_header Cache-Control ${quoted(CACHE_IMMUTABLE)};`,
        ])
      : []),
    ...block(
      `~ ^${escapeRegex(base)}.*\\.wasm$`,
      "No file of the site is .wasm today; should one be, it is served as WebAssembly (if mime.types doesn't say so).",
      ['default_type application/wasm;', ...security, `add_header Cache-Control ${quoted(CACHE_REVALIDATE)};`],
    ),
  ];
  if (fallback)
    lines.push(...block(`~ ^${escapeRegex(base)}(?:.*/|.*\\.html)?$`, counted(fallback, others.length > 0), page(fallback.policy)));
  lines.push('}', '');
  return lines.join('\n');
}

/** Cloudflare Pages reads at most this many rules of a _headers file. */
export const HEADERS_RULE_LIMIT = 100;

/**
 * A _headers file (Netlify, Cloudflare Pages and others). Hosts apply every rule whose path matches, and
 * Cloudflare joins a header set by two of them with a comma (two policies, both enforced), so no header is
 * set by two rules that can match the same path: each page has a rule of its own. An unknown path's 404
 * page carries its <meta> policy only (a host answers it for the path asked for).
 */
function headersFile(config: HostConfig): { text: string; rules: number } {
  const { base } = config;
  const rules: [string, [string, string][]][] = [
    [`${base}*`, SECURITY_HEADERS.map(([n, v]) => [n, v])],
    ...config.hashed.folders.map((folder): [string, [string, string][]] => [`${base}${folder}*`, [['Cache-Control', CACHE_IMMUTABLE]]]),
    ...config.hashed.files.map((file): [string, [string, string][]] => [`${base}${file}`, [['Cache-Control', CACHE_IMMUTABLE]]]),
    ...config.policies.flatMap((rule) =>
      rule.paths.map((p): [string, [string, string][]] => [
        `${base}${p}`,
        [
          ['Content-Security-Policy', rule.policy],
          ['Cache-Control', CACHE_REVALIDATE],
        ],
      ]),
    ),
  ];
  const text = [
    ...header(`Netlify, Cloudflare Pages and other hosts that read a _headers file: the Erasmus+ plan site at ${base}.`),
    '',
    ...rules.flatMap(([where, headers]) => [where, ...headers.map(([name, value]) => `  ${name}: ${value}`), '']),
  ].join('\n');
  return { text, rules: rules.length };
}

/** Writes .htaccess, _headers and the nginx snippet into a built site; returns what it wrote and any warnings. */
export function writeHostConfig(root: string, input: HostConfigInput): WrittenHostConfig {
  const config = hostConfig(root, input);
  const headers = headersFile(config);
  writeFileSync(path.join(root, HOST_FILES.apache), apacheConfig(config));
  writeFileSync(path.join(root, HOST_FILES.nginx), nginxConfig(config));
  writeFileSync(path.join(root, HOST_FILES.headers), headers.text);
  const warnings: string[] = [];
  if (!input.website) {
    warnings.push(
      'the school\'s website is not known, so only this site may show the embeddable views in a frame: set "website" in content/school.json so the school\'s pages can embed them',
    );
  }
  if (headers.rules > HEADERS_RULE_LIMIT) {
    warnings.push(
      `${HOST_FILES.headers} has ${headers.rules} rules and Cloudflare Pages reads only the first ${HEADERS_RULE_LIMIT}: on Cloudflare Pages, the last pages' Content-Security-Policy headers are lost (their <meta> policies still apply)`,
    );
  }
  return { config, warnings };
}
