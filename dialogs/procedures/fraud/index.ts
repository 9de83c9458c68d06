import type { Procedure } from '../../types';
import { FraudDependencies, FraudDialog } from './fraud-dialog';

export { FRAUD_DIALOG, FraudDependencies } from './fraud-dialog';

/** faq.bank_fraud and faq.online_scam: urgent gestures, the right channel, the complaint. */
export function fraudProcedure(deps: FraudDependencies): Procedure {
  return { topics: ['faq.bank_fraud', 'faq.online_scam'], dialog: new FraudDialog(deps) };
}
