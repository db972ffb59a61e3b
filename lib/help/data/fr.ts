import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_AGAIN_ON } from './checked.ts';

// France (research §1.9 and §2). Most websites are marked "unverified (memory)" or are
// absent from the entry's own sources, so they are not linked.
export const frEntries: HelpEntry[] = [
  {
    id: 'fr-3919-violences-femmes-info',
    name: '3919 Violences Femmes Info',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'FR',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For women facing violence, including in the overseas departments. Accessible to deaf and hard-of-hearing callers.',
    phones: [{ display: '3919', tel: '3919' }],
    hours: { always: true },
    languages: ['fr'],
    languageNote:
      'Also English, Arabic, Creole, Dari, Spanish, Hebrew, Kabyle, Mandarin, Persian, Polish, Portuguese and Turkish, though not at every hour',
    free: true,
    translations: {
      fr: {
        description:
          'Pour les femmes confrontées à la violence, y compris dans les départements d’outre-mer. Accessible aux personnes sourdes et malentendantes.',
      },
    },
    sources: [
      'https://solidaritefemmes.org/appeler-le-3919/',
      'https://informations.handicap.fr/a-3919-femmes-sourdes-victimes-violences-aide-h24-31115.php',
    ],
    citations: ['informations.handicap.fr', 'terrafemina.com', 'tf1info.fr 2023', 'icfhabitat.fr'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'fr-viols-femmes-informations',
    name: 'Viols Femmes Informations (CFCV)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'FR',
    serves: ['sexual-violence'],
    description: 'For anyone affected by rape or sexual violence. Free and anonymous.',
    phones: [{ display: '0 800 05 95 95', tel: '0800059595' }],
    hours: { text: 'Mon–Fri 10h–19h', timeZone: 'Europe/Paris' },
    languages: ['fr'],
    free: true,
    translations: { fr: { description: 'Pour toute personne concernée par le viol ou les violences sexuelles. Gratuit et anonyme.' } },
    sources: [
      'https://streetpress.com/sujet/1572866001-seul-numero-aide-victimes-violences-sexuelles-manque-moyens-feminisme-feminicides',
      'https://www.lesnouvellesnews.fr/victime-de-viol-composer-bon-numero/',
    ],
    citations: ['streetpress.com 2019', 'madmoizelle.com', 'lesnouvellesnews.fr'],
    status: 'confirmed-old',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'fr-119-allo-enfance-en-danger',
    name: '119 Allô Enfance en Danger',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'FR',
    serves: ['child-abuse', 'young-people'],
    description: 'For children in danger and anyone worried about a child. Free. A chat for under-21s, and a platform for deaf callers.',
    phones: [{ display: '119', tel: '119' }],
    hours: { always: true },
    chatHours: { text: 'Mon, Tue, Thu, Fri 15–19; Wed 13–19', timeZone: 'Europe/Paris' },
    languages: ['fr'],
    free: true,
    safetyNotes: [
      'The call is not shown on the phone bill.',
      'The 119 can pass what you tell it to the child-protection unit of your département.',
    ],
    translations: {
      fr: {
        description:
          'Pour les enfants en danger et pour toute personne inquiète pour un enfant. Gratuit. Un tchat pour les moins de 21 ans, et une plateforme pour les personnes sourdes.',
        safetyNotes: [
          'L’appel n’apparaît pas sur la facture de téléphone.',
          'Le 119 peut transmettre ce que vous lui confiez à la cellule de protection de l’enfance de votre département.',
        ],
      },
    },
    sources: [
      'https://madinin-art.net/allo-enfance-en-danger-119-un-numero-pour-les-situations-durgence-2',
      'https://solidarites-sante.gouv.fr/affaires-sociales/familles-enfance/pacte-pour-l-enfance/lutte-contre-les-violences-faites-aux-enfants/article/119-allo-enfance-en-danger',
    ],
    citations: ['solidarites-sante.gouv.fr/…/119-allo-enfance-en-danger', 'madinin-art.net'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'fr-3114-prevention-suicide',
    name: '3114 Numéro national de prévention du suicide',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'FR',
    serves: ['crisis'],
    description: 'For anyone thinking about suicide. Answered by health professionals. Free.',
    phones: [{ display: '3114', tel: '3114' }],
    website: 'https://3114.fr/',
    hours: { always: true },
    languages: ['fr'],
    free: true,
    translations: { fr: { description: 'Pour toute personne qui pense au suicide. Des professionnels de santé répondent. Gratuit.' } },
    sources: ['https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/'],
    citations: ['cnape.fr', 'monenfant.fr'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'fr-fil-sante-jeunes',
    name: 'Fil Santé Jeunes',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'FR',
    serves: ['young-people'],
    description: 'For young people aged 12 to 25. Free and anonymous; also a chat.',
    phones: [{ display: '0 800 235 236', tel: '0800235236' }],
    hours: { text: '9h–23h every day', timeZone: 'Europe/Paris' },
    languages: ['fr'],
    free: true,
    translations: { fr: { description: 'Pour les jeunes de 12 à 25 ans. Gratuit et anonyme ; aussi un tchat.' } },
    sources: [
      'https://www.verslehaut.org/publications/allo-allo-jai-besoin-daide',
      'https://web.lifelines.name/read/476fdd52-e791-533c-82f3-8f0780c9c026',
    ],
    citations: ['axaprevention.fr'],
    status: 'confirmed-secondary',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
];
