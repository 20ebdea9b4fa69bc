/**
 * The dev stack's employee mode (issue 14): the `kcc` and `sociaal-domein` doelbinding profiles the demo
 * and the tests rely on (ids as in the contract), and the roles of the development IdP's test employees.
 * @module
 */
import { DEFAULT_BRP_FIELDS } from '../proxy/proxy.js';
import { DEV_STAFF_ROLES } from './staff-users.js';

/** Social-domain zaaktypen (Participatiewet, schuldhulpverlening): never for the KCC, only for the social domain. */
export const SOCIAL_DOMAIN_ZAAKTYPEN = ['ZT-TOZO-LO', 'ZT-SHV-AANMELDING'] as const;

const register = (id: string) => ({ id, url: `https://register.voorbeeldstad.example/api/v1/verwerkingsactiviteiten/${id}` });

/** The `employee` section of the dev stack. */
export const DEV_EMPLOYEE = {
  profiles: {
    kcc: {
      label: { nl: 'Klantcontactcentrum', en: 'Customer contact centre' },
      purposes: [
        { id: 'telefoon', label: { nl: 'Vraag van de klant aan de telefoon', en: 'Question from the klant on the phone' } },
        { id: 'balie', label: { nl: 'Vraag van de klant aan de balie', en: 'Question from the klant at the desk' } },
        { id: 'terugbellen', label: { nl: 'Terugbelverzoek afhandelen', en: 'Handling a call-back request' } },
      ],
      searchBy: ['bsn', 'naam', 'kvk', 'email', 'telefoon'],
      verwerkingsactiviteit: register('7c1e5a9b-2d4f-4e8a-9b3c-5f6a7d8e9f01'),
      grondslag: 'Algemene wet bestuursrecht (dienstverlening)',
      maxVertrouwelijkheid: { zaken: 'zaakvertrouwelijk', documenten: 'openbaar' },
      access: { zaken: 'read', catalogi: 'read', klantinteracties: 'write', objecten: 'read', producten: 'read', brp: 'read' },
      zaaktypen: { exclude: [...SOCIAL_DOMAIN_ZAAKTYPEN] },
      // Name and address only: who the klant is and where they live, nothing more of the BRP.
      brpFields: ['naam', 'adressering', 'verblijfplaats'],
    },
    'sociaal-domein': {
      label: { nl: 'Sociaal domein', en: 'Social domain' },
      purposes: [{ id: 'behandeling-aanvraag', label: { nl: 'Behandeling van een aanvraag', en: 'Handling an application' } }],
      searchBy: ['bsn', 'naam'],
      verwerkingsactiviteit: register('8d2f6b0c-3e5a-4f9b-8c4d-6a7b8e9f0a12'),
      grondslag: 'Participatiewet art. 7',
      maxVertrouwelijkheid: { zaken: 'vertrouwelijk', documenten: 'vertrouwelijk' },
      access: { zaken: 'read', documenten: 'read', besluiten: 'read', catalogi: 'read', brp: 'read', klantinteracties: 'read' },
      zaaktypen: { include: [...SOCIAL_DOMAIN_ZAAKTYPEN] },
      brpFields: [...DEFAULT_BRP_FIELDS],
    },
  },
  roleProfiles: { [DEV_STAFF_ROLES.kcc]: ['kcc'], [DEV_STAFF_ROLES.sociaal]: ['sociaal-domein'] },
};
