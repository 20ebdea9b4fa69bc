import { css } from 'lit';

/**
 * Keeps a host page's global CSS out of the elements. Selectors never cross the shadow boundary, but inherited
 * properties do, through the host element that a page rule such as `* { font-size: 40px !important }` matches. An
 * `!important` declaration of a shadow tree's `:host` wins over the page's `!important`, so the typography that the
 * elements inherit is set here: from the NL Design System document tokens where they exist (with the page's value as
 * the fallback, so an unthemed page still sets the font), and to the initial value for the rest. Theme through
 * tokens (custom properties inherit and are untouched here), not by styling `kb-*` hosts. Writing direction
 * (`dir`) and the root font size (`rem`, the user's text size) deliberately still come from the page.
 */
export const hostResetStyles = css`
  :host {
    box-sizing: border-box !important;
    color: var(--utrecht-document-color, inherit) !important;
    cursor: auto !important;
    font-family: var(--utrecht-document-font-family, inherit) !important;
    font-size: var(--utrecht-document-font-size, inherit) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: var(--utrecht-document-font-weight, 400) !important;
    letter-spacing: normal !important;
    line-height: var(--utrecht-document-line-height, inherit) !important;
    list-style: disc outside none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    text-transform: none !important;
    white-space: normal !important;
    word-spacing: normal !important;
  }
`;
