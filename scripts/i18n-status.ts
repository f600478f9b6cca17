/**
 * npm run i18n:status — which English translations are missing or out of date (in the site's main language;
 * --lang en for English).
 *   --accept KEY [KEY …]   confirm that the English of these entries now matches the Latvian
 *   --accept-all           confirm every entry (after a full translation review)
 * Exits with 1 while any translation is missing or out of date, so it can gate a release.
 */
import { useCheckMessages } from '../src/lib/i18n.ts';
import { messageLanguage } from '../src/lib/content/issues.ts';
import { readContent } from '../src/content/reader.ts';
import { contentDir } from '../src/content/files.ts';
import { confirmation, translationStatus, translationUnits, writeLock } from '../src/content/translations.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const t = useCheckMessages(messageLanguage(langAt >= 0 ? args[langAt + 1] : undefined));
const root = contentDir();
const { source } = readContent(root);
if (!source.translations) {
  console.error(t('status.cannotRead', { file: source.translationsFile }));
  process.exit(2);
}
const units = translationUnits(source);
const lock = { ...source.translations };

if (args.includes('--accept-all') || args.includes('--accept')) {
  const keys = args.includes('--accept-all')
    ? units.map((u) => u.key)
    : args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  for (const key of keys) {
    const unit = units.find((u) => u.key === key);
    if (!unit) {
      console.error(t('status.unknownEntry', { key }));
      process.exit(2);
    }
    if (unit.missingEnglish) {
      console.error(t('status.noEnglish', { key, file: unit.missingEnglish }));
      process.exit(2);
    }
    lock[key] = confirmation(unit);
  }
  writeLock(lock, root);
  console.log(t('status.confirmed', { count: keys.length, file: source.translationsFile }));
}

const status = translationStatus(units, lock);
const line = (
  label: 'status.missing' | 'status.outdated' | 'status.unconfirmed',
  list: typeof units,
  detail: (u: (typeof units)[number]) => string,
) => {
  console.log(t(label, { count: list.length }));
  for (const u of list) console.log(`  ${u.key}  (${detail(u)})`);
};
line('status.missing', status.missing, (u) => t('status.writeMissing', { file: u.missingEnglish }));
line('status.outdated', status.outdated, (u) => t('status.updateOutdated', { file: u.file, key: u.key }));
line('status.unconfirmed', status.unconfirmed, (u) => u.file);
console.log(t('status.total', { count: units.length }));
process.exit(status.missing.length + status.outdated.length > 0 ? 1 : 0);
