/**
 * Loads the forms module of `<kb-klantvoorkeuren>` (klantvoorkeuren.forms.ts) on demand, so that the element's first
 * load carries only what shows the preferences: a resident's element starts loading it with its data (the
 * preferences form is part of what it shows when ready), an employee's never does.
 * @module
 */
export type Editing = typeof import('./klantvoorkeuren.forms.js');

let loaded: Editing | undefined;
let loading: Promise<Editing> | undefined;

/** The forms module if it has loaded, else undefined. */
export function editing(): Editing | undefined {
  return loaded;
}

/** Loads the forms module (once for every element of the page; again after a failed load, e.g. offline). */
export function loadEditing(): Promise<Editing> {
  loading ??= import('./klantvoorkeuren.forms.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
