import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { learnerRespelled } from '../../nlu/triage-learner';

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('learner French read by the triage', () => {
  const respellings: Array<[string, string, string]> = [
    ['puts the object before its verb', 'homme frapper moi', 'un homme me frappe'],
    ['gives "je cache" its "me"', 'moi cacher sous lit', 'je me cache sous le lit'],
    ['reads a phone that cannot be used', 'pas pouvoir appeler moi peur',
      'je peux pas appeler moi peur'],
    ['restores an article before the sea', 'ami tomber dans mer',
      'mon ami est tombe dans la mer'],
    ['keeps an infinitive after a modal', 'homme vouloir entrer', 'un homme veut entrer'],
    ['reads "porte moi" as "ma porte"', 'homme casser porte moi', 'un homme casse ma porte'],
    ['puts "moi" before an infinitive after a modal', 'monsieur avoir couteau vouloir tuer moi',
      'un homme a couteau veut me tuer'],
    ['reads "femme lui" as "sa femme" and names the one hit', 'voisin frapper femme lui',
      'voisin frappe sa femme'],
    ['reads "moi enfermer" as shut in', 'moi enfermer dans chambre',
      'je suis enfermee dans la chambre'],
    ['leaves standard French alone', 'mon voisin veut frapper mon chien',
      'mon voisin veut frapper mon chien'],
    ['leaves a time gone by in the infinitive', 'mari frapper moi avant',
      'mari frapper moi avant'],
  ];
  for (const [behaviour, text, expected] of respellings) {
    it(behaviour, () => expect(learnerRespelled(normalize(text))).to.equal(expected));
  }

  const emergencies: Array<[string, string]> = [
    ['moi pas bien parler francais, homme taper moi, moi cacher cuisine, pas pouvoir appeler',
      '114'],
    ['je pas parle bien francais, mari il tape moi, je cache dans chambre', '114'],
    ['monsieur frapper moi dans rue, beaucoup sang', '17'],
    ['moi pas parler francais, homme avec couteau devant maison, crier', '17'],
    ['homme casser porte moi, entrer maison, moi seule', '17'],
    ['feu dans cuisine, fumee noire, moi etranger pas savoir numero', '18'],
    ['bebe pas respirer, devenir bleu, moi pas comprendre francais', '15'],
    ['fille avaler cachets beaucoup, pas reveiller', '15'],
    ['frere tomber dans mer, pas revenir, vagues', '196'],
    ['moi cacher dans placard, mari chercher moi avec couteau', '114'],
    ['homme suivre moi, moi peur beaucoup, pas parler bien francais', '17'],
    ['homme dans rue taper femme, elle par terre', '17'],
    ['moi enfermer dans chambre, homme pas laisser sortir moi', '114'],
    ['aide, moi pas francais, monsieur avoir couteau, vouloir tuer moi', '17'],
  ];
  for (const [text, first] of emergencies) {
    it(`answers ${first} first: "${text}"`, () => {
      const verdict = assess(text);
      expect(verdict.detected, text).to.equal(true);
      expect(verdict.numbers[0], text).to.equal(first);
    });
  }

  const calm = [
    'moi pas parler bien francais, perdre passeport dans bus, quoi faire',
    'moi pas parler francais, voisin frapper moi hier, comment faire plainte',
    'mari frapper moi avant, maintenant divorce, besoin papier',
    'moi etranger, voler telephone dans metro semaine derniere, faire plainte comment',
    'pas parler bien francais, vouloir savoir horaires gendarmerie',
    'moi pas comprendre amende, payer ou',
    'moi chercher travail, besoin casier judiciaire',
    'moi pas parler francais, quelqu un casser vitre voiture cette nuit, faire plainte',
  ];
  for (const text of calm) {
    it(`stays calm: "${text}"`, () => expect(assess(text).detected, text).to.equal(false));
  }
});
