import { normalize } from '../../nlu/normalize';
import { createTriage } from '../../nlu/triage';
import { specifyCalm, specifyFirstNumbers } from './triageTable';

/**
 * A relative taken away by burglars or strangers (t44's leftover, in our own words): the
 * burglars gone must not hide the child they took; "emmener" to school, to the doctor, by
 * the firefighters, or long ago, stays calm.
 */
export const TAKEN_AWAY_EXAMPLES: Record<string, string[]> = {
  'net-child-taken-away': ['ils sont partis mais ils ont emmene ma fille'],
  'net-relative-taken-away': ['des hommes cagoules ont embarque mon mari'],
};

const triage = createTriage();
const assess = (text: string) => triage.assess(normalize(text));

describe('triage: a relative taken away now', () => {
  specifyFirstNumbers(assess, [
    ['on a été cambriolés, ils sont repartis mais ils ont emmené mon fils', '17'],
    ['les cambrioleurs ont pris ma fille avec eux !!!', '17'],
    ['des inconnus ont emmené ma petite soeur, elle a 8 ans', '17'],
    ['2 mecs ont embarqué ma fille de force', '17'],
    ['ils lont pris mon bebe ils sont partis en courant', '17'],
    ['des hommes cagoulés ont enlevé mon mari devant la maison', '17'],
    ['un type a emmené de force ma copine, elle hurlait', '17'],
    ['les braqueurs ont pris ma femme en otage et sont partis', '17'],
    ['des types sont repartis en embarquant mon fils', '17'],
  ]);

  specifyCalm(assess, [
    'mon mari a emmené les enfants à l école ce matin',
    'les pompiers ont emmené ma mère à l hôpital, elle va bien',
    'ils ont emmené mon fils au cinéma pour son anniversaire',
    'ils ont pris ma fille en photo sans autorisation, c est legal ?',
    'ils ont pris mon fils dans l équipe de foot',
    'il y a deux ans des inconnus ont emmené mon chien, je l ai jamais revu',
    'les gendarmes ont emmené mon fils en garde à vue, je peux le voir ?',
  ]);
});
