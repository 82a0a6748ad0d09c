/**
 * Once the reader types in the header's search box, the browser fetches what the search page will
 * load as it opens (its stylesheets, scripts and the search files the build listed in it), so that the search
 * sent with Enter finds them in its cache. Nothing is fetched for a box only focused, and nothing
 * runs: the files are only prefetched. The word splitters of the languages the search page searches
 * (the form's `data-languages`) are made right after that first keystroke, for the search page to find ready
 * (see word-splitters.ts).
 */
import { warmWordSplitters } from './word-splitters';

const box = document.querySelector<HTMLInputElement>('#search-entry-box');
const form = box?.form;

async function warm(action: string): Promise<void> {
  const response = await fetch(action);
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const listed = page.querySelector<HTMLTemplateElement>('template[data-search-files]')?.content;
  const files = [
    ...page.querySelectorAll<HTMLLinkElement>(
      'link[rel~="stylesheet"], link[rel="preload"], link[rel="modulepreload"]',
    ),
    // Not the other languages' files: those load only for a search that needs them.
    ...(listed?.querySelectorAll<HTMLLinkElement>('link:not([data-search-language])') ?? []),
  ].map((link) => link.getAttribute('href'));
  files.push(...[...page.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')));
  for (const href of new Set(files)) {
    if (!href) continue;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = new URL(href, response.url).href;
    document.head.append(link);
  }
}

if (box && form)
  box.addEventListener(
    'input',
    () => {
      void warm(form.action).catch(() => undefined);
      // In a task of its own, after this keystroke's.
      setTimeout(() => warmWordSplitters(form.dataset.languages?.split(' ') ?? []), 0);
    },
    { once: true },
  );
