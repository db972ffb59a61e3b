import { describe, expect, it } from 'vitest';
import { addSite, findSiteForUrl, hostOfUrl, normalizeSiteInput, removeSite, siteMatchesHost } from '@/lib/sites';

describe('normalizeSiteInput', () => {
  it.each([
    ['hotline.example', 'hotline.example', false],
    ['  Hotline.EXAMPLE ', 'hotline.example', false],
    ['www.hotline.example', 'hotline.example', true],
    ['https://www.hotline.example/help?x=1#top', 'hotline.example', true],
    ['http://chat.hotline.example', 'chat.hotline.example', true],
    ['hotline.example/path', 'hotline.example', true],
    ['bücher.example', 'xn--bcher-kva.example', true],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example', false],
    ['hotline.example.', 'hotline.example', true],
    ['www.example', 'www.example', false],
  ])('%s → %s', (input, site, noted) => {
    const result = normalizeSiteInput(input);
    expect(result).toMatchObject({ ok: true, site });
    expect(result.ok && !!result.note).toBe(noted);
  });

  it.each([
    ['', /Type a site address/],
    ['   ', /Type a site address/],
    ['hotline', /needs its ending/],
    ['hot line.example', /no spaces/],
    ['ftp://hotline.example', /Only web sites/],
    ['javascript:alert(1)', /not a site address|needs its ending/],
    ['192.168.1.1', /numeric address/],
    ['[::1]', /numeric address/],
    ['-bad-.example', /not a site address/],
    ['a..example', /not a site address/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = normalizeSiteInput(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('siteMatchesHost', () => {
  it('covers the site and its subdomains only', () => {
    expect(siteMatchesHost('hotline.example', 'hotline.example')).toBe(true);
    expect(siteMatchesHost('hotline.example', 'chat.hotline.example')).toBe(true);
    expect(siteMatchesHost('hotline.example', 'nothotline.example')).toBe(false);
    expect(siteMatchesHost('hotline.example', 'hotline.example.evil')).toBe(false);
    expect(siteMatchesHost('hotline.example', 'example')).toBe(false);
  });
});

describe('findSiteForUrl', () => {
  const sites = ['hotline.example', 'xn--bcher-kva.example'];
  it.each([
    ['https://hotline.example/', 'hotline.example'],
    ['http://chat.hotline.example:8080/a', 'hotline.example'],
    ['https://HOTLINE.example./x', 'hotline.example'],
    ['https://bücher.example/', 'xn--bcher-kva.example'],
    ['https://example.com/hotline.example', undefined],
    ['https://hotline.example.evil/', undefined],
    ['https://nothotline.example/', undefined],
    ['chrome://history', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, site) => expect(findSiteForUrl(sites, url)).toBe(site));

  it('reads hosts without scheme tricks', () => {
    expect(hostOfUrl('https://user:pw@hotline.example/')).toBe('hotline.example');
    expect(hostOfUrl('file:///etc/passwd')).toBeUndefined();
  });
});

describe('site lists', () => {
  it('adds without duplicates, sorted, and removes', () => {
    expect(addSite(['b.example', 'a.example'], 'b.example')).toEqual(['a.example', 'b.example']);
    expect(removeSite(['a.example', 'b.example'], 'a.example')).toEqual(['b.example']);
  });
});
