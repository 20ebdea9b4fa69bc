import '../status-tracker/status-tracker.js';
import { KbZaakDetail } from './zaak-detail.element.js';

KbZaakDetail.define('kb-zaak-detail');

export { KbZaakDetail };

declare global {
  interface HTMLElementTagNameMap {
    'kb-zaak-detail': KbZaakDetail;
  }
}
