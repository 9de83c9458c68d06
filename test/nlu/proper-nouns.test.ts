import { expect } from 'chai';
import { COMMON_WORDS, PROTECTED_WORDS } from '../../nlu/common-words';
import { countWords, createCorrector } from '../../nlu/corrector';
import { properNouns } from '../../nlu/proper-nouns';

describe('names and common words the corrector keeps as typed', () => {
  describe('reads capitalised words inside a sentence as names', () => {
    const cases: Array<[string, string[]]> = [
      ['je cherche un stage dans la Drôme', ['drome']],
      ['Bonjour. Je vis en Savoie, et vous ?', ['savoie']],
      ['mon frère habite à Saint-Lô', ['saint', 'lo']],
      ['une maison en Ardèche, près d\'Aubenas', ['ardeche', 'aubenas']],
    ];
    for (const [text, names] of cases) {
      it(`"${text}" -> ${names.join(', ')}`, () => {
        expect([...properNouns(text)]).to.have.members(names);
      });
    }
  });

  it('does not take a sentence start, a shout or an acronym for a name', () => {
    expect([...properNouns('Drone perdu. Malaise de mon voisin')]).to.deep.equal([]);
    expect([...properNouns('AU SECOURS il y a le FEU')]).to.deep.equal([]);
    expect([...properNouns('un stage de BTS')]).to.deep.equal([]);
  });

  it('returns nothing for an empty message', () => {
    expect(properNouns('').size).to.equal(0);
  });

  const corrector = createCorrector(countWords([
    'mon drone est tombe', 'un malaise', 'appeler les pompiers', 'une bonne danger',
  ]));

  it('keeps the names it is given and still corrects the other words', () => {
    expect(corrector.correct('un stage dans la drome', new Set(['drome'])))
      .to.equal('un stage dans la drome');
    expect(corrector.correct('mon dronne', new Set(['drome']))).to.equal('mon drone');
  });

  const protectedCases: Array<[string, string]> = [
    ['mauvaise', 'malaise'], ['drome', 'drone'], ['poitiers', 'pompiers'], ['danser', 'danger'],
  ];
  for (const [word, lookAlike] of protectedCases) {
    it(`never corrects the common word "${word}" into "${lookAlike}"`, () => {
      expect(corrector.correctWord(word)).to.equal(word);
    });
  }

  it('protects only lower-case ASCII words, each once', () => {
    expect(COMMON_WORDS.every((word) => /^[a-z]+$/.test(word))).to.equal(true);
    expect(PROTECTED_WORDS.size).to.equal(COMMON_WORDS.length);
  });
});
