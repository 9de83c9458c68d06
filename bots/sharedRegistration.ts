import * as registration from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

type Registration = registration.DialogsComponentRegistration;

const Original = registration.DialogsComponentRegistration;
let shared: Registration | undefined;

/** Called with `new` by botbuilder-dialogs: answers the one registration made so far. */
function sharedRegistration(): Registration {
  shared ??= new Original();
  return shared;
}

/**
 * botbuilder-dialogs makes a DialogsComponentRegistration (a service collection with a
 * dependency graph and a dozen factories) in every DialogContext, several per turn, only to
 * register it globally once more; it is read only to build the memory scopes, which
 * RootDialogRunner keeps from the first turn. One instance serves every context instead:
 * 4 % of the assistant's allocations under load. Idempotent.
 */
export function shareDialogsRegistration(): void {
  if (registration.DialogsComponentRegistration !== Original) {
    return;
  }
  Reflect.set(registration, 'DialogsComponentRegistration', sharedRegistration);
}
