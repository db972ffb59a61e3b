import type { BlurCategory } from '../categories';

/**
 * A lexicon is data: for each category, groups of terms that share the same
 * exceptions. Term syntax (expanded by compileTriggerLexicon, never used as regex):
 * - `{a|b|}` alternatives, the empty one making the part optional: `rap{e|ed|ing}`;
 *   a term may hold several groups (every combination is a term);
 * - a space stands for any run of white space, line breaks included;
 * - `-` stands for an optional hyphen, dash or space: `self-harm` also finds
 *   "self harm" and "selfharm";
 * - `~` (with a space on each side) skips up to six words of the same sentence:
 *   `said no ~ kept going` also finds "said no and he kept going". Never right
 *   after a little first word ("my ~ …"): the scanner would stop at every "my";
 * - everything else is literal, compared without case or accents.
 * Every term matches whole words only.
 */
export interface LexiconGroup {
  terms: string[];
  /** Words or phrases that, right after the term, make it harmless ("murder" + "mystery"). */
  notFollowedBy?: string[];
  /** Words or phrases that, right before the term, make it harmless ("oilseed" + "rape"). */
  notPrecededBy?: string[];
}

export type Lexicon = Record<BlurCategory, LexiconGroup[]>;
