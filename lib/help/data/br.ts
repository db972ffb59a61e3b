import type { HelpEntry } from '../schema.ts';
import { READ_AGAIN_ON } from './checked.ts';

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
    sources: [
      'https://ametropolesorocabana.com.br/ligue-180-central-de-atendimento-a-mulher-completa-20-anos',
      'https://www.fatosefotosnews.com.br/ministra-marcia-lopes-visita-central-de-atendimento-do-ligue-180',
      'https://pglbr.com.br/denunciar-e-buscar-ajuda-a-vitimas-de-violencia-contra-mulheres',
    ],
    citations: [
      'diariodovale.com.br 2023-04 (Agência Brasil)',
      'oliberal.com 2025-11',
      'gauchazh.clicrbs.com.br 2023-08',
      'blogoludovico.com.br 2025',
    ],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
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
    free: true,
    translations: {
      pt: {
        description:
          'Para denunciar e buscar ajuda em violações de direitos humanos, inclusive contra crianças. Anônimo; também por WhatsApp, Telegram («DireitosHumanosBrasil») e aplicativo.',
      },
    },
    sources: [
      'https://acreagora.com/2023/05/07/com-novo-numero-whatsapp-disque-100-tem-protocolo-escolar/',
      'https://www.mundomais.com.br/noticias/2026/01/noticia-10513-saiba-como-funciona-a-denuncia-de-lgbtfobia-pelo-disque-100',
      'https://tudorondonia.com/noticias/bloco-do-disque-100-canal-vai-receber-denuncias-no-carnaval,101081.shtml',
    ],
    citations: ['acreagora.com 2023-05', 'em.com.br 2025-12'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
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
    sources: [
      'https://redeglobo.globo.com/rj/tvriosul/Acontece/noticia/cvv-oferece-apoio-emocional-e-atua-na-prevencao-do-suicidio.ghtml',
      'https://cvmarj.com.br/blog/cvv-guia-pratico-e-humano-sobre-atendimento-24h-prevencao-do-suicidio-quando-procurar-e-como-apoiar-alguem',
    ],
    citations: ['folhadoestado 2018', 'redepiaui', 'cvmarj.com.br'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
];
