/**
 * Producten API 1.7.0 (Open Product 1.8): generated from specs/producten/producten-openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/producten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle PRODUCTEN opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["producten_list"];
        put?: never;
        /** Maak een PRODUCT aan. */
        post: operations["producten_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een specifiek PRODUCT opvragen. */
        get: operations["producten_retrieve"];
        /** Werk een PRODUCT in zijn geheel bij. */
        put: operations["producten_update"];
        post?: never;
        /** Verwijder een PRODUCT. */
        delete: operations["producten_destroy"];
        options?: never;
        head?: never;
        /** Werk een PRODUCT deels bij. */
        patch: operations["producten_partial_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {unknown} */
        BlankEnum: "";
        DetailError: {
            detail: string;
        };
        Eigenaar: {
            /** Format: uuid */
            uuid?: string;
            /**
             * Burgerservicenummer
             * @description Het BSN van de product eigenaar, BSN van 8 karakters moet met een extra 0 beginnen.
             */
            bsn?: string;
            /** @description Het kvk nummer van de product eigenaar */
            kvk_nummer?: string;
            /** @description Een korte unieke aanduiding van een vestiging. */
            vestigingsnummer?: string;
            /** @description generiek veld voor de identificatie van een klant of partij. */
            klantnummer?: string;
        };
        EigenaarRequest: {
            /** Format: uuid */
            uuid?: string;
            /**
             * Burgerservicenummer
             * @description Het BSN van de product eigenaar, BSN van 8 karakters moet met een extra 0 beginnen.
             */
            bsn?: string;
            /** @description Het kvk nummer van de product eigenaar */
            kvk_nummer?: string;
            /** @description Een korte unieke aanduiding van een vestiging. */
            vestigingsnummer?: string;
            /** @description generiek veld voor de identificatie van een klant of partij. */
            klantnummer?: string;
        };
        Error: {
            veld_a: string[];
            veld_b: string[];
        };
        /**
         * @description * `eenmalig` - Eenmalig
         *     * `maandelijks` - Maandelijks
         *     * `jaarlijks` - Jaarlijks
         * @enum {string}
         */
        FrequentieEnum: "eenmalig" | "maandelijks" | "jaarlijks";
        NestedDocument: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        NestedDocumentRequest: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        NestedProductType: {
            /** Format: uuid */
            readonly uuid: string;
            /** @description code van het producttype. */
            code: string;
            /** @description naam van het producttype. */
            naam: string;
            /** @description Lijst van keywords waarop kan worden gezocht. */
            keywords?: string[];
            /** @description Uniforme product naam */
            uniforme_product_naam: string;
            /** @description toegestane statussen voor producten van dit type. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /** @description Geeft aan of het producttype getoond kan worden. */
            readonly gepubliceerd: boolean;
            /**
             * Publicatie startdatum
             * Format: date
             * @description De datum waarop het producttype gepubliceerd is
             */
            publicatie_start_datum?: string | null;
            /**
             * Publicatie einddatum
             * Format: date
             * @description De datum waarop de publicatie eindigt
             */
            publicatie_eind_datum?: string | null;
            /**
             * Format: date-time
             * @description De datum waarop het object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description De datum waarop het object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            themas: components["schemas"]["NestedThema"][];
            /** @description De huidige taal van het producttype. */
            readonly taal: string;
        };
        NestedProductTypeRequest: {
            /** @description code van het producttype. */
            code: string;
            /** @description naam van het producttype. */
            naam: string;
            /** @description Lijst van keywords waarop kan worden gezocht. */
            keywords?: string[];
            /** @description Uniforme product naam */
            uniforme_product_naam: string;
            /** @description toegestane statussen voor producten van dit type. */
            toegestane_statussen?: components["schemas"]["ToegestaneStatussenEnum"][];
            /**
             * Publicatie startdatum
             * Format: date
             * @description De datum waarop het producttype gepubliceerd is
             */
            publicatie_start_datum?: string | null;
            /**
             * Publicatie einddatum
             * Format: date
             * @description De datum waarop de publicatie eindigt
             */
            publicatie_eind_datum?: string | null;
            themas: components["schemas"]["NestedThemaRequest"][];
        };
        NestedTaak: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        NestedTaakRequest: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        NestedThema: {
            /** Format: uuid */
            readonly uuid: string;
            /** @description Naam van het thema. */
            naam: string;
            /** @description Beschrijving van het thema, ondersteund markdown format. */
            beschrijving?: string;
            /** @description Geeft aan of het thema getoond kan worden. */
            gepubliceerd?: boolean;
            /**
             * Format: date-time
             * @description De datum waarop het object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description De datum waarop het object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            /**
             * Format: uuid
             * @description Het hoofd thema waaronder dit thema valt.
             */
            hoofd_thema: string;
        };
        NestedThemaRequest: {
            /** @description Naam van het thema. */
            naam: string;
            /** @description Beschrijving van het thema, ondersteund markdown format. */
            beschrijving?: string;
            /** @description Geeft aan of het thema getoond kan worden. */
            gepubliceerd?: boolean;
            /**
             * Format: uuid
             * @description Het hoofd thema waaronder dit thema valt.
             */
            hoofd_thema: string;
        };
        NestedZaak: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        NestedZaakRequest: {
            urn?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        PaginatedProductList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Product"][];
        };
        PatchedProductRequest: {
            /** @description De naam van dit product. */
            naam?: string;
            /**
             * Format: date
             * @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan.
             */
            eind_datum?: string | null;
            /** Format: uuid */
            producttype_uuid?: string;
            /** @description Geeft aan of het product getoond kan worden. */
            gepubliceerd?: boolean;
            eigenaren?: components["schemas"]["EigenaarRequest"][];
            documenten?: components["schemas"]["NestedDocumentRequest"][];
            zaken?: components["schemas"]["NestedZaakRequest"][];
            taken?: components["schemas"]["NestedTaakRequest"][];
            /**
             * @description De status opties worden bepaald door het veld 'toegestane statussen' van het gerelateerde producttype. Via start & eind_datum kan de status automatisch naar ACTIEF of VERLOPEN worden gezet (mits deze statussen zijn toegestaan op het producttype).
             *
             *     * `initieel` - Initieel
             *     * `in_aanvraag` - In aanvraag
             *     * `gereed` - Gereed
             *     * `actief` - Actief
             *     * `ingetrokken` - Ingetrokken
             *     * `geweigerd` - Geweigerd
             *     * `verlopen` - Verlopen
             */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description De prijs van het product.
             */
            prijs?: string | null;
            /**
             * Prijs frequentie
             * @description De frequentie van betalingen.
             *
             *     * `eenmalig` - Eenmalig
             *     * `maandelijks` - Maandelijks
             *     * `jaarlijks` - Jaarlijks
             */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Verbruiksobject van dit product. Wordt gevalideerd met het `verbruiksobject_schema` uit het producttype. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Dataobject van dit product. Wordt gevalideerd met het `dataobject_schema` uit het producttype. De inhoud kan worden gepubliceerd op overheidsportalen en mag GEEN interne informatie bevatten die niet bestemd is voor de eigenaar. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description De zaak waaruit dit product is ontstaan. (`<organisatie>:<systeem>:<component>:<resource>:<identificatie>`) */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description De zaak waaruit dit product is ontstaan.
             */
            aanvraag_zaak_url?: string | null;
        };
        Product: {
            /** Format: uuid */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /** @description De naam van dit product. */
            naam?: string;
            /**
             * Format: date
             * @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan.
             */
            eind_datum?: string | null;
            /**
             * Format: date-time
             * @description De datum waarop het object is aangemaakt.
             */
            readonly aanmaak_datum: string;
            /**
             * Format: date-time
             * @description De datum waarop het object voor het laatst is gewijzigd.
             */
            readonly update_datum: string;
            readonly producttype: components["schemas"]["NestedProductType"];
            /** @description Geeft aan of het product getoond kan worden. */
            gepubliceerd?: boolean;
            eigenaren: components["schemas"]["Eigenaar"][];
            documenten?: components["schemas"]["NestedDocument"][];
            zaken?: components["schemas"]["NestedZaak"][];
            taken?: components["schemas"]["NestedTaak"][];
            /**
             * @description De status opties worden bepaald door het veld 'toegestane statussen' van het gerelateerde producttype. Via start & eind_datum kan de status automatisch naar ACTIEF of VERLOPEN worden gezet (mits deze statussen zijn toegestaan op het producttype).
             *
             *     * `initieel` - Initieel
             *     * `in_aanvraag` - In aanvraag
             *     * `gereed` - Gereed
             *     * `actief` - Actief
             *     * `ingetrokken` - Ingetrokken
             *     * `geweigerd` - Geweigerd
             *     * `verlopen` - Verlopen
             */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description De prijs van het product.
             */
            prijs?: string | null;
            /**
             * Prijs frequentie
             * @description De frequentie van betalingen.
             *
             *     * `eenmalig` - Eenmalig
             *     * `maandelijks` - Maandelijks
             *     * `jaarlijks` - Jaarlijks
             */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Verbruiksobject van dit product. Wordt gevalideerd met het `verbruiksobject_schema` uit het producttype. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Dataobject van dit product. Wordt gevalideerd met het `dataobject_schema` uit het producttype. De inhoud kan worden gepubliceerd op overheidsportalen en mag GEEN interne informatie bevatten die niet bestemd is voor de eigenaar. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description De zaak waaruit dit product is ontstaan. (`<organisatie>:<systeem>:<component>:<resource>:<identificatie>`) */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description De zaak waaruit dit product is ontstaan.
             */
            aanvraag_zaak_url?: string | null;
        };
        ProductRequest: {
            /** @description De naam van dit product. */
            naam?: string;
            /**
             * Format: date
             * @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan.
             */
            start_datum?: string | null;
            /**
             * Format: date
             * @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan.
             */
            eind_datum?: string | null;
            /** Format: uuid */
            producttype_uuid: string;
            /** @description Geeft aan of het product getoond kan worden. */
            gepubliceerd?: boolean;
            eigenaren: components["schemas"]["EigenaarRequest"][];
            documenten?: components["schemas"]["NestedDocumentRequest"][];
            zaken?: components["schemas"]["NestedZaakRequest"][];
            taken?: components["schemas"]["NestedTaakRequest"][];
            /**
             * @description De status opties worden bepaald door het veld 'toegestane statussen' van het gerelateerde producttype. Via start & eind_datum kan de status automatisch naar ACTIEF of VERLOPEN worden gezet (mits deze statussen zijn toegestaan op het producttype).
             *
             *     * `initieel` - Initieel
             *     * `in_aanvraag` - In aanvraag
             *     * `gereed` - Gereed
             *     * `actief` - Actief
             *     * `ingetrokken` - Ingetrokken
             *     * `geweigerd` - Geweigerd
             *     * `verlopen` - Verlopen
             */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: decimal
             * @description De prijs van het product.
             */
            prijs?: string | null;
            /**
             * Prijs frequentie
             * @description De frequentie van betalingen.
             *
             *     * `eenmalig` - Eenmalig
             *     * `maandelijks` - Maandelijks
             *     * `jaarlijks` - Jaarlijks
             */
            frequentie?: components["schemas"]["FrequentieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Verbruiksobject van dit product. Wordt gevalideerd met het `verbruiksobject_schema` uit het producttype. */
            verbruiksobject?: {
                [key: string]: unknown;
            } | null;
            /** @description Dataobject van dit product. Wordt gevalideerd met het `dataobject_schema` uit het producttype. De inhoud kan worden gepubliceerd op overheidsportalen en mag GEEN interne informatie bevatten die niet bestemd is voor de eigenaar. */
            dataobject?: {
                [key: string]: unknown;
            } | null;
            /** @description De zaak waaruit dit product is ontstaan. (`<organisatie>:<systeem>:<component>:<resource>:<identificatie>`) */
            aanvraag_zaak_urn?: string | null;
            /**
             * Format: uri
             * @description De zaak waaruit dit product is ontstaan.
             */
            aanvraag_zaak_url?: string | null;
        };
        /**
         * @description * `initieel` - Initieel
         *     * `in_aanvraag` - In aanvraag
         *     * `gereed` - Gereed
         *     * `actief` - Actief
         *     * `ingetrokken` - Ingetrokken
         *     * `geweigerd` - Geweigerd
         *     * `verlopen` - Verlopen
         * @enum {string}
         */
        StatusEnum: "initieel" | "in_aanvraag" | "gereed" | "actief" | "ingetrokken" | "geweigerd" | "verlopen";
        /**
         * @description * `in_aanvraag` - In aanvraag
         *     * `gereed` - Gereed
         *     * `actief` - Actief
         *     * `ingetrokken` - Ingetrokken
         *     * `geweigerd` - Geweigerd
         *     * `verlopen` - Verlopen
         * @enum {string}
         */
        ToegestaneStatussenEnum: "in_aanvraag" | "gereed" | "actief" | "ingetrokken" | "geweigerd" | "verlopen";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    producten_list: {
        parameters: {
            query?: {
                /** @description De datum waarop het object is aangemaakt. */
                aanmaak_datum?: string;
                /** @description De datum waarop het object is aangemaakt. */
                aanmaak_datum__gte?: string;
                /** @description De datum waarop het object is aangemaakt. */
                aanmaak_datum__lte?: string;
                /** @description De zaak waaruit dit product is ontstaan. */
                aanvraag_zaak_url?: string;
                /** @description De zaak waaruit dit product is ontstaan. */
                aanvraag_zaak_url__contains?: string;
                /** @description De zaak waaruit dit product is ontstaan. (`<organisatie>:<systeem>:<component>:<resource>:<identificatie>`) */
                aanvraag_zaak_urn?: string;
                /** @description De zaak waaruit dit product is ontstaan. (`<organisatie>:<systeem>:<component>:<resource>:<identificatie>`) */
                aanvraag_zaak_urn__contains?: string;
                /**
                 * @description Een json filter parameter heeft de format `key__operator__waarde`.
                 *     `key` is de naam van de attribuut, `operator` is de operator die gebruikt moet worden en `waarde` is de waarde waarop zal worden gezocht.
                 *
                 *     Waardes kunnen een string, nummer of datum (ISO format; YYYY-MM-DD) zijn.
                 *
                 *     De ondersteunde operators zijn:
                 *     * `exact` - gelijk aan
                 *     * `gt` - groter dan
                 *     * `gte` - groter dan of gelijk aan
                 *     * `lt` - kleiner dan
                 *     * `lte` - kleiner dan of gelijk aan
                 *     * `icontains` - hoofdletterongevoelige gedeeltelijke match
                 *     * `in` - in een lijst van waarden gescheiden door `|`
                 *
                 *     `key` mag ook geen komma's bevatten.
                 *
                 *     Voorbeeld: om producten met `kenteken`: `AA-111-B` in het dataobject vinden: `dataobject_attr=kenteken__exact__AA-111-B`.
                 *     Als `kenteken` genest zit in `auto`: `dataobject_attr=auto__kenteken__exact__AA-111-B`
                 *
                 *
                 *
                 *     Meerdere filters kunnen worden toegevoegd door `dataobject_attr` meerdere keren aan het request toe te voegen.
                 *     Bijvoorbeeld: `dataobject_attr=kenteken__exact__AA-111-B&objectdata_attr=zone__exact__B`
                 */
                dataobject_attr?: string;
                documenten__url?: string;
                documenten__url__contains?: string;
                documenten__urn?: string;
                documenten__urn__contains?: string;
                /** @description Het BSN van de product eigenaar, BSN van 8 karakters moet met een extra 0 beginnen. */
                eigenaren__bsn?: string;
                /** @description generiek veld voor de identificatie van een klant of partij. */
                eigenaren__klantnummer?: string;
                /** @description Het kvk nummer van de product eigenaar */
                eigenaren__kvk_nummer?: string;
                eigenaren__uuid?: string;
                /** @description Een korte unieke aanduiding van een vestiging. */
                eigenaren__vestigingsnummer?: string;
                /** @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan. */
                eind_datum?: string;
                /** @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan. */
                eind_datum__gte?: string;
                /** @description De einddatum van dit product. Op deze datum zal de status van het product automatisch naar VERLOPEN worden gezet. Op het moment dat de eind_datum wordt ingevuld moet de status VERLOPEN op het producttype zijn toegestaan. */
                eind_datum__lte?: string;
                /**
                 * @description De frequentie van betalingen.
                 *
                 *     * `eenmalig` - Eenmalig
                 *     * `maandelijks` - Maandelijks
                 *     * `jaarlijks` - Jaarlijks
                 */
                frequentie?: "eenmalig" | "jaarlijks" | "maandelijks";
                /** @description Geeft aan of het product getoond kan worden. */
                gepubliceerd?: boolean;
                /** @description De naam van dit product. */
                naam?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                page_size?: number;
                /** @description De prijs van het product. */
                prijs?: number;
                /** @description De prijs van het product. */
                prijs__gte?: number;
                /** @description De prijs van het product. */
                prijs__lte?: number;
                /** @description code van het producttype. */
                producttype__code?: string;
                /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                producttype__code__in?: string[];
                producttype__gepubliceerd?: boolean;
                producttype__locaties__uuid?: string;
                /** @description De Nederlandse naam van het producttype */
                producttype__naam?: string;
                /** @description De Nederlandse naam van het producttype */
                producttype__naam__icontains?: string;
                /** @description De Nederlandse naam van het producttype */
                producttype__naam__in?: string[];
                /** @description code van de organisatie. */
                producttype__organisaties__code?: string;
                producttype__organisaties__uuid?: string;
                /** @description Naam van het thema. */
                producttype__themas__naam?: string;
                /** @description Lijst van thema namen waarop kan worden gezocht. */
                producttype__themas__naam__in?: string[];
                producttype__themas__uuid?: string;
                /** @description Lijst van thema uuids waarop kan worden gezocht. */
                producttype__themas__uuid__in?: string[];
                producttype__uuid?: string;
                /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                producttype__uuid__in?: string[];
                /** @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan. */
                start_datum?: string;
                /** @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan. */
                start_datum__gte?: string;
                /** @description De start datum van dit product. Op deze datum zal de status van het product automatisch naar ACTIEF worden gezet. Op het moment dat de start_datum wordt ingevuld moet de status ACTIEF op het producttype zijn toegestaan. */
                start_datum__lte?: string;
                /**
                 * @description De status opties worden bepaald door het veld 'toegestane statussen' van het gerelateerde producttype. Via start & eind_datum kan de status automatisch naar ACTIEF of VERLOPEN worden gezet (mits deze statussen zijn toegestaan op het producttype).
                 *
                 *     * `initieel` - Initieel
                 *     * `in_aanvraag` - In aanvraag
                 *     * `gereed` - Gereed
                 *     * `actief` - Actief
                 *     * `ingetrokken` - Ingetrokken
                 *     * `geweigerd` - Geweigerd
                 *     * `verlopen` - Verlopen
                 */
                status?: "actief" | "gereed" | "geweigerd" | "in_aanvraag" | "ingetrokken" | "initieel" | "verlopen";
                taken__url?: string;
                taken__url__contains?: string;
                taken__urn?: string;
                taken__urn__contains?: string;
                /** @description Uniforme product naam */
                uniforme_product_naam?: string;
                /** @description De datum waarop het object voor het laatst is gewijzigd. */
                update_datum?: string;
                /** @description De datum waarop het object voor het laatst is gewijzigd. */
                update_datum__gte?: string;
                /** @description De datum waarop het object voor het laatst is gewijzigd. */
                update_datum__lte?: string;
                /**
                 * @description Een json filter parameter heeft de format `key__operator__waarde`.
                 *     `key` is de naam van de attribuut, `operator` is de operator die gebruikt moet worden en `waarde` is de waarde waarop zal worden gezocht.
                 *
                 *     Waardes kunnen een string, nummer of datum (ISO format; YYYY-MM-DD) zijn.
                 *
                 *     De ondersteunde operators zijn:
                 *     * `exact` - gelijk aan
                 *     * `gt` - groter dan
                 *     * `gte` - groter dan of gelijk aan
                 *     * `lt` - kleiner dan
                 *     * `lte` - kleiner dan of gelijk aan
                 *     * `icontains` - hoofdletterongevoelige gedeeltelijke match
                 *     * `in` - in een lijst van waarden gescheiden door `|`
                 *
                 *     `key` mag ook geen komma's bevatten.
                 *
                 *     Voorbeeld: om producten met `kenteken`: `AA-111-B` in het dataobject vinden: `dataobject_attr=kenteken__exact__AA-111-B`.
                 *     Als `kenteken` genest zit in `auto`: `dataobject_attr=auto__kenteken__exact__AA-111-B`
                 *
                 *
                 *
                 *     Meerdere filters kunnen worden toegevoegd door `dataobject_attr` meerdere keren aan het request toe te voegen.
                 *     Bijvoorbeeld: `dataobject_attr=kenteken__exact__AA-111-B&objectdata_attr=zone__exact__B`
                 */
                verbruiksobject_attr?: string;
                zaken__url?: string;
                zaken__url__contains?: string;
                zaken__urn?: string;
                zaken__urn__contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProductList"];
                };
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
    producten_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
    producten_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
    producten_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductRequest"];
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
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
    producten_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
    producten_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedProductRequest"];
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
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Validation error */
            400: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetailError"];
                };
            };
        };
    };
}
