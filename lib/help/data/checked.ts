/**
 * The month the research was compiled (help-directory-sources.md). It checked stored
 * copies of published sources; no number was dialled. Month precision on purpose: we do
 * not know the day, and claiming one would overstate the check.
 */
export const RESEARCH_MONTH = '2026-11';
