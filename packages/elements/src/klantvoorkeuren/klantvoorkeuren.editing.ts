/**
 * The forms module of `<kb-klantvoorkeuren>`, loaded on demand (a chunk of its own in the CDN build): the forms'
 * controller with core's preferences editor (checks, optimistic changes, the writes), their templates and their CSS.
 * Employee mode never loads it.
 * @module
 */
export { VoorkeurenForms } from './klantvoorkeuren.forms.js';
export { adoptFormStyles } from './klantvoorkeuren.forms.styles.js';
