/** Every file the site writes besides its pages (Table 1.1 as CSV, per language and edition). */
import type { APIContext } from 'astro';
import { siteContent } from '../lib/content/store.ts';
import { staticPaths, type Route } from '../lib/routes.ts';
import { tableCsvResponse } from '../lib/table-csv.ts';

export const getStaticPaths = () => staticPaths(siteContent(), 'csv');

export const GET = ({ props }: APIContext<Route>) => tableCsvResponse(props.locale, props.edition);
