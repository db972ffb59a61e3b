import { HELP_CUES, type HelpCues } from './lexicon/help-cues';

/**
 * Tells text about getting support from text about harm, from the cue words in
 * ./lexicon/help-cues.ts: a service and an offer together, or one phrase only help
 * text uses. Works on folded text (../normalize.ts). The model's own help class
 * (./model) catches other wordings; either one keeps a block unblurred.
 */
export type HelpTextTest = (folded: string) => boolean;

/** The sources as one pattern on whole words; the word found is group 1. */
const wholeWords = (sources: readonly string[], flags = 'u'): RegExp =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);

/** Whether the text names at least two different services. */
function twoServices(services: RegExp, folded: string): boolean {
  let first: string | undefined;
  services.lastIndex = 0;
  for (let hit = services.exec(folded); hit; hit = services.exec(folded)) {
    if (first === undefined) first = hit[1];
    else if (hit[1] !== first) return true;
    // The boundary before a word is consumed: step back so "therapy support" finds both.
    services.lastIndex = hit.index + hit[0].length;
  }
  return false;
}

export function compileHelpCues(cues: HelpCues): HelpTextTest {
  const service = wholeWords(cues.services);
  const services = wholeWords(cues.services, 'gu');
  const offer = wholeWords(cues.offers);
  const alone = cues.alone.length ? wholeWords(cues.alone) : null;
  // A service with an offer ("a line you can call"), or two different services
  // named together ("therapy, groups and legal advice"): a list of where help is.
  return (folded) =>
    (alone !== null && alone.test(folded)) || (service.test(folded) && (offer.test(folded) || twoServices(services, folded)));
}

const compiled = new Map<string, HelpTextTest>();

/** The help test for a language (primary subtag), or none when there are no cues for it. */
export function helpTextTest(language: string): HelpTextTest | undefined {
  let test = compiled.get(language);
  if (!test) {
    const cues = HELP_CUES[language];
    if (!cues) return undefined;
    test = compileHelpCues(cues);
    compiled.set(language, test);
  }
  return test;
}
