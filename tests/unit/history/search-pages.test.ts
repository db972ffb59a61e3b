import { describe, expect, it } from 'vitest';
import { isSearchForSites, searchQueryOf, siteSearchWords } from '@/lib/history/search-pages';

describe('search-result pages that name a chosen site', () => {
  const sites = ['hotline.example', 'thehotline.org', 'refuge.org.uk'];
  it.each([
    ['https://www.google.com/search?q=hotline.example', true],
    ['https://www.google.co.uk/search?q=HOTLINE.EXAMPLE+chat', true],
    ['https://www.bing.com/search?q=www.hotline.example', true],
    ['https://duckduckgo.com/?q=thehotline+number', true],
    ['https://search.yahoo.com/search?p=refuge+helpline', true],
    ['https://www.google.com/search?q=chat.hotline.example', true],
    ['https://www.google.com/search?q=weather+london', false],
    ['https://www.google.com/search?q=nothotline.example', false],
    ['https://hotline.example/search?q=hotline.example', false],
    ['https://www.google.com/maps?q=hotline.example', true],
  ])('%s → %s', (url, expected) => expect(isSearchForSites(url, sites)).toBe(expected));

  it('reads the query of the common engines', () => {
    expect(searchQueryOf('https://yandex.ru/search/?text=abc')).toBe('abc');
    expect(searchQueryOf('https://www.startpage.com/do/search?query=abc')).toBe('abc');
    expect(searchQueryOf('https://news.example/?q=abc')).toBeUndefined();
  });

  it('uses a site’s main name only when it is distinctive', () => {
    expect(siteSearchWords('thehotline.org')).toEqual(['thehotline.org', 'thehotline']);
    expect(siteSearchWords('refuge.org.uk')).toEqual(['refuge.org.uk', 'refuge']);
    expect(siteSearchWords('abc.org')).toEqual(['abc.org']);
  });
});
