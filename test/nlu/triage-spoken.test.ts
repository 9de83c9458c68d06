import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { respelled } from '../../nlu/triage-spoken';

describe('spoken French respelled for the triage', () => {
  const cases: Array<[string, string, string]> = [
    ['reads "sa" before a verb as "ça"', 'sa tape chez les voisins', 'ca tape chez les voisins'],
    ['keeps "sa" before a noun', 'sa carte vitale', 'sa carte vitale'],
    ['reads "et" after a subject as "est"', 'il et dans la chambre', 'il est dans la chambre'],
    ['reads "mon frere et sur"', 'mon frere et sur le toit', 'mon frere est sur le toit'],
    ['keeps "et" between two things', 'mon pere et ma mere', 'mon pere et ma mere'],
    ['reads "me tien" as "me tient"', 'il me tien par le cou', 'il me tient par le cou'],
    ['reads "il ma frappee" as "il me a"', 'il ma frappee', 'il me a frappee'],
    ['unglues a subject before a consonant', 'jpeu plus bouger', 'je peux plus bouger'],
    ['unglues a known vowel verb', 'jecris doucement', 'je ecris doucement'],
    ['keeps a word that starts with "j"', 'jeune homme au jardin', 'jeune homme au jardin'],
    ['reads family words', 'mon daron cogne la daronne', 'mon pere cogne la mere'],
    ['reads a common misspelling', 'il me frape', 'il me frappe'],
    ['reads "peu pas" opening a message as "peux"', 'peu pas parler', 'peux pas parler'],
    ['reads "je pe plus" as "je peux"', 'je pe plus bouger', 'je peux plus bouger'],
    ['keeps "un peu plus"', 'un peu plus tard', 'un peu plus tard'],
    ['reads "pu envie" as "plus envie"', 'je ai pu envie de vivre', 'je ai plus envie de vivre'],
    ['keeps "pu" as the participle', 'je ai pu venir', 'je ai pu venir'],
    ['reads "pu" after what a body does as "plus"', 'elle respire pu', 'elle respire plus'],
    ['reads an -er infinitive typed as "-é" after a modal', 'je peux pas parle',
      'je peux pas parler'],
    ['reads it with a pronoun between', 'il va me tuee', 'il va me tuer'],
    ['keeps a verb the rules do not read', 'je peux pas mange', 'je peux pas mange'],
    ['reads it after "de"', 'pas le droit de parle', 'pas le droit de parler'],
    ['keeps a noun after "de la"', 'il y a de la fumee', 'il y a de la fumee'],
    ['keeps a participle with no modal', 'il a parle', 'il a parle'],
    ['reads SMS words', 'bato qui coule des gens dedan', 'bateau qui coule des gens dedans'],
    ['reads a denied joke as earnest', 'je rigole pas il a un couteau',
      'serieusement il a un couteau'],
    ['reads "ce est pas une blague" so', 'ce est pas une blague il y a le feu',
      'serieusement il y a le feu'],
    ['keeps a joke that is not denied', 'je rigole il a un couteau en plastique',
      'je rigole il a un couteau en plastique'],
  ];

  for (const [behaviour, input, expected] of cases) {
    it(`${behaviour}: "${input}"`, () => {
      expect(respelled(input)).to.equal(expected);
    });
  }

  it('gives back an empty or plain text as it is', () => {
    expect(respelled('')).to.equal('');
    expect(respelled('bonjour madame')).to.equal('bonjour madame');
  });

  describe('in the triage', () => {
    const triage = createTriage();
    const assess = (text: string) => triage.assess(normalize(text));

    it('adds what the respelling shows: "mon daron il cogne la daronne"', () => {
      expect(assess('mon daron il cogne la daronne').detected).to.equal(true);
    });

    it('reads the cancels from what was written: "il m a frape l an dernier" is past', () => {
      expect(assess('mon ex m a frape l an dernier, je veux porter plainte').detected)
        .to.equal(false);
    });

    it('reads "pe pa parlé" as someone who cannot speak: the SMS 114 first', () => {
      expect(assess('pe pa parlé. homme ds maison').numbers[0]).to.equal('114');
    });

    it('lets nothing calm through a respelling: "sa carte et perdue"', () => {
      expect(assess('sa carte vitale et perdue').detected).to.equal(false);
    });
  });
});
