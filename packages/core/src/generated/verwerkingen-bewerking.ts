/**
 * Verwerkingenlogging bewerking API 0.9.0 (the write side the gateway logs to): generated from specs/verwerkingenlogging/openapi-bewerking.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/verwerkingsacties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verwerkingsacties opvragen.
         * @description Door de juiste parameters mee te geven kun je zoeken naar de voor jouw relevante verwerkingsacties.
         */
        get: operations["verwerkingsactie_list"];
        put?: never;
        /**
         * Maak een verwerkingsactie aan.
         * @description Maak een verwerkingsactie aan.
         */
        post: operations["verwerkingsactie_create"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Wijzig de verwerkingsacties gedeeltelijk.
         * @description Wijzigt de bewaartermijn of vertrouwelijkheid van alle verwerkingsacties die in het kader van de opgegeven verwerking gelogd zijn. Om de vertrouwelijkheid te wijzigen zijn `update:confidential` rechten nodig.
         */
        patch: operations["verwerkingsactie_list_patch"];
        trace?: never;
    };
    "/verwerkingsacties/{actieId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificator die de verwerkingsactie uniek identificeert (UUID4). */
                actieId: string;
            };
            cookie?: never;
        };
        /**
         * Een specifieke verwerkingsactie opvragen.
         * @description Een specifieke verwerkingsactie opvragen.
         */
        get: operations["verwerkingsactie_read"];
        /**
         * Wijzig een verwerkingsactie.
         * @description Wijzigt een bestaande verwerkingsactie in het log. Alle informatie over de verwerkingsactie moet opnieuw meegegeven worden, ook de informatie die niet wijzigt.
         */
        put: operations["verwerkingsactie_update"];
        post?: never;
        /**
         * Verwijder een verwerkingsactie.
         * @description De opgegeven verwerkingsactie wordt gemarkeerd als vervallen. Hierdoor zal deze niet meer geretourneerd worden door de inzage-functies van de logging API.
         */
        delete: operations["verwerkingsactie_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Verwerkingsactie
         * @description Een verwerkingsactie is een operatie die wordt uitgevoerd door een geautomatiseerd systeem waarbij er (persoons)gegevens verwerkt worden. Een verwerkingsactie wordt uitgevoerd als onderdeel van (een handeling van) een verwerking.
         */
        Verwerkingsactie: {
            /**
             * URL
             * Format: uri
             * @description URL-referentie naar deze resource. Deze link wordt automatisch aangemaakt.
             * @example https://verwerkingenlogging-bewerking-api.vng.cloud/api/v1/verwerkingsacties/7a22eb38-bca6-463f-9955-54ab040287cb
             */
            readonly url: string;
            /**
             * Actie ID
             * Format: uuid
             * @description Identificator van de verwerkingsactie waar de persoon of het object bij betrokken is. Deze ID wordt automatisch aangemaakt door het log.
             * @example 7a22eb38-bca6-463f-9955-54ab040287cb
             */
            readonly actieId: string;
            /**
             * Actie Naam
             * @description Naam van de verwerkingsactie.
             * @example Zoeken personen
             */
            actieNaam?: string;
            /**
             * Handeling Naam
             * @description Naam van de handeling waar de verwerkingsactie onderdeel van is.
             * @example Intake
             */
            handelingNaam?: string;
            /**
             * Verwerking Naam
             * @description Naam van de verwerking waar de handeling een onderdeel van is.
             * @example Huwelijk
             */
            verwerkingNaam?: string;
            /**
             * Verwerking ID
             * Format: uuid
             * @description Identificator van de verwerking waar de handeling een onderdeel van is.
             * @example 48086bf2-11b7-4603-9526-67d7c3bb6587
             */
            verwerkingId?: string;
            /**
             * Verwerkingsactiviteit ID
             * Format: uuid
             * @description Identificator van de verwerkingsactiviteit die de verwerking rechtvaardigt.
             * @example 5f0bef4c-f66f-4311-84a5-19e8bf359eaf
             */
            verwerkingsactiviteitId?: string;
            /**
             * Verwerkingsactiviteit URL
             * Format: uri
             * @description URL-referentie naar de verwerkingsactiviteit.
             * @example https://verwerkingsactiviteiten-api.vng.cloud/api/v1/verwerkingsactiviteiten/5f0bef4c-f66f-4311-84a5-19e8bf359eaf
             */
            verwerkingsactiviteitUrl?: string;
            /**
             * Vertrouwelijkheid
             * @description Geeft de mate van vertrouwelijkheid van de verwerking aan.
             * @default normaal
             * @example normaal
             * @enum {string}
             */
            vertrouwelijkheid: "normaal" | "vertrouwelijk" | "opgeheven";
            /**
             * Bewaartermijn
             * Format: duration
             * @description Periode waarin de verwerking bewaard moet blijven.
             * @example P10Y
             */
            bewaartermijn?: string;
            /**
             * Uitvoerder
             * @description Organisatie in OIN-formaat die de verwerking uitgevoerd heeft. Voor een beschrijving van het OIN-formaat Zie https://www.logius.nl/diensten/digikoppeling/documentatie in bijlage A van het document ‘Digikoppeling Identificatie en Authenticatie’.
             * @example 00000001821002193000
             */
            uitvoerder?: string;
            /**
             * Systeem
             * @description Het systeem dat de verwerkingsactie heeft uitgevoerd.
             * @example FooBarApp v2.1
             */
            systeem?: string;
            /**
             * Gebruiker
             * Format: identificator
             * @description Identificator van de gebruiker die de verwerkingsactie heeft geïnitieerd.
             * @example 123456789
             */
            gebruiker?: string;
            /**
             * Gegevensbron
             * @description Gegevensbron waarin de bij verwerkingsactie betrokken gegevens zijn opgeslagen.
             * @example FooBar Database Publiekszaken
             */
            gegevensbron?: string;
            /**
             * Soort afnemer ID
             * @description Soort identificator waarmee de afnemer geïdentificeerd wordt.
             * @example OIN
             */
            soortAfnemerId?: string;
            /**
             * Afnemer ID
             * Format: OIN
             * @description Bij levering van gegevens moet hier de identificator opgenomen worden van de organisatie die de gegevens ontvangt. Het attribuut Soort afnemer ID) bepaalt wat voor soort identificator gebruikt wordt om de afnemer te identificeren. Op dit moment kan gekozen worden uit een OIN voor organisaties en een BSN voor natuurlijke personen.
             * @example 00000001821002193000
             */
            afnemerId?: string;
            /**
             * Verwerkingsactiviteit ID Afnemer
             * Format: uuid
             * @description Identificator van de verwerkingsactiviteit aan de kant van de afnemer.
             * @example c5b9f4e7-8c79-41b9-91e2-6268419cb167
             */
            verwerkingsactiviteitIdAfnemer?: string;
            /**
             * Verwerkingsactiviteit URL Afnemer
             * Format: uri
             * @description URL-referentie naar de verwerkingsactiviteit van de afnemer.
             * @example https://www.amsterdam.nl/var/api/v1/verwerkingsactiviteiten/5f0bef4c-f66f-4311-84a5-19e8bf359eaf
             */
            verwerkingsactiviteitUrlAfnemer?: string;
            /**
             * Verwerking ID Afnemer
             * Format: uuid
             * @description Identificator van de verwerking aan de kant van de afnemer.
             * @example 4b698de3-ffba-45e7-8697-a283ec863db2
             */
            verwerkingIdAfnemer?: string;
            /**
             * Tijdstip
             * Format: date-time
             * @description Tijdstip waarop de verwerkingsactie is uitgevoerd.
             * @example 2024-04-05T14:35:42+01:00
             */
            tijdstip: string;
            /**
             * Tijdstip Registratie
             * Format: date-time
             * @description Tijdstip waarop de verwerkingsactie in het log is geregistreerd. Wordt bepaald door het log. Niet door het loggende systeem.
             * @example 2024-04-05T14:35:42+01:00
             */
            readonly tijdstipRegistratie: string;
        };
        /** Verwerkingsactie uitgebreid */
        VerwerkingsactieUitgebreid: components["schemas"]["Verwerkingsactie"] & {
            /** Verwerkte objecten */
            verwerkteObjecten: components["schemas"]["VerwerktObject"][];
        };
        /** Verwerkingsactie uitgebreid */
        VerwerkingsactieUitgebreidBasis: components["schemas"]["Verwerkingsactie"] & {
            /** Verwerkte objecten */
            verwerkteObjecten: components["schemas"]["VerwerktObjectBasis"][];
        };
        Fout: {
            /**
             * Type
             * @description URI referentie naar het type fout, bedoeld voor developers
             */
            type?: string;
            /**
             * Code
             * @description Systeemcode die het type fout aangeeft
             */
            code: string;
            /**
             * Title
             * @description Generieke titel voor het type fout
             */
            title: string;
            /**
             * Status
             * @description De HTTP status code
             */
            status: number;
            /**
             * Detail
             * @description Extra informatie bij de fout, indien beschikbaar
             */
            detail: string;
            /**
             * Instance
             * @description URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld.
             */
            instance: string;
        };
        FieldValidationError: {
            /**
             * Name
             * @description Naam van het veld met ongeldige gegevens
             */
            name: string;
            /**
             * Code
             * @description Systeemcode die het type fout aangeeft
             */
            code: string;
            /**
             * Reason
             * @description Uitleg wat er precies fout is met de gegevens
             */
            reason: string;
        };
        ValidatieFout: {
            /**
             * Type
             * @description URI referentie naar het type fout, bedoeld voor developers
             */
            type?: string;
            /**
             * Code
             * @description Systeemcode die het type fout aangeeft
             */
            code: string;
            /**
             * Title
             * @description Generieke titel voor het type fout
             */
            title: string;
            /**
             * Status
             * @description De HTTP status code
             */
            status: number;
            /**
             * Detail
             * @description Extra informatie bij de fout, indien beschikbaar
             */
            detail: string;
            /**
             * Instance
             * @description URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld.
             */
            instance: string;
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        /**
         * Enumeratie voor vertrouwelijkheid
         * @enum {string}
         */
        VertrouwelijkheidEnum: "normaal" | "vertrouwelijk" | "opgeheven";
        /**
         * Verwerkt object basis
         * @description Een persoon of object betrokken bij de verwerkingsactie.
         */
        VerwerktObjectBasis: {
            /**
             * Objecttype
             * @description Soort object dat bij de verwerkingsactie betrokken is.
             * @enum {string}
             */
            objecttype: "persoon";
            /**
             * Soort object ID
             * @description Soort identificator waarmee het object geïdentificeerd wordt.
             * @example BSN
             */
            soortObjectId: string;
            /**
             * Object ID
             * Format: identificator
             * @description Identificator van het object.
             * @example 1234567
             */
            objectId: string;
            /**
             * Betrokkenheid
             * @description Geeft aan in welke hoedanigheid de persoon of het object betrokken was bij de verwerkingsactie.
             * @example Getuige
             */
            betrokkenheid?: string;
            /** Verwerkte soorten gegevens */
            verwerkteSoortenGegevens?: components["schemas"]["VerwerktSoortGegeven"][];
        };
        /** Verwerkt object */
        VerwerktObject: {
            /**
             * URL
             * Format: uri
             * @description URL-referentie naar deze resource. Deze link wordt automatisch aangemaakt.
             * @example https://verwerkingenlogging-bewerking-api.vng.cloud/api/v1/verwerkte-objecten/5f089abb-7ed1-4714-92d4-1850453eda5d
             */
            url: string;
            /**
             * Verwerkt object ID
             * Format: uuid
             * @description Identificator van het verwerkte object. Deze ID wordt automatisch aangemaakt door het log.
             * @example 5f089abb-7ed1-4714-92d4-1850453eda5d
             */
            verwerktObjectId: string;
        } & components["schemas"]["VerwerktObjectBasis"];
        /**
         * Verwerkt soort gegeven
         * @description Een soort gegeven dat over een persoon of object betrokken bij een verwerkingsactie verwerkt is.
         */
        VerwerktSoortGegeven: {
            /**
             * Soort gegeven
             * @description Soort gegeven dat verwerkt is.
             * @example BSN
             */
            soortGegeven: string;
        };
        /** Wijzig bewaartermijn van Verwerking */
        PatchRequestBody: {
            /**
             * Bewaartermijn
             * Format: duration
             * @description Periode waarin de verwerking bewaard moet blijven.
             * @example P10Y
             */
            bewaartermijn?: string;
            /**
             * Vertrouwelijkheid
             * @description Geeft de mate van vertrouwelijkheid van de verwerking aan.
             * @enum {string}
             */
            vertrouwelijkheid?: "normaal" | "vertrouwelijk" | "opgeheven";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: {
        Verwerkingsactie: {
            content: {
                "application/json": components["schemas"]["Verwerkingsactie"];
            };
        };
        VerwerkingsactieUitgebreid: {
            content: {
                "application/json": components["schemas"]["VerwerkingsactieUitgebreid"];
            };
        };
        VerwerkingsactieUitgebreidBasis: {
            content: {
                "application/json": components["schemas"]["VerwerkingsactieUitgebreidBasis"];
            };
        };
        PatchRequestBody: {
            content: {
                "application/json": components["schemas"]["PatchRequestBody"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    verwerkingsactie_list: {
        parameters: {
            query: {
                /**
                 * @description Soort object dat bij de verwerkingsactie betrokken is.
                 * @example persoon
                 */
                objecttype: "persoon";
                /** @description Soort identificator waarmee het object geïdentificeerd wordt. */
                soortObjectId: string;
                /** @description Identificator van het object. */
                objectId: string;
                /** @description Datum van de verwerkingsactie moet groter of gelijk zijn aan deze datum om teruggegeven te worden. */
                beginDatum?: string;
                /** @description Datum van de verwerkingsactie moet kleiner zijn dan deze datum om teruggegeven te worden. */
                eindDatum?: string;
                /** @description Geeft de mate van vertrouwelijkheid van de verwerking aan. Je kunt meerdere waarden tegelijk opgeven. */
                vertrouwelijkheid?: components["schemas"]["VertrouwelijkheidEnum"][];
                /**
                 * @description Identificator van de verwerkingsactiviteit die de verwerking rechtvaardigt.
                 * @example 5f0bef4c-f66f-4311-84a5-19e8bf359eaf
                 */
                verwerkingsactiviteitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        /** Format: uri */
                        next?: string | null;
                        /** Format: uri */
                        previous?: string | null;
                        results: components["schemas"]["VerwerkingsactieUitgebreid"][];
                    };
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    verwerkingsactie_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VerwerkingsactieUitgebreidBasis"];
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description URL waar de resource leeft. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingsactieUitgebreid"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    verwerkingsactie_list_patch: {
        parameters: {
            query: {
                /**
                 * @description Identificator van de verwerking waar de handeling een onderdeel van is.
                 * @example 48086bf2-11b7-4603-9526-67d7c3bb6587
                 */
                verwerkingId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PatchRequestBody"];
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    verwerkingsactie_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificator die de verwerkingsactie uniek identificeert (UUID4). */
                actieId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingsactieUitgebreid"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Precondition failed */
            412: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    verwerkingsactie_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificator die de verwerkingsactie uniek identificeert (UUID4). */
                actieId: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VerwerkingsactieUitgebreid"];
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerwerkingsactieUitgebreid"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidatieFout"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
    verwerkingsactie_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificator die de verwerkingsactie uniek identificeert (UUID4). */
                actieId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Not Implemented */
            501: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
        };
    };
}
