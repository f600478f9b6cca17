/** Worker thread of the search index: writes each language's dictionary files (writeSpelling) and posts their bytes. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale } from '../../lib/locales.ts';
import { writeSpelling } from './dictionary.ts';

const { dir, locales } = workerData as { dir: string; locales: Locale[] };
parentPort!.postMessage(locales.reduce((bytes, locale) => bytes + writeSpelling(dir, locale), 0));
