import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_AGAIN_ON, READ_ON } from './checked.ts';

// Sweden (research §1.13). No peer group in Sweden was found by the research.
export const seEntries: HelpEntry[] = [
  {
    id: 'se-kvinnofridslinjen',
    name: 'Kvinnofridslinjen',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'SE',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For women who have been subjected to violence, including sexual violence. Free and anonymous.',
    phones: [{ display: '020-50 50 50', tel: '020505050' }],
    hours: { always: true },
    languages: ['sv'],
    languageNote: 'Interpreters (for example Arabic, Finnish, Spanish, Somali, Thai, Turkish); information in 28 languages',
    free: true,
    safetyNotes: ['The call is not shown on the phone bill.'],
    translations: {
      sv: {
        description: 'För kvinnor som har utsatts för våld, även sexuellt våld. Gratis och anonymt.',
        safetyNotes: ['Samtalet syns inte på telefonräkningen.'],
      },
    },
    sources: ['https://eige.europa.eu/node/4655', 'https://nck.uu.se/kvinnofridslinjen/kvinnofridslinjen10ar/statistik/'],
    citations: ['nck.uu.se (press release 2019-01-28)'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'se-bris',
    name: 'BRIS',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'SE',
    serves: ['young-people', 'child-abuse'],
    description:
      'For children and young people under 18. Free, and you do not have to give your name. Also chat and email on bris.se, and text messages.',
    phones: [{ display: '116 111', tel: '116111' }],
    website: 'https://www.bris.se/',
    hours: { always: true },
    languages: ['sv'],
    free: true,
    translations: {
      sv: {
        description:
          'För barn och unga under 18 år. Gratis, och du behöver inte säga vad du heter. Även chatt och mejl på bris.se, och sms.',
      },
    },
    sources: [
      'https://8sidor.se/sverige/2025/08/manga-barn-ringde-till-bris/',
      'https://www.telia.se/privat/om/social-hallbarhet/ung-pa-natet/bris-finns-alltid-dar-nar-det-behovs',
      'https://www.bris.se/om-bris/aktuellt/bris-har-starkt-den-nationella-stodlinjen-for-barn-med-en-sms-kanal/',
    ],
    citations: ['orebrotribune.se 2021', '8sidor.se 2025-08-20', 'sosalarm.se 2021'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'se-mind-sjalvmordslinjen',
    name: 'Mind Självmordslinjen',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'SE',
    serves: ['crisis'],
    description: 'For anyone thinking about suicide. Also chat and email.',
    phones: [{ display: '90101', tel: '90101' }],
    hours: { always: true },
    languages: ['sv'],
    free: 'unknown',
    translations: { sv: { description: 'För dig som tänker på självmord. Även chatt och mejl.' } },
    sources: [
      'https://www.sosalarm.se/pressrum/nyheter/2020/kanslan-av-att-bara-finnas-och-lyssna-gor-jattestor-skillnad/',
      'https://mind.se/sjalvmordslinjen/fragor-och-svar-om-sjalvmordslinjen/',
    ],
    // The page that gives the number 90101 with the chat (kronprinsessparetsstiftelse.se
    // projekt/sjalvmordsupplysningen.html) is served over http only.
    citations: ['kronprinsessparetsstiftelse.se', 'sosalarm.se 2020'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
  {
    id: 'se-rise-stodgrupper',
    name: 'Rise – Riksföreningen mot incest och andra sexuella övergrepp i barndomen',
    kind: 'peer-group',
    country: 'SE',
    serves: ['adult-survivors-of-child-abuse', 'sexual-violence'],
    description:
      'A national association for people sexually abused in childhood. Its support groups meet in structured rounds where everyone gets the same time and nobody interrupts. The support goes from one survivor to another; it is not therapy.',
    website: 'https://rise-sverige.se/fa-stod/skillnad-mellan-stod-behandling/',
    languages: ['sv'],
    free: 'unknown',
    format: 'in-person',
    howToJoin: 'Read about the support and contact Rise through its website.',
    moderated: true,
    runBy: 'peer-led',
    facilitation: 'Support people who were themselves abused as children hold the groups’ frame.',
    translations: {
      sv: {
        description:
          'En riksförening för dig som utsatts för sexuella övergrepp i barndomen. Stödgrupperna träffas i rundor där alla får lika mycket tid och ingen avbryter. Stödet går från en utsatt till en annan; det är inte behandling.',
        howToJoin: 'Läs om stödet och kontakta Rise via webbplatsen.',
      },
    },
    sources: [
      'https://rise-sverige.se/fa-stod/skillnad-mellan-stod-behandling/',
      'https://rise-sverige.se/om-rise/historia/',
      'https://www.unt.se/leva/hjalper-offer-for-sexuella-overgrepp-5141005.aspx',
    ],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
];
