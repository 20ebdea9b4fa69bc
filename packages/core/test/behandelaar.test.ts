// The behandelaar policy: organisational units always, a medewerker's name only with 'naam'.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pickBehandelaar } from '@klantbeeld/core';

const team = {
  omschrijvingGeneriek: 'behandelaar',
  betrokkeneType: 'organisatorische_eenheid',
  betrokkeneIdentificatie: { identificatie: 'PARK', naam: 'Team Parkeren' },
};
const medewerker = {
  omschrijvingGeneriek: 'behandelaar',
  betrokkeneType: 'medewerker',
  betrokkeneIdentificatie: { identificatie: 'm1', voorletters: 'J.', voorvoegselAchternaam: 'de', achternaam: 'Vries' },
};
const initiator = {
  omschrijvingGeneriek: 'initiator',
  betrokkeneType: 'organisatorische_eenheid',
  betrokkeneIdentificatie: { naam: 'Niet de behandelaar' },
};

describe('pickBehandelaar', () => {
  test('an organisational unit by its naam', () => {
    assert.deepEqual(pickBehandelaar([initiator, team]), { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' });
  });

  test('prefers an organisational unit over a medewerker, whatever the order', () => {
    assert.deepEqual(pickBehandelaar([medewerker, team], 'naam'), { kind: 'organisatorische-eenheid', naam: 'Team Parkeren' });
  });

  test('a medewerker only with policy naam, as "voorletters voorvoegsel achternaam"', () => {
    assert.equal(pickBehandelaar([medewerker]), undefined);
    assert.equal(pickBehandelaar([medewerker], 'organisatie'), undefined);
    assert.deepEqual(pickBehandelaar([medewerker], 'naam'), { kind: 'medewerker', naam: 'J. de Vries' });
    const zonderVoorvoegsel = { ...medewerker, betrokkeneIdentificatie: { voorletters: 'A.', achternaam: 'Bakker', voorvoegselAchternaam: '' } };
    assert.deepEqual(pickBehandelaar([zonderVoorvoegsel], 'naam'), { kind: 'medewerker', naam: 'A. Bakker' });
  });

  test('falls back to afwijkendeNaamBetrokkene, then roltoelichting, for a unit without naam', () => {
    const afwijkend = { ...team, betrokkeneIdentificatie: { identificatie: 'X' }, afwijkendeNaamBetrokkene: 'Loket Wonen' };
    assert.deepEqual(pickBehandelaar([afwijkend]), { kind: 'organisatorische-eenheid', naam: 'Loket Wonen' });
    const toelichting = { ...team, betrokkeneIdentificatie: null, roltoelichting: 'Afdeling Vergunningen' };
    assert.deepEqual(pickBehandelaar([toelichting]), { kind: 'organisatorische-eenheid', naam: 'Afdeling Vergunningen' });
  });

  test('ignores malformed rollen and unnamed entries', () => {
    const garbage = [
      null,
      1,
      'x',
      [],
      { omschrijvingGeneriek: 'behandelaar', betrokkeneType: 'organisatorische_eenheid', betrokkeneIdentificatie: { naam: 42 } },
    ];
    assert.equal(pickBehandelaar(garbage, 'naam'), undefined);
    assert.equal(pickBehandelaar({ not: 'an array' }), undefined);
    const alleenVoorletters = { ...medewerker, betrokkeneIdentificatie: { voorletters: 'J.' } };
    assert.equal(pickBehandelaar([alleenVoorletters], 'naam'), undefined);
  });
});
