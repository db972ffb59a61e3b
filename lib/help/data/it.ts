import type { HelpEntry } from '../schema.ts';
import { READ_AGAIN_ON, READ_ON } from './checked.ts';

// Italy (research §1.11). No peer group in Italy was found by the research.
// Left out: Telefono Amico's old 199.284.284 and its phone hours (9–24 in January 2026, with
// 24 hours announced from April 2026; no page read confirms the change).
export const itEntries: HelpEntry[] = [
  {
    id: 'it-1522',
    name: '1522 – Violenza e stalking',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'IT',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For anyone facing violence or stalking. Anonymous; also a chat through 1522.eu and the “1522” app.',
    phones: [{ display: '1522', tel: '1522' }],
    hours: { always: true },
    languages: ['it', 'en', 'fr', 'es', 'pt', 'ru', 'uk', 'pl', 'ar', 'fa', 'sq'],
    free: true,
    costNote: 'Free from landlines and mobiles',
    safetyNotes: ['Calls are anonymous and are not recorded.'],
    translations: {
      it: {
        description: 'Per chiunque subisca violenza o stalking. Anonimo; anche una chat su 1522.eu e l’app «1522».',
        costNote: 'Gratuito da rete fissa e da cellulare',
        safetyNotes: ['Le chiamate sono anonime e non vengono registrate.'],
      },
    },
    sources: [
      'https://tg24.sky.it/cronaca/2023/11/23/1522-numero-antiviolenza-donne',
      'https://letterainternazionale.it/?p=1428',
      'https://www.bresciaoggi.it/oltre-brescia/italia/violenza-sulle-donne-squilla-senza-sosta-il-numero-dedicato-1522-1.10118387',
    ],
    citations: ['ansa.it 2023-06-09', 'tg24.sky.it 2023-11-23', 'bresciaoggi.it'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'it-telefono-azzurro',
    name: 'Telefono Azzurro',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'IT',
    serves: ['young-people', 'child-abuse'],
    description: 'For children and young people. Also a chat on the website.',
    phones: [{ display: '19696', tel: '19696' }],
    website: 'https://azzurro.it/',
    hours: { always: true },
    languages: ['it'],
    free: true,
    costNote: 'Free from landlines and mobiles',
    translations: {
      it: {
        description: 'Per bambini, bambine e ragazzi. Anche una chat sul sito.',
        costNote: 'Gratuito da rete fissa e da cellulare',
      },
    },
    sources: [
      'https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo',
      'https://azzurro.it/114-emergenza-infanzia/',
    ],
    citations: ['tg24.sky.it 2025-04-23', 'avvenire.it', 'notizie.tiscali.it'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'it-114-emergenza-infanzia',
    name: '114 Emergenza Infanzia',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'IT',
    serves: ['child-abuse', 'young-people'],
    description: 'For emergencies involving children, run by Telefono Azzurro for the Department for Family Policy.',
    phones: [{ display: '114', tel: '114' }],
    website: 'https://azzurro.it/114-emergenza-infanzia/',
    hours: { always: true },
    languages: ['it'],
    free: true,
    translations: {
      it: {
        description:
          'Per le emergenze che riguardano bambini e ragazzi, gestito da Telefono Azzurro per il Dipartimento per le politiche della famiglia.',
      },
    },
    sources: [
      'https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo',
      'https://azzurro.it/114-emergenza-infanzia/',
      'https://www.comune.trieste.it/114-emergenza-infanzia',
    ],
    citations: ['tg24.sky.it 2025-04-23', 'avvenire.it', 'notizie.tiscali.it'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'it-telefono-amico',
    name: 'Telefono Amico Italia',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'IT',
    serves: ['crisis'],
    description: 'Emotional support for anyone who needs to talk. Also WhatsApp Amico and an email form.',
    phones: [{ display: '02 2327 2327', tel: '0223272327' }],
    whatsapp: { display: '324 011 7252' },
    chatHours: { text: 'WhatsApp Amico: every day 18:00–21:00', timeZone: 'Europe/Rome' },
    languages: ['it'],
    free: false,
    costNote:
      'Listening is free; you pay only what a call to an ordinary landline number costs on your plan (nothing extra with unlimited minutes)',
    translations: {
      it: {
        description: 'Sostegno emotivo per chiunque abbia bisogno di parlare. Anche WhatsApp Amico e un modulo email.',
        costNote:
          'L’ascolto è gratuito; paghi solo quanto costa una chiamata verso un numero fisso con il tuo piano (nulla in più con i minuti illimitati)',
      },
    },
    sources: [
      'https://alleyoop.ilsole24ore.com/2025/10/10/salute-mentale-300-richieste-di-aiuto-al-giorno-per-telefono-amico-italia/',
      'https://www.giornaledibrescia.it/cronaca/telefono-amico-numero-aiuto-aprile-notte-nv32wmcr',
      'https://vivimilano.corriere.it/attivita-bambini/attivita-varie/coronavirus-telefono-amico-italia-attiva-un-nuovo-numero/',
    ],
    citations: ['agensir.it 2025', 'fanpage.it 2024'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
  {
    id: 'it-rete-l-abuso',
    name: 'Rete L’ABUSO',
    kind: 'peer-group',
    country: 'IT',
    serves: ['sexual-violence', 'adult-survivors-of-child-abuse'],
    description:
      'An association founded in 2010 by people abused by members of the clergy. It runs a self-help group where survivors can find support and share experiences, with families, volunteers and professionals taking part.',
    website: 'https://retelabuso.org/2023/08/16/sostieni-il-nostro-impegno-dona/',
    languages: ['it'],
    free: 'unknown',
    howToJoin: 'Contact the association through its website.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Founded by survivors; families, volunteers and professionals take part in the group.',
    translations: {
      it: {
        description:
          'Un’associazione fondata nel 2010 da persone che hanno subito abusi da parte di membri del clero. Offre un gruppo di auto aiuto dove chi è sopravvissuto trova sostegno e condivide esperienze, con familiari, volontari e professionisti.',
        howToJoin: 'Contatta l’associazione attraverso il suo sito.',
      },
    },
    sources: ['https://retelabuso.org/2023/08/16/sostieni-il-nostro-impegno-dona/'],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
  {
    id: 'it-bz-gruppi-auto-aiuto-abusi',
    name: 'Gruppi di auto aiuto dopo un abuso sessuale (Alto Adige)',
    kind: 'peer-group',
    country: 'IT',
    region: 'Alto Adige / Südtirol',
    serves: ['sexual-violence', 'adult-survivors-of-child-abuse'],
    description:
      'Self-help groups in South Tyrol for people who experienced sexual abuse, arranged by the self-help groups service. Taking part is free and does not replace therapy; anonymity and confidentiality are kept.',
    phones: [{ display: '0471 1888110', tel: '04711888110', note: 'Servizio per Gruppi di auto aiuto' }],
    email: 'info@autoaiuto.bz.it',
    languages: ['it', 'de'],
    free: true,
    format: 'in-person',
    howToJoin: 'Call or email the self-help groups service; the groups meet on dates they agree among themselves.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Survivors’ self-help groups, put in touch by the provincial self-help groups service.',
    translations: {
      it: {
        description:
          'Gruppi di auto aiuto in Alto Adige per chi ha subito abusi sessuali, organizzati tramite il Servizio per Gruppi di auto aiuto. La partecipazione è gratuita e non sostituisce la terapia; anonimato e riservatezza sono garantiti.',
        howToJoin: 'Chiama o scrivi al Servizio per Gruppi di auto aiuto; i gruppi si incontrano secondo i loro accordi.',
      },
    },
    sources: [
      'https://www.autoaiuto.bz.it/wdb.php?lang=it&oid=1878&modul=new&action=v&site=437d469.html',
      'https://suedtirolnews.it/chronik/sexueller-missbrauch-betroffene-finden-hilfe-in-selbsthilfegruppen/feed',
    ],
    status: 'confirmed-old',
    lastConfirmed: READ_ON,
  },
];
