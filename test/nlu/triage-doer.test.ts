import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { withoutDoerClause } from '../../nlu/triage-doer';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Someone named by a past offence who is there now (the eleventh tester's F1, in our own
 * words): the past of "qui m'a volé" names the person and is no date of the message.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

const DANGER: ReadonlyArray<readonly [string, string]> = [
  ["le mec qui m'a volé le scooter est devant chez moi avec une barre de fer", '17'],
  ['celui qui a volé ma voiture revient avec une barre de fer et frappe à ma porte', '17'],
  ["le type qui m'a volé mon sac ce matin est devant chez moi avec un couteau", '17'],
  ["attendez le gars qui m'a cambriolé hier est dans mon jardin avec un pied de biche", '17'],
  ["la fille qui m'a arnaquée sur leboncoin est en bas avec deux mecs armés", '17'],
  ["l'homme qui m'a frappée hier soir est devant chez moi", '17'],
  ['celui qui nous a agressés samedi revient avec ses potes', '17'],
  ["le voisin qui m'a menacé la semaine dernière sonne à la porte", '17'],
  ["le mec qui m'a tabassé y a 2 jours attend en bas de l'immeuble", '17'],
  ["l'ex qui m'a harcelée tout l'hiver est sur mon palier je peux pas parler", '114'],
  ['les jeunes qui ont braqué ma boutique mardi rodent devant le magasin', '17'],
];

const CALM: readonly string[] = [
  "le mec qui m'a volé mon vélo est passé au tribunal, je peux demander des dommages ?",
  "la personne qui m'a agressé hier est en garde à vue, que se passe-t-il ensuite ?",
  "l'homme qui m'a frappée l'an dernier a été condamné, il sort de prison quand ?",
  "le voisin qui m'a menacé hier est rentré chez lui, je veux porter plainte",
  "celui qui m'a arnaqué sur internet a un compte facebook, je peux le signaler ?",
  "le type qui m'a volé mon portable le revend sur leboncoin, vous pouvez faire quoi ?",
  "dans la série le flic retrouve l'homme qui l'a agressé, il est devant chez lui",
];

describe('someone named by a past offence, there now', () => {
  specifyFirstNumbers(assess, DANGER);

  specifyCalm(assess, CALM);

  it('reads for time without the clause that names the person', () => {
    expect(withoutDoerClause('le mec qui me a vole le scooter hier est devant chez moi'))
      .to.equal('le mec est devant chez moi');
    expect(withoutDoerClause('le mec qui a un couteau est devant chez moi'))
      .to.equal('le mec qui a un couteau est devant chez moi');
  });
});
