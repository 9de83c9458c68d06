import type { Activity, Attachment } from 'botbuilder';
import { isBareReply } from '../prompts/bareReply';
import { foldWords } from '../prompts/normalize';
import { Parsed, failed, parsed } from '../prompts/parsed';
import type { AttachmentInfo } from '../../records/types';

export interface EvidenceAnswer {
  text: string;
  attachments: AttachmentInfo[];
}

const NONE = /^(non|aucun|aucune|rien|pas de temoin|personne|non aucun|je n en ai pas)$/;

const MAX_TEXT = 1000;

/** Name, type and (when the channel says it) size: the file itself is never stored here. */
function describe(attachment: Attachment): AttachmentInfo {
  const info: AttachmentInfo = {
    name: (attachment.name ?? 'fichier').slice(0, 200),
    contentType: attachment.contentType.slice(0, 100),
  };
  const content: unknown = attachment.content;
  if (typeof content === 'object' && content !== null && 'size' in content &&
    typeof content.size === 'number') {
    info.size = content.size;
  }
  if (attachment.contentUrl !== undefined && /^https?:/.test(attachment.contentUrl)) {
    info.url = attachment.contentUrl;
  }
  return info;
}

/** Witnesses or evidence: words, files the channel sent, or "non". */
export function parseEvidence(text: string, activity: Partial<Activity>): Parsed<EvidenceAnswer> {
  const attachments = (activity.attachments ?? [])
    .filter((attachment) => !attachment.contentType.startsWith('application/vnd.microsoft'))
    .map(describe);
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEXT) {
    return failed('prompts/errors.text_too_long');
  }
  if (attachments.length > 0) {
    return parsed({ text: trimmed, attachments });
  }
  if (NONE.test(foldWords(trimmed))) {
    return parsed({ text: '', attachments: [] });
  }
  // "oui" says there is some, not what: asked to describe it (t99)
  if (trimmed.length < 2 || isBareReply(trimmed)) {
    return failed('preComplaint/errors.evidence_empty');
  }
  return parsed({ text: trimmed, attachments: [] });
}
