import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers, specifyNumbersAmong } from './triageTable';

/**
 * Round t44, by family and in our own words (a fresh set's misses and false alarms): grown-ups
 * beating a child in a public place now; a cry for help opening an ordinary problem; a
 * teenager who hits a parent at each refusal; a child's marks or evenings alone told as a
 * habit. Each calm family sits beside the alarms that must stay. The rest of the round is in
 * triage-t44-more.test.ts.
 */
export const T44_EXAMPLES: Record<string, string[]> = {
  'net-child-beaten-public': ['au parc des parents bourres frappent leur gamin il saigne du nez'],
  'net-heat-confused': ['avec cette canicule ma grand mere est confuse et ne me reconnait plus'],
  'net-heat-baby': ['on creve de chaud et mon bebe de 3 mois est brulant'],
  'net-body-today': ['elle a fait un malaise il y a 8 jours et ce matin elle est par terre'],
  'net-missing-days-ending': ['mon frere a disparu depuis 3 jours il voulait en finir'],
  'net-missing-days-at-risk': ['mon pere atteint de alzheimer a disparu depuis 2 jours'],
  'net-missing-days-minor': ['ma fille de 14 ans ne est pas rentree depuis 2 jours'],
  'net-burglars-maybe-inside': ['porte fracturee et la lumiere est allumee a le etage'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage, round t44: a child beaten, a plea, a habit', () => {
  describe('grown-ups beating a child now in a public place: 17 first, 119 beside', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ["au camping les parents du mobil-home d'à côté sont bourrés et frappent leur gamin, il " +
        'saigne du nez', '17'],
      ["sur l'aire de jeux un couple ivre tape sur son fils de 5 ans, le petit pleure et saigne",
        '17'],
      ['a la plage un homme alcoolise gifle et cogne son gosse, l enfant hurle', '17'],
      ['les parents sont ivres et tabassent leur enfant devant tout le monde au square', '17'],
      ['un mec saoul donne des coups de pied a son fils sur le parking, le petit est par terre',
        '17'],
      ['des parents alcoolisés frappent leur gamin à l aire de jeu il saigne du nez aidez', '17'],
      ['parents bourrés qui frappent leur petit au parc, il saigne, je fais quoi', '17'],
      ['jveu signaler des parents saouls qui cognent leur petit sur la plage, il pleure fort',
        '17'],
      ['sur le quai de la gare un père alcoolisé secoue violemment son bébé', '17'],
      ['au camping des gens ivres tapent sur leurs gosses, on entend les petits crier', '17'],
      ["au square une dame hors d'elle gifle sa petite fille à répétition, la gamine hurle",
        '17'],
      ['jvois un pere qui defonce son gamin sur le parking dleclerc le petit saigne', '17'],
      ['DEVANT LE SUPERMARCHE UN TYPE BOURRE FRAPPE SON GAMIN QUI PLEURE', '17'],
      ['piscine municipale, un papa énervé met des claques à son fils, le gosse a le nez en sang',
        '17'],
      ['fete foraine, une femme ivre bat sa fille de 6 ans, elle crie', '17'],
      // written after the fix
      ['y a un gars bourre qui met des baffes a son gamin sur l aire de repos, le petit a le ' +
        'nez qui pisse le sang', '17'],
      ['dans le parc une mère complètement défoncée secoue son bébé et le gifle, il hurle', '17'],
      ['camping les flots bleus emplacement 12, les parents sont saouls et cognent leur fils ' +
        'de 7 ans', '17'],
      ['sur la plage un couple alcoolisé tabasse leur ado, il est par terre', '17'],
      ['au parking du lidl une femme en colère frappe son enfant à coups de poing', '17'],
    ];
    specifyFirstNumbers(assess, cases);
    specifyNumbersAmong(assess, cases.map(([text]) => [text, '119'] as const));
    specifyCalm(assess, [
      "au camping l'an dernier un père frappait son fils, j'aurais dû appeler ?",
      'au parc les enfants se tapent dessus en jouant au foot',
      'mon fils de 5 ans tape les autres enfants au parc, comment lui apprendre à arrêter',
      "une maman a donné une tape sur la main de son fils au supermarché, c'est interdit ?",
      'le voisin de camping crie souvent sur ses enfants quand il a bu',
      "est-ce que j'ai le droit de filmer des parents qui frappent leur enfant dans la rue ?",
      "au parc un papa a tapé un petit coup sur l'épaule de son fils pour l'encourager",
      "au camping les parents d'à côté boivent beaucoup et laissent leur enfant jouer seul",
      "ce midi au parc j'ai vu une mère donner une fessée à son fils, c'est légal en france ?",
      "au square ma fille s'est fait taper par un autre enfant, sa mère n'a rien dit",
    ]);
  });

  describe('a cry for help opening an ordinary problem is a plea for a procedure', () => {
    specifyCalm(assess, [
      "aidez-moi svp j'ai perdu mon portefeuille avec tous mes papiers dedans",
      "aidez moi j'ai paumé mon portefeuille avec ma carte d'identité et mon permis",
      'au secours il me reste que 2 points sur mon permis, comment en récupérer',
      'aidez moi svp le formulaire de pré-plainte ne veut pas se valider',
      'au secours je trouve plus mon portefeuille, il y avait ma carte grise',
      "aidez-moi, je n'arrive pas à valider le formulaire en ligne",
      'aidez moi je ne sais pas comment faire ma procuration pour les élections',
      'SOS plus que 2 points sur le permis, je fais comment pour un stage',
      'aidé moi jai perdu mon porte feuille ce matin au marché avec ma cni dedan',
      'Aidez nous svp, on a perdu le portefeuille de mon mari avec sa carte vitale et son permis',
      "aidez-moi je comprends rien à ce formulaire, il me met erreur à chaque fois",
      'aide moi stp jai perdu mon portefeuille dans le bus',
      'aidez moi svp mon permis va être suspendu il me reste 1 point',
      'aidez moi svp, je dois faire une procuration pour ma mère mais le site plante',
      "au secours, on m'a retiré 4 points et il m'en reste 2, je risque quoi",
      "aidez moi s'il vous plaît, impossible de valider ma déclaration de perte sur internet",
      // written after the fix
      'aidez moi svp je sais pas comment refaire ma carte grise après mon déménagement',
      "SOS, j'ai oublié mon mot de passe pour la pré-plainte en ligne",
      'au secours il me reste plus que 3 points, est ce que je peux faire un stage',
      'aidez nous on ne trouve pas le formulaire pour la procuration de notre fils étudiant',
      "à l'aide, mon passeport est perdu et le rdv en mairie est dans 2 mois",
    ]);
    specifyFirstNumbers(assess, [
      ["aidez moi on m'a volé mon portefeuille et le mec me suit encore", '17'],
      ['au secours un homme a pris mon sac et il me frappe', '17'],
      ["aidez-moi je suis perdue dans la forêt, j'ai plus de batterie", '17'],
      ['au secours mon mari me bat, il a pris mes papiers', '17'],
      ['aidez moi svp jai perdu mon fils de 4 ans au marché', '17'],
      ['au secours, je me suis fait agresser, ils ont pris mon portefeuille, je saigne', '17'],
      ['aidez moi il me menace avec un couteau pour avoir ma carte bleue', '17'],
      ['SOS mon ex a pris mon passeport et il m enferme dans l appart', '114'],
      ["aidez moi svp un homme me suit depuis la gare et j'ai perdu mes papiers", '17'],
      ['aidez moi mon ex a pris les papiers de mon fils et il est parti avec lui', '17'],
    ]);
  });

  describe('a teenager who hits a parent at each refusal is a habit, not a patrol', () => {
    specifyCalm(assess, [
      "ma fille de 14 ans tape sa mère dès qu'on lui refuse un truc, que faire",
      "mon fils de 13 ans me tape dessus dès que je lui refuse quelque chose, c'est normal ?",
      "mon grand de 16 ans frappe son père chaque fois qu'on lui dit non pour sortir, qui peut " +
        'nous aider',
      "notre ado de 14 ans devient violent et tape sa mère quand on lui refuse de l'argent, vers " +
        'qui se tourner',
      "mon fils adolescent frappe sa mère dès qu'il n'obtient pas ce qu'il veut, est-ce que la " +
        'gendarmerie peut intervenir ?',
      'mon fils de 15 ans me frappe quand je lui dis non, comment réagir ?',
      "mon fils me cogne dès qu'on lui dit non, il a 15 ans, on fait comment",
      'ma fille de 12 ans me tape des qu on lui dit non pour la console, comment gérer ça',
      'mon fils de 17 ans me bouscule et me frappe à chaque refus, je n ose plus lui dire non',
      "mon ado frappe son père quand on lui confisque son téléphone, c'est grave ?",
      'ma fille de 15 ans me griffe et me frappe quand je lui retire son portable, comment gérer',
      'mon fils de 14 ans casse tout et frappe sa mère dès qu on lui refuse une sortie, on peut ' +
        'faire quoi',
    ]);
    specifyFirstNumbers(assess, [
      ['mon fils de 16 ans est en train de frapper sa mère, il est hors de lui', '17'],
      ['mon ado me frappe là maintenant, il a pris un couteau', '17'],
      ['mon fils de 15 ans vient de frapper sa mère elle saigne, aidez nous', '17'],
      ['ma fille de 14 ans tape sa mère en ce moment, elle veut pas s arrêter', '17'],
      ["on lui a refusé sa sortie et là il frappe sa mère, vite", '17'],
      ['mon fils de 15 ans frappe sa mère dans la cuisine là maintenant parce qu on lui a dit non',
        '17'],
    ]);
  });

  describe("a child's marks or evenings alone told as a habit, with a question", () => {
    specifyCalm(assess, [
      "le petit des voisins a souvent des bleus et il a peur de rentrer chez lui après l'école, " +
        'je fais quoi ?',
      "un gamin de mon immeuble arrive souvent avec des bleus et me dit qu'il veut pas rentrer " +
        'chez lui, comment agir',
      'un élève de ma classe a tout le temps des bleus et il a peur de rentrer chez lui, je suis ' +
        'son instit, comment faire',
      "la petite voisine a des bleus depuis des semaines et elle dit qu'elle a peur de rentrer " +
        'chez elle, qui je dois prévenir',
      "le petit du 3ème a souvent des bleus sur les jambes et il a peur de rentrer chez lui, " +
        "c'est grave ?",
      "tous les soirs un petit de 6 ans joue seul dans la rue jusqu'à minuit, je dois faire quoi",
      "les voisins laissent leur petit de 5 ans jouer seul dans la rue le soir jusqu'à très " +
        "tard, c'est de la maltraitance ?",
      "un enfant de 6 ans reste seul sur le parking jusqu'à la nuit tous les jours, est ce que " +
        'je peux signaler',
      'le gamin du 2e traine tout seul en bas de l immeuble chaque soir jusqu a 23h, a qui le ' +
        'signaler',
      'une petite de ma classe de danse a souvent des bleus et elle traine pour pas rentrer, je ' +
        'dois prévenir qui',
      'le neveu de ma voisine a tout le temps des marques et il veut plus rentrer chez son ' +
        'père, que faire ?',
      'une gamine de 5 ans se promène seule dans la cité tous les soirs jusqu a 22h, ses ' +
        'parents laissent faire, je signale ?',
    ]);
    specifyFirstNumbers(assess, [
      ['le petit des voisins a des bleus et il a peur de rentrer chez lui ce soir, son père va ' +
        'le frapper', '119'],
      ["j'entends le petit des voisins hurler en ce moment, son père le frappe", '17'],
      ["l'enfant des voisins est chez moi, il est couvert de bleus et refuse de rentrer, son " +
        'père le cherche', '119'],
      ['la petite voisine a souvent des bleus et là elle hurle, sa mère est en train de la ' +
        'frapper', '17'],
      ['il y a un petit de 3 ans tout seul dans la rue là, il est minuit, il pleure et je trouve ' +
        'pas ses parents', '119'],
      ['je viens de trouver un enfant de 4 ans seul dehors en pyjama à 23h, il est perdu',
        '119'],
      ['le petit voisin est chez moi, il a des bleus partout et il dit que son père va le tuer ' +
        's il rentre ce soir', '17'],
      ['un petit de 3 ans erre seul sur le parking, il fait nuit, personne ne le cherche', '17'],
    ]);
  });
});
