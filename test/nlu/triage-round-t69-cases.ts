/**
 * Round t69's phrasings, written for this round: as typed, in SMS, without accents or
 * punctuation (voice dictation), for a relative; each family beside its look-alikes.
 */

/** A partner or an ex, there now, who has just shoved or hit: 17 first, past told or not. */
export const PARTNER_BLOW_NOW: readonly string[] = [
  'Mon ex est revenu ce soir, il a beaucoup bu. Il y a un an il avait défoncé la porte et le ' +
    'juge m\'avait donné une ordonnance de protection. Là il est dans la cuisine, il hurle, ' +
    'il vient de me plaquer contre le mur. J\'ai peur qu\'il recommence.',
  'mon ex est la ce soir il est bourre l annee derniere il avait deja casse la porte j avais ' +
    'eu une ordonnance la il est dans le salon il gueule il vient de me pousser contre le mur',
  'jsuis chez moi mon ex a debarque ce soir il est saoul. lan dernier il mavait deja frappee ' +
    'et jai eu une ordonance. la il est ds la chambre il crie il vien de me pousser',
  'Il vient de me gifler et il crie dans le couloir. Mon ex-mari avait déjà été condamné il ' +
    'y a deux ans, j\'ai une mesure d\'éloignement contre lui.',
  'J\'écris pour ma sœur : son ex est arrivé chez elle ce soir complètement ivre. L\'an ' +
    'dernier il l\'avait frappée, elle a une ordonnance. En ce moment il est encore là, il ' +
    'hurle et il vient de la jeter par terre.',
  'mon compagnon a bu ce soir il m a poussee contre le mur il est toujours la il menace de ' +
    'tout casser il avait deja ete condamne l an dernier',
  'ce soir mon mari est rentre alcoolise la il me frappe il m avait deja frappee en 2022',
];

/** The same words, past, played, habitual or asked: no alarm. */
export const PARTNER_BLOW_CALM: readonly string[] = [
  'l an dernier mon ex m avait poussee contre le mur et j ai eu une ordonnance de protection ' +
    'comment la renouveler',
  'mon mari vient de me pousser a porter plainte contre mon ancien employeur',
  'mon copain vient de me pousser dans la piscine mdr',
  'hier soir mon ex avait bu il m a poussee contre le mur il est reparti je veux porter plainte',
  'dans la serie que je regarde le mari vient de la pousser contre le mur',
  'quand il a bu mon ex me pousse contre le mur il hurle tout le temps, je peux avoir de l aide',
];

/** A scam using a relative who is safe: calm. */
export const SCAM_CALM: readonly string[] = [
  'J\'ai reçu un texto : mon fils aurait eu un accident grave et il faudrait envoyer de ' +
    'l\'argent tout de suite. Mais il est assis à côté de moi et il va très bien. C\'est une ' +
    'arnaque ?',
  'jai recu un sms disant que ma fille est a l hopital apres un accident et quil faut payer ' +
    'maintenant mais elle est dans sa chambre elle va bien cest une arnaque',
  'un numero inconnu m a appele mon petit fils aurait eu un accident il faut un virement ' +
    'urgent je l ai eu au telephone il n a rien escroquerie non',
];

/** A real accident or a threat at the door still alarms. */
export const SCAM_REAL: readonly string[] = [
  'mon fils vient d avoir un accident il saigne de la tete venez vite',
  'un sms me demande de l argent sinon ils viennent et la un homme est devant ma porte avec ' +
    'un couteau',
];

/** An assault months ago, never filed: calm. */
export const OLD_ASSAULT_CALM: readonly string[] = [
  'Cet été, à un festival, un type m\'a mis un coup de poing, j\'ai eu le nez cassé. Je n\'ai ' +
    'jamais porté plainte. C\'est trop tard maintenant ?',
  'en juillet en concert je me suis fait tabasser nez casse jai jamais porte plainte c trop ' +
    'tard maintenant',
  'il y a 5 mois j ai ete agressee a la sortie d une soiree je n ai rien declare est ce que ' +
    'je peux encore porter plainte',
];

/** The attacker back, or blows now, still alarm. */
export const OLD_ASSAULT_NOW: readonly string[] = [
  'cet ete il m a casse le nez j ai jamais porte plainte et la il est devant chez moi avec un ' +
    'couteau',
  'on vient de me frapper a la sortie du festival j ai le nez casse je saigne',
];

/** Neighbours' children left out late, underfed: calm (the 119 is in the topic answer). */
export const LEFT_OUT_CALM: readonly string[] = [
  'Les petits des voisins sont dehors tout seuls jusqu\'à minuit presque tous les jours, ils ' +
    'ont l\'air de ne pas manger à leur faim.',
  'les gamins d a cote trainent seuls dehors jusqu a minuit ils sont tout maigres on dirait ' +
    'qu ils mangent pas je m inquiete',
  'les enfants du 3eme restent en bas sans adulte jusqu a 23h ils sont mal nourris et sales',
];

/** A child outside now, crying in the cold, or beaten, still alarms. */
export const LEFT_OUT_NOW: readonly string[] = [
  'les enfants des voisins sont seuls dehors ce soir en pyjama ils pleurent il fait froid ils ' +
    'ont faim',
  'le petit des voisins est seul dehors jusqu a minuit et la son pere le frappe dans la rue',
];

/** A first-aid course revised: calm. */
export const FIRST_AID_CALM: readonly string[] = [
  'comment on fait un garrot ? c\'est pour réviser mon PSC1',
  'je passe mon sst demain comment poser un garrot sur une hemorragie',
  'revision secourisme : quand est ce qu on met une victime inconsciente en PLS',
];

/** Someone bleeding now, even in a course, still alarms. */
export const FIRST_AID_REAL: readonly string[] = [
  'comment on fait un garrot vite mon pere saigne enormement de la jambe',
  'je revisais mon psc1 et mon pere vient de s effondrer il ne respire plus',
];
