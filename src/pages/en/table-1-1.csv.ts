import { tableCsvResponse } from '../../lib/table-csv.ts';

export const GET = () => tableCsvResponse('en');
