import type { HelpEntry } from '../schema.ts';
import { CONFIRMED_ON, READ_AGAIN_ON, READ_ON } from './checked.ts';

// Japan (research §1.17 and §2).
// Left out: the old DV number 0570-0-55210 (now #8008), TELL Lifeline's number (not
// verified; the entry points to its website), いのちの電話's hours other than the 10th of
// each month (unverified), tascalne.com's sub-numbers (they belong to other services), and
// Spring (source not recorded), and COCONIWA (Wakayama; the research does not say whom
// it serves, and its only source is from 2016).
export const jpEntries: HelpEntry[] = [
  {
    id: 'jp-dv-soudan-plus',
    name: 'DV相談＋ (DV Sōdan Plus)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['domestic-abuse'],
    description: 'The Cabinet Office’s line for anyone experiencing domestic violence. Free; also email and chat.',
    phones: [{ display: '0120-279-889', tel: '0120279889' }],
    hours: { always: true },
    chatHours: { text: '12:00–22:00 (as published in 2020)', timeZone: 'Asia/Tokyo' },
    languages: ['ja'],
    languageNote:
      'Phone in Japanese; chat also in English, Chinese, Korean, Spanish, Portuguese, Tagalog, Thai, Vietnamese, Indonesian and Nepali',
    free: true,
    translations: {
      ja: {
        description:
          '内閣府による、DV(配偶者などからの暴力)に悩むすべての人のための相談窓口です。無料で、メールやチャットでも相談できます。',
      },
    },
    sources: ['https://gender.go.jp/policy/no_violence/e-vaw/soudankikan.html'],
    citations: ['kifjp.org', 'city.tamba.lg.jp (updated 2024-03)'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'jp-dv-soudan-navi',
    name: 'DV相談ナビ (DV Sōdan Navi)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['domestic-abuse'],
    description: 'Puts you through to the nearest spousal-violence support centre.',
    phones: [{ display: '#8008', tel: '#8008' }],
    hours: { text: 'The local centre’s hours', timeZone: 'Asia/Tokyo' },
    languages: ['ja'],
    free: false,
    costNote: 'The caller pays for the call',
    translations: { ja: { description: '最寄りの配偶者暴力相談支援センターにつながります。', costNote: '通話料はかけた人の負担です' } },
    sources: ['https://gender.go.jp/policy/no_violence/e-vaw/soudankikan/01.html'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'jp-one-stop-sexual-violence-centres',
    name: 'One-stop support centres for victims of sexual crime and violence',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['sexual-violence'],
    description: '#8891 puts you through to a one-stop support centre for victims of sexual crime or sexual violence.',
    phones: [
      { display: '#8891', tel: '#8891' },
      { display: '0120-8891-77', tel: '0120889177', note: 'From NTT Hikari phones' },
    ],
    hours: {
      text: 'Varies by centre (not all 24 hours); a national call centre answers at night and on holidays',
      timeZone: 'Asia/Tokyo',
    },
    languages: ['ja'],
    free: true,
    costNote: 'Free, except from some lines',
    translations: {
      ja: {
        description: '#8891で、性犯罪・性暴力被害者のためのワンストップ支援センターにつながります。',
        costNote: '一部の回線を除き無料です',
      },
    },
    sources: [
      'https://www.nhk.or.jp/gendai/comment/0014/topic025.html',
      'https://www.pref.okinawa.jp/site/kodomo/heiwadanjo/danjo/7001.html?mode=preview',
      'https://www.npa.go.jp/hanzaihigai/whitepaper/w-2021/html/zenbun/part2/b2_s2_1t03.html',
    ],
    citations: ['yuiclinic 2025', 'pref.okinawa.lg.jp 2023', 'NHK 2020', 'npa.go.jp white paper 2022'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'jp-189-child-abuse-dial',
    name: '児童相談所虐待対応ダイヤル 189',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['child-abuse'],
    description: 'The child guidance centres’ dial for child abuse. Free; you can call anonymously.',
    phones: [{ display: '189', tel: '189' }],
    hours: { always: true },
    languages: ['ja'],
    free: true,
    translations: { ja: { description: '児童相談所の虐待対応ダイヤルです。無料で、匿名でもかけられます。' } },
    sources: [
      'https://www.city.mito.lg.jp/site/kosodate/3422.html',
      'https://kotobank.jp/word/%E5%85%90%E7%AB%A5%E7%9B%B8%E8%AB%87%E6%89%80%E8%99%90%E5%BE%85%E5%AF%BE%E5%BF%9C%E3%81%A0%E3%81%84%E3%82%84%E3%82%8B-1726024',
    ],
    citations: ['city.mito.lg.jp', 'kotobank.jp (Nipponica)'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'jp-yorisoi-hotline',
    name: 'よりそいホットライン (Yorisoi Hotline)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['crisis', 'domestic-abuse', 'sexual-violence'],
    description:
      'For anyone who needs to talk. Free; the menu includes a line for women about domestic and sexual violence, and lines in foreign languages.',
    phones: [
      { display: '0120-279-338', tel: '0120279338' },
      { display: '0120-279-226', tel: '0120279226', note: 'From Iwate, Miyagi and Fukushima' },
    ],
    website: 'https://279338.jp/yorisoi/',
    hours: { always: true },
    languages: ['ja'],
    languageNote: 'Foreign-language lines in the menu',
    free: true,
    translations: {
      ja: {
        description:
          '話を聞いてほしいすべての人のための窓口です。無料です。音声案内には、DVや性暴力について女性が相談できる窓口や、外国語の窓口があります。',
      },
    },
    sources: ['https://279338.jp/yorisoi/'],
    status: 'confirmed',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'jp-inochi-no-denwa',
    name: 'いのちの電話 (Inochi no Denwa)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['crisis'],
    description: 'Suicide prevention free dial; about 50 local centres also have their own numbers.',
    phones: [{ display: '0120-783-556', tel: '0120783556' }],
    hours: {
      text: 'The 10th of each month, 8:00 to 8:00 the next day; also around the clock in suicide prevention week (10–17 September in 2025); other hours not confirmed',
      timeZone: 'Asia/Tokyo',
    },
    languages: ['ja'],
    free: true,
    translations: { ja: { description: '自殺予防のフリーダイヤルです。全国約50の地域センターにも、それぞれの電話番号があります。' } },
    sources: ['https://travelnews.co.jp/news/sougou/201909041524536984.html', 'https://www.kawatana.jp/topics/news/post-1166.html'],
    // tamainochi.com's page (index.asp?patten_cd=12&page_no=9) gives the same number and
    // hours, but it is served over http only.
    citations: ['tamainochi.com', 'mentalhealthbiz.net'],
    status: 'confirmed',
    lastConfirmed: READ_AGAIN_ON,
  },
  {
    id: 'jp-inochi-sos',
    name: 'いのちSOS (Lifelink)',
    kind: 'hotline',
    runBy: 'professional-service',
    country: 'JP',
    serves: ['crisis'],
    description:
      'A suicide prevention line run by the NPO Lifelink. You can stay anonymous; Lifelink also offers chat and email consultations.',
    phones: [{ display: '0120-061-338', tel: '0120061338' }],
    hours: { text: 'Mon, Thu, Fri 24 hours; Tue, Wed, Sat, Sun 06:00–24:00 (as published in 2022)', timeZone: 'Asia/Tokyo' },
    languages: ['ja'],
    free: true,
    costNote: 'A free dial; the consultation is free',
    translations: {
      ja: {
        description: 'NPO法人ライフリンクによる自殺予防の相談窓口です。匿名でも相談できます。チャットやメールでの相談もあります。',
        costNote: 'フリーダイヤルで、相談は無料です',
      },
    },
    sources: ['https://mainichi.jp/articles/20220826/osg/00m/040/001000d', 'https://www.lsystem.org/kiyaku/sns-inochi-kiyaku.html'],
    citations: ['mainichi.jp 2022-08-26'],
    status: 'confirmed-old',
    lastConfirmed: READ_AGAIN_ON,
  },

  // Peer support
  {
    id: 'jp-siab',
    name: 'SIAb.',
    kind: 'peer-group',
    country: 'JP',
    region: 'Tokyo',
    serves: ['child-abuse', 'adult-survivors-of-child-abuse', 'sexual-violence'],
    description: 'Peer meetings for incest survivors, since 2013.',
    website: 'https://syncable.biz/associate/siabdayo',
    languages: ['ja'],
    free: 'unknown',
    howToJoin: 'See the SIAb. page.',
    moderated: 'unknown',
    runBy: 'peer-led',
    translations: {
      ja: {
        description: '近親者からの性虐待を受けた人のための当事者ミーティングです。2013年から続いています。',
        howToJoin: 'SIAb.のページをご覧ください。',
      },
    },
    sources: ['https://syncable.biz/associate/siabdayo/vision'],
    citations: ['asahi.com'],
    status: 'confirmed-secondary',
    lastConfirmed: CONFIRMED_ON,
  },
  {
    id: 'jp-kokage-no-kai',
    name: '木蔭の会 (Kokage no Kai)',
    kind: 'peer-group',
    country: 'JP',
    serves: ['sexual-violence'],
    description:
      'A peer self-help group for people who experienced sexual harm. Three to six people meet each month and talk about life after the harm, not its details. You join under a nickname.',
    website: 'https://note.com/kokagenokai/n/na9fd07222efa',
    languages: ['ja'],
    free: 'unknown',
    howToJoin: 'Apply through the link on the group’s page. Join under a nickname; it is fine not to speak.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Survivors meeting as peers.',
    translations: {
      ja: {
        description:
          '性被害にあった人のための自助グループです。毎月3〜6人で集まり、被害の詳しい内容ではなく、その後の暮らしや気持ちについて話します。ニックネームで参加できます。',
        howToJoin: 'グループのページにあるリンクから申し込みます。ニックネームで参加でき、話さなくても大丈夫です。',
      },
    },
    sources: ['https://note.com/kokagenokai/n/na9fd07222efa'],
    status: 'confirmed',
    lastConfirmed: READ_ON,
  },
  {
    id: 'jp-hidamari-no-gazebo',
    name: '陽だまりのガゼボ (Hidamari no Gazebo)',
    kind: 'peer-group',
    country: 'JP',
    region: 'Shizuoka',
    serves: ['child-abuse', 'adult-survivors-of-child-abuse', 'sexual-violence'],
    description:
      'A self-help group in Shizuoka Prefecture for people sexually abused by a relative. In 2021 it was the only such group in the prefecture.',
    website: 'https://hidamarinogazebo.jimdofree.com/',
    languages: ['ja'],
    free: 'unknown',
    howToJoin: 'Contact the organiser through the group’s website.',
    moderated: 'unknown',
    runBy: 'peer-led',
    facilitation: 'Run by a survivor.',
    translations: {
      ja: {
        description: '静岡県の、近親者から性的虐待を受けた人のための自助グループです。2021年時点で県内唯一の会でした。',
        howToJoin: 'グループのウェブサイトから管理人に連絡します。',
      },
    },
    sources: ['https://hidamarinogazebo.jimdofree.com/2021/07/30/２０２１年７月運営所感/'],
    status: 'confirmed-old',
    lastConfirmed: READ_ON,
  },
];
