import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Safety-net families for a tourist who writes in English or Spanish: the French rules see
 * no danger word in "my wife is bleeding" or "mi amiga no vuelve de la playa". Each needs a
 * function word of that language, so a French "shot de vodka" or "fire" in a brand name is
 * no alarm. 112 answers in their language, and every number given includes it.
 */

const ENGLISH = rx('',
  '\\b(the|my|is|are|she|we are|we have|we had|i am|im|i think|someone|somebody|please|',
  'there is|a man|a woman|with|where|dont know|cant)\\b',
);
const SPANISH = rx('',
  '\\b(desde|esta|estoy|por favor|hay|horas|mi amiga|mi amigo|mi hijo|mi hija|mi marido|',
  'mi esposa|mi mujer|mi novio|mi novia|mi madre|mi padre|ayudame|ayudenme|perdon|senor|',
  'no se|un hombre|una mujer)\\b',
);

const NOT_NOW_EN = rx('',
  '\\b(yesterday|last (week|year|month|night)|ago|movie|film|series|game|video game|how to|',
  'what number|insurance|report (a|the) theft|lost property|last summer)\\b',
);
const NOT_NOW_ES = /\b(ayer|pelicula|serie|juego|como se|que numero|seguro)\b/;

export const NET_FOREIGN: readonly NetFamily[] = [
  {
    id: 'net-en-violence',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(hit|hits|hitting|beat|beats|beating|beaten|attacked|attacking|attacks|stabbed|',
        'stabbing|punched|punching|assaulted|assaulting|raped|raping|mugged|robbed|robbing|',
        'kidnapped|threatening|threatens|strangling|choking me|following me|followed by|',
        'break in|breaking in|broke in|burglar|burglars|intruder|intruders|gun|guns|knife|',
        'shooting|shot at)\\b',
      ),
    ],
    requires: ENGLISH,
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-en-medical',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(heart attack|stroke|bleeding|bleeds|unconscious|not breathing|cant breathe|',
        'can t breathe|cannot breathe|collapsed|seizure|overdose|choking|passed out|chest pain|',
        'allergic reaction|unresponsive|badly hurt|injured|not moving|fainted|poisoned|fell down|',
        'fell off|broken (leg|arm|neck|back))\\b',
      ),
    ],
    requires: ENGLISH,
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-en-rescue',
    situation: 'road_injury',
    patterns: [
      /\b(car crash|crashed|accident|hit by a car|run over|drowning)\b/,
    ],
    requires: ENGLISH,
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-en-fire',
    situation: 'fire',
    patterns: [/\b(on fire|fire in|house is burning|smoke everywhere|gas leak|smell gas)\b/],
    requires: ENGLISH,
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-en-missing',
    situation: 'missing_child',
    patterns: [
      rx('',
        '\\b(my|our) (son|daughter|child|kid|boy|girl|baby|little one|children|kids)( [a-z0-9]+)',
        '{0,4} (is|are|got|went)? ?(lost|missing|gone)\\b|\\b(lost|cant find|can t find|',
        'cannot find) (my|our) (son|daughter|child|kid|boy|girl|children|kids|wife|husband|',
        'friend|mother|father)\\b',
      ),
    ],
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-en-help',
    situation: 'generic',
    patterns: [/\b(help me|please help|help us|call the police|call an ambulance|kill myself)\b/],
    unless: NOT_NOW_EN,
  },
  {
    id: 'net-es-danger',
    situation: 'missing_person',
    patterns: [
      rx('',
        '\\b(no vuelve|no ha vuelto|no regresa|no ha regresado|no contesta|desaparecido|',
        'desaparecida|perdido|perdida|no lo encuentro|no la encuentro)\\b',
      ),
    ],
    requires: SPANISH,
    unless: NOT_NOW_ES,
  },
  {
    id: 'net-es-body',
    situation: 'medical',
    patterns: [
      rx('',
        '\\b(no respira|sangre|sangrando|herido|herida|infarto|inconsciente|desmayo|',
        'se ahoga|ahogando|accidente)\\b',
      ),
    ],
    requires: SPANISH,
    unless: NOT_NOW_ES,
  },
  {
    id: 'net-es-violence',
    situation: 'violence',
    patterns: [
      rx('',
        '\\b(me pega|la pega|le pega|me golpea|la golpea|me agrede|cuchillo|pistola|me sigue|',
        'ladron|ladrones)\\b',
      ),
    ],
    requires: SPANISH,
    unless: NOT_NOW_ES,
  },
  {
    id: 'net-es-fire',
    situation: 'fire',
    patterns: [/\b(fuego|incendio|humo)\b/],
    requires: SPANISH,
    unless: NOT_NOW_ES,
  },
  {
    id: 'net-es-help',
    situation: 'generic',
    patterns: [/\b(socorro|ayuda|ayudame|ayudenme|auxilio)\b/],
    unless: NOT_NOW_ES,
  },
];
