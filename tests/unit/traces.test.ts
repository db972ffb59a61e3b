import { describe, expect, it } from 'vitest';
import { tracesOf } from '../support/traces';

describe('tracesOf, the check that stored data spells no name or PIN', () => {
  it('finds a word written plainly, as a key, a value or a number', () => {
    expect(tracesOf({ pin: 'x' }, /pin/i)).toEqual(['pin']);
    expect(tracesOf({ sites: ['hotline.example'] }, /hotline/)).toEqual(['hotline.example']);
    expect(tracesOf({ code: 2580 }, /2580/)).toEqual(['2580']);
  });

  it('finds a word hidden in base64 or hex, since anyone can decode those', () => {
    const base64 = Buffer.from('the site hotline.example').toString('base64');
    const hex = Buffer.from('pin 2580 kept here').toString('hex');
    expect(tracesOf({ cipher: base64 }, /hotline/)).toHaveLength(1);
    expect(tracesOf({ key: hex }, /2580/)).toHaveLength(1);
  });

  it('does not count a chance run of letters inside random encoded bytes', () => {
    // The IV CI once failed on: random bytes whose base64 happens to read "2580".
    expect(tracesOf({ iv: 'qFxy2P3XZ2580KUV' }, /2580/)).toEqual([]);
    expect(tracesOf({ key: 'cfd4bfda6308b6d4261cc8a6f5eeb83f14d2da39c00fb8dd11d754ef31752580' }, /2580/)).toEqual([]);
  });
});
