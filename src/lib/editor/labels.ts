/**
 * What the browser editor calls each field of content/, in the editor's language (the site's main language,
 * Latvian here) and in English. Keyed by the field's name; a name that means different things in different
 * files is keyed "<file>.<field>" (e.g. "table-1-1.semesters") and wins over the plain name.
 * A schema field without an entry here is still editable (under its own name); tests/unit/editor-config.test.ts
 * names it so it gets words.
 */
import type { Locale } from '../locales.ts';

export interface FieldWords {
  label: Record<Locale, string>;
  hint?: Record<Locale, string>;
}

const w = (lv: string, en: string, hint?: [string, string]): FieldWords => ({
  label: { lv, en },
  ...(hint && { hint: { lv: hint[0], en: hint[1] } }),
});

export const FIELD_WORDS: Record<string, FieldWords> = {
  // Shared
  id: w('Identifikators', 'Identifier', [
    'Mazie latīņu burti, cipari un defises, piem. „learner-mobility”. Pēc publicēšanas nemainiet: uz to ved saites.',
    'Lower-case letters, digits and hyphens, e.g. "learner-mobility". Do not change it once published: links point to it.',
  ]),
  lv: w('Latviski', 'Latvian'),
  en: w('Angliski', 'English'),
  title: w('Virsraksts', 'Title'),
  text: w('Teksts', 'Text'),
  description: w('Apraksts', 'Description'),
  summary: w('Kopsavilkums', 'Summary', [
    'Īss apraksts sākumlapai un saišu priekšskatījumiem.',
    'A short description for the home page and link previews.',
  ]),
  note: w('Piezīme redaktoriem', 'Note for editors', ['Vietnē netiek rādīta.', 'Not shown on the site.']),
  references: w('Atsauces', 'References', [
    'Avotu numuri [1], [2], …, ko šis teksts citē.',
    'Numbers of the sources [1], [2], … this text cites.',
  ]),
  keywords: w('Meklēšanas vārdi', 'Search words', [
    'Vārdi, ar kuriem cilvēki meklē, bet kuru tekstā nav. Netiek rādīti.',
    'Words people search with that the text does not use. Not shown.',
  ]),
  askedAs: w('Jautā arī tā', 'Also asked as', [
    'Jautājums lasītāju vārdiem; meklēšana atrod arī pēc tiem.',
    "The question in readers' own words; search finds it by them too.",
  ]),
  terms: w('Glosārija termini', 'Glossary terms', ['Termini, kurus atbilde lieto.', 'Terms the answer uses.']),
  // Questions
  section: w('Sadaļa', 'Section'),
  order: w('Secība sadaļā', 'Order in its section', ['1 — pirmais.', '1 is first.']),
  body: w('Atbilde', 'Answer'),
  // Pages
  'pages.body': w('Lapas teksts', 'Page text'),
  reviewed: w('Pārbaudīts', 'Reviewed', [
    'Datums, kad lapas apgalvojumi pēdējoreiz pārbaudīti (GGGG-MM-DD).',
    'When the claims were last checked (YYYY-MM-DD).',
  ]),
  // Edition
  period: w('Periods', 'Period'),
  start: w('Sākuma gads', 'First year'),
  end: w('Beigu gads', 'Last year'),
  funding: w('ES finansējuma norāde', 'EU funding acknowledgement'),
  statement: w('Teksts pie ES emblēmas', 'Text beside the EU emblem'),
  disclaimer: w('Atruna', 'Disclaimer'),
  grantingAuthority: w('Piešķīrēja iestāde', 'Granting authority', [
    'Kā to nosauc dotācijas līgums; tukšs, kamēr nav zināms.',
    'As the grant agreement names it; empty while not known.',
  ]),
  // Lists
  ordered: w('Numurēts saraksts', 'Numbered list'),
  onHomePage: w('Rādīt sākumlapā', 'Show on the home page', [
    'Sadaļā skolēniem un vecākiem kā „ko tu iegūsi”. Ne vairāk kā vienam sarakstam.',
    'In the block for learners and parents as "what you gain". At most one list.',
  ]),
  items: w('Punkti', 'Items'),
  // Needs, goals, activities
  goal: w('Atbilstošais mērķis', 'Matching goal'),
  audience: w('Kam paredzēts', 'Who can take part'),
  // References
  number: w('Numurs', 'Number'),
  urls: w('Adreses', 'Addresses', ['Pilnas adreses, kas sākas ar https://.', 'Full addresses starting with https://.']),
  // Glossary
  term: w('Termins', 'Term'),
  also: w('Citi nosaukumi', 'Other names', ['Rādīti vārdnīcā („Arī: …”).', 'Shown in the glossary ("Also: …").']),
  searchAliases: w('Meklēšanas formas', 'Search forms', [
    'Formas, ko cilvēki raksta (locījumi, cita rakstība); netiek rādītas.',
    'Forms people type (inflections, other spellings); not shown.',
  ]),
  definition: w('Skaidrojums', 'Definition'),
  // Table 1.1
  caption: w('Tabulas nosaukums', 'Caption'),
  semesters: w('Semestri (kolonnas)', 'Semesters (columns)'),
  label: w('Nosaukums', 'Label'),
  rows: w('Aktivitātes (rindas)', 'Activities (rows)'),
  activity: w('Aktivitāte', 'Activity'),
  counts: w('Dalībnieku skaits pa semestriem', 'Participants per semester', [
    'Tukšs lauks nozīmē „tiks precizēts”. Neizdomājiet skaitļus.',
    'An empty field means "to be confirmed". Do not invent figures.',
  ]),
  // Repairs
  source: w('Avota teksts', 'Source text', ['Precīzi kā plāna tekstā.', "Exactly as in the plan's text."]),
  result: w('Kas ir saturā', 'What the content has'),
  reason: w('Iemesls', 'Reason'),
  // School
  name: w('Nosaukums', 'Name'),
  shortName: w('Saīsinājums', 'Short name'),
  website: w('Skolas tīmekļa vietne', "The school's website", [
    'Pilna adrese, piem. https://www.skola.lv; tukšs, kamēr nav zināma.',
    'Full address; empty while not known.',
  ]),
  accessibilityContact: w('Kontakts piekļūstamības jautājumiem', 'Accessibility contact'),
  contact: w('Kam jautāt', 'Whom to ask'),
  email: w('E-pasts', 'E-mail'),
  phone: w('Tālrunis', 'Phone'),
  'site.url': w('Vietnes sākumlapas adrese', "Address of the site's home page", [
    'Pilna adrese, kā to rāda pārlūks, ar / beigās, piem. https://www.skola.lv/erasmus/. Atstājiet tukšu, kamēr vietne nav publicēta.',
    'The full address as the browser shows it, ending in /, e.g. https://www.school.lv/erasmus/. Leave it empty until the site is published.',
  ]),
  page: w('Lapa skolas vietnē', "Page on the school's website"),
  address: w('Pasta adrese', 'Postal address'),
  'contact.name': w('Persona vai birojs', 'Person or office'),
  // Search teaching
  synonyms: w('Sinonīmi', 'Synonyms'),
  plan: w('Plāna vārdi', "The plan's words"),
  everyday: w('Ikdienas vārdi', 'Everyday words'),
  words: w('Vārdi, ko nelabot', 'Words never corrected', [
    'Nosaukumi, kuru vārdnīcā nav (piem. Europass).',
    'Names no dictionary has (e.g. Europass).',
  ]),
};

/** Names of collections and files in the editor's side bar. */
export const COLLECTION_WORDS = {
  questions: w('Jautājumi un atbildes', 'Questions and answers'),
  question: w('Jautājums', 'Question'),
  plan: w('Plāns', 'Plan'),
  editions: w('Plāna periodi', 'Plan periods'),
  edition: w('Plāna periods', 'Plan period'),
  editionHint: w(
    'Jauns plāna periods: „Jauns”, ievadiet gadus un saglabājiet; tad pārlādējiet lapu (F5) un aizpildiet jaunā plāna daļas.',
    "A new plan period: New, enter the years and save; then reload the page (F5) and fill in the new plan's parts.",
  ),
  shared: w('Skola un vārdnīca', 'School and glossary'),
  pages: w('Lapas', 'Pages'),
  pageEntry: w('Lapa', 'Page'),
  meta: w('Plāna dati', 'Plan details'),
  sections: w('Sadaļas', 'Sections'),
  needs: w('Vajadzības', 'Needs'),
  goals: w('Mērķi', 'Goals'),
  activities: w('Aktivitātes', 'Activities'),
  lists: w('Saraksti', 'Lists'),
  references: w('Avoti', 'References'),
  table: w('Tabula 1.1 (dalībnieku skaits)', 'Table 1.1 (participants)'),
  repairs: w('Teksta labojumi', 'Text repairs'),
  school: w('Skolas dati', "The school's details"),
  site: w('Vietnes adrese', "The site's address"),
  participation: w('Kā piedalīties', 'How to take part'),
  glossary: w('Vārdnīca (glosārijs)', 'Glossary'),
  search: w('Meklēšanas vārdi', 'Search words'),
  listComponent: w('Saraksts', 'List'),
  listComponentField: w('Kurš saraksts', 'Which list'),
} satisfies Record<string, FieldWords>;
