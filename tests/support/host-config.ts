/**
 * Readers of the host configuration the build writes (.htaccess, nginx-snippet.conf, _headers), written from
 * each server's documented rules rather than from the generator, so a generator mistake cannot be repeated
 * here: each parses its whole file (a line it does not know fails the test) and answers what that server
 * would send for a request path, merging sections in the server's own order.
 */

export interface Answer {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** A Content-Type the configuration sets for this path (AddType, default_type), if any. */
  type?: string;
}

/** Where a request path leads on a static host: the file served ("buj/index.html"), or undefined. */
export type Resolve = (requestPath: string) => string | undefined;

const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

// --- Apache -------------------------------------------------------------------------------------------

type ApacheDirective =
  | { kind: 'header'; table: 'always' | 'onsuccess'; action: 'set' | 'unset'; name: string; value?: string }
  | { kind: 'addtype'; type: string; extensions: string[] }
  | { kind: 'redirect404'; pattern: RegExp }
  | { kind: 'errordocument'; status: number; target: string };

interface ApacheSection {
  kind: 'body' | 'files' | 'if';
  pattern?: RegExp;
  directives: ApacheDirective[];
}

export interface ApacheConfig {
  sections: ApacheSection[];
  /** Every URL path or path pattern the file names (ErrorDocument, RedirectMatch, <If>). */
  paths: string[];
}

export function parseHtaccess(text: string): ApacheConfig {
  const body: ApacheSection = { kind: 'body', directives: [] };
  const sections: ApacheSection[] = [body];
  const paths: string[] = [];
  let current = body;
  const open: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const fail = () => {
      throw new Error(`.htaccess line ${i + 1}: not understood: ${raw}`);
    };
    if (!line || line.startsWith('#')) return;
    let m: RegExpExecArray | null;
    if (/^<IfModule ([\w.]+)>$/.test(line)) open.push('IfModule');
    else if (line === '</IfModule>') {
      if (open.pop() !== 'IfModule') fail();
    } else if ((m = /^<If "%\{REQUEST_URI\} =~ m#([^#]+)#">$/.exec(line))) {
      open.push('If');
      paths.push(m[1]!);
      sections.push((current = { kind: 'if', pattern: new RegExp(m[1]!), directives: [] }));
    } else if ((m = /^<FilesMatch "([^"]+)">$/.exec(line))) {
      open.push('FilesMatch');
      sections.push((current = { kind: 'files', pattern: new RegExp(m[1]!), directives: [] }));
    } else if (line === '</If>' || line === '</FilesMatch>') {
      if (open.pop() !== line.slice(2, -1)) fail();
      current = body;
    } else if ((m = /^Header (?:(always|onsuccess) )?set ([\w-]+) ("[^"]*"|\S+)$/.exec(line))) {
      current.directives.push({
        kind: 'header',
        table: (m[1] ?? 'onsuccess') as 'always' | 'onsuccess',
        action: 'set',
        name: m[2]!.toLowerCase(),
        value: unquote(m[3]!),
      });
    } else if ((m = /^Header (?:(always|onsuccess) )?unset ([\w-]+)$/.exec(line))) {
      current.directives.push({
        kind: 'header',
        table: (m[1] ?? 'onsuccess') as 'always' | 'onsuccess',
        action: 'unset',
        name: m[2]!.toLowerCase(),
      });
    } else if ((m = /^AddType (\S+) ((?:\.\w+ ?)+)$/.exec(line)))
      current.directives.push({ kind: 'addtype', type: m[1]!, extensions: m[2]!.trim().split(' ') });
    else if ((m = /^RedirectMatch 404 (\S+)$/.exec(line))) {
      paths.push(m[1]!);
      current.directives.push({ kind: 'redirect404', pattern: new RegExp(m[1]!) });
    } else if ((m = /^ErrorDocument (\d{3}) (\S+)$/.exec(line))) {
      paths.push(m[2]!);
      current.directives.push({ kind: 'errordocument', status: Number(m[1]), target: m[2]! });
    } else fail();
  });
  if (open.length) throw new Error(`.htaccess: <${open.at(-1)}> is not closed`);
  return { sections, paths };
}

export function apacheAnswer(config: ApacheConfig, requestPath: string, resolve: Resolve, status = 200): Answer {
  const all = config.sections.flatMap((s) => s.directives);
  const errorDocument = (code: number) =>
    all.find((d): d is Extract<ApacheDirective, { kind: 'errordocument' }> => d.kind === 'errordocument' && d.status === code);
  const file = resolve(requestPath);
  if (status === 200 && (!file || all.some((d) => d.kind === 'redirect404' && d.pattern.test(requestPath)))) {
    const target = errorDocument(404);
    if (!target) return { status: 404, headers: {} };
    return apacheAnswer(config, target.target, resolve, 404);
  }
  const name = file!.split('/').pop()!;
  const applying = [
    ...config.sections.filter((s) => s.kind === 'body'),
    ...config.sections.filter((s) => s.kind === 'files' && s.pattern!.test(name)),
    ...config.sections.filter((s) => s.kind === 'if' && s.pattern!.test(requestPath)),
  ].flatMap((s) => s.directives);
  const tables = { always: new Map<string, string>(), onsuccess: new Map<string, string>() };
  let type: string | undefined;
  for (const d of applying) {
    if (d.kind === 'header') {
      if (d.action === 'set') tables[d.table].set(d.name, d.value!);
      else tables[d.table].delete(d.name);
    } else if (d.kind === 'addtype' && d.extensions.some((ext) => name.endsWith(ext))) type = d.type;
  }
  const both = [...tables.always.keys()].filter((k) => tables.onsuccess.has(k));
  if (both.length) throw new Error(`.htaccess sets ${both.join(', ')} in both tables: Apache would send it twice`);
  // A local ErrorDocument is served as a request of its own (with the error status), so both tables apply.
  const headers = Object.fromEntries([...tables.always, ...tables.onsuccess]);
  return { status, headers, type };
}

// --- nginx --------------------------------------------------------------------------------------------

interface NginxBlock {
  args: string[];
  directives: string[][];
  blocks: NginxBlock[];
}

function nginxTokens(text: string): string[] {
  const tokens: string[] = [];
  const source = text.replace(/#[^\n]*/g, '');
  const re = /"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) tokens.push(m[1] !== undefined ? m[1] : (m[2] ?? m[3]!));
  return tokens;
}

export function parseNginx(text: string): NginxBlock {
  const tokens = nginxTokens(text);
  let i = 0;
  const block = (args: string[]): NginxBlock => {
    const out: NginxBlock = { args, directives: [], blocks: [] };
    let words: string[] = [];
    while (i < tokens.length) {
      const t = tokens[i++]!;
      if (t === ';') {
        out.directives.push(words);
        words = [];
      } else if (t === '{') {
        out.blocks.push(block(words));
        words = [];
      } else if (t === '}') {
        if (words.length) throw new Error(`nginx: "${words.join(' ')}" has no ";"`);
        return out;
      } else words.push(t);
    }
    if (args.length) throw new Error(`nginx: "${args.join(' ')} {" is not closed`);
    if (words.length) throw new Error(`nginx: "${words.join(' ')}" has no ";"`);
    return out;
  };
  return block([]);
}

const NGINX_DIRECTIVES = new Set(['add_header', 'error_page', 'return', 'default_type']);

/** The snippet's `location ^~ <base>` and its nested locations, checked for directives this reader knows. */
function nginxLocation(root: NginxBlock): { prefix: string; block: NginxBlock } {
  if (root.directives.length || root.blocks.length !== 1) throw new Error('nginx snippet: expected exactly one location block');
  const top = root.blocks[0]!;
  if (top.args[0] !== 'location' || top.args[1] !== '^~' || top.args.length !== 3)
    throw new Error(`nginx snippet: expected "location ^~ <base>", got "${top.args.join(' ')}"`);
  for (const b of [top, ...top.blocks]) {
    for (const d of b.directives) if (!NGINX_DIRECTIVES.has(d[0]!)) throw new Error(`nginx snippet: unexpected directive ${d.join(' ')}`);
  }
  for (const b of top.blocks) {
    if (b.args[0] !== 'location' || b.args[1] !== '~' || b.args.length !== 3 || b.blocks.length)
      throw new Error(`nginx snippet: unexpected block "${b.args.join(' ')}"`);
  }
  return { prefix: top.args[2]!, block: top };
}

export function nginxAnswer(root: NginxBlock, requestPath: string, resolve: Resolve, status = 200): Answer {
  const { prefix, block } = nginxLocation(root);
  if (!requestPath.startsWith(prefix)) return { status: 404, headers: {} };
  const nested = block.blocks.find((b) => new RegExp(b.args[2]!).test(requestPath));
  const directives = (name: string, b: NginxBlock | undefined) => (b?.directives ?? []).filter((d) => d[0] === name);
  const own = (name: string) => (directives(name, nested).length ? directives(name, nested) : directives(name, block));
  const errorPage = own('error_page')
    .find((d) => d.slice(1, -1).includes('404'))
    ?.at(-1);
  const returned = directives('return', nested)[0];
  if (status === 200 && (returned?.[1] === '404' || !resolve(requestPath))) {
    return errorPage ? nginxAnswer(root, errorPage, resolve, 404) : { status: 404, headers: {} };
  }
  const headers: Record<string, string> = {};
  for (const d of own('add_header')) {
    // Without "always", add_header applies to 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308 only.
    if (status < 400 || d[3] === 'always') headers[d[1]!.toLowerCase()] = d[2]!;
  }
  return { status, headers, type: own('default_type')[0]?.[1] };
}

/** Every location path or pattern the snippet names, and every path it sends an error to. */
export function nginxPaths(root: NginxBlock): string[] {
  const { prefix, block } = nginxLocation(root);
  return [
    prefix,
    ...block.blocks.map((b) => b.args[2]!),
    ...[block, ...block.blocks].flatMap((b) => b.directives.filter((d) => d[0] === 'error_page').map((d) => d.at(-1)!)),
  ];
}

// --- _headers -----------------------------------------------------------------------------------------

export interface HeadersRule {
  path: string;
  pattern: RegExp;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    if (/^\S/.test(raw)) {
      if (!raw.startsWith('/')) throw new Error(`_headers line ${i + 1}: a rule's path starts with "/": ${raw}`);
      const source = raw
        .trim()
        .split(/(\*|:\w+)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ path: raw.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(raw);
    if (!m || !rules.length) throw new Error(`_headers line ${i + 1}: not understood: ${raw}`);
    rules.at(-1)!.headers.push([m[1]!.toLowerCase(), m[2]!.trim()]);
  });
  return rules;
}

/** The headers a _headers host adds for a path, and the names more than one matching rule sets. */
export function headersFileAnswer(rules: HeadersRule[], requestPath: string): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const setBy = new Map<string, string>();
  const conflicts: string[] = [];
  for (const rule of rules.filter((r) => r.pattern.test(requestPath))) {
    for (const [name, value] of rule.headers) {
      if (setBy.has(name) && setBy.get(name) !== rule.path) conflicts.push(`${name} (${setBy.get(name)} and ${rule.path})`);
      setBy.set(name, rule.path);
      headers[name] = value;
    }
  }
  return { headers, conflicts };
}
