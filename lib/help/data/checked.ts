/**
 * The day most entries were last confirmed. They were checked against the stored sources
 * of help-directory-sources.md, which gives only the month it was compiled (2026-11), so
 * the first of that month is used: an entry never claims a check more recent than the one
 * it had. No line was dialled.
 */
export const CONFIRMED_ON = '2026-11-01';

/**
 * The day an entry was confirmed again from a public page read with the search tool
 * (each such entry cites that page in its sources).
 */
export const READ_ON = '2026-12-03';

/**
 * The day an entry's sources were read again, for entries that had none that a person
 * could open (each such entry cites the page read in its sources).
 */
export const READ_AGAIN_ON = '2026-12-04';
