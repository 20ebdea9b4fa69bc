import { KbStatusTracker } from './status-tracker.element.js';

KbStatusTracker.define('kb-status-tracker');

export { KbStatusTracker };

declare global {
  interface HTMLElementTagNameMap {
    'kb-status-tracker': KbStatusTracker;
  }
}
