/**
 * Notificaties consumer API 1.0.0-rc1 (message shape): generated from specs/notificaties/consumer-openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/{webhooks_path}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhooks_path: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ontvang notificaties via webhook */
        post: operations["notification_receive"];
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
        Notificatie: {
            /** kanaal */
            kanaal: string;
            /**
             * URL naar het hoofdobject
             * Format: uri
             */
            hoofdObject: string;
            /** resource */
            resource: string;
            /**
             * URL naar de resource waarover de notificatie gaat
             * Format: uri
             */
            resourceUrl: string;
            /** actie */
            actie: string;
            /**
             * aanmaakdatum
             * Format: date-time
             */
            aanmaakdatum: string;
            /** Kenmerken */
            kenmerken?: {
                [key: string]: string;
            };
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
            "invalid-params": components["schemas"]["FieldValidationError"][];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    notification_receive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhooks_path: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Notificatie"];
            };
        };
        responses: {
            204: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
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
            502: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Fout"];
                };
            };
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
