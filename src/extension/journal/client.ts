/** The pages' side of the journal and profiles requests: typed per operation (the message itself carries a union). */
import { sendMessage } from '../messages';
import type { JournalOp, JournalOps } from './service';
import type { ProfilesOp, ProfilesOps } from './profiles';

export function askJournal<K extends JournalOp>(op: K, ...data: Parameters<JournalOps[K]>): Promise<ReturnType<JournalOps[K]>> {
  return sendMessage('journal', { op, data: data[0] } as never) as Promise<ReturnType<JournalOps[K]>>;
}

export function askProfiles<K extends ProfilesOp>(op: K, ...data: Parameters<ProfilesOps[K]>): Promise<ReturnType<ProfilesOps[K]>> {
  return sendMessage('profiles', { op, data: data[0] } as never) as Promise<ReturnType<ProfilesOps[K]>>;
}
