import { css } from 'lit';

/** The provider lays out only its children; its outage alert (when there is one) stands above them with room below. */
export const styles = css`
  :host {
    display: contents;
  }
  :host([hidden]) {
    display: none;
  }
  .kb-provider__outage:not(:empty) {
    margin-block-end: var(--kb-space-block, 1rem);
  }
`;
