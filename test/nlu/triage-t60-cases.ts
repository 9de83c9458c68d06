/**
 * Round t60's phrasings (a fresh tester's findings), written for this round: typos, no
 * accents, SMS, each family beside its calm look-alikes.
 */

/** A relative's farewell by text: 3114 first. */
export const FAREWELL_SMS: readonly string[] = [
  'ma fille ado me envoie des textos bizarres elle me dit adieu',
  'ma copine ma ecrit adieu pour toujours sur snap',
  'mon fils m envoie des messages etranges, il dit adieu a tous',
];

export const FAREWELL_CALM: readonly string[] = [
  'ma fille a dit adieu a sa maitresse en fin d annee',
  'mon fils a ecrit une chanson qui s appelle adieu',
  'ma fille m a envoye adieu lol elle part en vacances',
];

/** A relative threatening to shoot himself: 17 first. */
export const ARMED_SUICIDE: readonly string[] = [
  'mon mari menace de se tuer avec sa carabine',
  'mon pere a sorti son fusil il dit qu il va se tirer une balle',
  'mon frere veut se suicider il a un pistolet dans sa chambre',
];

export const ARMED_CALM: readonly string[] = [
  'mon mari a vendu son fusil de chasse',
  'mon pere nettoie sa carabine avant l ouverture de la chasse',
];

/** Self-inflicted cuts bleeding hard now: 15 first. */
export const BLEEDING_CUTS: readonly string[] = [
  'je me scarifie et la ca saigne enormement',
  'je me suis coupee les poignets ca arrete pas de saigner',
  'jme suis tailladé les bras ya du sang partout',
];

export const CUTS_CALM: readonly string[] = [
  'je me scarifiais avant j ai des cicatrices',
  'je me scarifiais au college maintenant ca va mieux',
];

/** Raped hours ago, the aggressor still there: 17 first. */
export const RAPE_HERE: readonly string[] = [
  'jai ete violée cette nuit il dort a coté',
  'il m a violee tout a l heure il est toujours dans la chambre',
  'je me suis fait violer ce soir il est encore la',
];

export const RAPE_CALM: readonly string[] = [
  'j ai ete violee il y a 5 ans comment porter plainte',
  'dans la serie elle a ete violee et il dort a cote',
];

/** A child touched by a relative, told by a sibling: 17 first, 119 with it. */
export const CHILD_TOUCHED: readonly string[] = [
  'mon tonton touche ma petite soeur',
  'le copain de maman tripote mon petit frere',
  'mon beau pere fait des attouchements a ma soeur de 8 ans',
];

export const TOUCHED_CALM: readonly string[] = [
  'mon oncle touche ma petite soeur au jeu du loup',
  'mon frere touche ma console',
  'mon papa touche le front de ma fille pour la fievre',
];

/** An old relative beaten by her carer, the carer named in between: 17, no 119. */
export const ELDER_CARER: readonly string[] = [
  'ma grand mere l aide a domicile la tape je l ai vu',
  'ma mamie son aide soignante la gifle je l ai vu',
];

export const ELDER_CARER_CALM: readonly string[] = [
  'ma grand mere l aide a domicile la coiffe',
];

/** A driver who hits or touches someone aboard and keeps them in: 17 first. */
export const DRIVER_HOLDS: readonly string[] = [
  'le chauffeur du car a frappe une passagere et refuse d ouvrir les portes',
  'le moniteur d auto-ecole me touche et veut pas me deposer',
  'le chauffeur de taxi me tripote et refuse de me laisser descendre',
];

export const DRIVER_CALM: readonly string[] = [
  'le moniteur d auto ecole refuse de me deposer chez moi c est normal',
  'le conducteur a touche le trottoir et refuse d ouvrir le coffre',
];

/** A minor run away tonight with a worrying note: 17 first, 3114 with it. */
export const RUNAWAY_NOTE: readonly string[] = [
  'mon fils de 15 ans a fugué cette nuit il a laissé un mot bizarre',
  'ma fille de 14 ans est partie ce soir elle a laisse une lettre d adieu',
];

export const RUNAWAY_CALM: readonly string[] = [
  'mon fils a fugue cette nuit il est rentre ce matin il avait laisse un mot bizarre',
  'ma fille a laisse un mot bizarre sur le frigo',
];
