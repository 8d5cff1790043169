import type { DOMWrapper } from '@vue/test-utils';

/** An element's text as a browser shows it: runs of white space collapse to one space. */
export const visibleText = (element: Pick<DOMWrapper<Element>, 'text'>): string =>
  element.text().replace(/\s+/g, ' ');
