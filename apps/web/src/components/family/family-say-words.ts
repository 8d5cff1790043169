import type { FamilyViewsKind } from '@convene/domain';

/** Each kind of views as the family reads it: theirs, or the child's own ("All about me"). */
export function viewsKindWords(kind: FamilyViewsKind, firstName: string): string {
  return kind === 'parent_views' ? 'Our views' : `${firstName}’s own views (All about me)`;
}

/** A file's size in words a family reads: "240 KB", "1.2 MB". */
export const fileSizeWords = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
