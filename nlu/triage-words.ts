/** Triage vocabulary: situations, their numbers, and the word lists the rules share. */

export type Situation =
  | 'cannot_call'
  | 'hiding'
  | 'suicide_with_others'
  | 'suicide_attempt'
  | 'suicide_fled'
  | 'suicide'
  | 'child_violence'
  | 'child_neglect'
  | 'child_height'
  | 'weapon'
  | 'domestic_violence'
  | 'violence'
  | 'intrusion'
  | 'fire'
  | 'gas'
  | 'road_injury'
  | 'trapped'
  | 'medical'
  | 'sea'
  | 'drowning'
  | 'missing_child'
  | 'missing_care'
  | 'missing_person'
  | 'welfare_check'
  | 'animal_attack'
  | 'generic';

/** Numbers per situation, most fitting first; all from topics.json emergency.services. */
export const SITUATION_NUMBERS: Readonly<Record<Situation, readonly string[]>> = {
  /**
   * Deaf, mute, stammering, only able to write: the SMS 114 leads, then the service of the
   * danger itself (a deaf person's malaise is 114 then 15, not the police's 17).
   */
  cannot_call: ['114'],
  hiding: ['114', '17', '112'],
  /** "il dit qu'il va se tuer avec eux": the others need the police first. */
  suicide_with_others: ['17', '3114', '15', '112'],
  /** Veins cut, pills swallowed, hanged: the body needs the SAMU before anything. */
  suicide_attempt: ['15', '3114', '112'],
  /** Gone from a ward or a home saying they will jump: a search now, the police first. */
  suicide_fled: ['17', '15', '3114', '112'],
  suicide: ['3114', '15', '112'],
  child_violence: ['17', '112', '119'],
  /**
   * A child left alone, shut out or dreading tonight, with no blow under way: the child line
   * (119, "Child in danger, 24/7") first, the police and 112 with it.
   */
  child_neglect: ['119', '17', '112'],
  /** A young child on a ledge or a roof: a rescue, the police with it; no suicide line. */
  child_height: ['18', '17', '112'],
  weapon: ['17', '112'],
  domestic_violence: ['17', '114', '112'],
  violence: ['17', '112'],
  /** A dog mauling someone now: the gendarmes stop it, the SAMU treats the bites. */
  animal_attack: ['17', '15', '112'],
  intrusion: ['17', '112'],
  fire: ['18', '112'],
  gas: ['18', '112'],
  road_injury: ['18', '15', '112'],
  trapped: ['18', '112'],
  medical: ['15', '112'],
  sea: ['196', '112'],
  drowning: ['18', '15', '112'],
  missing_child: ['17', '112'],
  /** A runaway child without the insulin or treatment that keeps them alive: search, care. */
  missing_care: ['17', '15', '112'],
  /** Someone who cannot look after themselves gone (dementia, great age): search now. */
  missing_person: ['17', '112'],
  /**
   * A frail person silent for days behind a closed door: the gendarmes first, the
   * firefighters to open it, the SAMU for who lies inside.
   */
  welfare_check: ['17', '18', '15', '112'],
  generic: ['17', '112'],
};

/** When several situations match, the first of this list leads the answer. */
export const SITUATION_PRIORITY: readonly Situation[] = [
  'cannot_call', 'hiding', 'suicide_with_others', 'suicide_attempt', 'suicide_fled', 'suicide',
  'child_violence', 'weapon', 'child_height',
  'domestic_violence', 'violence', 'intrusion', 'fire', 'gas', 'welfare_check', 'road_injury',
  'trapped', 'missing_care',
  'medical', 'animal_attack', 'sea', 'drowning', 'child_neglect', 'missing_child',
  'missing_person', 'generic',
];

/** Someone dangerous is there: who cannot call is also hiding from them. */
export const PERSON_THREAT: ReadonlySet<Situation> = new Set(['violence', 'weapon',
  'domestic_violence', 'intrusion', 'child_violence', 'suicide_with_others', 'generic']);

/** What the answer and the agents' queue call a situation that is only a triage nuance. */
export const REPORTED_AS: Readonly<Partial<Record<Situation, string>>> = {
  suicide_with_others: 'suicide',
  suicide_attempt: 'suicide',
  suicide_fled: 'suicide',
  child_height: 'trapped',
  missing_care: 'missing_child',
  animal_attack: 'violence',
};

export interface TriageRule {
  id: string;
  situation: Situation;
  patterns: readonly RegExp[];
  /** Only counts with a sign that it happens now ("en ce moment", "vite", "devant moi"). */
  needsNow?: boolean;
  /** A past-time marker without a "now" marker cancels it ("l'an dernier", "plainte"). */
  pastCancels?: boolean;
  /** Fiction context cancels it ("un film avec un meurtre"). */
  fictionCancels?: boolean;
  /** Cancelled when one of these is in the message (threat received by SMS: harassment). */
  unless?: RegExp;
  /** Two keywords far apart: a negation before the second one cancels too ("sans blessé"). */
  cooccurrence?: boolean;
}

// every regex rx() built: module constants, made once as the triage's modules load
const BUILT: RegExp[] = [];

/** A RegExp from fragments, so that long phrase lists stay readable. */
export function rx(flags: string, ...parts: string[]): RegExp {
  const pattern = new RegExp(parts.join(''), flags);
  BUILT.push(pattern);
  return pattern;
}

/**
 * The regexes rx() has built, for the spec that checks the regex gate on every triage regex.
 * rx() must only build module constants: the gate knows a regex by itself.
 */
export function builtRegexes(): readonly RegExp[] {
  return BUILT;
}

export const W = '[a-z0-9]+';
export const SUBJECT_NOT_ME = '(?<!\\bje )';
export const MESSAGING = rx('',
  '\\b(message|messages|sms|texto|textos|mail|mails|email|reseaux|facebook|instagram|snap|',
  'snapchat|tiktok|whatsapp|commentaire|commentaires)\\b',
);

export const HURT = 'frappe|frappent|bat|battent|tape|tapent|cogne|cognent|etrangle|etranglent|' +
  'agresse|agressent|attaque|attaquent|tabasse|tabassent|brutalise|viole|violent|secoue|' +
  'poignarde|egorge|bouscule';
export const HURT_INF = 'frapper|taper|battre|cogner|etrangler|agresser|attaquer|tabasser|violer|' +
  'tuer|poignarder|egorger|brutaliser|racketter|defoncer';
export const WEAPON = 'couteau|couteaux|arme|armes|pistolet|pistolets|revolver|fusil|' +
  'fusils|hache|' +
  'machette|batte|flingue|sabre|cutter|barre de fer|carabine|kalachnikov|kalach|poignard';
export const WEAPON_USE = 'menace|menacent|pointe|braque|brandit|agite|tire|tirent|vise|poursuit|' +
  'court|crie|frappe|attaque|bagarre|tout le monde|devant|dans la rue|blesse';
export const THREAT = 'menace|menacent|braque|pointe|attaque|agresse|poursuit|bagarre|rixe';
export const ABOUT_TO = 'va|veut|vont|veulent|essaie de|essaye de|menace de|vient pour';
/** Who cannot call a number: the SMS 114 is their line, whatever the danger. */
export const CANNOT_HEAR = 'sourd|sourde|sourds|malentendant|malentendante|muet|muette';

export const CHILD = 'enfant|enfants|bebe|bebes|gamin|gamine|gamins|gosse|gosses|petit|petite|' +
  'fils|fille|ado|mineur|mineure|nourrisson|eleve|neveu|niece';
export const PARTNER = 'mari|femme|conjoint|conjointe|copain|copine|compagnon|compagne|ex|' +
  'concubin|petit ami|petite amie|pere|mere|beau pere|frere';

/**
 * Real words one letter from a danger word, that the corpus may not hold: "j'ai failli
 * tomber dans les pommes" must not be read "tombé dans les pommes", nor a hip ("hanche") an
 * axe ("hache"), nor "une mauvaise note" a "malaise".
 */
export const REAL_WORDS = ['tomber', 'tombera', 'tomberai', 'tomberais', 'tomberait', 'noyer',
  'fusee', 'fusees', 'hanche', 'hanches', 'mauvaise', 'mauvaises', 'brulant', 'brulante',
  'bouillant', 'bouillante', 'bruler',
  'traceur', 'traceurs', 'tracker', 'localisateur', 'airtag',
  // "décorations" is two letters from "détonations": stolen Christmas lights read as gunfire
  'decoration', 'decorations'];
