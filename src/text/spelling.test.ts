import { test } from 'node:test';
import assert from 'node:assert/strict';
import { respelled } from './spelling.js';

test('a second spelling is one letter changed, added or left out, in names of five letters or more', () => {
  for (const [a, b] of [['Wasef', 'Wasif'], ['Mauer', 'Maurer'], ['Waters', 'Water'], ['Kristen', 'Kristin']]) {
    assert.ok(respelled(a!, b!), `${a} / ${b}`);
    assert.ok(respelled(b!, a!), `${b} / ${a}`);
  }
  for (const [a, b] of [['Wasef', 'Wasef'], ['Bauchtman', 'Buchtmann'], ['Wasef', 'Masef'], ['Lowe', 'Low'], ['Smith', 'Smythe'], ['Maurer', 'Mauerer2']]) {
    assert.equal(respelled(a!, b!), false, `${a} / ${b}`);
  }
});
