/** Every file the site writes besides its pages (Table 1.1 as CSV, per language and edition). */
import type { APIContext } from 'astro';
import model from 'virtual:plan/content';
import { staticPaths } from '../lib/routes.ts';
import { pageContext } from '../lib/page-context.ts';
import { tableCsvResponse } from '../lib/table-csv.ts';

export const getStaticPaths = () => staticPaths(model, 'csv');

export const GET = ({ locals }: APIContext) => tableCsvResponse(pageContext(locals));
