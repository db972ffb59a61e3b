/**
 * When to show one notice for the whole page instead of a label on every block:
 * dozens of labels are noise, and a page that is mostly about abuse is better met
 * with one calm choice (show the page, go back, get support).
 */
export interface PageWarningStats {
  /** Blocks with text that were looked at. */
  units: number;
  /** Characters of text in them. */
  chars: number;
  flaggedUnits: number;
  flaggedChars: number;
}

/** At least this many flagged blocks, and at least this share of the page's text. */
export const PAGE_NOTICE_MIN_FLAGGED = 6;
export const PAGE_NOTICE_SHARE = 0.35;
/** So many labels are too many, whatever the share. */
export const PAGE_NOTICE_MAX_LABELS = 20;

export function wantsPageNotice(stats: PageWarningStats): boolean {
  if (stats.flaggedUnits >= PAGE_NOTICE_MAX_LABELS) return true;
  return stats.flaggedUnits >= PAGE_NOTICE_MIN_FLAGGED && stats.chars > 0 && stats.flaggedChars / stats.chars >= PAGE_NOTICE_SHARE;
}
