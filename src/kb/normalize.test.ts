import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeName } from './normalize.js';

describe('normalizeName', () => {
  it('folds case, dots, spaced initials and a leading "the"', () => {
    for (const s of ['U.S.', 'US', 'U.S', 'u.s.', 'U. S.', 'us']) assert.equal(normalizeName(s), 'us', s);
    assert.equal(normalizeName('U.S.A.'), 'usa');
    assert.equal(normalizeName('The United Kingdom'), 'united kingdom');
    assert.equal(normalizeName('  the   Gaza  Strip '), 'gaza strip');
  });

  it('folds apostrophes, diacritics and hyphens', () => {
    assert.equal(normalizeName('Côte d’Ivoire'), normalizeName("Cote d'Ivoire"));
    assert.equal(normalizeName('Élysée'), 'elysee');
    assert.equal(normalizeName('al-Qaeda'), 'al qaeda');
    assert.equal(normalizeName('Kurdistan Workers’ Party'), normalizeName('Kurdistan Workers Party'));
  });

  it('keeps different names apart', () => {
    assert.notEqual(normalizeName('Georgia'), normalizeName('George'));
    assert.notEqual(normalizeName('Theresa May'), normalizeName('Theresa'));
    assert.equal(normalizeName('Thessaloniki'), 'thessaloniki', 'only a separate leading "the" is dropped');
    assert.equal(normalizeName('George W. Bush'), 'george w bush');
  });
});
