/**
 * Content schemas: the one place that says what valid content looks like, one schema per kind of file.
 * The content reader (reader.ts) parses every file with these; Astro's collections get the same data from
 * the reader, so nothing is validated twice. `astro/zod` is a re-export of Zod 4 and loads outside Astro too.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../locales.ts';

/** One value per site language ({ lv, en }), built from the one list of languages. */
function perLocale<T extends z.ZodType>(schema: T) {
  return z.object(Object.fromEntries(LOCALES.map((l) => [l, schema])) as Record<Locale, T>).strict();
}

/** Lower-case words joined by hyphens: safe in a URL fragment and a file name. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'schema.id');

const text = z.string().trim().min(1, 'schema.nonEmpty');

/** Text in both languages; a missing translation is an error, not a silent fallback. */
const localizedText = perLocale(text);
export type LocalizedText = z.infer<typeof localizedText>;

/** Reference numbers as the plan cites them: [1], [2], [3]. */
const referenceNumbers = z.array(z.number().int().positive()).default([]);

/**
 * The EU funding acknowledgement every Erasmus+ beneficiary shows (the EU emblem with the funding statement
 * beside it, and the disclaimer). The defaults are the Commission's standard wording; a grant agreement may
 * ask for other words, so each edition can set its own.
 */
const DEFAULT_FUNDING = {
  statement: { lv: 'Līdzfinansē Eiropas Savienība', en: 'Co-funded by the European Union' },
  disclaimer: {
    lv: 'Līdzfinansē Eiropas Savienība. Tomēr paustie viedokļi un uzskati ir tikai autora(-u) viedokļi un uzskati, un tie ne vienmēr atspoguļo Eiropas Savienības vai piešķīrējas iestādes viedokli. Ne Eiropas Savienība, ne piešķīrēja iestāde nevar būt atbildīga par tiem.',
    en: 'Co-funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the granting authority. Neither the European Union nor the granting authority can be held responsible for them.',
  },
} as const;

const fundingSchema = z
  .object({
    /** Shown beside the EU emblem. */
    statement: localizedText.default(DEFAULT_FUNDING.statement),
    disclaimer: localizedText.default(DEFAULT_FUNDING.disclaimer),
    /**
     * The body that granted the funds, as the grant agreement names it (e.g. the national agency). Empty
     * while not known: the disclaimer's generic words ("the granting authority") then stand alone.
     */
    grantingAuthority: perLocale(z.string().trim().default('')).default({ lv: '', en: '' }),
    /** For editors: where the wording comes from and what to check. Not shown on the site. */
    note: z.string().trim().optional(),
  })
  .strict();

const editionSchema = z
  .object({
    title: localizedText,
    /** First and last calendar year the plan covers. */
    period: z.object({ start: z.number().int(), end: z.number().int() }).strict(),
    /** A short description for the home page and link previews. */
    summary: localizedText,
    funding: fundingSchema.default({ statement: DEFAULT_FUNDING.statement, disclaimer: DEFAULT_FUNDING.disclaimer, grantingAuthority: { lv: '', en: '' } }),
  })
  .strict()
  .refine((e) => e.period.end >= e.period.start, { message: 'schema.periodOrder', path: ['period', 'end'] });

const sectionSchema = z.object({ id: idSchema, title: localizedText }).strict();

const listItemSchema = z
  .object({ id: idSchema.optional(), text: localizedText, references: referenceNumbers })
  .strict();

/** A list of the plan kept as data, so the FAQ, the plan document and the home page show the same items. */
const listSchema = z
  .object({
    id: idSchema,
    /** Heading shown above the list where it stands alone (home page, search sub-results). */
    title: localizedText.optional(),
    /** true where the source numbers the items. */
    ordered: z.boolean(),
    /**
     * Shown on the home page, in the block for learners and parents, as "what you gain" (the results for
     * learners). At most one list of an edition has it.
     */
    onHomePage: z.boolean().default(false),
    items: z.array(listItemSchema).min(1),
  })
  .strict();

const needSchema = z
  .object({ id: idSchema, text: localizedText, goal: idSchema, references: referenceNumbers })
  .strict();
const goalSchema = z.object({ id: idSchema, text: localizedText, references: referenceNumbers }).strict();

export const AUDIENCES = ['learners', 'staff'] as const;
const activitySchema = z
  .object({
    id: idSchema,
    title: localizedText,
    description: localizedText,
    /** Who can take part: the home page shows learners what is open to them. */
    audience: z.array(z.enum(AUDIENCES)).min(1),
    references: referenceNumbers,
    /** Words people search with for this activity that its text does not use, per language. */
    keywords: perLocale(z.array(text)).default({ lv: [], en: [] }),
    /** "Also asked as": how readers ask about it, per language; search finds it by them, below its own words. */
    askedAs: perLocale(z.array(text).default([])).default({ lv: [], en: [] }),
  })
  .strict();

const referenceSchema = z
  .object({
    number: z.number().int().positive(),
    title: localizedText,
    urls: z.array(z.url({ message: 'schema.url' })).default([]),
    /** What the editors supplied that the plan itself does not say (e.g. a title). */
    note: localizedText.optional(),
  })
  .strict();

const glossaryTermSchema = z
  .object({
    id: idSchema,
    term: localizedText,
    /**
     * SHOWN on the glossary page ("Arī: … / Also: …"): other names and abbreviations a reader meets and would
     * recognise (KA1 beside K1). Search finds the term by these too.
     */
    also: perLocale(z.array(text).default([])).default({ lv: [], en: [] }),
    /**
     * NOT SHOWN, for search only: forms people type that a reader need not see (inflections, other
     * capitalisation, casual spellings such as "Erasmus plus").
     */
    searchAliases: perLocale(z.array(text).default([])).default({ lv: [], en: [] }),
    definition: localizedText,
    /** "Also asked as": how readers ask about the term; search finds it by them, below its own words. */
    askedAs: perLocale(z.array(text).default([])).optional(),
  })
  .strict();

/** A participant count: a whole number, or null while the school has not confirmed it. */
const participantCount = z.number().int().nonnegative().nullable();

const semesterSchema = z.object({ id: idSchema, label: localizedText }).strict();

const tableSchema = z
  .object({
    caption: localizedText,
    semesters: z.array(semesterSchema).min(1),
    rows: z
      .array(
        z
          .object({
            activity: idSchema,
            /** One entry per semester id; null (or a semester left out, as the browser editor writes it) means "to be confirmed". */
            counts: z.record(z.string(), participantCount).default({}),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Front matter of one answer (content/editions/<edition>/questions/<lang>/<question-id>.md). */
export const questionSchema = z
  .object({
    title: text,
    section: idSchema,
    /** Position within its section, 1 first. */
    order: z.number().int().positive(),
    /** Words people search with that the answer itself does not use (synonyms, everyday words). */
    keywords: z.array(text).default([]),
    /** "Also asked as": the question in readers' own words; search finds the answer by them, below its own words. */
    askedAs: z.array(text).default([]),
    /** Numbers of the references the answer cites. */
    references: referenceNumbers,
    /** Glossary terms the answer uses. */
    terms: z.array(idSchema).default([]),
  })
  .strict();

export type Edition = z.infer<typeof editionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type List = z.infer<typeof listSchema>;
export type Need = z.infer<typeof needSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Table = z.infer<typeof tableSchema>;
export type QuestionFrontmatter = z.infer<typeof questionSchema>;

/** One editorial repair of an extraction artefact in the seed (content/editions/<edition>/repairs.json). */
const repairSchema = z
  .object({
    id: idSchema,
    /** Exact seed text (whitespace folded to single spaces) that the content does not contain as is. */
    source: text,
    /** What the content has instead ("" where the text was removed or moved into data). */
    result: z.string(),
    reason: localizedText,
  })
  .strict();

/**
 * A day that has been, written YYYY-MM-DD (the front matter keeps it as text, so 2026-11-5 and 2026-02-30 are
 * seen as written, not turned into another day).
 */
function isRealDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}
const pastDate = z
  .string({ message: 'schema.dateFormat' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'schema.dateFormat', abort: true })
  .refine((s) => isRealDay(s), { message: 'schema.dateNotReal', abort: true })
  .refine((s) => s <= new Date().toISOString().slice(0, 10), 'schema.dateFuture')
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** Front matter of a stand-alone page (content/pages/<lang>/<page>.md), e.g. the accessibility statement. */
export const pageSchema = z
  .object({
    title: text,
    description: text,
    /** When the page's claims were last checked (YYYY-MM-DD). */
    reviewed: pastDate.optional(),
  })
  .strict();

/**
 * The data files of one plan edition (content/editions/<years>/), each with its schema. `unique` names the
 * field that must differ between the entries of an array file. The reader, the rules and the translation
 * status all walk this table, so a new kind of file is one entry here.
 */
export const EDITION_PARTS = {
  meta: { file: 'edition.json', schema: editionSchema },
  sections: { file: 'sections.json', schema: sectionSchema.array(), unique: 'id' },
  needs: { file: 'needs.json', schema: needSchema.array(), unique: 'id' },
  goals: { file: 'goals.json', schema: goalSchema.array(), unique: 'id' },
  activities: { file: 'activities.json', schema: activitySchema.array(), unique: 'id' },
  lists: { file: 'lists.json', schema: listSchema.array(), unique: 'id' },
  references: { file: 'references.json', schema: referenceSchema.array(), unique: 'number' },
  table: { file: 'table-1-1.json', schema: tableSchema },
  /** Optional: a plan whose text needed no repairs (e.g. one made in the browser editor) has none. */
  repairs: { file: 'repairs.json', schema: repairSchema.array(), unique: 'id', optional: true },
} as const satisfies Record<string, { file: string; schema: z.ZodType; unique?: string; optional?: true }>;
export type EditionPart = keyof typeof EDITION_PARTS;
export type EditionParts = { [K in EditionPart]: z.infer<(typeof EDITION_PARTS)[K]['schema']> };

/**
 * Everything that names the school (content/school.json): another Erasmus+ school publishes its own plan by
 * replacing content/, code and UI strings never name a school.
 */
const schoolSchema = z
  .object({
    name: localizedText,
    /** The abbreviation people use (e.g. in the browser tab and link previews). */
    shortName: localizedText,
    /** The school's own website; null while not known ("tiks precizēts / to be confirmed"). */
    website: z.url({ message: 'schema.url' }).nullable().default(null),
    /** Where to report accessibility problems with this site; null while not known. */
    accessibilityContact: z
      .object({
        email: z.email({ message: 'schema.email' }).optional(),
        phone: text.optional(),
      })
      .strict()
      .nullable()
      .default(null),
    /**
     * Whom readers may ask about the plan and mobility (shown on the home page, the FAQ, the accessibility
     * statement and when search finds no answer). Every field is optional and shown only when set; with no
     * e-mail or page, the school's website (or its name) stands in (src/lib/contact.ts).
     */
    contact: z
      .object({
        /** The person or office to ask, e.g. "Erasmus+ projektu koordinators". */
        name: localizedText.optional(),
        email: z.email({ message: 'schema.email' }).optional(),
        phone: text.optional(),
        /** A page on the school's website about Erasmus+ or contacts. */
        page: z.url({ message: 'schema.url' }).optional(),
        /** Postal address, as the school writes it. */
        address: localizedText.optional(),
      })
      .strict()
      .default({}),
    /**
     * The school's page about its current Erasmus+ activities: where a plan whose period has ended sends
     * readers (src/lib/plan-status.ts). Optional; without it they are sent to the contact.
     */
    erasmusPage: z
      .url({ message: 'schema.url' })
      .optional()
      .describe('Skolas lapa par pašreizējām Erasmus+ aktivitātēm | The school’s page about its current Erasmus+ activities'),
    /** For editors: what is still to be confirmed and by whom. Not shown on the site. */
    note: z.string().trim().optional(),
  })
  .strict();
export type School = z.infer<typeof schoolSchema>;
export const SCHOOL_FILE = { file: 'school.json', schema: schoolSchema } as const;

/**
 * Where the site is published (content/site.json, optional): the full address of its home page, as a browser
 * shows it, e.g. "https://www.vtdt.lv/erasmus/"; its path is the folder the site is built for. null while not
 * known: the site is then built for the root of its host, without the links that need its full address
 * (canonical links, the sitemap, link-preview images) and the printed plan gives no address.
 */
const siteSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, message: 'schema.siteUrl' })
      .refine((url) => !/[?#]/.test(url), 'schema.siteUrlQuery')
      .nullable()
      .default(null),
    /** For editors: whose address it is, who confirmed it. Not shown on the site. */
    note: z.string().trim().optional(),
  })
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
export const SITE_FILE = { file: 'site.json', schema: siteSchema, absent: { url: null } satisfies SiteSettings } as const;

/** The glossary, shared by every edition (content/glossary.json). */
export const GLOSSARY_FILE = { file: 'glossary.json', schema: glossaryTermSchema.array(), unique: 'id' } as const;
export type PageFrontmatter = z.infer<typeof pageSchema>;

/**
 * content/translations.json: for each translated entry, fingerprints of the Latvian text its English was
 * made from and of that English, "latvian:english" (written by the check and by npm run i18n:status --
 * --accept, not by hand; an older lock has the Latvian's only).
 */
export const translationLockSchema = z.record(z.string(), z.string().regex(/^[0-9a-f]{12}(:[0-9a-f]{12})?$/, 'schema.fingerprint'));
export type TranslationLock = z.infer<typeof translationLockSchema>;

/**
 * How readers ask, per language (content/search.json, optional): everyday words for the plan's terms, and
 * names the dictionaries lack that search must never take for typing mistakes.
 */
const searchLanguageSchema = z
  .object({
    /** Each entry: the plan's words and the everyday words readers use for them; an answer with a plan word is also found by the everyday ones. */
    synonyms: z.array(z.object({ plan: z.array(text).min(1), everyday: z.array(text).min(1) }).strict()).default([]),
    /** Real words no dictionary has (names such as Europass): never corrected. */
    words: z.array(text).default([]),
  })
  .strict();
const searchSchema = perLocale(searchLanguageSchema.default({ synonyms: [], words: [] }));
export type SearchLanguage = z.infer<typeof searchLanguageSchema>;
export type SearchTeaching = z.infer<typeof searchSchema>;
export const SEARCH_FILE = { file: 'search.json', schema: searchSchema } as const;

/*
 * What students and parents come for beyond the plan (content/participation.json, optional, shared by every
 * edition because it says what is true now, not what a plan of past years intended): who can take part and
 * how participants are selected, the current call and the timeline, what is covered and what the family pays,
 * safety and support, recognition, destinations and trades, participants' own words. Every section is
 * optional and shown only when present; `npm run check` lists the ones still missing (readiness.ts). Each
 * field carries a `.describe()` text "Latvian | English" for the browser editor's labels.
 */
// A missing date is said as missing (Zod's own issue); one written otherwise gets the date's own message.
const day = z.iso.date({ error: (issue) => (issue.input === undefined ? undefined : 'schema.dateFormat') });
const updated = day.describe('Kad pēdējoreiz pārbaudīts (GGGG-MM-DD) | When last checked (YYYY-MM-DD)');
const paragraphs = perLocale(text.describe('Teksts; rindkopas atdala tukša rinda | Text; a blank line separates paragraphs'));
const points = z.array(localizedText.describe('Punkts | Point')).min(1);

/** A topic told in words: paragraphs, a list of points, or both. */
const topicSchema = z
  .object({
    text: paragraphs.optional().describe('Teksts | Text'),
    points: points.optional().describe('Saraksts | List of points'),
    updated,
  })
  .strict()
  .refine((t) => t.text !== undefined || t.points !== undefined, { message: 'schema.topicEmpty', path: ['text'] });

const callSchema = z
  .object({
    title: localizedText.describe('Konkursa nosaukums, piem., „Prakse Somijā 2027. gada pavasarī” | Name of the call'),
    opens: day.optional().describe('Pieteikšanās sākums (GGGG-MM-DD) | Applications open (YYYY-MM-DD)'),
    deadline: day.describe('Pieteikšanās beigu datums (GGGG-MM-DD) | Deadline (YYYY-MM-DD)'),
    howToApply: paragraphs.describe('Kā pieteikties: kas jāiesniedz un kam | How to apply: what to hand in and to whom'),
    link: z
      .url({ message: 'schema.url' })
      .optional()
      .describe('Saite uz pieteikuma veidlapu vai nolikumu (nav obligāta) | Link to the form or rules (optional)'),
    updated,
  })
  .strict()
  .refine((c) => !c.opens || c.opens <= c.deadline, { message: 'schema.opensAfterDeadline', path: ['opens'] });

const timelineSchema = z
  .object({
    intro: paragraphs.optional().describe('Ievads (nav obligāts) | Introduction (optional)'),
    steps: z
      .array(
        z
          .object({
            date: day.describe('Datums vai sākuma datums (GGGG-MM-DD) | Date or first day (YYYY-MM-DD)'),
            until: day.optional().describe('Beigu datums, ja tas ir laikposms | Last day, for a period'),
            text: localizedText.describe('Kas notiek | What happens'),
          })
          .strict()
          .refine((s) => !s.until || s.until >= s.date, { message: 'schema.untilBeforeDate', path: ['until'] }),
      )
      .min(1)
      .describe('Soļi laika secībā | Steps in date order'),
    updated,
  })
  .strict();

const costsSchema = z
  .object({
    covered: points.describe('Ko sedz programma | What the grant covers'),
    familyPays: points.describe('Ko maksā ģimene (ja neko, tā arī rakstiet) | What the family pays (if nothing, say so)'),
    text: paragraphs.optional().describe('Papildu skaidrojums (nav obligāts) | More explanation (optional)'),
    updated,
  })
  .strict();

const destinationsSchema = z
  .object({
    places: z
      .array(
        z
          .object({
            city: localizedText.describe('Pilsēta | City'),
            country: localizedText.describe('Valsts | Country'),
            trades: points.describe('Profesijas vai programmas | Trades or programmes'),
            duration: localizedText.optional().describe('Cik ilgi, piem., „3 nedēļas” | How long, e.g. "3 weeks"'),
          })
          .strict(),
      )
      .min(1)
      .describe('Vietas | Places'),
    updated,
  })
  .strict();

const storiesSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            words: localizedText.describe('Dalībnieka paša vārdi | The participant’s own words'),
            name: text.describe('Vārds vai iniciāļi (ar dalībnieka piekrišanu) | Name or initials (with consent)'),
            trade: localizedText.describe('Profesija vai programma | Trade or programme'),
            city: localizedText.describe('Uzņēmēja pilsēta | Host city'),
            year: z.number().int().min(2000).max(2100).describe('Gads | Year'),
          })
          .strict(),
      )
      .min(1)
      .describe('Stāsti | Stories'),
    updated,
  })
  .strict();

const participationSchema = z
  .object({
    eligibility: topicSchema.optional().describe('Kas var piedalīties | Who can take part'),
    selection: topicSchema.optional().describe('Kā izvēlas dalībniekus | How participants are selected'),
    call: callSchema.optional().describe('Pašreizējais konkurss | Current call for applications'),
    timeline: timelineSchema.optional().describe('Laika grafiks | Timeline'),
    costs: costsSchema.optional().describe('Izmaksas | Costs'),
    safety: topicSchema.optional().describe('Drošība un atbalsts | Safety and support'),
    recognition: topicSchema.optional().describe('Atzīšana (Europass mobilitāte, mācīšanās rezultāti) | Recognition (Europass Mobility, learning outcomes)'),
    destinations: destinationsSchema.optional().describe('Galamērķi un profesijas | Destinations and trades'),
    stories: storiesSchema.optional().describe('Dalībnieku stāsti | Participants’ stories'),
    /** For editors: what is still to be confirmed and by whom. Not shown on the site. */
    note: z.string().trim().optional().describe('Piezīme redaktoriem, netiek rādīta | Note for editors, not shown'),
  })
  .strict();
export type Participation = z.infer<typeof participationSchema>;
export const PARTICIPATION_FILE = { file: 'participation.json', schema: participationSchema } as const;
