/**
 * Notificaties API 1.0.0 (abonnementen, kanalen, publiceren): generated from specs/notificaties/openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/abonnement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Alle ABONNEMENTen opvragen. */
        get: operations["abonnement_list"];
        put?: never;
        /** @description Maak een ABONNEMENT aan. */
        post: operations["abonnement_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnement/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
            };
            cookie?: never;
        };
        /** @description Een specifiek ABONNEMENT opvragen. */
        get: operations["abonnement_read"];
        /** @description Werk een ABONNEMENT in zijn geheel bij. */
        put: operations["abonnement_update"];
        post?: never;
        /** @description Verwijder een ABONNEMENT. */
        delete: operations["abonnement_delete"];
        options?: never;
        head?: never;
        /** @description Werk een ABONNEMENT deels bij. */
        patch: operations["abonnement_partial_update"];
        trace?: never;
    };
    "/kanaal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Alle KANAALen opvragen. */
        get: operations["kanaal_list"];
        put?: never;
        /** @description Maak een KANAAL aan. */
        post: operations["kanaal_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kanaal/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
            };
            cookie?: never;
        };
        /** @description Een specifiek KANAAL opvragen. */
        get: operations["kanaal_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notificaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Publiceer een notificatie. */
        post: operations["notificaties_create"];
        delete?: never;
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
         * kanalen
         * @description Een lijst van kanalen en filters waarop het ABONNEMENT wordt afgenomen.
         */
        FilterGroup: {
            /**
             * Filters
             * @description Map van kenmerken (sleutel/waarde) waarop notificaties gefilterd worden. Alleen notificaties waarvan de kenmerken voldoen aan het filter worden doorgestuurd naar de afnemer van het ABONNEMENT.
             */
            filters?: {
                [key: string]: string;
            };
            /**
             * Naam
             * @description De naam van het KANAAL (`KANAAL.naam`) waarop een abonnement is of wordt genomen.
             */
            naam: string;
        };
        Abonnement: {
            /**
             * Url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url?: string;
            /**
             * Callback URL
             * Format: uri
             * @description De URL waar notificaties naar toe gestuurd dienen te worden. Deze URL dient uit te komen bij een API die geschikt is om notificaties op te ontvangen.
             */
            callbackUrl: string;
            /**
             * Autorisatie header
             * @description Autorisatie header invulling voor het vesturen naar de "Callback URL". Voorbeeld: Bearer a4daa31...
             */
            auth: string;
            /** @description Een lijst van kanalen en filters waarop het ABONNEMENT wordt afgenomen. */
            kanalen: components["schemas"]["FilterGroup"][];
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
        Kanaal: {
            /**
             * Url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url?: string;
            /**
             * Naam
             * @description Naam van het KANAAL (ook wel "Exchange" genoemd) dat de bron vertegenwoordigd.
             */
            naam: string;
            /**
             * Documentatie link
             * Format: uri
             * @description URL naar documentatie.
             */
            documentatieLink?: string;
            /** @description Lijst van mogelijke filter kenmerken van een KANAAL. Deze filter kenmerken kunnen worden gebruikt bij het aanmaken van een ABONNEMENT. */
            filters?: string[];
        };
        Message: {
            /**
             * kanaal
             * @description De naam van het kanaal (`KANAAL.naam`) waar het bericht op moet worden gepubliceerd.
             */
            kanaal: string;
            /**
             * hoofd object
             * Format: uri
             * @description URL-referentie naar het hoofd object van de publicerende API die betrekking heeft op de `resource`.
             */
            hoofdObject: string;
            /**
             * resource
             * @description De resourcenaam waar de notificatie over gaat.
             */
            resource: string;
            /**
             * resource URL
             * Format: uri
             * @description URL-referentie naar de `resource` van de publicerende API.
             */
            resourceUrl: string;
            /**
             * actie
             * @description De actie die door de publicerende API is gedaan. De publicerende API specificeert de toegestane acties.
             */
            actie: string;
            /**
             * aanmaakdatum
             * Format: date-time
             * @description Datum en tijd waarop de actie heeft plaatsgevonden.
             */
            aanmaakdatum: string;
            /**
             * kenmerken
             * @description Mapping van kenmerken (sleutel/waarde) van de notificatie. De publicerende API specificeert de toegestane kenmerken.
             */
            kenmerken?: {
                [key: string]: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: {
        Abonnement: {
            content: {
                "application/json": components["schemas"]["Abonnement"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    abonnement_list: {
        parameters: {
            query?: never;
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
                    "application/json": components["schemas"]["Abonnement"][];
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
        };
    };
    abonnement_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Abonnement"];
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
                    "application/json": components["schemas"]["Abonnement"];
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
        };
    };
    abonnement_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
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
                    "application/json": components["schemas"]["Abonnement"];
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
        };
    };
    abonnement_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Abonnement"];
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
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
        };
    };
    abonnement_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
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
        };
    };
    abonnement_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Abonnement"];
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
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
        };
    };
    kanaal_list: {
        parameters: {
            query?: {
                /** @description Naam van het KANAAL (ook wel "Exchange" genoemd) dat de bron vertegenwoordigd. */
                naam?: string;
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
                    "application/json": components["schemas"]["Kanaal"][];
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
        };
    };
    kanaal_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Kanaal"];
            };
        };
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
                    "application/json": components["schemas"]["Kanaal"];
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
        };
    };
    kanaal_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique resource identifier (UUID4) */
                uuid: string;
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
                    "application/json": components["schemas"]["Kanaal"];
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
        };
    };
    notificaties_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Message"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
        };
    };
}
