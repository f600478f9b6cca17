/**
 * Astro collection loader for the JSON files of each plan edition: one entry per item of an array file
 * (id "<edition>/<item id>") or one entry per edition for single-object files. Reading goes through
 * files.ts, the same reader the content check uses.
 */
import type { Loader } from 'astro/loaders';
import { ContentFileError, displayPath, editionFile, type EditionFileKind, listEditions, readJson } from './files.ts';

export function editionDataLoader(kind: EditionFileKind): Loader {
  return {
    name: `edition-${kind}`,
    async load({ store, parseData, generateDigest, watcher }) {
      store.clear();
      for (const edition of listEditions()) {
        const file = editionFile(edition, kind);
        watcher?.add(file);
        let data: unknown;
        try {
          data = readJson(file);
        } catch (error) {
          if (error instanceof ContentFileError) throw new Error(error.message);
          throw error;
        }
        const items = Array.isArray(data) ? data : [data];
        for (const [i, item] of items.entries()) {
          const key = Array.isArray(data) ? String((item as { id?: unknown; number?: unknown }).id ?? (item as { number?: unknown }).number ?? i) : '';
          const id = key ? `${edition}/${key}` : edition;
          const parsed = await parseData({ id, data: { ...(item as Record<string, unknown>) }, filePath: displayPath(file) });
          store.set({ id, data: { ...parsed, position: i }, digest: generateDigest(item as Record<string, unknown>) });
        }
      }
    },
  };
}

/** "2020-2022/need-1" → "2020-2022". */
export function editionOfEntry(id: string): string {
  return id.split('/')[0]!;
}
