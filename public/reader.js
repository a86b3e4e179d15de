// Reading aids for section and whole-filing pages; everything here enhances what works without it:
// a block's "¶" link opens "Copy link" / "Copy citation"; a footnote reference or a defined term shows its note or
// definition on hover or focus (Escape hides it); ← / → open the previous / next section; "Go to page" goes
// straight to /<filing>/page/N/; "Original text" shows a printed page as filed beside the text.
(() => {
  /** True when a key press belongs to a field the reader is typing in or a box that scrolls sideways with arrows. */
  const busy = (target) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('.table-scroll, pre') !== null);

  // ---- Citations -------------------------------------------------------------------------------------------
  /** The printed page a block starts on: the last page mark before it, else the page its section starts on. */
  const pageOf = (block, holder) => {
    let page = holder?.dataset.citePage ?? null;
    for (const mark of document.querySelectorAll('.page-mark[data-page]')) {
      if (mark.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) page = mark.dataset.page;
      else break;
    }
    return page;
  };
  /** "Level 3 Communications, Inc., Prospectus (May 26, 2004), p. 6, "Description of Outstanding Capital Stock"" (the parts come from src/lib/citation.ts). */
  const citationOf = (block) => {
    const holder = block.closest('[data-cite-filing]');
    if (!holder) return '';
    const page = pageOf(block, holder);
    return [holder.dataset.citeFiling, page ? `p. ${page}` : '', `"${holder.dataset.citeSection}"`].filter(Boolean).join(', ');
  };

  const menu = document.createElement('div');
  menu.className = 'cite-menu';
  menu.setAttribute('role', 'group');
  menu.hidden = true;
  menu.innerHTML =
    '<button type="button" data-copy="link">Copy link</button> <button type="button" data-copy="citation">Copy citation</button><p class="cite-status" role="status"></p>';
  const status = menu.querySelector('.cite-status');
  let opener = null;

  const closeMenu = (refocus) => {
    if (menu.hidden) return;
    menu.hidden = true;
    if (refocus) opener?.focus();
    opener = null;
  };
  const openMenu = (link) => {
    const block = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!block) return;
    opener = link;
    menu.setAttribute('aria-label', link.querySelector('.sr-only')?.textContent?.replace(/^Link to/, 'Cite') ?? 'Cite');
    menu.dataset.block = block.id;
    status.textContent = '';
    link.after(menu);
    menu.hidden = false;
    menu.querySelector('button')?.focus();
  };
  const copy = async (what) => {
    const block = document.getElementById(menu.dataset.block ?? '');
    if (!block) return;
    const url = new URL(`#${block.id}`, location.href).href;
    const text = what === 'link' ? url : citationOf(block);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = what === 'link' ? 'Link copied.' : 'Citation copied.';
    } catch {
      status.textContent = text;
    }
  };
  menu.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    if (button) copy(button.dataset.copy);
  });

  // ---- Note and term popovers -------------------------------------------------------------------------------
  const tips = new Map();
  let shown = null;
  let hideTimer = 0;
  /** The tooltip of a footnote reference (its note, without the back links) or of a defined term (its defining sentence). */
  const tipFor = (ref) => {
    const key = ref.getAttribute('href') ?? '';
    if (tips.has(key)) return tips.get(key);
    let text = '';
    if (ref.hasAttribute('data-footnote-ref')) {
      const note = document.getElementById(decodeURIComponent(key.slice(key.indexOf('#') + 1)));
      if (note) {
        const copy = note.cloneNode(true);
        copy.querySelectorAll('.note-back, .block-link').forEach((el) => el.remove());
        text = copy.textContent.replace(/\s+/g, ' ').trim();
      }
    } else text = ref.dataset.definition ?? '';
    if (!text) return null;
    const tip = document.createElement('div');
    tip.className = 'ref-tip';
    tip.id = `ref-tip-${tips.size + 1}`;
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    tip.textContent = text;
    tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
    tip.addEventListener('mouseleave', () => hideTip());
    document.body.append(tip);
    tips.set(key, tip);
    return tip;
  };
  const refs = [...document.querySelectorAll('#main-text a[data-footnote-ref], #main-text a[href*="#term-"][title]')];
  for (const ref of refs) {
    // The tooltip replaces the browser's own title tooltip, and describes the reference to a screen reader.
    if (ref.hasAttribute('title')) {
      ref.dataset.definition = ref.title;
      ref.removeAttribute('title');
    }
    const tip = tipFor(ref);
    if (tip) ref.setAttribute('aria-describedby', tip.id);
  }
  const showTip = (ref) => {
    const tip = tipFor(ref);
    if (!tip) return;
    clearTimeout(hideTimer);
    if (shown && shown !== tip) shown.hidden = true;
    tip.hidden = false;
    const box = ref.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
    tip.style.left = `${left + scrollX}px`;
    tip.style.top = `${box.bottom + scrollY + 6}px`;
    shown = tip;
  };
  const hideTip = (now) => {
    clearTimeout(hideTimer);
    const hide = () => {
      if (shown) shown.hidden = true;
      shown = null;
    };
    // A moment's grace lets the pointer move onto the tooltip (it stays while hovered).
    if (now) hide();
    else hideTimer = setTimeout(hide, 150);
  };
  const refOf = (target) => (target instanceof Element ? target.closest('a[data-footnote-ref], a[data-definition]') : null);
  document.addEventListener('mouseover', (event) => {
    const ref = refOf(event.target);
    if (ref) showTip(ref);
  });
  document.addEventListener('mouseout', (event) => {
    if (refOf(event.target)) hideTip();
  });
  document.addEventListener('focusin', (event) => {
    const ref = refOf(event.target);
    if (ref) showTip(ref);
    else if (shown) hideTip(true);
  });
  document.addEventListener('focusout', (event) => {
    if (refOf(event.target)) hideTip(true);
  });

  // ---- Clicks and keys ----------------------------------------------------------------------------------------
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a.block-link');
    if (link) {
      event.preventDefault();
      if (opener === link) closeMenu(false);
      else openMenu(link);
    } else if (!menu.contains(target)) closeMenu(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (shown) hideTip(true);
      if (!menu.hidden) closeMenu(menu.contains(document.activeElement));
      return;
    }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || busy(event.target)) return;
    const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : null;
    const link = rel && document.querySelector(`.prev-next a[rel="${rel}"]`);
    if (link instanceof HTMLAnchorElement) location.href = link.href;
  });

  // ---- Go to page ---------------------------------------------------------------------------------------------
  // Without JavaScript the form lands on /<filing>/page/?n=N, the list of printed pages; here it goes straight to page N,
  // or to that list when the filing has no page N (a quick HEAD request), never to "not found".
  for (const form of document.querySelectorAll('form.goto-page')) {
    form.addEventListener('submit', async (event) => {
      const field = form.elements.namedItem('n');
      const n = field instanceof HTMLInputElement ? field.value.trim().toLowerCase().replace(/^p(age|\.)?\s*/, '') : '';
      if (!/^[\w-]+$/.test(n)) return;
      event.preventDefault();
      const url = `${form.getAttribute('action')}${encodeURIComponent(n)}/`;
      const found = await fetch(url, { method: 'HEAD' }).then((response) => response.ok, () => false);
      if (found) location.href = url;
      else form.submit();
    });
  }

  // ---- The printed page as filed, beside the text ---------------------------------------------------------------
  const toggle = document.querySelector('.original-toggle');
  const marks = [...document.querySelectorAll('#main-text .page-mark[data-page]')];
  const holder = document.querySelector('[data-cite-anchor]');
  if (toggle instanceof HTMLButtonElement && (marks.length > 0 || holder)) {
    const filing = location.pathname.split('/')[1] ?? '';
    const pane = document.createElement('aside');
    pane.id = 'original-pane';
    pane.className = 'original-pane';
    pane.hidden = true;
    pane.innerHTML = '<h2></h2><pre tabindex="0"></pre>';
    pane.setAttribute('aria-label', 'The printed page as filed');
    document.body.append(pane);
    toggle.setAttribute('aria-controls', pane.id);
    toggle.hidden = false;
    let showing = '';
    /** The anchor and number of the page being read: the last mark above a third of the window, else the page the text starts on. */
    const currentPage = () => {
      let page = holder ? { anchor: holder.dataset.citeAnchor, printed: holder.dataset.citePage } : null;
      for (const mark of marks) {
        if (mark.getBoundingClientRect().top > innerHeight / 3) break;
        page = { anchor: mark.id, printed: mark.dataset.page };
      }
      return page ?? { anchor: marks[0]?.id, printed: marks[0]?.dataset.page };
    };
    const update = async () => {
      const page = currentPage();
      if (!page.anchor || page.anchor === showing) return;
      showing = page.anchor;
      const param = page.anchor.startsWith('page-') ? page.anchor.slice(5) : page.anchor;
      pane.querySelector('h2').textContent = `Page ${page.printed} as filed`;
      const response = await fetch(`/${filing}/page/${encodeURIComponent(param)}/original.txt`).catch(() => null);
      if (showing === page.anchor) pane.querySelector('pre').textContent = response?.ok ? await response.text() : 'The original text of this page is not available.';
    };
    let queued = false;
    addEventListener('scroll', () => {
      if (pane.hidden || queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    }, { passive: true });
    toggle.addEventListener('click', () => {
      pane.hidden = !pane.hidden;
      toggle.setAttribute('aria-pressed', String(!pane.hidden));
      if (!pane.hidden) update();
    });
  }
})();
