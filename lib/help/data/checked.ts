/**
 * The day these entries were last confirmed: each was checked against the stored sources
 * of help-directory-sources.md (compiled 2026-11) and the directory audit on this day. No
 * line was dialled. An entry confirmed again later carries its own date instead.
 */
export const CONFIRMED_ON = '2026-12-03';
