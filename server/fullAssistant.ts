import { createAssistant } from '../bots';
import { BOT_STATE } from '../bots/stateExpiry';
import { createPreComplaintProcedure } from '../dialogs/preComplaint';
import { PRE_COMPLAINT_DIALOG } from '../dialogs/preComplaint/ids';
import { contactUnitProcedure } from '../dialogs/procedures/contact-unit';
import { fraudProcedure } from '../dialogs/procedures/fraud';
import {
  OTV_REQUESTS, OtvStore, otvProcedure, registerOtvRoutes,
} from '../dialogs/procedures/otv';
import type { OtvRequest } from '../dialogs/procedures/otv/types';
import { papersProcedure } from '../dialogs/procedures/papers';
import { violenceProcedure } from '../dialogs/procedures/violence';
import { loadPostcodeDirectory } from '../geo/postcodes';
import { loadUnitDirectory, unitsFile } from '../geo/units';
import { createHandoff } from '../handoff';
import {
  createUnansweredLog, UNANSWERED_DAYS, UNANSWERED_TEXTS, type UnansweredDay,
  type UnansweredText,
} from '../nlu/unanswered';
import { registerRecordRoutes } from '../records/routes';
import { PRE_COMPLAINTS, PreComplaintStore } from '../records/store';
import type { PreComplaintRecord } from '../records/types';
import type { BotStateDocument } from '../storage/botStorage';
import type { AssistantFactory } from './compose';
import { loadRecognizer } from './loadRecognizer';

/**
 * The real assistant with every part around it: content, the handoff to gendarmes (its
 * gate, transcript middleware, agent API, console and socket), the guided procedures and
 * their stores and gendarme APIs. Which recogniser runs is chosen here.
 */
export const createFullAssistant: AssistantFactory = async (
  { config, database, proactive, content, cluster, messages },
) => {
  const understanding = loadRecognizer({ threaded: config.nluThread,
    messageTimeoutMs: config.nluMessageTimeoutMs });
  const postcodes = loadPostcodeDirectory();
  const handoff = createHandoff({ database, sender: proactive, content, sharing: cluster,
    messages });
  const otv = new OtvStore(database.collection<OtvRequest>(OTV_REQUESTS));
  const preComplaints = new PreComplaintStore(
    database.collection<PreComplaintRecord>(PRE_COMPLAINTS));
  // records signed by an earlier version were kept with no purge date: give them one
  await preComplaints.dateUndatedSigned();

  const nextStep = { preComplaintDialogId: PRE_COMPLAINT_DIALOG };
  const units = loadUnitDirectory(unitsFile(config.dataDir));
  const procedures = [
    createPreComplaintProcedure({ content, directory: postcodes, store: preComplaints }),
    contactUnitProcedure({ content, postcodes, units }),
    otvProcedure({ content, postcodes, store: otv }),
    papersProcedure({ content, ...nextStep }),
    fraudProcedure({ content, ...nextStep }),
    violenceProcedure({ content, ...nextStep }),
  ];

  const assistant = await createAssistant({
    storage: database.botStorage,
    stateExpiry: { documents: database.collection<BotStateDocument>(BOT_STATE) },
    recognizer: understanding.recognizer,
    content,
    gate: handoff.gate,
    procedures,
    unanswered: createUnansweredLog(
      database.collection<UnansweredDay>(UNANSWERED_DAYS),
      database.collection<UnansweredText>(UNANSWERED_TEXTS),
    ),
  });

  const { authenticator } = handoff;
  return {
    ...assistant,
    ready: () => understanding.loaded() && assistant.ready(),
    problem: () => understanding.problem(),
    // a message no turn got through after a restart: a gendarme reads the conversation
    handOverUnread: (context) => handoff.gate.request(context, 'not_understood', 'normal', {
      collected: {
        [content.render('handoff/unread.label')]: content.render('handoff/unread.note'),
      },
    }),
    middleware: [...assistant.middleware, handoff.middleware],
    mounts: [
      (server) => handoff.registerRoutes(server),
      (server) => registerOtvRoutes(server, { store: otv, authenticator }),
      (server) => registerRecordRoutes(server, { store: preComplaints, authenticator }),
    ],
    upgrades: [(request, socket, head) => handoff.socket.handleUpgrade(request, socket, head)],
    close: async () => {
      assistant.close();
      await Promise.all([handoff.close(), understanding.close()]);
    },
  };
};
