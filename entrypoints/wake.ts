import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../src/extension/messages';

/**
 * The first thing on a job page (listed in the manifest at document_start by wxt.config.ts):
 * tell the background, so a stopped service worker starts and warms up while the page loads, not
 * once the ad has been read. Nothing touches the page; the content script proper still reads at
 * document_idle.
 */
export default defineUnlistedScript(() => {
  void sendMessage('wake').catch(() => undefined);
});
