/**
 * `/` puts the cursor in the page's search box (the header's, or the search page's own) from
 * anywhere, unless the reader is already typing somewhere. Loads nothing for search.
 */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement)
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
  if (typingIn(event.target)) return;
  const box = [...document.querySelectorAll<HTMLInputElement>('input[data-search-box]')].find(
    (input) => input.offsetParent !== null,
  );
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
