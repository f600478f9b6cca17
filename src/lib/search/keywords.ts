/**
 * Search keywords of a question or activity: words people type that the text does not use. They go into
 * an attribute of the heading that Pagefind is told to index, so they count for that heading's section
 * without being shown or read out.
 */
export function keywordAttributes(words: string[]): Record<string, string> {
  return words.length ? { 'data-keywords': words.join(', '), 'data-pagefind-index-attrs': 'data-keywords' } : {};
}
