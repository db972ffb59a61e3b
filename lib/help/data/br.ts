import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON } from './checked.ts';

// Brazil (research §1.14 and §2).
// Left out: Ligue 180's WhatsApp number (disputed: two forms), Disque 100's old WhatsApp
// (superseded), CVV's old number 141 (now 188).
export const brEntries: HelpEntry[] = [
  {
    id: 'br-ligue-180',
    name: 'Ligue 180 – Central de Atendimento à Mulher',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'BR',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For women facing violence, free from anywhere in Brazil. Also email and a Libras video call.',
    phones: [{ display: '180', tel: '180' }],
    email: 'central180@mulheres.gov.br',
    hours: { always: true },
    languages: ['pt'],
    languageNote: 'Libras (Brazilian Sign Language)',
    free: true,
    translations: {
      pt: {
        description:
          'Para mulheres em situação de violência, gratuito de qualquer lugar do Brasil. Também por e-mail e por videochamada em Libras.',
      },
    },
    sources: [],
    citations: [
      'diariodovale.com.br 2023-04 (Agência Brasil)',
      'oliberal.com 2025-11',
      'gauchazh.clicrbs.com.br 2023-08',
      'blogoludovico.com.br 2025',
    ],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'br-disque-100',
    name: 'Disque 100 – Disque Direitos Humanos',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'BR',
    serves: ['child-abuse', 'young-people'],
    description:
      'For reporting and getting help with human-rights violations, including against children. Anonymous; also WhatsApp, Telegram (“DireitosHumanosBrasil”) and an app.',
    phones: [{ display: '100', tel: '100' }],
    whatsapp: { display: '(61) 99611-0100' },
    hours: { always: true },
    languages: ['pt'],
    languageNote: 'Libras (Brazilian Sign Language)',
    free: 'unknown',
    translations: {
      pt: {
        description:
          'Para denunciar e buscar ajuda em violações de direitos humanos, inclusive contra crianças. Anônimo; também por WhatsApp, Telegram («DireitosHumanosBrasil») e aplicativo.',
      },
    },
    sources: [],
    citations: ['acreagora.com 2023-05', 'em.com.br 2025-12'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'br-cvv',
    name: 'CVV – Centro de Valorização da Vida',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'BR',
    serves: ['crisis'],
    description: 'Emotional support and suicide prevention, free nationwide. Also chat and email.',
    phones: [{ display: '188', tel: '188' }],
    hours: { always: true },
    languages: ['pt'],
    free: true,
    translations: { pt: { description: 'Apoio emocional e prevenção do suicídio, gratuito em todo o país. Também por chat e e-mail.' } },
    sources: [],
    citations: ['folhadoestado 2018', 'redepiaui', 'cvmarj.com.br'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },

  // Peer support
];
