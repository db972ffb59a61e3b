import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_AGAIN_ON, READ_ON } from './checked.ts';

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
    safetyNotes: ['You can call or chat anonymously. A call to 0800-0113 shows as anonymous on the phone bill (reported in 2020).'],
    translations: {
      nl: {
        description: 'Voor iedereen die aan zelfmoord denkt. Ook een chat.',
        costNote: '0800-0113 is gratis; 113 is gratis sinds oktober 2025',
        safetyNotes: [
          'Je kunt anoniem bellen of chatten. Een gesprek met 0800-0113 staat anoniem op je telefoonrekening (gemeld in 2020).',
        ],
      },
    },
    sources: [
      'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
      'https://www.hartvannederland.nl/nieuws/2020/telefoonnummer-113-zelfmoordpreventie/',
    ],
    citations: ['upday.com/nl 2025-10-03', 'nu.nl 2020', 'hartvannederland.nl 2020'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
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
  {
    id: 'nl-lotgenoten-seksueel-geweld',
    name: 'Lotgenoten Seksueel Geweld (LSG)',
    kind: 'peer-group',
    country: 'NL',
    serves: ['sexual-violence', 'adult-survivors-of-child-abuse'],
    description:
      'An online peer community for people who experienced sexual abuse or sexual violence, with a chat and a forum for members and stories on the website. It is for support between peers and does not replace professional help.',
    website: 'https://www.lotgenotenseksueelgeweld.nl/huisregels/',
    languages: ['nl'],
    free: 'unknown',
    format: 'online',
    howToJoin: 'Become a member through the website to use the chat and the forum; read the house rules first.',
    moderated: true,
    runBy: 'peer-led',
    facilitation: 'Peers supporting each other, under house rules for the chat and the forum.',
    safetyNotes: ['Keep your password to yourself, so nobody else can read your messages.'],
    translations: {
      nl: {
        description:
          'Een online gemeenschap voor mensen die seksueel misbruik of seksueel geweld hebben meegemaakt, met een chat en een forum voor leden en verhalen op de website. Het is steun van lotgenoten en vervangt geen professionele hulp.',
        howToJoin: 'Word lid via de website om de chat en het forum te gebruiken; lees eerst de huisregels.',
        safetyNotes: ['Houd je wachtwoord voor jezelf, zodat niemand anders je berichten kan lezen.'],
      },
    },
    sources: ['https://www.lotgenotenseksueelgeweld.nl/huisregels/'],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
];
