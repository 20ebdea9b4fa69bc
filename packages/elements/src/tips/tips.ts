import { KbTips } from './tips.element.js';

KbTips.define('kb-tips');

export { KbTips };

declare global {
  interface HTMLElementTagNameMap {
    'kb-tips': KbTips;
  }
}
