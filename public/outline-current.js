// Marks the outline link of the heading being read (aria-current="location"); without JavaScript the outline is a plain list of links.
(() => {
  const links = [...document.querySelectorAll('.page-outline a[href^="#"]')];
  const targets = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) }))
    .filter((entry) => entry.heading);
  if (targets.length === 0) return;
  let current = null;
  const update = () => {
    // The current heading is the last one whose top has scrolled above a quarter of the window.
    const line = window.innerHeight / 4;
    let found = null;
    for (const entry of targets) {
      if (entry.heading.getBoundingClientRect().top <= line) found = entry;
      else break;
    }
    if (found === current) return;
    current?.link.removeAttribute('aria-current');
    current = found;
    current?.link.setAttribute('aria-current', 'location');
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  }, { passive: true });
  update();
})();
