import { defineBackground } from 'wxt/utils/define-background';
import { registerBackground } from '../src/extension/background';

export default defineBackground(() => {
  registerBackground();
});
