import type { Procedure } from '../../types';
import { ContactUnitDependencies, ContactUnitDialog } from './contact-unit-dialog';

export { CONTACT_UNIT_DIALOG, ContactUnitDependencies } from './contact-unit-dialog';

/** faq.contact_unit: the closest gendarmerie units, from a postcode, commune or location. */
export function contactUnitProcedure(deps: ContactUnitDependencies): Procedure {
  return { topics: ['faq.contact_unit'], dialog: new ContactUnitDialog(deps) };
}
