import type { APIContext } from 'astro';
import { tableCsvResponse } from '../../../../lib/table-csv.ts';
import { archivedEditionPaths } from '../../../../lib/site.ts';

export const getStaticPaths = archivedEditionPaths;
export const GET = ({ params }: APIContext) => tableCsvResponse('en', params.edition);
