import { describe, expect, it } from 'vitest';
import {
  addToTrail,
  forgetTab,
  helpTabLanded,
  helpTabShowed,
  markHelpTab,
  noteNavigation,
  noteOwnPage,
  type TabRecords,
} from '@/lib/history/tab-trails';
import { exitSensitivity, isPracticePage } from '@/lib/exit/sensitivity';

const chosen = { chosen: true, keepsBackList: false };
const ordinary = { chosen: false, keepsBackList: false };

describe('tab trails', () => {
  it('keeps the sensitive pages of a tab and hands them over when it leaves for an ordinary page (Chrome)', () => {
    const tabs: TabRecords = {};
    noteNavigation(tabs, 1, 'https://hotline.example/a', chosen);
    noteNavigation(tabs, 1, 'https://hotline.example/b', chosen);
    const left = noteNavigation(tabs, 1, 'https://news.example/', ordinary);
    expect(left.trailLeft).toEqual(['https://hotline.example/a', 'https://hotline.example/b']);
    expect(tabs[1]).toBeUndefined();
  });

  it('keeps the trail in Firefox, noting what the tab shows now, and hands it over once', () => {
    const tabs: TabRecords = {};
    const firefox = { chosen: false, keepsBackList: true };
    noteNavigation(tabs, 1, 'https://hotline.example/a', chosen);
    expect(noteNavigation(tabs, 1, 'https://news.example/', firefox).trailLeft).toEqual(['https://hotline.example/a']);
    expect(tabs[1]).toMatchObject({ trail: ['https://hotline.example/a'], leftFor: 'https://news.example/' });
    expect(noteNavigation(tabs, 1, 'https://news.example/2', firefox).trailLeft).toEqual([]);
    expect(tabs[1]?.leftFor).toBe('https://news.example/2');
    // Back on a chosen site: the tab is sensitive again.
    noteNavigation(tabs, 1, 'https://hotline.example/c', chosen);
    expect(tabs[1]?.leftFor).toBeUndefined();
  });

  it('hands over the extension pages a tab went on from', () => {
    const tabs: TabRecords = {};
    noteOwnPage(tabs, 2, 'chrome-extension://id/options.html');
    noteOwnPage(tabs, 2, 'chrome-extension://id/options.html');
    expect(noteNavigation(tabs, 2, 'https://news.example/', ordinary).ownPagesLeft).toEqual(['chrome-extension://id/options.html']);
    expect(tabs[2]).toBeUndefined();
  });

  it('follows a help tab on its website, a first redirect included, and lets it go on to another site', () => {
    const tabs: TabRecords = {};
    markHelpTab(tabs, 3, 'help.example', 'https://help.example/start');
    // Before its first page loaded, a redirect joins the help website.
    expect(noteNavigation(tabs, 3, 'https://chat.support.example/', ordinary).onHelpSite).toBe(true);
    expect(helpTabLanded(tabs, 3)).toBe(true);
    expect(helpTabLanded(tabs, 3)).toBe(false);
    expect(helpTabShowed(tabs, 'https://chat.support.example/')).toBe(true);
    expect(noteNavigation(tabs, 3, 'https://forum.help.example/x', ordinary).onHelpSite).toBe(true);
    const left = noteNavigation(tabs, 3, 'https://search.example/', ordinary);
    expect(left.onHelpSite).toBe(false);
    expect(left.trailLeft).toContain('https://help.example/start');
    expect(tabs[3]).toBeUndefined();
  });

  it('forgets a tab in one step and returns what it held', () => {
    const tabs: TabRecords = {};
    addToTrail(tabs, 4, 'https://hotline.example/');
    noteOwnPage(tabs, 4, 'chrome-extension://id/welcome.html');
    expect(forgetTab(tabs, 4)).toMatchObject({ trail: ['https://hotline.example/'], ownPages: ['chrome-extension://id/welcome.html'] });
    expect(tabs).toEqual({});
    expect(forgetTab(tabs, 4)).toBeUndefined();
  });

  it('keeps at most 200 pages of a trail, dropping the oldest', () => {
    const tabs: TabRecords = {};
    for (let i = 0; i < 210; i++) addToTrail(tabs, 5, `https://hotline.example/${i}`);
    expect(tabs[5]?.trail).toHaveLength(200);
    expect(tabs[5]?.trail[0]).toBe('https://hotline.example/10');
  });
});

describe('what the exit counts as sensitive', () => {
  const tab = (id: number, url: string) => ({ id, windowId: 1, index: id, url, active: false, incognito: false });
  const facts = (records: TabRecords, practice = false) =>
    exitSensitivity({
      records,
      isChosen: (url) => url.includes('hotline.example'),
      isExtensionPage: (url) => url.startsWith('chrome-extension://id/'),
      practice,
    });

  it('counts chosen sites, help websites only in their own tab, trails, and the extension pages', () => {
    const records: TabRecords = {};
    markHelpTab(records, 2, 'help.example', 'https://help.example/');
    addToTrail(records, 3, 'https://hotline.example/');
    const s = facts(records);
    expect(s.isSensitiveTab(tab(1, 'https://hotline.example/x'))).toBe(true);
    expect(s.isSensitiveUrl(2, 'https://help.example/page')).toBe(true);
    expect(s.isSensitiveUrl(1, 'https://help.example/page')).toBe(false);
    expect(s.isSensitiveTab(tab(3, 'https://news.example/'))).toBe(true);
    expect(s.isSensitiveTab(tab(4, 'chrome-extension://id/options.html'))).toBe(true);
    expect(s.isSensitiveTab(tab(4, 'chrome-extension://id/icon.png'))).toBe(false);
    expect(facts(records, true).isSensitiveTab(tab(4, 'chrome-extension://id/options.html'))).toBe(false);
    expect(s.isSensitiveTab(tab(5, 'https://news.example/'))).toBe(false);
  });

  it('judges a tab on its way to a chosen site by where it is going', () => {
    const s = facts({});
    expect(s.snapshot({ ...tab(1, 'https://news.example/'), pendingUrl: 'https://hotline.example/' }).url).toBe('https://hotline.example/');
    expect(s.snapshot({ ...tab(1, ''), pendingUrl: 'https://news.example/' }).url).toBe('https://news.example/');
  });

  it('erases what a tab showed: its trail, extension pages, the page on screen, never other schemes', () => {
    const records: TabRecords = {};
    addToTrail(records, 1, 'https://hotline.example/a');
    noteOwnPage(records, 1, 'chrome-extension://id/options.html');
    const plan = { eraseUrls: new Map([[1, 'https://hotline.example/b']]) };
    expect(facts(records).urlsShownBy(1, plan, 'file:///x')).toEqual([
      'https://hotline.example/a',
      'chrome-extension://id/options.html',
      'https://hotline.example/b',
    ]);
  });

  it('erases the extension page on screen even when the record has not caught up, and only once', () => {
    const records: TabRecords = {};
    noteOwnPage(records, 1, 'chrome-extension://id/options.html');
    const plan = { eraseUrls: new Map<number, string>() };
    expect(facts(records).urlsShownBy(1, plan, undefined, 'chrome-extension://id/options.html')).toEqual([
      'chrome-extension://id/options.html',
    ]);
    expect(facts({}).urlsShownBy(2, plan, undefined, 'chrome-extension://id/options.html')).toEqual(['chrome-extension://id/options.html']);
    expect(facts({}).urlsShownBy(2, plan, undefined, 'https://news.example/')).toEqual([]);
  });

  it('knows the practice page, and a malformed URL is not one', () => {
    expect(isPracticePage('chrome-extension://id/welcome.html?practice')).toBe(true);
    expect(isPracticePage('chrome-extension://id/welcome.html')).toBe(false);
    expect(isPracticePage('not a url')).toBe(false);
  });
});
