export { csvCell, csvText } from '@convene/domain';

/** A `data:` address for a download link; the byte order mark makes Excel read the text as UTF-8. */
export const csvHref = (text: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}`)}`;
