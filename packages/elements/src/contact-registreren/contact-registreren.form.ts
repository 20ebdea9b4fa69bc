/**
 * The form of `<kb-contact-registreren>` as a reactive controller: the working copy, the field errors (the draft's
 * own checks and Open Klant's refusals, both mapped by core), the phase (filling in, saving, saved, failed) and focus
 * management. Saving goes through core's `registerKlantcontact`, which shows the contact in the client's pending
 * contacts at once; a retry continues what an earlier attempt created.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  KLANTCONTACT_MAX_LENGTH,
  KLANTCONTACT_VELDEN,
  registerKlantcontact,
  type FieldProblem,
  type KlantbeeldClient,
  type KlantcontactCreated,
  type KlantcontactDraft,
  type KlantcontactVeld,
  type RegistratieOutcome,
} from '@klantbeeld/core';
import type { FieldErrors } from '../klantvoorkeuren/form-fields.js';
import { emptyForm, FIELD_IDS, type KbContactRegisteredDetail, type RegistratieForm } from './contact-registreren.model.js';
import type { ContactRegistrerenTexts } from './contact-registreren.texts.js';

/** Filling in, saving, saved (the outcome is shown), or failed without field errors (an alert with a retry). */
export type Phase = 'filling' | 'saving' | 'saved' | 'failed';

/** The element the form belongs to. */
export type RegistratieHost = ReactiveControllerHost & {
  readonly client?: KlantbeeldClient | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** What the form reads from its element, and how it reports a registration. */
export interface RegistratieFormOptions {
  readonly texts: () => ContactRegistrerenTexts;
  readonly onRegistered: (detail: KbContactRegisteredDetail) => void;
}

/** The message of a field's problem. */
function problemText(t: ContactRegistrerenTexts, veld: KlantcontactVeld, problem: FieldProblem): string {
  if (problem === 'te-lang') return t.fouten.teLang(KLANTCONTACT_MAX_LENGTH[veld as keyof typeof KLANTCONTACT_MAX_LENGTH]);
  if (problem === 'leeg' && veld in t.fouten.leeg) return t.fouten.leeg[veld as keyof ContactRegistrerenTexts['fouten']['leeg']];
  return t.fouten.ongeldig;
}

export class RegistratieFormController implements ReactiveController {
  form: RegistratieForm = emptyForm();
  errors: FieldErrors = {};
  /** Whether the error summary shows (after a submit with errors). */
  summary = false;
  phase: Phase = 'filling';
  outcome: RegistratieOutcome | undefined;
  /** What an earlier attempt created: a retry writes only the rest. */
  #resume: KlantcontactCreated | undefined;
  #client: KlantbeeldClient | undefined;

  constructor(
    private readonly host: RegistratieHost,
    private readonly options: RegistratieFormOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Another client is another klant: nothing of the previous one's form stays.
    if (this.host.client !== this.#client) {
      this.#client = this.host.client;
      this.#reset();
    }
  }

  #reset(): void {
    this.form = emptyForm();
    this.errors = {};
    this.summary = false;
    this.phase = 'filling';
    this.outcome = undefined;
    this.#resume = undefined;
  }

  /** Changes a field of the working copy; its error goes once it is changed. */
  set<K extends keyof RegistratieForm>(name: K, value: RegistratieForm[K]): void {
    this.form = { ...this.form, [name]: value };
    const key: keyof RegistratieForm = name;
    const veld = key === 'terugbellen' ? undefined : key;
    if (veld && FIELD_IDS[veld] in this.errors) {
      const { [FIELD_IDS[veld]]: _gone, ...rest } = this.errors;
      this.errors = rest;
    }
    this.host.requestUpdate();
  }

  toggleZaak(url: string, chosen: boolean): void {
    this.set('zaken', chosen ? [...this.form.zaken, url] : this.form.zaken.filter((zaak) => zaak !== url));
  }

  get #draft(): KlantcontactDraft {
    const f = this.form;
    return {
      kanaal: f.kanaal,
      onderwerp: f.onderwerp,
      notitie: f.notitie,
      zaken: f.zaken,
      beantwoord: f.beantwoord,
      terugbelverzoek: f.terugbellen ? { actor: f.actor, toelichting: f.toelichting } : undefined,
    };
  }

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Registers the draft (continuing an earlier attempt); shows what came of it and moves focus there. */
  async submit(): Promise<void> {
    const client = this.host.client;
    if (!client || this.phase === 'saving') return;
    this.phase = 'saving';
    this.summary = false;
    this.host.requestUpdate();
    const outcome = await registerKlantcontact(client, this.#draft, this.#resume ? { resume: this.#resume } : {});
    // The klant changed meanwhile: the answer belongs to a form that is gone.
    if (client !== this.host.client) return;
    this.outcome = outcome;
    if (outcome.ok) {
      this.phase = 'saved';
      this.#resume = undefined;
      this.options.onRegistered({ contact: outcome.contact, created: outcome.created });
      await this.#focus('[part~="saved"]');
      return;
    }
    this.#resume = outcome.created.klantcontact ? outcome.created : undefined;
    const t = this.options.texts();
    const errors: FieldErrors = {};
    for (const veld of KLANTCONTACT_VELDEN) {
      const fout = outcome.fields[veld];
      if (fout) errors[FIELD_IDS[veld]] = fout.problem && outcome.failedAt === 'controle' ? problemText(t, veld, fout.problem) : fout.reason;
    }
    this.errors = errors;
    const hasFieldErrors = Object.keys(errors).length > 0;
    this.phase = hasFieldErrors ? 'filling' : 'failed';
    this.summary = hasFieldErrors;
    await this.#focus(hasFieldErrors ? '[part~="error-summary"]' : '[part~="save-error"]');
  }

  readonly retry = (): void => void this.submit();

  /** Starts a new, empty form and moves focus to its first field. */
  readonly another = (): void => {
    this.#reset();
    void this.#focus(`#${FIELD_IDS.kanaal}`);
  };

  /** The error summary's link: focus the field (a fragment link cannot reach inside the shadow root). */
  readonly focusField = (event: Event, id: string): void => {
    event.preventDefault();
    this.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  };

  async #focus(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
