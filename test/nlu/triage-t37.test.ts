import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * Round 29 (t37), by family and in our own words, with calm look-alikes beside each: held at
 * home by a partner or a relative who took the phone, writing from another device (114
 * first); "au secours" about an exam ahead. The second and third tables of each family were
 * written before the fix (held-out phrasings, then more look-alikes). The two other
 * families of the round are in triage-t37-more.test.ts.
 */
export const T37_EXAMPLES: Record<string, string[]> = {
  'net-phone-taken-held': ['mon mari a pris mon tel et me laisse pas sortir je suis sur l ordi'],
  'net-phone-taken-stuck': ['il a pris mon tel je peux pas sortir je ecris de la tablette'],
  'net-weapon-brandished': ['il brandit son fusil de chasse dans la cour'],
  'net-end-of-my-life': ['au bout de ma vie je ai la corde'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round 29 (t37)', () => {
  describe('held by a relative who took the phone, writing from another device: 114 first', () => {
    specifyFirstNumbers(assess, [
      ["mon mari m'a enfermée dans la chambre et il a pris mon téléphone, je vous " +
        'écris avec la tablette de ma fille', '114'],
      ["il m'a confisqué mon portable et je peux pas sortir de l'appart, j'écris " +
        "depuis l'ordi", '114'],
      ['mon copain me séquestre, il a cassé mon tel, je suis sur le pc de son frère', '114'],
      ['jsui enfermé chez mon oncle il a pri mon tel jecri avec la tablette du petit', '114'],
      ["mon conjoint me retient a la maison et m'a pris mon telephone, je vous " +
        'écris depuis mon ordinateur portable', '114'],
      ['je peux pas appeler, mon ex a pris mon portable et ferme la porte a clé, je ' +
        "suis sur l'ordi du travail", '114'],
      ['aidez moi il m a enfermee dans la salle de bain et il a mon tel je vous ' +
        'ecris de l ipad', '114'],
      ["mon mari me laisse pas sortir, il a pris mon portable, j'utilise " +
        "l'ordinateur de mon fils en cachette", '114'],
      ['je suis retenue chez mon compagnon, il a pris mon téléphone et mes clés, ' +
        "j'écris depuis sa tablette pendant qu'il dort", '114'],
      ["mon frère m'a enfermée dans la cave et m'a pris mon tel, je vous écris " +
        'depuis ma montre', '114'],
      ["mon copain m'a enfermé à clé et a jeté mon portable, j'écris depuis le " +
        'compte facebook de mon amie', '114'],
      ['mon mec ma pri mon tel et ma enfermer jecri sur la tablette de mon fils', '114'],
      ["il a pris mon téléphone et il m'empêche de partir, je peux pas vous " +
        "appeler, j'écris sur l'ordi", '114'],
      ["mon beau-père me séquestre depuis ce matin, plus de téléphone, j'écris de " +
        "l'ordinateur portable", '114'],
      ["ma belle-mère m'enferme avec mes enfants, elle a confisqué mon portable, je " +
        'suis sur la tablette des enfants', '114'],
      ['mon mari a pris mon téléphone et fermé toutes les portes, je ne peux pas ' +
        "appeler, j'écris de la console de mon fils", '114'],
      ["enfermée par mon conjoint, téléphone confisqué, j'écris depuis la tablette", '114'],
      ["Je suis séquestrée par mon compagnon. Il m'a pris mon portable. Je vous " +
        "écris depuis l'ordinateur du salon.", '114'],
      ["mon fils m'enferme dans ma chambre et m'a pris mon telephone, je suis agée, " +
        "j'ecris sur la tablette", '114'],
      ["il me retient chez lui, mon portable il l'a cassé, j'écris avec le pc de son coloc", '114'],
      ['mon mari ne me laisse plus sortir de la maison depuis 3 jours, il a pris ' +
        "mon téléphone, je vous contacte depuis l'ordinateur de mon fils", '114'],
      ["je peux pas téléphoner il a mon portable, il m'a enfermée, je tape sur la tablette", '114'],
      ["help mon copain m'enferme il a pris mon tel je suis sur l ordi", '114'],
      ["mon copain m'a pris mon portable et m'a enfermée dehors sur le balcon, " +
        "j'écris avec la tablette de ma fille qui est là", '114'],
      ["mon mari garde mon tel et les clés je suis bloquée dans l'appart, je vous " +
        'écris du compte de ma soeur', '114'],
    ]);
    specifyCalm(assess, [
      "j'ai confisqué le téléphone de mon fils de 14 ans pour le punir, combien de temps " +
        "c'est raisonnable ?",
      "mon ado est privé de portable et de sortie ce week-end, il dit que c'est de la " +
        'séquestration',
      "mon ex m'a pris mon téléphone l'an dernier et ne me l'a jamais rendu, je peux porter " +
        'plainte ?',
      'je vous écris depuis ma tablette car mon téléphone est cassé, comment faire une ' +
        'pré-plainte ?',
      "j'écris depuis l'ordi du travail, mon portable n'a plus de batterie, je voulais " +
        'savoir pour la procuration',
      'ma fille est punie, je lui ai pris son téléphone et elle reste dans sa chambre ce soir',
      "mon mari m'a pris mon téléphone il y a deux ans pendant notre séparation, je veux " +
        'déposer une main courante',
      "je vous écris depuis l'ordinateur de mon fils, je n'ai pas de smartphone, comment " +
        'déclarer un vol ?',
      "on m'a volé mon téléphone dans le métro, j'écris depuis la tablette de ma fille",
      "mon père m'a confisqué mon portable parce que j'ai eu une mauvaise note, c'est légal ?",
      "mon téléphone est en panne, j'écris de l'ordinateur de la bibliothèque pour un rendez-vous",
      "mon ex avait pris mon portable et m'avait enfermée, c'était il y a 3 ans, je peux " +
        'encore porter plainte ?',
      "j'ai pris le téléphone de ma fille pour qu'elle révise, elle est enfermée dans sa " +
        'chambre à bouder',
      "mon copain m'a emprunté mon téléphone, je vous écris de la tablette, c'est pour un " +
        'renseignement',
    ]);

    // written before the fix
    specifyFirstNumbers(assess, [
      ["ma copine m'a enfermé dans le studio et elle a planqué mon portable, " +
        "j'écris sur mon pc portable", '114'],
      ["mon mari m'empêche de sortir et il a éteint et pris mon téléphone, je suis " +
        "sur l'ordi de ma fille", '114'],
      ["je suis bloquée chez mon conjoint il a mon tel j'ecris sur le compte insta " +
        'de ma cousine', '114'],
      ['jsuis enfermee par mon pere depuis hier soir il ma pris mon portable je ' +
        'vous ecris depuis la tablette', '114'],
      ["mon compagnon m'a pris mon téléphone et il ferme tout à clé, je peux pas " +
        "partir, j'écris depuis la switch", '114'],
      ['Mon époux me retient enfermée à la maison, il a confisqué mon téléphone. ' +
        "J'écris depuis l'ordinateur.", '114'],
      ['on me séquestre, mon copain a cassé mon téléphone, je passe par la tablette ' +
        'de mon neveu', '114'],
      ['mon frere ma enfermé dans sa chambre et ma piqué mon tel jvous ecris de son ordi', '114'],
      ['il me laisse pas partir de chez lui et il a mon portable, je vous écris de ' +
        'sa tablette en cachette', '114'],
      ["mon mari a pris mon tel il veut pas que je sorte j'écris du pc du salon " +
        "pendant qu'il est sous la douche", '114'],
      ["mon ex m'a fait monter chez lui, il garde mon téléphone et m'empêche de " +
        "repartir, j'écris depuis sa tablette", '114'],
      ["séquestrée, portable confisqué par mon mari, message envoyé de l'ordi", '114'],
      ["ma mere m'a enfermée, mon tel est confisqué, j'ai 25 ans, j'ecris de mon ordi", '114'],
      ['mon copain me garde enfermée depuis ce matin, il a pris mon portable, je ' +
        "vous écris par messenger sur l'ordi", '114'],
      ["mon fils m'a enfermé dans la cave et garde mon portable, j'écris avec la " +
        "tablette que j'avais cachée", '114'],
    ]);
    specifyCalm(assess, [
      "j'ai confisqué la tablette de ma fille parce qu'elle ne fait pas ses devoirs",
      "mes parents m'ont pris mon portable et je suis privée de sortie, c'est abusé",
      "j'écris depuis le pc de mon fils car j'ai perdu mon téléphone, comment le déclarer ?",
      'mon ex a gardé mon téléphone après la rupture il y a 6 mois, comment le récupérer ?',
      "mon téléphone est bloqué par l'opérateur, j'écris depuis ma tablette pour savoir quoi faire",
    ]);

    // more look-alikes and dangers beside them
    specifyFirstNumbers(assess, [
    ]);
    specifyCalm(assess, [
      "ma fille m'a pris mon portable pour jouer, je suis bloqué à la maison avec la grippe",
      'mon fils a cassé mon portable en jouant, je suis sur la tablette, je peux pas sortir ' +
        'à cause de ma jambe',
      "on m'a volé mon téléphone dans le train, je suis bloquée dans le train, j'écris de " +
        "l'ordi d'un voisin de siège",
      "mes parents m'ont confisqué mon portable et je peux pas sortir ce week-end",
      "mon copain m'a pris mon tel pour voir mes messages, il est jaloux, c'est normal ?",
      'ma mère garde mon téléphone la nuit et je suis bloquée dans ma chambre pour réviser, ' +
        "c'est abusé",
      "mon mari a cassé mon téléphone hier en le faisant tomber, je vous écris de l'ordi " +
        'pour un renseignement',
      "le douanier a confisqué mon portable et je suis retenue à l'aéroport, que faire ?",
      'mon patron garde mon portable pendant le service, je peux pas sortir avant 22h, ' +
        "c'est légal ?",
      "il a pris mon portable à la récré et l'a jeté, le prof l'a récupéré",
      "mon chien m'a enfermée dehors et mon tel est resté dedans, j'écris de l'ordi de la voisine",
    ]);
  });

  describe('"au secours" about an exam ahead is no emergency; a danger beside it is', () => {
    specifyFirstNumbers(assess, [
      ["au secours j'ai l'examen du code demain mais là un homme me suit dans la rue", '17'],
      ['au secours mon examen est demain mais mon coloc vient de faire un malaise', '15'],
      ["à l'aide je révisais mon partiel et il y a de la fumée dans l'immeuble", '18'],
      ["sos le bac c'est demain et mon père me frappe en ce moment", '17'],
      ['au secours', '17'],
      ["au secours le bac est demain et je veux mourir, j'ai les cachets devant moi", '3114'],
      ["a l'aide, je devais réviser le code mais mon copain m'a enfermée et il a un " +
        'couteau', '114'],
    ]);
    specifyCalm(assess, [
      "au secours j'ai le code de la route demain et j'ai rien révisé",
      "sos mon permis c'est demain je vais le rater",
      "à l'aide, le bac de philo c'est demain",
      'au secour jai mon partiel de droit demain',
      "aidez moi j'ai mon oral d'anglais demain matin et je panique",
      'SOS examen du code dans 2 jours, des conseils ?',
      'au secours mon examen de conduite est demain, je stresse trop',
      'a l aide je passe le code demain',
      'sos révisions pas faites, bac de français demain',
      "au secours le partiel de stats est demain et j'ai rien compris",
      'help jai le code demain matin',
      "à l'aide svp mon permis est demain j'ai peur de le rater",
      'au secours jpasse le permis demain et je dors pas',
      "sos le concours de la gendarmerie c'est demain",
      "au secours la soutenance c'est demain",
      "au secours mon fils passe le bac demain et il n'a rien révisé",
      "AU SECOURS demain c'est l'épreuve pratique du permis moto",
      "au secours, j'ai pas révisé et l'exam c'est dans 10h",
      'a laide le code c demain jsuis pas pret',
      "sos le partiel d'anatomie c'est demain et je connais rien",
      'au secours le contrôle de maths demain je vais me faire tuer par mes parents si je le rate',
      "à l'aide, mon permis demain, le moniteur dit que je suis pas prête",
    ]);

    // written before the fix
    specifyFirstNumbers(assess, [
      ['au secours le code demain, mon copain me frappe en ce moment', '17'],
      ["sos j'ai mon partiel demain mais il y a le feu dans ma résidence", '18'],
      ['au secours je passe le permis demain mais mon père vient de tomber et respire mal', '15'],
    ]);
    specifyCalm(assess, [
      "au secourrrs le code c'est après-demain et je fais 10 fautes à chaque test",
      'sos jsuis pas prête pour mon permis demain',
      "à l'aide j'ai un oral de bac demain et je connais pas mon texte",
      "au secours mes partiels commencent lundi et j'ai rien foutu",
      'help mon examen de code est dans 3 jours je stresse',
      'aidez moi svp je passe mon code demain à 8h',
      "au secours l'épreuve de conduite est demain matin et j'ai peur de caler",
      "sos j'ai mon concours infirmier demain",
      'au secours mon fils passe son code demain et il panique',
      "au secours j'ai un contrôle de physique demain et j'ai rien révisé",
      "à l'aide, examen de fin d'année demain et je suis pas prêt du tout",
    ]);

    // more look-alikes and dangers beside them
    specifyFirstNumbers(assess, [
      ["au secours j'ai le bac demain mais il y a quelqu'un qui est entré chez moi", '17'],
      ["au secours j'ai mon oral demain et ma colocataire ne se réveille pas", '15'],
      ['sos partiel demain et mon ex est devant ma porte avec un couteau', '17'],
      ["à l'aide, révisions pas faites et je me suis coupée profond, ça saigne", '15'],
      ["au secours le permis c'est demain, j'ai envie d'en finir", '3114'],
      ["aidez moi le bac c'est demain je veux me tuer", '3114'],
    ]);
    specifyCalm(assess, [
      'au secours jsuis pas prête pour le code demain mdr',
      "sos qui peut m'aider à réviser le code ce soir ? examen demain",
      "à l'aide mon oral d'espagnol c'est lundi",
      "au secours, l'examen du permis c'est dans 2h et j'ai le trac",
      "au secours ma fille passe son bac demain, je suis plus stressée qu'elle",
    ]);
  });
});
