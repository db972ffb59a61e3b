import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON } from './checked.ts';

// South Africa (research §1.16). No peer group in South Africa was found by the research.
// Left out: all SADAG numbers (several, disputed), Childline's old 08000 55 555 (now 116),
// and the GBV Command Centre's USSD, SMS and Skype channels (suspended at the December 2024
// relaunch; their return is only partly confirmed).
export const zaEntries: HelpEntry[] = [
  {
    id: 'za-gbv-command-centre',
    name: 'GBV Command Centre',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ZA',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For anyone affected by gender-based violence; social workers answer (Department of Social Development).',
    phones: [{ display: '0800 428 428', tel: '0800428428' }],
    website: 'https://gbv.org.za/',
    hours: { always: true },
    languages: [],
    free: 'unknown',
    sources: ['https://gbv.org.za/about-us'],
    citations: ['einpresswire.com (release 770031026)', 'allafrica.com (202412190450)', 'themercury.co.za 2025-12-23'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'za-childline',
    name: 'Childline South Africa',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ZA',
    serves: ['young-people', 'child-abuse'],
    description: 'For children and young people. Toll-free; online counselling at set hours.',
    phones: [{ display: '116', tel: '116' }],
    hours: { always: true },
    languages: [],
    free: true,
    sources: [],
    citations: ['thesouthafrican.com 2021-06-07', 'vukuzenzele.gov.za', 'iol.co.za 2022-08-13'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'za-wc-rape-crisis-cape-town',
    name: 'Rape Crisis Cape Town Trust 24h helpline',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'ZA',
    region: 'Western Cape',
    serves: ['sexual-violence'],
    description:
      'For anyone affected by rape or sexual violence, in English, Afrikaans or isiXhosa. The website also lists the Thuthuzela Care Centres for medical care after rape.',
    phones: [
      { display: '021 447 9762', tel: '0214479762', note: 'English' },
      { display: '021 633 9229', tel: '0216339229', note: 'Afrikaans' },
      { display: '021 361 9085', tel: '0213619085', note: 'isiXhosa' },
    ],
    whatsapp: { display: '083 222 5164' },
    website: 'https://rapecrisis.org.za/',
    hours: { always: true },
    languages: ['en', 'af', 'xh'],
    free: 'unknown',
    sources: ['https://rapecrisis.org.za/covid-19-2/'],
    status: 'confirmed-old',
    lastConfirmed: CONFIRMED_ON,
  },
];
