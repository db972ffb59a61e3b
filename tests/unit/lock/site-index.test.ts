import { describe, expect, it } from 'vitest';
import { isSearchForSites } from '@/lib/history/search-pages';
import { SiteIndex } from '@/lib/lock/site-index';
import { isSiteKey, newSalt, siteKey, siteKeysOf } from '@/lib/lock/site-keys';
import { findSiteForUrl } from '@/lib/sites';

const SALT = '0123456789abcdef0123456789abcdef';
const SITES = ['hotline.example', 'thehotline.org', 'refuge.org.uk', 'chat.support.example', 'xn--bcher-kva.example'];

describe('site keys', () => {
  it('are salted SHA-256 hex of the text', () => {
    const key = siteKey(SALT, 'hotline.example');
    expect(isSiteKey(key)).toBe(true);
    expect(key).not.toBe(siteKey('fedcba9876543210fedcba9876543210', 'hotline.example'));
    expect(key).toBe(siteKey(SALT, 'hotline.example'));
    expect(key).not.toContain('hotline');
  });

  it('give each site its own key and keys for the words that name it in a search', () => {
    const keys = siteKeysOf(SALT, 'thehotline.org');
    expect(keys.key).toBe(siteKey(SALT, 'thehotline.org'));
    expect(keys.wordKeys).toEqual([siteKey(SALT, 'thehotline.org'), siteKey(SALT, 'thehotline')]);
  });

  it('makes a new random salt each time', () => {
    const a = newSalt();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newSalt()).not.toBe(a);
  });
});

describe('SiteIndex', () => {
  const index = SiteIndex.fromSites(SALT, SITES);

  it.each([
    ['https://hotline.example/', 'hotline.example'],
    ['http://www.hotline.example:8080/help?x=1', 'hotline.example'],
    ['https://chat.hotline.example/room', 'hotline.example'],
    ['https://a.b.c.hotline.example/', 'hotline.example'],
    ['https://HOTLINE.EXAMPLE./', 'hotline.example'],
    ['https://chat.support.example/', 'chat.support.example'],
    ['https://x.chat.support.example/', 'chat.support.example'],
    ['https://xn--bcher-kva.example/', 'xn--bcher-kva.example'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['https://www.refuge.org.uk/', 'refuge.org.uk'],
  ])('matches %s to %s', (url, site) => {
    expect(index.match(url)).toBe(siteKey(SALT, site));
  });

  it.each([
    'https://nothotline.example/',
    'https://hotline.example.evil/',
    'https://hotline.examples/',
    'https://example/',
    'https://support.example/',
    'https://org.uk/',
    'https://news.example/hotline.example',
    'file:///hotline.example/',
    'chrome://hotline.example/',
    'about:blank',
    'not a url',
    '',
  ])('does not match %s', (url) => {
    expect(index.match(url)).toBeUndefined();
  });

  it.each([
    ['https://www.google.com/search?q=hotline.example', true],
    ['https://www.google.co.uk/search?q=HOTLINE.EXAMPLE+chat', true],
    ['https://www.bing.com/search?q=www.hotline.example', true],
    ['https://duckduckgo.com/?q=thehotline+number', true],
    ['https://duckduckgo.com/?q=the-thehotline', true],
    ['https://search.yahoo.com/search?p=refuge+helpline', true],
    ['https://www.google.com/search?q=chat.hotline.example', true],
    ['https://www.google.com/search?q=b%C3%BCcher.example', false],
    ['https://www.google.com/search?q=weather+london', false],
    ['https://www.google.com/search?q=nothotline.example', false],
    ['https://hotline.example/search?q=hotline.example', false],
  ])('search page %s names a chosen site: %s', (url, expected) => {
    expect(index.isSearchFor(url)).toBe(expected);
  });

  it('means exactly what findSiteForUrl and isSearchForSites mean for the readable list', () => {
    const hosts = [
      'hotline.example',
      'www.hotline.example',
      'chat.hotline.example',
      'nothotline.example',
      'hotline.example.evil',
      'support.example',
      'chat.support.example',
      'x.chat.support.example',
      'thehotline.org',
      'refuge.org.uk',
      'refuge.org',
      'news.example',
    ];
    const words = [
      'hotline',
      'thehotline',
      'the-hotline',
      'www.thehotline.org',
      'refuge',
      'refuges',
      'chat',
      'support.example',
      'x.refuge.org.uk',
      'org.uk',
    ];
    const urls = [
      ...hosts.map((h) => `https://${h}/page`),
      ...hosts.map((h) => `https://www.google.com/search?q=${encodeURIComponent(h)}`),
      ...words.map((w) => `https://duckduckgo.com/?q=${encodeURIComponent(w)}+help`),
      ...words.map((w) => `https://www.bing.com/search?q=${encodeURIComponent(`${w}.${'example'}`)}`),
    ];
    for (const url of urls) {
      const site = findSiteForUrl(SITES, url);
      expect(index.match(url), url).toBe(site ? siteKey(SALT, site) : undefined);
      expect(index.isSearchFor(url), url).toBe(isSearchForSites(url, SITES));
    }
  });

  it('tells which site a search page names, and whether a URL is chosen either way', () => {
    expect(index.siteKeyFor('https://duckduckgo.com/?q=thehotline')).toBe(siteKey(SALT, 'thehotline.org'));
    expect(index.isChosen('https://duckduckgo.com/?q=thehotline')).toBe(true);
    expect(index.isChosen('https://chat.hotline.example/')).toBe(true);
    expect(index.isChosen('https://news.example/')).toBe(false);
  });

  it('matches nothing when nothing is chosen', () => {
    const empty = new SiteIndex(SALT, []);
    expect(empty.size).toBe(0);
    expect(empty.match('https://hotline.example/')).toBeUndefined();
    expect(empty.isSearchFor('https://www.google.com/search?q=hotline.example')).toBe(false);
  });

  it('holds keys only: nothing in it spells a site name', () => {
    expect(JSON.stringify(index)).not.toMatch(/hotline|refuge|support|bcher/);
  });
});
