import { KbProvider } from './provider.element.js';

KbProvider.define('kb-provider');

export { KbProvider };

declare global {
  interface HTMLElementTagNameMap {
    'kb-provider': KbProvider;
  }
}
