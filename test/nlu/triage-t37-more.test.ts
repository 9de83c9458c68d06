import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 29 (t37), continued: "au bout de ma vie" said of a website or an office is no
 * suicide alarm, alone or with a plan it is the 3114; whether a weapon kept at home is lawful
 * is the firearms FAQ, brandished, aimed or with a threat it is a 17.
 */
const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round 29 (t37), continued', () => {
  describe('"au bout de ma vie" said of a website or an office; alone or with a plan, 3114', () => {
    specifyFirstNumbers(assess, [
      ['je suis au bout de ma vie', '3114'],
      ["j'en peux plus de vivre", '3114'],
      ["je suis au bout de ma vie, j'ai préparé les médicaments pour ce soir", '3114'],
      ["au bout de ma vie, ce soir j'en finis", '3114'],
      ["j'en peux plus de vivre, j'ai une corde dans le garage", '3114'],
      ["la caf m'a coupé les aides, je suis au bout de ma vie, je veux plus vivre ce soir", '3114'],
      ["au bout de ma vie avec les dettes, j'ai acheté des cachets pour tout prendre", '3114'],
      ['le site de la caf plante, de toute façon je suis au bout de ma vie, je ' +
        'vais en finir ce soir', '3114'],
      ["j'en peux plus de vivre, la préfecture m'a refusé mes papiers, j'ai le " +
        'couteau à la main', '3114'],
    ]);
    specifyCalm(assess, [
      "je suis au bout de ma vie avec ce site de l'ANTS qui plante",
      "j'en peux plus de vivre avec cette administration, 3 mois pour une carte grise",
      'au bout de ma vie avec la CAF, dossier toujours pas traité',
      'jsuis au bout de ma vie ce formulaire bug depuis 2h',
      'je suis au bout de ma vie, le site des impôts ne marche pas',
      "j'en peux plus de vivre ça, la préfecture ne répond jamais pour mon titre de séjour",
      'au bout de ma vie avec cette procédure de pré-plainte en ligne, ça bug',
      'la démarche pour la procuration me rend dingue je suis au bout de ma vie',
      'je suis au bout de ma vie avec ce bug, impossible de valider le formulaire',
      "j'en peux plus de vivre dans la paperasse, la sécu me demande encore un justificatif",
      "je suis au bout de ma vie avec l'appli, elle plante à chaque fois",
      'au bout de ma vie, 4e fois que je remplis ce dossier',
      'jen peu plu de vivre avec ce site qui marche pas',
      'au bout de ma vie avec france travail, personne ne répond au téléphone',
      'je suis au bout de ma vie avec mon opérateur, la box marche plus depuis une semaine',
      'ce formulaire de demande de logement me met au bout de ma vie',
      'au bout de ma vie avec la mutuelle qui rembourse jamais rien',
      "j'en peux plus de vivre avec les démarches de la succession, le notaire répond pas",
      'je suis au bout de ma vie, ça fait 3 fois que le site me déconnecte',
    ]);

    // written before the fix
    specifyFirstNumbers(assess, [
      ['je suis au bout de ma vie, je vais tout arrêter ce soir', '3114'],
      ["j'en peux plus de vivre, personne ne m'aime", '3114'],
      ["je suis au bout de ma vie avec ce site, de toute façon j'ai préparé mes " +
        'cachets pour cette nuit', '3114'],
      ["au bout de ma vie, j'ai la corde", '3114'],
    ]);
    specifyCalm(assess, [
      'je suis au bout de ma vie avec leur site de prise de rdv qui marche jamais',
      "j'en peux plus de vivre ce cauchemar administratif, 6 mois pour un passeport",
      "au bout de ma vie, l'appli de la banque bug encore",
      'jsuis au bout de ma vie avec la préfecture qui répond pas',
      "j'en peux plus de vivre avec ce logiciel de merde au boulot",
      'au bout du rouleau avec ce dossier de retraite, toujours pas traité',
      "je suis au bout de ma vie avec la déclaration d'impôts en ligne, ça plante",
    ]);

    // more look-alikes and dangers beside them
    specifyFirstNumbers(assess, [
      ['je suis au bout de ma vie avec cette mutuelle, de toute façon personne ne ' +
        "m'aidera, adieu", '3114'],
      ["j'en peux plus de vivre avec ce dossier de surendettement, je vais sauter du pont", '3114'],
      ["au bout de ma vie, le site des impôts plante et j'ai une boîte de cachets " +
        'à côté de moi', '3114'],
      ['je suis au bout de ma vie, plus personne ne me parle depuis mon divorce', '3114'],
    ]);
    specifyCalm(assess, [
      'au bout du rouleau avec mon imprimante qui bourre encore',
      'je suis au bout de ma vie avec ce mot de passe qui marche pas',
      "j'en peux plus de vivre ça, 5 fois que j'envoie le même justificatif à la caf",
      'au bout de ma vie avec la sncf, train encore annulé',
    ]);
  });

  describe('whether a weapon kept at home is lawful is the FAQ; brandished or aimed, 17', () => {
    specifyFirstNumbers(assess, [
      ['mon voisin a sorti sa carabine et la pointe sur nous', '17'],
      ['mon oncle a pris le fusil dans le garage et menace ma tante', '17'],
      ['mon voisin garde sa carabine chez lui et il vient de menacer de tirer sur mon chien', '17'],
      ["mon mari a un fusil dans la chambre, il dit qu'il va nous tuer ce soir, " +
        "c'est légal qu'il le garde ?", '17'],
      ['il brandit son fusil de chasse dans la cour', '17'],
      ['mon voisin tire avec sa carabine sur les chats en ce moment, il a le droit ?', '17'],
      ['mon oncle est ivre et il a sorti le fusil du garage, il crie', '17'],
      ['mon voisin a une carabine chez lui, il est en train de viser les passants ' +
        'par la fenêtre', '17'],
    ]);
    specifyCalm(assess, [
      "mon voisin garde sa carabine chez lui, c'est légal ?",
      'mon oncle a un fusil de chasse dans le garage, il a le droit ?',
      "mon père garde un vieux pistolet dans le tiroir, est ce que c'est autorisé ?",
      'le voisin a plusieurs fusils dans sa cave, il a le droit de les garder sans permis ?',
      "mon beau-frère a une arme chez lui sans permis de chasse, c'est illégal ?",
      "mon grand père a un revolver de la guerre dans son grenier, c'est légal de le garder ?",
      'mon coloc garde une machette sous son lit, il a le droit ?',
      "ma voisine a une arbalète chez elle, c'est autorisé ?",
      'mon mari garde sa carabine dans la chambre, est-ce légal ?',
      "mon voisin chasseur range ses fusils dans un placard sans coffre, c'est normal ?",
      'mon frere a un flingue chez lui c legal ou pas',
      "est-ce que mon voisin a le droit d'avoir un fusil chez lui ?",
      "mon oncle a un fusil dans le garage sans l'avoir déclaré, il risque quoi ?",
      "mon voisin a une carabine à plomb dans son cabanon, c'est permis ?",
      "le copain de ma mère cache un pistolet dans sa table de nuit, il a le droit d'avoir ça ?",
      "mon beau-père a gardé le fusil de son père décédé chez lui, c'est légal sans papiers ?",
      'mn voisin a un fusil ds son garage c legal',
      'un collègue garde un taser dans sa voiture, il a le droit ?',
      "mon cousin a une kalach chez lui, c'est pas interdit ça ?",
    ]);

    // written before the fix
    specifyFirstNumbers(assess, [
      ['mon voisin agite sa carabine depuis son balcon en criant', '17'],
      ['mon oncle pointe son fusil de chasse sur mon cousin', '17'],
      ['le voisin est sorti avec son fusil et il menace les enfants', '17'],
      ["mon beau-père a chargé son fusil et il dit qu'il va tirer sur ma mère", '17'],
    ]);
    specifyCalm(assess, [
      "le mari de ma soeur garde un fusil chargé dans l'armoire, c'est autorisé ?",
      "mon voisin a des armes chez lui, c'est légal ?",
      'mon papy a une carabine dans sa grange, il a le droit sans permis ?',
      'mon pote garde une batte et un couteau dans sa chambre, il a le droit ?',
      'est ce que mon oncle peut garder le fusil de chasse de son père chez lui ?',
      "ma belle-mère a un pistolet dans son sac à main, c'est légal ?",
    ]);

    // more look-alikes and dangers beside them
    specifyFirstNumbers(assess, [
      ["mon voisin a un fusil chez lui et il a dit qu'il allait me tirer dessus, " +
        "c'est légal ?", '17'],
      ['mon mari garde un pistolet dans la table de nuit et il me menace avec quand ' +
        'il boit, il a le droit ?', '17'],
      ['mon oncle a un fusil dans le garage, il est bourré et il veut aller chez son ' +
        'voisin avec, il a le droit ?', '17'],
      ["mon père vient de prendre la carabine, il dit qu'il va tuer le chien du voisin", '17'],
    ]);
    specifyCalm(assess, [
      "mon voisin collectionne les armes blanches chez lui, c'est légal ?",
      'est ce que mon fils de 17 ans a le droit de garder un couteau papillon dans sa chambre ?',
      'un ami a une carabine à air comprimé dans son appart, il a le droit ?',
      "mon grand-père a toujours son fusil de la guerre accroché au mur, c'est légal ?",
    ]);
  });
});
