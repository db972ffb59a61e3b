import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_ON } from './checked.ts';

// Netherlands (research §1.12). No peer group in the Netherlands was found by the research.
// The 2019 case (people dialled 113 before it was live) is why numbers are copied exactly.
export const nlEntries: HelpEntry[] = [
  {
    id: 'nl-veilig-thuis',
    name: 'Veilig Thuis',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NL',
    serves: ['domestic-abuse', 'child-abuse'],
    description: 'For domestic violence and child abuse. Free; say your town and you are put through to your regional office. Also a chat.',
    phones: [{ display: '0800-2000', tel: '08002000' }],
    hours: { always: true },
    languages: ['nl'],
    free: true,
    translations: {
      nl: {
        description:
          'Bij huiselijk geweld en kindermishandeling. Gratis; noem je woonplaats en je wordt doorverbonden met je regio. Ook een chat.',
      },
    },
    sources: ['https://rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld'],
    citations: ['scherpenzeel.nl', 'veiligthuisnoordoostgelderland.nl'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'nl-centrum-seksueel-geweld',
    name: 'Centrum Seksueel Geweld',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NL',
    serves: ['sexual-violence'],
    description: 'For anyone who has experienced sexual violence. Also a chat.',
    phones: [{ display: '0800-0188', tel: '08000188' }],
    website: 'https://centrumseksueelgeweld.nl/',
    hours: { always: true },
    languages: ['nl'],
    free: 'unknown',
    translations: { nl: { description: 'Voor iedereen die seksueel geweld heeft meegemaakt. Ook een chat.' } },
    sources: ['https://centrumseksueelgeweld.nl/category/in-de-media/'],
    citations: ['ggdfryslan.nl 2022', 'nhnieuws.nl 2020'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'nl-113-zelfmoordpreventie',
    name: '113 Zelfmoordpreventie',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NL',
    serves: ['crisis'],
    description: 'For anyone thinking about suicide. Also a chat.',
    phones: [
      { display: '113', tel: '113' },
      { display: '0800-0113', tel: '08000113' },
    ],
    hours: { always: true },
    languages: ['nl'],
    free: true,
    costNote: '0800-0113 is free; 113 is free since October 2025',
    translations: {
      nl: {
        description: 'Voor iedereen die aan zelfmoord denkt. Ook een chat.',
        costNote: '0800-0113 is gratis; 113 is gratis sinds oktober 2025',
      },
    },
    sources: [],
    citations: ['upday.com/nl 2025-10-03', 'nu.nl 2020', 'hartvannederland.nl 2020'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'nl-de-kindertelefoon',
    name: 'De Kindertelefoon',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NL',
    serves: ['young-people'],
    description: 'For children aged 8 to 18. Also a chat and a forum.',
    phones: [{ display: '0800-0432', tel: '08000432' }],
    hours: { text: 'Every day of the year, 11–21 (as published in 2019)', timeZone: 'Europe/Amsterdam' },
    languages: ['nl'],
    free: true,
    translations: { nl: { description: 'Voor kinderen van 8 tot 18 jaar. Ook een chat en een forum.' } },
    sources: ['https://vriendenkindertelefoon.nl/kindertelefoon'],
    citations: ['metronieuws.nl 2019'],
    status: 'confirmed-secondary',
    lastConfirmed: CONFIRMED_ON,
  },

  // Peer support
  {
    id: 'nl-kindertelefoon-forum',
    name: 'De Kindertelefoon forum',
    kind: 'peer-group',
    country: 'NL',
    serves: ['young-people', 'child-abuse'],
    description:
      'An online forum on the Kindertelefoon website where children and young people aged 8 to 18 share experiences and help each other. Moderators watch over it.',
    website: 'https://www.kindertelefoon.nl/',
    languages: ['nl'],
    free: true,
    format: 'online',
    howToJoin: 'Go to the forum on the Kindertelefoon website.',
    moderated: true,
    runBy: 'professional-service',
    facilitation: 'Run by the national children’s helpline; moderators watch over the forum.',
    translations: {
      nl: {
        description:
          'Een online forum op de website van De Kindertelefoon waar kinderen en jongeren van 8 tot 18 jaar ervaringen delen en elkaar helpen. Moderators letten op.',
        howToJoin: 'Ga naar het forum op de website van De Kindertelefoon.',
      },
    },
    sources: [
      'https://www.nrc.nl/nieuws/2019/09/05/duizend-keer-per-dag-een-luisterend-oor-a3972340',
      'https://nieuws.nl/algemeen/20190904/maxima-bij-40e-verjaardag-kindertelefoon/',
      'https://www.vriendenkindertelefoon.nl/kindertelefoon',
    ],
    citations: ['www.kindertelefoon.nl (named in De Kindertelefoon’s magazine “the power of De Kindertelefoon”)'],
    status: 'confirmed-old',
    lastConfirmed: READ_ON,
  },
];
