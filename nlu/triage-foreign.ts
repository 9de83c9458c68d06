import { gatedTest } from './regex-gate';
import type { EmergencyAssessment } from './types';
import type { Situation } from './triage-words';
import { MORE_CALM, MORE_DANGER, MORE_NOW, WRITES_ONLY } from './triage-foreign-more';
import { foreignTheftDone } from './triage-foreign-theft';
import { thanksForHelpOnly } from './triage-calm-round-t95';

/**
 * Tourists in danger write in English, sometimes Spanish, German or Italian: "my wife is
 * bleeding", "fire in the camping", "mi hijo se ha perdido". The French rules read none of
 * it. This family reads clear danger in those languages and answers 112 first (it works
 * from any phone, in their language), then the French service of the situation.
 * Patterns run on normalize()d text: "can't" arrives as "can tu", "there's" as "there se".
 */
type ForeignSituation = Extract<Situation,
  'violence' | 'fire' | 'road_injury' | 'medical' | 'sea' | 'drowning' | 'missing_child' |
  'missing_person' | 'generic' | 'suicide' | 'child_neglect'>;

/** 112 first, then the French service; the most pressing situation first. */
const FOREIGN_NUMBERS: ReadonlyArray<readonly [ForeignSituation, readonly string[]]> = [
  ['violence', ['112', '17']],
  ['suicide', ['112', '3114', '15']],
  ['fire', ['112', '18']],
  ['road_injury', ['112', '18', '15']],
  ['drowning', ['112', '18', '15']],
  ['sea', ['112', '196']],
  ['medical', ['112', '15']],
  ['child_neglect', ['112', '119', '17']],
  ['missing_child', ['112', '17']],
  ['missing_person', ['112', '17']],
  ['generic', ['112', '17']],
];

/** "not", and the contractions as normalize() leaves them ("doesn t" becomes "doesn tu"). */
const NOT = '(not|no|never|cannot|cant|dont|doesnt|isnt|wont|didnt|nicht|non|' +
  '(can|don|doesn|isn|won|didn|aren|wasn|couldn|hasn|haven) (t|tu))';
const KIN = '(wife|husband|son|daughter|child|kid|kids|baby|boy|girl|mother|mom|mum|father|dad|' +
  'friend|girlfriend|boyfriend|brother|sister|grandma|grandpa|grandmother|grandfather|' +
  'man|woman|guy|lady|person|someone|somebody|he|she)';
const KIN_ES_DE_IT = '(amigo|amiga|marido|mujer|esposa|esposo|hijo|hija|novio|novia|hermano|' +
  'hermana|padre|madre|abuelo|abuela|mann|frau|sohn|tochter|freund|freundin|vater|mutter|' +
  'bruder|schwester|marito|moglie|figlio|figlia|amico|amica|ragazzo|ragazza|fratello|sorella)';
const YOUNG = '((little|young|small) )?(son|daughter|child|kid|boy|girl|one|toddler)';

const DANGER: ReadonlyArray<readonly [ForeignSituation, RegExp]> = [
  ['violence', new RegExp('\\b(hit|hits|hitting|beat|beats|beating|punch|punched|punching|' +
    'kick|kicked|kicking|attack|attacked|attacking|stab|stabbed|strangling|choking) ' +
    `((me|him|her|us|them|people)\\b(?! out)|(my|our) ${KIN}\\b|` +
    '(a|an|the|this|that) (woman|man|girl|boy|child|kid|person|guy|lady|old man)\\b)')],
  ['violence', new RegExp('\\b(he|she|they|man|guy|someone) (has|have|got|with) (a )?' +
    '(knife|gun|weapon|pistol)\\b|\\b(going to|gonna|want to|wants to|trying to|will) ' +
    '(kill|hurt|rape) (me|us|her|him)\\b|\\b((is|are|se|re) breaking in|trying to break in|' +
    'breaking into (my|our|the))\\b|\\bbeing (robbed|attacked|followed)\\b|' +
    // "my friend got stabbed": the wound told by its passive, no one named after it
    '\\b(got|been|was|were|is|just) (stabbed|shot|knifed)\\b|' +
    '\\b(broke|broken) (in|into)\\b(?=.*\\b(right now|just now|still (here|there|inside)|' +
    '(is|are) (here|there|inside)|minutes ago)\\b)|' +
    '\\b(thief|burglar|intruder|robber|stranger|he|they) (is |are |se |re )?(still )?' +
    '(inside|in (my|our|the) (house|room|flat|home|tent|caravan))\\b')],
  ['violence', new RegExp('\\b(me|la|lo|nos) (pega|pegan|ataca|atacan|quiere matar)\\b|' +
    '\\b(schlagt|schlaegt|bedroht|angreift) (mich|meine|meinen|uns)\\b|' +
    '\\bmi (picchia|aggredisce|vuole uccidere)\\b|\\b(cuchillo|messer|coltello)\\b|' +
    // the Italian present under way: "mi stanno aggredendo"
    '\\b(mi|ci) (sta|stanno) (aggredendo|picchiando|attaccando|inseguendo|seguendo|' +
    'minacciando|derubando)\\b|' +
    '\\b(me|nos) (sigue|siguen|persigue|persiguen)\\b|\\b(verfolgt|folgt) (mich|uns)\\b|' +
    '\\bmi (segue|seguono|insegue)\\b')],
  ['fire', new RegExp('\\b(there (is|se) a fire|fire in|fire at|fire near|big fire|' +
    '(house|car|tent|forest|building|flat|kitchen|caravan|hotel|room|is|are|se) (on fire|' +
    'burning)|smoke everywhere|gas leak|smell(s)? (of )?gas|incendio|fuego en|hay fuego|' +
    'es brennt|feuer (im|in|auf)|brucia|c e un incendio)\\b')],
  ['road_injury', new RegExp('\\b(car|road|motorbike|bike|bus) (crash|accident)|' +
    '\\b(had|have|there is|there was) (an|a bad|a serious) accident\\b.{0,60}' +
    '\\b(injured|hurt|bleeding|wounded)\\b|' +
    '\\b(crashed|hit by a car|run over)\\b|\\b(accidente|unfall|incidente) ' +
    '(de|con|mit|auf|in|sulla|stradale)\\b')],
  ['drowning', new RegExp('\\b(drowning|is drowning|se ahoga|se esta ahogando|ertrinkt|' +
    'annega|sta annegando)\\b')],
  ['sea', new RegExp('\\b(boat|ship|yacht|sailboat|kayak|paddle|jet ski|dinghy) (is )?' +
    '(sinking|capsized|drifting|adrift)\\b|\\b(swept|drifting|pulled) (out )?(to sea|' +
    'away from (the )?(shore|beach))\\b|\\b(barco se hunde|a la deriva|boot sinkt|' +
    'abgetrieben|barca affonda|alla deriva)\\b')],
  ['medical', new RegExp('\\b(bleeding|heart attack|stroke|unconscious|passed out|fainted|' +
    'collapsed|seizure|chest pain|allergic reaction|anaphylactic|not breathing|' +
    'sangra|sangrando|ataque al corazon|infarto|se desmayo|herzinfarkt|' +
    'blutet|bewusstlos|ohnmachtig|schlaganfall|atmet nicht|sanguina|attacco di cuore|' +
    'svenuto|svenuta|incosciente|privo di sensi|no respira|non respira|no (se )?despierta|' +
    'no reacciona|nao acorda|nao reage|nao respira|desmaiou|desmayado|desmayada|' +
    '(wont|won t|will not|cant|can t|doesnt|doesn t|does not) wake( up)?|' +
    'sobredosis|(se tomo|ha tomado|se ha tomado|tomou|took|has taken|swallowed) (muchas|' +
    'todas (las|sus|mis)|a lot of|lots of|too many|all (the|his|her|my)|muitos|todos os) ' +
    '(pastillas|pills|comprimidos|medicamentos|medicines|remedios))\\b')],
  ['medical', new RegExp(`\\b${KIN} (is |se |does |do )?${NOT} (breath|breathe|breathing|` +
    'move|moving|wake up|waking up|respond|responding)\\b(?! to)|\\b(on|in) (the )?floor ' +
    '(and )?(not|no) (move|moving|respond)\\b')],
  ['missing_child', new RegExp(`\\b(my|our) ${YOUNG} (is|se|has|have|got|went) ` +
    `(lost|missing|gone|disappeared)\\b|\\b(lost|find) (my|our) ${YOUNG}\\b(?! se\\b)|` +
    '\\b(mi|mio|mia|mein|meine) (hijo|hija|nino|nina|sohn|tochter|kind|figlio|figlia|' +
    'bambino|bambina) (se ha perdido|esta perdido|esta perdida|ha desaparecido|ist weg|' +
    'ist verschwunden|e sparito|e sparita|e scomparso|e scomparsa)\\b')],
  ['missing_person', new RegExp(`\\b${KIN} (has |have |did )?${NOT} (come|came) back\\b|` +
    `\\b(mi|mis|mein|meine|mio|mia) ${KIN_ES_DE_IT} (esta|ha) desaparecid[oa]\\b|` +
    `\\b(mi|mis|mein|meine|mio|mia) ${KIN_ES_DE_IT}\\b.{0,40}\\b(no (ha )?(vuelve|vuelto|` +
    'regresa|regresado)|nicht (zuruckgekommen|zuruck)|non e (tornato|tornata|rientrato|' +
    'rientrata))\\b')],
  ['generic', new RegExp('\\b(please help|help us|help me|ayuda|socorro|auxilio|hilfe|' +
    'aiuto|soccorso|call (an|the) (ambulance|police)|i am in danger|i m in danger|' +
    '(it|this) (is|se|s) an emergency)\\b')],
];

/**
 * Questions, the past, a rule or an "if": "where is the police station", "what number if
 * there is a fire", "I had a car accident last week, the insurance wants a report".
 */
// "what number do I call here? my son is bleeding" asks while it happens: not calm
const CALM = new RegExp('^(where|how|what(?! number)|when|which(?! number)|can i|can we|' +
  'could i|is it|are we|do i|do we|should i|donde|como|que hago|wo ist|wie|was muss|dove|' +
  'come)\\b|\\b(if (there|someone|somebody|a|an|my|i|we|you|he|she|they)|in case of|' +
  '(?<!since )yesterday|last (week|month|year|night)|(days|weeks|months|years) ago|' +
  'report for (the )?insurance|(?<!desde )ayer|gestern|ieri|fire station|' +
  'fire extinguisher|firework|' +
  'campfire|movie|film|series|tv show|video game|in the game|novel|book|dream)\\b');

/** "help" as a verb with its object: a request for the form, not a cry for help. */
const HELP_WITH = new RegExp('\\b(help|helps) (me |us )?(to |with |for )?(find|fill|' +
  'write|understand|get|make|report|translate|choose|book|with|for)\\b|\\bneed (some )?help ' +
  '(with|for|to)\\b');

/** A question, the past or an "if" in a foreign language: no danger told as under way. */
export function foreignQuestion(normalized: string): boolean {
  return gatedTest(CALM, normalized) || foreignTheftDone(normalized) ||
    (gatedTest(MORE_CALM, normalized) && !gatedTest(MORE_NOW, normalized));
}

export function foreignSituation(normalized: string): ForeignSituation | undefined {
  if (foreignQuestion(normalized)) {
    return undefined;
  }
  const found = new Set([...DANGER, ...MORE_DANGER]
    .filter(([, pattern]) => gatedTest(pattern, normalized))
    .map(([situation]) => situation));
  const first = FOREIGN_NUMBERS.find(([situation]) => found.has(situation));
  return first?.[0];
}

/**
 * The French rules' answer, or the foreign family's: the latter when the rules found nothing
 * or only a call for help ("help, my wife is bleeding": the SAMU, not the police). A danger
 * the rules name keeps their answer, 112 within it ("overdose", "incendio" read as French);
 * so does a bare "help". "help me find the form" is no danger.
 */
export function withForeignDanger(rules: EmergencyAssessment, normalized: string):
  EmergencyAssessment {
  const situation = foreignSituation(normalized);
  const rulesOnlyCall = !rules.detected || rules.situation === 'generic';
  const onlyCall = situation === undefined || situation === 'generic';
  if (rulesOnlyCall && onlyCall &&
    (gatedTest(HELP_WITH, normalized) || foreignTheftDone(normalized) ||
      thanksForHelpOnly(normalized))) {
    return { detected: false, numbers: [] };
  }

  if (situation === undefined || !rulesOnlyCall || (rules.detected && situation === 'generic')) {
    return rules;
  }

  const numbers = FOREIGN_NUMBERS.find(([kind]) => kind === situation)?.[1] ?? ['112'];
  // who can only write: the SMS 114 first, hiding from a person as in French
  if (gatedTest(WRITES_ONLY, normalized)) {
    const written = situation === 'violence' ? ['114', '17', '112'] : ['114', ...numbers];
    return { detected: true, numbers: written, situation };
  }
  return { detected: true, numbers: [...numbers], situation };
}
