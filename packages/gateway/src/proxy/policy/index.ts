/**
 * The policy module of each API. An API or operation without a rule here is absent.
 * @module
 */
import type { ApiName } from '@klantbeeld/core';
import { besluitenPolicy } from './besluiten.js';
import { brpPolicy } from './brp.js';
import { catalogiPolicy } from './catalogi.js';
import { documentenPolicy } from './documenten.js';
import { klantinteractiesPolicy } from './klantinteracties.js';
import { registratiePolicy } from './klantcontact-registratie.js';
import { objectenPolicy } from './objecten.js';
import { productenPolicy } from './producten.js';
import type { ApiPolicy } from './rule.js';
import { verwerkingenPolicy } from './verwerkingen.js';
import { zakenPolicy } from './zaken.js';

/** Rules per API. */
export const POLICIES: Readonly<Record<ApiName, ApiPolicy>> = {
  zaken: zakenPolicy,
  catalogi: catalogiPolicy,
  documenten: documentenPolicy,
  besluiten: besluitenPolicy,
  // Contact registration is employee mode's (its rules refuse a resident).
  klantinteracties: { ...klantinteractiesPolicy, ...registratiePolicy },
  objecten: objectenPolicy,
  producten: productenPolicy,
  brp: brpPolicy,
  verwerkingen: verwerkingenPolicy,
};
