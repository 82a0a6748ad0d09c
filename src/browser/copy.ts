/**
 * Progressive enhancement for copy buttons (src/components/CopyButton.astro): where the browser
 * offers the Clipboard API, each button appears and copies the text of the element it names,
 * then says "Copied" (or that it could not) in its status message, which screen readers announce.
 */
const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;

if (clipboard && typeof clipboard.writeText === 'function') {
  for (const group of document.querySelectorAll<HTMLElement>('[data-copy-group]')) {
    const button = group.querySelector<HTMLButtonElement>('button[data-copy]');
    const status = group.querySelector<HTMLElement>('[role="status"]');
    const source = button?.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    if (!button || !status || !source) continue;
    group.hidden = false;
    button.addEventListener('click', async () => {
      // Emptied first, so a second copy is announced again.
      status.textContent = '';
      let copied = true;
      try {
        await clipboard.writeText(source.textContent?.trim() ?? '');
      } catch {
        copied = false;
      }
      status.textContent = (copied ? status.dataset.copied : status.dataset.failed) ?? '';
    });
  }
}
