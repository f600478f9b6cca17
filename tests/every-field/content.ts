/**
 * The every-field scenario's content: the other school's (tests/another-school/content) with every field a
 * school can write filled, the optional ones included, each with its own words. Each fill says where a reader
 * meets it: on a page of the site in each language, only in search, or nowhere (a note for editors).
 * tests/every-field/every-field.test.ts proves no field is left unfilled; build/site.test.ts builds the site
 * and finds each fill where it says.
 */
import { copyFixtureContent, FIXTURE_EDITION, type ContentCopy } from '../support/fixture-content.ts';

type Data = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are edited freely

export interface Fill {
  /** The file and field, as the unfilled-fields walker names them. */
  field: string;
  /** The words to find: per language on the site's pages or in its search index; `nowhere`: in no file of the site. */
  shows: { pages: { lv: string | RegExp; en: string | RegExp } } | { search: { lv: string; en: string } } | { nowhere: string };
  /** Writes it; left out where the fill before writes this field too (funding's parts). */
  fill?(copy: ContentCopy): void;
}

const edition = `editions/${FIXTURE_EDITION}`;
const json = (file: string, edit: (data: Data) => void) => (copy: ContentCopy) => copy.editJson(file, edit);
/** Adds front matter lines to a Markdown file. */
const frontMatter = (file: string, lines: string) => (copy: ContentCopy) =>
  copy.write(file, copy.read(file).replace(/^---\r?\n/, `---\n${lines}\n`));

export const FILLS: Fill[] = [
  {
    field: 'editions/*/edition.json › funding',
    shows: { pages: { lv: 'Finansē Ziemeļkalnu fonds', en: 'Funded by the Ziemelkalni Fund' } },
    fill: json(`${edition}/edition.json`, (d) => {
      d.funding = {
        statement: { lv: 'Finansē Ziemeļkalnu fonds', en: 'Funded by the Ziemelkalni Fund' },
        disclaimer: { lv: 'Paustie viedokļi ir tikai skolas viedokļi.', en: 'The views expressed are the school’s alone.' },
        grantingAuthority: { lv: 'Ziemeļkalnu mobilitātes aģentūra', en: 'Ziemelkalni Mobility Agency' },
        note: 'Redaktoru piezīme par finansējuma tekstu',
      };
    }),
  },
  {
    field: 'editions/*/edition.json › funding.grantingAuthority',
    shows: { pages: { lv: 'Ziemeļkalnu mobilitātes aģentūra', en: 'Ziemelkalni Mobility Agency' } },
  },
  { field: 'editions/*/edition.json › funding.note', shows: { nowhere: 'Redaktoru piezīme par finansējuma tekstu' } },
  {
    // No answer of this content shows the goals: the plan's need-and-goal pairs are the only place a goal cites.
    field: 'editions/*/goals.json › [].references',
    shows: { pages: { lv: /Pirmais mērķis\.\s*<a[^>]*href="#ref-2"/, en: /First goal\.\s*<a[^>]*href="#ref-2"/ } },
    fill: json(`${edition}/goals.json`, (d) => (d[0].references = [2])),
  },
  {
    field: 'editions/*/activities.json › [].keywords',
    shows: { search: { lv: 'ēvelēšana', en: 'planing' } },
    fill: json(`${edition}/activities.json`, (d) => (d[0].keywords = { lv: ['ēvelēšana'], en: ['planing'] })),
  },
  {
    field: 'editions/*/activities.json › [].askedAs',
    shows: { search: { lv: 'Vai var braukt uz darbnīcu ārzemēs?', en: 'Can I go to a workshop abroad?' } },
    fill: json(
      `${edition}/activities.json`,
      (d) => (d[0].askedAs = { lv: ['Vai var braukt uz darbnīcu ārzemēs?'], en: ['Can I go to a workshop abroad?'] }),
    ),
  },
  {
    field: 'editions/*/lists.json › [].items[].id',
    shows: { pages: { lv: 'id="better-results"', en: 'id="better-results"' } },
    fill: json(`${edition}/lists.json`, (d) => (d[0].items[0].id = 'better-results')),
  },
  {
    field: 'editions/*/references.json › [].note',
    shows: { pages: { lv: 'Nosaukumu pievienoja redaktori', en: 'Title added by the editors' } },
    fill: json(`${edition}/references.json`, (d) =>
      d.push({
        number: 2,
        title: { lv: 'Meistaru rokasgrāmata', en: 'The masters’ handbook' },
        note: { lv: 'Nosaukumu pievienoja redaktori.', en: 'Title added by the editors.' },
      }),
    ),
  },
  {
    field: 'editions/*/repairs.json › []',
    shows: { pages: { lv: 'saliktsvārds', en: 'Two words run together' } },
    fill: json(`${edition}/repairs.json`, (d) =>
      d.push({
        id: 'joined-words',
        source: 'saliktsvārds',
        result: 'salikts vārds',
        reason: { lv: 'Divi vārdi bija salipuši kopā.', en: 'Two words run together in the extracted text.' },
      }),
    ),
  },
  {
    field: 'school.json › accessibilityContact.phone',
    shows: { pages: { lv: '+371 60 000 001', en: '+371 60 000 001' } },
    fill: json('school.json', (d) => (d.accessibilityContact.phone = '+371 60 000 001')),
  },
  {
    field: 'school.json › contact.page',
    shows: { pages: { lv: 'https://ziemelkalni.example.lv/kontakti/', en: 'https://ziemelkalni.example.lv/kontakti/' } },
    fill: json('school.json', (d) => (d.contact.page = 'https://ziemelkalni.example.lv/kontakti/')),
  },
  {
    field: 'school.json › contact.address',
    shows: { pages: { lv: 'Meistaru iela 1, Ziemeļkalni', en: 'Meistaru iela 1, Ziemelkalni, Latvia' } },
    fill: json(
      'school.json',
      (d) => (d.contact.address = { lv: 'Meistaru iela 1, Ziemeļkalni', en: 'Meistaru iela 1, Ziemelkalni, Latvia' }),
    ),
  },
  {
    field: 'school.json › note',
    shows: { nowhere: 'Redaktoru piezīme par skolu' },
    fill: json('school.json', (d) => (d.note = 'Redaktoru piezīme par skolu')),
  },
  {
    field: 'participation.json › selection.points',
    shows: { pages: { lv: 'meistara ieteikums', en: 'a master craftsperson’s recommendation' } },
    fill: json(
      'participation.json',
      (d) => (d.selection.points = [{ lv: 'meistara ieteikums', en: 'a master craftsperson’s recommendation' }]),
    ),
  },
  {
    field: 'participation.json › call.opens',
    shows: { pages: { lv: '2031. gada 15. janvāris', en: '15 January 2031' } },
    fill: json('participation.json', (d) => (d.call.opens = '2031-01-15')),
  },
  {
    field: 'participation.json › costs.text',
    shows: { pages: { lv: 'Dotācija tiek izmaksāta pirms brauciena.', en: 'The grant is paid before the journey.' } },
    fill: json(
      'participation.json',
      (d) => (d.costs.text = { lv: 'Dotācija tiek izmaksāta pirms brauciena.', en: 'The grant is paid before the journey.' }),
    ),
  },
  {
    field: 'participation.json › safety.points',
    shows: { pages: { lv: 'grupā ir vismaz divi dalībnieki', en: 'at least two participants travel together' } },
    fill: json(
      'participation.json',
      (d) => (d.safety.points = [{ lv: 'grupā ir vismaz divi dalībnieki', en: 'at least two participants travel together' }]),
    ),
  },
  {
    field: 'participation.json › recognition.points',
    shows: { pages: { lv: 'ieraksts prakses dienasgrāmatā', en: 'an entry in the placement diary' } },
    fill: json(
      'participation.json',
      (d) => (d.recognition.points = [{ lv: 'ieraksts prakses dienasgrāmatā', en: 'an entry in the placement diary' }]),
    ),
  },
  {
    field: 'glossary.json › [].askedAs',
    shows: { search: { lv: 'Ko nozīmē K1?', en: 'What does KA1 mean?' } },
    fill: json('glossary.json', (d) => (d[0].askedAs = { lv: ['Ko nozīmē K1?'], en: ['What does KA1 mean?'] })),
  },
  {
    field: 'search.json',
    shows: { search: { lv: 'trūkumi', en: 'shortcomings' } },
    fill: (copy) =>
      copy.writeJson('search.json', {
        lv: { synonyms: [{ plan: ['vajadzības'], everyday: ['trūkumi'] }], words: ['Ziemeļkalni'] },
        en: { synonyms: [{ plan: ['needs'], everyday: ['shortcomings'] }], words: ['Ziemelkalni'] },
      }),
  },
  {
    field: 'editions/*/questions/*/*.mdx › askedAs',
    shows: { search: { lv: 'Kas skolai pietrūkst?', en: 'What does the school lack?' } },
    fill: (copy) => {
      frontMatter(`${edition}/questions/lv/school-needs.mdx`, 'askedAs: ["Kas skolai pietrūkst?"]')(copy);
      frontMatter(`${edition}/questions/en/school-needs.mdx`, 'askedAs: ["What does the school lack?"]')(copy);
    },
  },
  {
    field: 'pages/*/*.md › reviewed',
    shows: { pages: { lv: '2026-11-20', en: '2026-11-20' } },
    fill: (copy) => {
      frontMatter('pages/lv/accessibility.md', 'reviewed: 2026-11-20')(copy);
      frontMatter('pages/en/accessibility.md', 'reviewed: 2026-11-20')(copy);
    },
  },
];

/** A writable copy of the every-field content, in a temporary folder. */
export function copyEveryFieldContent(): ContentCopy {
  const copy = copyFixtureContent();
  for (const { fill } of FILLS) fill?.(copy);
  return copy;
}
