// `/<filing>/original.txt`: the filing as filed, for download.
import type { APIRoute } from 'astro';
import { loadFilings } from '../../lib/load-filings.ts';
import { originalBytes } from '../../lib/original-file.ts';

export async function getStaticPaths() {
  const filings = await loadFilings();
  return filings.map(({ filing }) => ({ params: { filing: filing.slug } }));
}

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(originalBytes(String(params.filing))));
