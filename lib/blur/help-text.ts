import { HELP_CUES, type HelpCues } from './lexicon/help-cues';

/**
 * Tells text about getting support from text about harm, from the cue words in
 * ./lexicon/help-cues.ts: a service and an offer together, or one phrase only help
 * text uses. Works on folded text (../normalize.ts). The model's own help class
 * (./model) catches other wordings; either one keeps a block unblurred.
 */
export type HelpTextTest = (folded: string) => boolean;

export interface HelpTexts {
  /** Help text: a service with an offer, two services, or a phrase only help uses. */
  isHelp: HelpTextTest;
  /** Any word of help at all (a service, an offer or such a phrase): what the model's help reading needs beside it. */
  hasHelpWords: HelpTextTest;
}

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

export function compileHelpTexts(cues: HelpCues): HelpTexts {
  const service = wholeWords(cues.services);
  const offer = wholeWords(cues.offers);
  const alone = cues.alone.length ? wholeWords(cues.alone) : null;
  return {
    isHelp: compileHelpCues(cues),
    hasHelpWords: (folded) => service.test(folded) || offer.test(folded) || (alone !== null && alone.test(folded)),
  };
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

const compiled = new Map<string, HelpTexts>();

/** The help tests for a language (primary subtag), or none when there are no cues for it. */
export function helpTextsFor(language: string): HelpTexts | undefined {
  let texts = compiled.get(language);
  if (!texts) {
    const cues = HELP_CUES[language];
    if (!cues) return undefined;
    texts = compileHelpTexts(cues);
    compiled.set(language, texts);
  }
  return texts;
}

/** The help test for a language (primary subtag), or none when there are no cues for it. */
export function helpTextTest(language: string): HelpTextTest | undefined {
  return helpTextsFor(language)?.isHelp;
}
