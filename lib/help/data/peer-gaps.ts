import type { PeerSupportGap } from '../schema.ts';

/**
 * International online peer communities a survivor can join from any of these countries.
 * All four are run in English; none limits membership by country in what the research read.
 */
const ONLINE_IN_ENGLISH = ['intl-pandoras-project', 'intl-survivors-library-chats', 'intl-malesurvivor-forum', 'intl-7cups-trauma-support'];

/**
 * Countries that offer fewer than MIN_PEER_OPTIONS peer-support options of their own, and
 * why. A group is only listed when a public page read for the directory confirms who runs
 * it and how to reach it; a group known only from an old article with no way to join is
 * not listed, and is named here instead so the gap is plain. Searched on 2026-12-03.
 */
export const peerSupportGaps: PeerSupportGap[] = [
  {
    country: 'CA',
    reason:
      'Two Canadian peer-support groups are listed, The Gatehouse in Toronto and Sagesse in Calgary. No third group with a way to reach it was confirmed from a public page read for this release.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'NZ',
    reason:
      'Two New Zealand peer-support options are listed, both for men (Male Survivors Aotearoa and Men and Trauma). No peer group for women or for everyone with a way to reach it was confirmed from a public page read for this release.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'IE',
    reason:
      'No peer-led group in Ireland with a current way to reach it was confirmed from a public page read for this release. The pages found were about survivors’ advocacy groups meeting officials, not groups a survivor can join.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'IN',
    reason:
      'The research found no survivor-led peer group in India. RAHI Foundation in Delhi offers individual and group counselling for women abused in childhood, a professional service, but no page read for this release gave a current way to contact it.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'FR',
    reason:
      'Talking groups (groupes de parole) for people who lived through incest exist in France, run by CAIIP and by Face à l’inceste (formerly AIVI), but the pages read for this release are from 2014 to 2021 and give no current way to join, so they are not listed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'ES',
    reason:
      'One Spanish peer group is listed, Asociación Cebrero in Alto Aragón. Fundació Vicki Bernadet (formerly FADA), in Barcelona and Zaragoza, supports adults abused in childhood, but the pages read for this release describe therapy groups led by professionals and give no current contact. No other peer group with a way to reach it was confirmed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'IT',
    reason:
      'Two Italian peer options are listed: Rete L’ABUSO, for survivors of clergy abuse, and the self-help groups of South Tyrol. Many centri antiviolenza also run local mutual-help groups (gruppi di auto mutuo aiuto) for women, often with a psychologist as facilitator, but no page read for this release gave a current way to join one.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'NL',
    reason:
      'Two Dutch options are listed: Lotgenoten Seksueel Geweld, an online peer community, and the moderated forum of De Kindertelefoon for young people aged 8 to 18. Slachtofferhulp Nederland also arranges contact between peers, but no page read for this release gave its own address, so it is not listed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'SE',
    reason:
      'One Swedish peer-support option is listed, Rise. Other support groups found in Sweden are run by youth clinics and victim-support centres with counsellors, and the pages read gave no way to join them from elsewhere.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'BR',
    reason:
      'The groups found in Brazil, such as GAMVA in Belo Horizonte, appear only in older articles with no current way to join, so none is listed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'MX',
    reason: 'No peer group in Mexico with a way to reach it was found in the public pages read for this release.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'ZA',
    reason:
      'One South African option is listed: the support groups that SADAG lists across the country, including groups for survivors of gender-based violence and sexual assault. No other group with a way to reach it was confirmed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'PH',
    reason:
      'The Philippine Survivor Network, a community of survivors of child sexual abuse and exploitation, met in 2025 with International Justice Mission, but the page read gives no way to join it, so it is not listed. No other peer group was confirmed.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'NG',
    reason:
      'No peer-led group in Nigeria with a way to reach it was confirmed. Stand To End Rape, founded by a survivor, supports survivors with counselling and practical help and is listed as a service.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
  {
    country: 'KE',
    reason:
      'Two Kenyan options are listed: the Survivors of Sexual Violence in Kenya Network, and CREAW’s counsellor-led support groups in Kibera. No third group with a way to reach it was confirmed from a public page read for this release.',
    international: ONLINE_IN_ENGLISH,
    internationalLanguage: 'English',
  },
];
