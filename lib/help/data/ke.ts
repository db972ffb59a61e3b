import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_ON } from './checked.ts';

// Kenya (research §1.20). No peer group in Kenya was found by the research.
// Left out: Kenya Red Cross tele-counselling (1199 vs 1190, disputed) and Befrienders
// Kenya (number not verified).
export const keEntries: HelpEntry[] = [
  {
    id: 'ke-gbv-1195',
    name: 'National GBV Rapid Response Call Centre',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'KE',
    serves: ['domestic-abuse', 'sexual-violence'],
    description: 'For anyone affected by gender-based violence. Toll-free.',
    phones: [{ display: '1195', tel: '1195' }],
    hours: { always: true },
    languages: [],
    free: true,
    sources: ['https://unsdg.un.org/latest/stories/building-brighter-future-women-and-girls-free-violence'],
    citations: ['nation.co.ke 2025 ("beyond-your-parents…")'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'ke-child-helpline-116',
    name: 'Child Helpline 116',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'KE',
    serves: ['child-abuse', 'young-people'],
    description: 'For children and young people. Toll-free; also SMS and chat.',
    phones: [{ display: '116', tel: '116' }],
    website: 'https://childrenscouncil.go.ke/child-help-line.html',
    hours: { always: true },
    languages: [],
    free: true,
    sources: ['https://childrenscouncil.go.ke/child-help-line.html'],
    citations: ['nation.co.ke'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },

  // Peer support
  {
    id: 'ke-survivors-of-sexual-violence-network',
    name: 'Survivors of Sexual Violence in Kenya Network (Wangu Kanja Foundation)',
    kind: 'peer-group',
    country: 'KE',
    serves: ['sexual-violence'],
    description:
      'A network that brings together women and men who survived sexual violence, convened by a foundation that a survivor started. Its Gender Defenders programme pairs past survivors with recent ones.',
    website: 'https://wangukanjafoundation.org/?page_id=1005',
    languages: ['en'],
    free: 'unknown',
    format: 'in-person',
    howToJoin: 'Contact the Wangu Kanja Foundation through its website.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Survivors supporting survivors, within community structures, with the foundation as convener.',
    sources: [
      'https://wangukanjafoundation.org/?page_id=1005',
      'https://www.solutionsjournalism.org/stories/nairobi-s-gender-defenders-use-victimhood-to-fight-back',
    ],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
  {
    id: 'ke-creaw-kibera-support-groups',
    name: 'CREAW support groups (Kibera)',
    kind: 'peer-group',
    country: 'KE',
    region: 'Nairobi (Kibera)',
    serves: ['domestic-abuse'],
    description:
      'Support groups in Kibera where women who lived through violence at home share how they are coping and support each other. A CREAW counsellor, who knows each woman from individual counselling, leads the sessions.',
    website: 'https://home.creaw.org/2021/10/02/kibera-support-group/',
    languages: [],
    free: 'unknown',
    format: 'in-person',
    howToJoin: 'The groups are for women CREAW already supports through counselling; contact CREAW through its website.',
    moderated: true,
    runBy: 'professionally-facilitated',
    facilitation: 'Led by a CREAW project counsellor.',
    sources: ['https://home.creaw.org/2021/10/02/kibera-support-group/'],
    status: 'confirmed-old',
    lastConfirmed: READ_ON,
  },
];
