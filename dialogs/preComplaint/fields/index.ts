import type { FormField } from '../form';
import { closingFields } from './closing';
import { eligibilityFields } from './eligibility';
import { factFields } from './facts';
import { identityFields } from './identity';

/** Every question of the pré-plainte, in the order they are asked. */
export const PRE_COMPLAINT_FIELDS: readonly FormField[] = [
  ...eligibilityFields, ...factFields, ...identityFields, ...closingFields,
];
