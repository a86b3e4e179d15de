// Sortable columns for the tables the build marks `data-sortable` (plain lists of rows, no totals): a button in each
// header cell sorts by that column, ascending then descending (aria-sort says which); "Printed order" puts the rows
// back as the filing printed them. Figures sort by the value the build put on each cell (`data-value`), so "(200)"
// is -200. Without JavaScript the table reads as printed.
(() => {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  /** A cell's text without page marks and note references, as the build's `cellValueText` reads it. */
  const textOf = (cell) => {
    let text = '';
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child.nodeType === Node.ELEMENT_NODE && !child.matches('.page-mark, sup')) walk(child);
      }
    };
    walk(cell);
    return text.replace(/\s+/g, ' ').trim();
  };

  /** Compares two rows by one column: figures by value, words by collation; empty cells go last either way. */
  const compare = (column, direction) => (a, b) => {
    const x = a.cells[column];
    const y = b.cells[column];
    const xv = x?.dataset.value;
    const yv = y?.dataset.value;
    if (xv !== undefined && yv !== undefined) return direction * (Number(xv) - Number(yv));
    const xt = x ? textOf(x) : '';
    const yt = y ? textOf(y) : '';
    if (xv !== undefined || yv !== undefined || xt === '' || yt === '') {
      // A figure before a blank or a word: blanks and words sort after the figures in both directions.
      const rank = (v, t) => (v !== undefined ? 0 : t === '' ? 2 : 1);
      const order = rank(xv, xt) - rank(yv, yt);
      if (order !== 0) return order;
    }
    return direction * collator.compare(xt, yt);
  };

  const setUp = (table, k) => {
    const body = table.tBodies[0];
    // The last header row holds one head per column (a spanner row may sit above it).
    const head = table.tHead?.rows[table.tHead.rows.length - 1];
    if (!body || !head) return;
    const printed = [...body.rows];
    const tools = table.closest('.table-scroll')?.nextElementSibling;
    const status = document.createElement('p');
    status.className = 'sr-only';
    status.setAttribute('aria-live', 'polite');
    const restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'table-restore';
    restore.textContent = 'Printed order';
    restore.hidden = true;
    const place = tools?.classList.contains('table-tools') ? tools : table.closest('.table-scroll') ?? table;
    place.append(restore, status);
    const label = table.closest('.table-scroll')?.getAttribute('aria-label') ?? `table ${k + 1}`;
    restore.setAttribute('aria-label', `Printed order of ${label}`);

    const headers = [...head.cells];
    const show = (rows) => body.append(...rows);
    const reset = () => {
      for (const th of headers) th.removeAttribute('aria-sort');
      show(printed);
      restore.hidden = true;
      status.textContent = 'Rows in printed order.';
    };
    restore.addEventListener('click', () => {
      reset();
      headers.find((th) => th.querySelector('button'))?.querySelector('button')?.focus();
    });

    headers.forEach((th, column) => {
      if (th.tagName !== 'TH' || th.querySelector('button')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      // The header's words go in the button; its note references stay links beside it.
      for (const child of [...th.childNodes]) if (!(child.nodeType === Node.ELEMENT_NODE && child.matches('sup, .page-mark'))) button.append(child);
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon);
      th.prepend(button);
      button.addEventListener('click', () => {
        const direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
        // Array sort is stable: equal cells keep their printed order.
        show([...printed].sort(compare(column, direction)));
        restore.hidden = false;
        status.textContent = `Sorted by ${textOf(button)}, ${direction === 1 ? 'ascending' : 'descending'}.`;
      });
    });
  };

  document.querySelectorAll('table[data-sortable]').forEach(setUp);
})();
