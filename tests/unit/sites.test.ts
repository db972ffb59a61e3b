import { describe, expect, it } from 'vitest';
import { siteSchema } from '@/lib/settings/schema';
import {
  addSite,
  findSiteForUrl,
  hostOfUrl,
  isSharedSuffix,
  normalizeSiteInput,
  removeSite,
  siteMatchesHost,
  siteOfPageHost,
} from '@/lib/sites';

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
    // The test server's hosts: ".example" is not in the Public Suffix List, so the
    // default rule makes "example" the suffix and these stay one site each.
    ['news.example', 'news.example', false],
    ['support.example', 'support.example', false],
    // "www." comes off only when what is left is one site, not a shared ending.
    ['www.gov.uk', 'www.gov.uk', false],
    ['https://www.gov.uk/browse/benefits', 'www.gov.uk', true],
    ['WWW.GOV.UK', 'www.gov.uk', false],
    ['mycouncil.gov.uk', 'mycouncil.gov.uk', false],
    ['bbc.co.uk', 'bbc.co.uk', false],
    ['www.bbc.co.uk', 'bbc.co.uk', true],
    ['www.nhs.uk', 'www.nhs.uk', false],
    ['user.github.io', 'user.github.io', false],
    ['www.github.io', 'www.github.io', false],
    ['someone.blogspot.com', 'someone.blogspot.com', false],
    ['example.com.au', 'example.com.au', false],
    ['chat.hotline.org', 'chat.hotline.org', false],
    ['www.ck', 'www.ck', false],
  ])('%s → %s', (input, site, noted) => {
    const result = normalizeSiteInput(input);
    expect(result).toMatchObject({ ok: true, site });
    expect(result.ok && !!result.note).toBe(noted);
  });

  it.each([
    ['', /Type a site address/, 'empty'],
    ['   ', /Type a site address/, 'empty'],
    ['hotline', /needs its ending/, 'no_ending'],
    ['hot line.example', /no spaces/, 'spaces'],
    ['ftp://hotline.example', /Only web sites/, 'not_web'],
    ['javascript:alert(1)', /not a site address/, 'not_address'],
    ['192.168.1.1', /numeric address/, 'numeric'],
    ['[::1]', /numeric address/, 'numeric'],
    ['-bad-.example', /not a site address/, 'not_address'],
    ['a..example', /not a site address/, 'not_address'],
    ['localhost', /needs its ending/, 'no_ending'],
  ])('refuses %j with a clear message, and the key the settings page shows', (input, message, key) => {
    const result = normalizeSiteInput(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
    expect(!result.ok && result.problem.key).toBe(`options_site_problem_${key}`);
  });

  // A chosen site covers its subdomains: one of these would erase every site under it.
  it.each([
    ['gov.uk', 'gov.uk'],
    ['GOV.UK', 'gov.uk'],
    ['https://gov.uk/', 'gov.uk'],
    ['co.uk', 'co.uk'],
    ['nhs.uk', 'nhs.uk'],
    ['com.au', 'com.au'],
    ['github.io', 'github.io'],
    ['blogspot.com', 'blogspot.com'],
    ['s3.amazonaws.com', 's3.amazonaws.com'],
    ['公司.cn', 'xn--55qx5d.cn'],
    ['xn--55qx5d.cn', 'xn--55qx5d.cn'],
    ['foo.ck', 'foo.ck'],
  ])('refuses the shared ending %j, saying what to enter instead', (input, host) => {
    const result = normalizeSiteInput(input);
    expect(result).toEqual({
      ok: false,
      error: `${host} is shared by many different sites. Enter the address of the one site you mean, as your browser shows it, such as www.${host} or a name ending in .${host}.`,
      problem: { key: 'options_site_problem_shared', substitutions: [host] },
    });
  });
});

describe('isSharedSuffix', () => {
  it.each([
    ['gov.uk', true],
    ['co.uk', true],
    ['github.io', true],
    ['blogspot.com', true],
    ['www.gov.uk', false],
    ['bbc.co.uk', false],
    ['user.github.io', false],
    ['hotline.example', false],
    ['xn--bcher-kva.example', false],
    ['192.168.1.1', false],
  ])('%s → %s', (site, shared) => expect(isSharedSuffix(site)).toBe(shared));
});

describe('siteOfPageHost (the popup’s "this site")', () => {
  it.each([
    // The page's own host without "www.", unless what is left is a shared ending.
    // Never wider: a blog or a document must not stand for its whole platform.
    ['www.gov.uk', 'www.gov.uk'],
    ['assets.www.gov.uk', 'assets.www.gov.uk'],
    ['mycouncil.gov.uk', 'mycouncil.gov.uk'],
    ['bbc.co.uk', 'bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['chat.hotline.org', 'chat.hotline.org'],
    ['healing.wordpress.com', 'healing.wordpress.com'],
    ['docs.google.com', 'docs.google.com'],
    ['www.google.com', 'google.com'],
    ['user.github.io', 'user.github.io'],
    ['someone.blogspot.com', 'someone.blogspot.com'],
    ['hotline.example', 'hotline.example'],
    ['www.hotline.example', 'hotline.example'],
    ['chat.hotline.example', 'chat.hotline.example'],
    ['news.example', 'news.example'],
    ['support.example', 'support.example'],
    ['www.example', 'www.example'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    // No one site to name: the host as it is (adding it is then refused, plainly).
    ['gov.uk', 'gov.uk'],
    ['github.io', 'github.io'],
    ['192.168.1.1', '192.168.1.1'],
    ['[::1]', '[::1]'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(siteOfPageHost(host)).toBe(site));

  it('names a site that "Hide my visits" can add as it is', () => {
    for (const host of ['www.gov.uk', 'www.bbc.co.uk', 'chat.hotline.example', 'user.github.io', 'xn--bcher-kva.example']) {
      const site = siteOfPageHost(host);
      expect(normalizeSiteInput(site)).toEqual({ ok: true, site });
    }
  });
});

describe('stored sites', () => {
  // Chosen before shared endings were refused: kept (and pointed out on the settings
  // page), never set aside, so nothing the survivor chose disappears.
  it.each(['co.uk', 'gov.uk', 'github.io', 'www.gov.uk', 'bbc.co.uk'])('keeps %s in stored settings', (site) => {
    expect(siteSchema.safeParse(site).success).toBe(true);
  });
  it('still asks for the written form of a stored site', () => {
    expect(siteSchema.safeParse('www.hotline.example').success).toBe(false);
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
