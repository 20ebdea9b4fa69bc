/**
 * Whether a click on a link is a plain left click: the only kind an element may take over (cancel, route inside an
 * app). A middle click or a click with a modifier key opens a new tab or window, which is the resident's to choose.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
