/**
 * npm run i18n:status — which English translations are missing or out of date.
 *   --accept KEY [KEY …]   confirm that the English of these entries now matches the Latvian
 *   --accept-all           confirm every entry (after a full translation review)
 * Exits with 1 while any translation is missing or out of date, so it can gate a release.
 */
import { readContent } from '../src/lib/content/reader.ts';
import { contentDir } from '../src/lib/content/files.ts';
import { confirmation, translationStatus, translationUnits, writeLock } from '../src/lib/content/translations.ts';

const args = process.argv.slice(2);
const root = contentDir();
const { source } = readContent(root);
if (!source.translations) {
  console.error(`${source.translationsFile} cannot be read: run npm run check to see why`);
  process.exit(2);
}
const units = translationUnits(source);
const lock = { ...source.translations };

if (args.includes('--accept-all') || args.includes('--accept')) {
  const keys = args.includes('--accept-all') ? units.map((u) => u.key) : args.filter((a) => !a.startsWith('--'));
  for (const key of keys) {
    const unit = units.find((u) => u.key === key);
    if (!unit) {
      console.error(`unknown entry "${key}" (run npm run i18n:status to see the keys)`);
      process.exit(2);
    }
    if (unit.missingEnglish) {
      console.error(`"${key}" has no English version yet: write ${unit.missingEnglish} first`);
      process.exit(2);
    }
    lock[key] = confirmation(unit);
  }
  writeLock(lock, root);
  console.log(`confirmed ${keys.length} translation(s) in ${source.translationsFile}`);
}

const status = translationStatus(units, lock);
const line = (label: string, list: typeof units, detail: (u: (typeof units)[number]) => string) => {
  console.log(`${label}: ${list.length}`);
  for (const u of list) console.log(`  ${u.key}  (${detail(u)})`);
};
line('missing English', status.missing, (u) => `write ${u.missingEnglish}`);
line('out of date', status.outdated, (u) => `the Latvian changed; update the English in ${u.file}, then --accept ${u.key}`);
line('not confirmed yet', status.unconfirmed, (u) => u.file);
console.log(`${units.length} translated entries in all.`);
process.exit(status.missing.length + status.outdated.length > 0 ? 1 : 0);
