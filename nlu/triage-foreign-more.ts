/**
 * More of the foreign family's words, by language: Spanish, Portuguese, English and Arabic
 * written in Latin letters. Core danger words and phrases, not sentences; and the calm
 * side: a habit, an abuser away at work, a question about a noisy neighbour.
 */
export type MoreSituation = 'suicide' | 'child_neglect' | 'road_injury' | 'violence' |
  'missing_child' | 'generic';

const KID_ES_PT = '(hijo|hija|nino|nina|bebe|nene|nena|filho|filha|menino|menina|crianca)';

export const MORE_DANGER: ReadonlyArray<readonly [MoreSituation, RegExp]> = [
  ['suicide', new RegExp('\\b(no quiero (vivir|seguir viviendo)|ya no quiero vivir|quiero ' +
    'morir(me)?(?! de)|me voy a (matar|suicidar|quitar la vida)|voy a (suicidarme|matarme|' +
    'quitarme la vida)|acabar con mi vida|quero morrer(?! de)|vou me matar|vou (me suicidar|' +
    'suicidar me)|nao quero mais viver|acabar com a minha vida|i (want|wanna) (to )?die' +
    '(?! (of|laughing|from))|(kill|killing) myself|end (my life|it all)|' +
    '(dont|don t|don tu|do not) ' +
    'want to live|bghit nmout|baghi nmout|bghit nmot|nebghi nmout|n9tel rassi|nqtel rassi)\\b')],
  ['child_neglect', new RegExp('\\bbaby( [a-z]+){0,3} (is )?(crying|alone)\\b' +
    '.{0,60}\\b(alone|since|for ' +
    '(two|three|\\d+|many) (days|hours)|nobody)\\b|\\b(children|kids) (are )?(alone|left ' +
    'alone)\\b.{0,60}\\b(days|no food|hungry)\\b|\\b(bebe|ninos|nenes|criancas|bebes) ' +
    '(esta |estan |esta |estao )?(solo|sola|solos|solas|sozinho|sozinha|sozinhos|sozinhas)' +
    '\\b|\\bbebe (llora|chora)\\b.{0,40}\\b(dias|horas|solo|sozinho)\\b')],
  ['road_injury', new RegExp('\\b(accidente|acidente) (de )?(moto|coche|carro|auto|bici)|' +
    '\\b(mucha sangre|muito sangue|much blood|lot of blood|en el suelo|no chao|atropellad[oa]|' +
    'atropelad[oa]|bike accident|motorbike accident|motorcycle accident)\\b')],
  ['violence', new RegExp('\\b(man|guy|someone|he|she|they|men|guys) (is |are )?(standing |' +
    'waiting )?(here |there |outside |inside |in the [a-z]+ )?with (a|his|her) (knife|gun|' +
    'machete|weapon|pistol|axe)\\b|\\b(a|an) (man|guy) with a (knife|gun|machete)\\b|' +
    '\\b(outside|at|in front of) (my|our|the) (door|window)\\b.{0,30}\\b(knife|gun|weapon|' +
    'screaming|threat)|\\b(faca|facao|navalha|pistola)\\b|\\b(me|nos) (bate|batem|ataca|' +
    'atacam|quer matar)\\b')],
  ['missing_child', new RegExp(`\\b(perdi|perdimos|no encuentro|nao encontro|nao acho) ` +
    `(a |au |a mi |mi |meu |au meu |minha |a minha )?${KID_ES_PT}\\b|\\b(no (lo|la) ` +
    'encuentro|nao (au|a) encontro)\\b.{0,40}\\b(minutos|minutes|horas)\\b')],
  ['generic', new RegExp('\\b(3awnouni|aawnouni|3tqouni|atqouni|ajuda|socorro|me ajudem)\\b')],
];

/** Only able to write, in English, Spanish or Portuguese: the SMS 114 first. */
export const WRITES_ONLY = new RegExp('\\b(sms only|text only|(i )?(cant|can t|cannot|can not) ' +
  '(talk|speak|call)|i am deaf|i m deaf|no puedo hablar|soy sordo|soy sorda|nao posso falar|' +
  'sou surdo|sou surda)\\b');

/**
 * Calm in those languages: the abuser at work now, a habit, a question about what one may
 * do; none of it when the message says it happens now.
 */
export const MORE_CALM = new RegExp('\\b(hoy esta en el trabajo|esta en el trabajo|esta no ' +
  'trabalho|he is at work|he s at work|cuando bebe|quando bebe|when he drinks|cada noche|' +
  'todas las noches|todos los dias|todas as noites|todos os dias|every night|every day|' +
  'cada dia|cada manana|every morning|todas las mananas|todas as manhas|' +
  'a veces|as vezes|sometimes|semana pasada|mes pasado|ano pasado|semana passada|' +
  'mes passado|ontem|puedo (llamar|denunciar|hacer)|se puede (llamar|denunciar)|' +
  'posso (chamar|ligar|fazer)|can i (call|report|complain))\\b');
export const MORE_NOW = new RegExp('\\b(ahora|ahora mismo|en este momento|agora|right now|' +
  '(?<!(at work|at the office) )now|ya viene|is coming)\\b');
