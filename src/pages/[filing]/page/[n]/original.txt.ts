// `/<filing>/page/<n>/original.txt`: one printed page as filed (a few KB), for the "original page" toggle and the list of pages.
import type { APIRoute } from 'astro';
import { pageParam } from '../../../../../scripts/routes.ts';
import { loadFilings } from '../../../../lib/load-filings.ts';
import { originalBytes } from '../../../../lib/original-file.ts';
import { pageText, sourceLines } from '../../../../lib/original-pages.ts';
import { pageRedirectsOf } from '../../../../lib/page-redirects.ts';

export async function getStaticPaths() {
  const filings = await loadFilings();
  return filings.flatMap(({ filing, sections }) => {
    const lines = sourceLines(originalBytes(filing.slug).toString('latin1'));
    const routes = new Set(pageRedirectsOf(sections.map((s) => s.data)).map((r) => r.param));
    return sections.flatMap((s) =>
      s.data.pages.flatMap((page) => {
        const n = pageParam(page.anchor);
        if (page.line === undefined || !routes.delete(n)) return [];
        return [{ params: { filing: filing.slug, n }, props: { text: pageText(lines, page.line) } }];
      }),
    );
  });
}

export const GET: APIRoute = ({ props }) => new Response(Buffer.from(String(props.text), 'latin1'));
