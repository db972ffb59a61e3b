import type { HelpEntry } from '../schema.ts';
import { READ_AGAIN_ON, READ_ON } from './checked.ts';

// Nigeria (research §1.19). No peer group in Nigeria was found by the research.
// Left out: MANI (number only on progress.guide, which is unreliable) and progress.guide's
// other SURPIN numbers.
export const ngEntries: HelpEntry[] = [
  {
    id: 'ng-warif',
    name: 'WARIF (Women at Risk International Foundation)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NG',
    serves: ['sexual-violence', 'domestic-abuse'],
    description:
      'A confidential 24-hour helpline for anyone affected by sexual or gender-based violence, and for those caring for a child who was harmed. Based in Lagos.',
    phones: [{ display: '0809 210 0009', tel: '08092100009' }],
    hours: { always: true },
    languages: [],
    free: 'unknown',
    // Pulse gives the number (in Lagos State's 2020 list); ThisDay and The Nation give the
    // 24-hour confidential line. All three are lockdown-era pages, hence confirmed-old.
    sources: [
      'https://www.pulse.ng/lifestyle/relationships-weddings/what-to-do-if-you-experience-domestic-violence-while-in-isolation/zy7l8ql',
      'https://www.thisdaylive.com/index.php/2020/03/28/covid-19-warif-tackles-abuse-of-women-girls-in-self-isolation-through-partnership-with-nigerian-police/',
      'https://thenationonlineng.net/covid-19-warif-records-a-64-increase-in-sexual-abuse-cases-as-it-re-opens-centre/',
    ],
    citations: ['thisdaylive.com 2020', 'ijsshr.com'],
    status: 'confirmed-old',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'ng-cece-yara-child-helpline',
    name: 'Cece Yara Foundation Child Helpline',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NG',
    serves: ['child-abuse', 'young-people'],
    description: 'A free child helpline.',
    phones: [{ display: '0800 800 8001', tel: '08008008001' }],
    website: 'https://ceceyara.org/',
    hours: { always: true },
    languages: [],
    free: true,
    sources: [
      'https://afrifitness.com/cece-yara-charity/',
      'https://ynaija.com/cece-yara-foundation-holds-open-day-to-increase-awareness-on-child-sexual-abuse/',
    ],
    citations: ['ceceyara.org (2024)', 'ynaija.com 2019'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'ng-surpin',
    name: 'SURPIN (Suicide Research & Prevention Initiative, LUTH)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NG',
    serves: ['crisis'],
    description: 'A suicide prevention line, with a toll-free number and paid lines in English and Hausa.',
    phones: [
      { display: '0800 078 7746', tel: '08000787746', note: 'Toll-free' },
      { display: '09034400009', tel: '09034400009', note: 'Paid line, English' },
      { display: '08142241007', tel: '08142241007', note: 'Paid line, Hausa' },
    ],
    languages: ['en', 'ha'],
    free: 'unknown',
    sources: [
      'https://healthwise.punchng.com/ngo-launches-toll-free-hotline-for-assistance-on-mental-health',
      'https://www.healthcareafrica.info/new-mental-health-hotline-inaugurated-in-nigeria/',
    ],
    citations: ['healthwise.punchng.com', 'healthcareafrica.info'],
    status: 'confirmed-secondary',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'ng-la-dsvrt',
    name: 'Lagos Domestic & Sexual Violence Response Team (DSVRT)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NG',
    region: 'Lagos',
    serves: ['domestic-abuse', 'sexual-violence'],
    description:
      'For domestic and sexual violence in Lagos State. Reach it through 112, Lagos State’s general emergency number, which is toll-free.',
    phones: [{ display: '112', tel: '112', note: "Lagos State's general emergency number" }],
    languages: [],
    free: true,
    sources: [
      'https://techafrika.net/Nigeria-Lancement-d-une-ligne-gratuite-pour-signaler-les-crimes-domestiques-sexuelles_a790.html',
      'https://www.pmnewsnigeria.com/2019/06/28/how-to-report-sexual-child-abuse-domestic-violence-in-nigeria/',
    ],
    citations: ['techafrika.net'],
    status: 'confirmed-secondary',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'ng-stand-to-end-rape',
    name: 'Stand To End Rape Initiative (STER)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'NG',
    serves: ['sexual-violence', 'young-people'],
    description:
      'A youth-led organisation founded by a survivor. It supports survivors of sexual violence with counselling, including by phone, text and video, and helps them reach medical and legal services.',
    phones: [{ display: '+234 809 596 7000', tel: '+2348095967000' }],
    email: 'contactus@standtoendrape.org',
    website: 'https://standtoendrape.org/change-begets-change/',
    languages: ['en'],
    free: 'unknown',
    sources: [
      'https://standtoendrape.org/change-begets-change/',
      'https://standtoendrape.org/celebrating-four-years-of-change-and-justice/',
      'https://medicusmundi.ch/de/wissen-und-lernen/reflexions-und-lernformen/who-case-studies/adaptations-to-the-provision-of-sexual-and-re/adaptations-to-sexual-and-gender-based-violen/stand-to-end-rape-initiative',
    ],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
];
