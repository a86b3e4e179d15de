// Loaded in <head> before the first paint, so a chosen theme never flashes the other one: sets data-theme="light"
// or "dark" on <html> when the reader chose one ("system", the default, leaves it to prefers-color-scheme), then
// wires the header's theme menu, which stays hidden without JavaScript (nothing could remember a choice).
(() => {
  const KEY = 'theme';
  const root = document.documentElement;
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  apply(stored());
  document.addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-choice');
    if (!(select instanceof HTMLSelectElement)) return;
    select.value = root.dataset.theme ?? 'system';
    select.addEventListener('change', () => {
      apply(select.value);
      try {
        if (select.value === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, select.value);
      } catch {
        // Storage refused (private mode): the choice holds for this page only.
      }
    });
    select.closest('[hidden]')?.removeAttribute('hidden');
  });
})();
