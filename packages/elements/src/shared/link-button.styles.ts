import { css } from 'lit';

/**
 * Declarations (to put inside a rule) that make an NL DS button read as a link in every theme: some themes fill even
 * subtle buttons (Den Haag: green), which made case titles and downloads look like calls to action. The
 * `--_utrecht-button-hint-*` properties win over the button's appearance in every state (hover, focus, active); no
 * inline padding or border, so that the text lines up with the content under it; start-aligned, also when it wraps
 * (a button centres its text). The button keeps its 44 px target height.
 */
export const linkButtonDeclarations = css`
  --_utrecht-button-hint-background-color: transparent;
  --_utrecht-button-hint-border-color: transparent;
  --_utrecht-button-hint-color: var(--utrecht-link-color, LinkText);
  --_utrecht-button-hint-hover-color: var(--utrecht-link-hover-color, var(--utrecht-link-color, LinkText));
  border-inline-width: 0;
  justify-content: start;
  max-inline-size: 100%;
  padding-inline: 0;
  text-align: start;
  text-decoration-line: underline;
  text-underline-offset: var(--utrecht-link-text-underline-offset, 0.2em);
`;
