// Texts from configuration per language (contact routes) and the one date locale of every element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLocale, pickContactRoute, toContactRoutes, translateText } from '@klantbeeld/core';

describe('translateText', () => {
  const text = { nl: 'Team Parkeren', en: 'Parking team', 'en-US': 'Parking Team (US)' };

  test('picks the exact tag, then the primary language, then Dutch, then the first entry', () => {
    assert.equal(translateText(text, 'en-US'), 'Parking Team (US)');
    assert.equal(translateText(text, 'EN-gb'), 'Parking team');
    assert.equal(translateText(text, 'nl-NL'), 'Team Parkeren');
    assert.equal(translateText(text, 'fy'), 'Team Parkeren');
    assert.equal(translateText({ en: 'Only English' }, 'fy'), 'Only English');
  });

  test('a plain string is the same in every language; nothing stays nothing', () => {
    assert.equal(translateText('Klantcontactcentrum', 'en'), 'Klantcontactcentrum');
    assert.equal(translateText(undefined, 'en'), undefined);
  });
});

describe('contact routes with per-language texts', () => {
  test('keep well-formed per-language texts, drop empty and non-string entries, and translate after picking', () => {
    const routes = toContactRoutes([
      {
        label: { nl: ' Team Parkeren ', en: 'Parking team', fr: 3, de: ' ' },
        urlLabel: {},
        openingstijden: { nl: 'werkdagen 8–17 uur', en: 'weekdays 8:00–17:00' },
        url: 'https://gemeente.example/contact',
      },
    ]);
    assert.deepEqual(routes, [
      {
        label: { nl: 'Team Parkeren', en: 'Parking team' },
        openingstijden: { nl: 'werkdagen 8–17 uur', en: 'weekdays 8:00–17:00' },
        url: 'https://gemeente.example/contact',
      },
    ]);
    const route = pickContactRoute(routes, {});
    assert.equal(translateText(route?.label, 'en'), 'Parking team');
    assert.equal(translateText(route?.openingstijden, 'nl'), 'werkdagen 8–17 uur');
    assert.equal(route?.urlLabel, undefined);
  });
});

describe('dateLocale', () => {
  test('writes English the British way in any region, other languages as given', () => {
    assert.equal(dateLocale('en'), 'en-GB');
    assert.equal(dateLocale('en-US'), 'en-GB');
    assert.equal(dateLocale('EN'), 'en-GB');
    assert.equal(dateLocale('nl'), 'nl');
    assert.equal(dateLocale('eng'), 'eng');
    const date = new Date('2026-11-27T14:05:00Z');
    const options = { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', dateStyle: 'long', timeStyle: 'short' } as const;
    assert.equal(new Intl.DateTimeFormat(dateLocale('en-US'), options).format(date), '27 November 2026 at 15:05');
  });
});
