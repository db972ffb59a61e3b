import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_ON, READ_AGAIN_ON } from './checked.ts';

// Spain (research §1.10 and §2).
// Left out: ANAR's 116 000 (missing children, outside this directory's scope) and the
// 2006 phone number of AVASI (status unknown for twenty years: too risky to dial).
export const esEntries: HelpEntry[] = [
  {
    id: 'es-016',
    name: '016 – Violencia de género',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ES',
    serves: ['domestic-abuse', 'sexual-violence'],
    description:
      'For women facing violence, including sexual violence. Also WhatsApp, online chat and email; accessible for deaf and speech-impaired people.',
    phones: [{ display: '016', tel: '016' }],
    whatsapp: { display: '600 000 016' },
    hours: { always: true },
    languages: ['es'],
    languageNote: '53 languages',
    free: 'unknown',
    safetyNotes: ["016 does not appear on the phone bill, but the call stays in the mobile phone's call log."],
    translations: {
      es: {
        description:
          'Para mujeres que sufren violencia, también violencia sexual. También por WhatsApp, chat en línea y correo electrónico; accesible para personas sordas o con dificultades del habla.',
        safetyNotes: ['El 016 no aparece en la factura del teléfono, pero la llamada sí queda en el registro de llamadas del móvil.'],
      },
    },
    sources: ['https://newtral.es/consultas-016-2024/20240813'],
    citations: ['asturi.as', 'elperiodicoextremadura.com 2019'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'es-024-conducta-suicida',
    name: '024 Línea de atención a la conducta suicida',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ES',
    serves: ['crisis'],
    description: 'For anyone thinking about suicide. Free and anonymous; also an online chat on the Ministry’s site.',
    phones: [{ display: '024', tel: '024' }],
    hours: { always: true },
    languages: ['es'],
    free: true,
    translations: {
      es: {
        description:
          'Para cualquier persona que piense en el suicidio. Gratuito y anónimo; también un chat en línea en la web del Ministerio.',
      },
    },
    sources: [
      'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml',
      'https://www.farodevigo.es/galicia/2025/10/11/medio-millar-gallegos-mes-024-linea-suicidio-122499662.html',
    ],
    citations: ['rtve.es 2022', 'elnacional.cat', 'farodevigo.es 2025'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'es-fundacion-anar',
    name: 'Fundación ANAR Teléfono',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ES',
    serves: ['young-people', 'child-abuse'],
    description: 'For children and young people. Free; also the ANAR chat.',
    phones: [{ display: '900 20 20 10', tel: '900202010' }],
    website: 'https://www.anar.org/',
    hours: { always: true },
    languages: ['es'],
    free: true,
    translations: { es: { description: 'Para niños, niñas y adolescentes. Gratuito; también el chat de ANAR.' } },
    sources: ['https://www.adeces.org/anar-el-esfuerzo-por-proteger-los-derechos-de-nins-y-adolescentes/', 'https://anar.org/?p=5682'],
    citations: ['adeces.org', 'consumer.es', 'infobae.com 2024', 'diariocordoba.com 2017'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'es-telefono-de-la-esperanza',
    name: 'Teléfono de la Esperanza',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ES',
    serves: ['crisis'],
    description: 'Emotional support for anyone in crisis.',
    phones: [
      { display: '717 003 717', tel: '717003717' },
      { display: '91 459 00 55', tel: '914590055' },
    ],
    hours: { always: true },
    languages: ['es'],
    free: 'unknown',
    translations: { es: { description: 'Apoyo emocional para cualquier persona en crisis.' } },
    sources: [
      'https://pronto.es/noticias-del-corazon/noticias-emotivas/telefono-esperanza-mas-medio-siglo-luchando-soledad-51363_amp.html',
      'https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito',
    ],
    citations: ['maldita.es 2022'],
    status: 'confirmed-secondary',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
  {
    id: 'es-asociacion-cebrero',
    name: 'Asociación Cebrero contra el abuso sexual infantil',
    kind: 'peer-group',
    country: 'ES',
    region: 'Alto Aragón (Barbastro)',
    serves: ['adult-survivors-of-child-abuse'],
    description:
      'An association started by women who were sexually abused as children, for adults who went through the same. Members share experiences anonymously; at the start it planned to meet twice a month in Barbastro.',
    website: 'https://asociacioncebrero.es/articulo-del-periodista-angel-gayubar-2/',
    languages: ['es'],
    free: 'unknown',
    format: 'in-person',
    howToJoin: 'Contact the association through its website.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Run by survivors of child sexual abuse.',
    translations: {
      es: {
        description:
          'Una asociación creada por mujeres que sufrieron abusos sexuales en la infancia, para personas adultas que han pasado por lo mismo. Se comparten experiencias de forma anónima; al empezar, preveía reunirse dos veces al mes en Barbastro.',
        howToJoin: 'Ponte en contacto con la asociación a través de su web.',
      },
    },
    sources: ['https://asociacioncebrero.es/articulo-del-periodista-angel-gayubar-2/'],
    status: 'confirmed-secondary',
    lastConfirmed: READ_ON,
  },
];
