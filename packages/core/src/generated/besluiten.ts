/**
 * Besluiten API 1.1.0: generated from specs/besluiten/openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle BESLUITen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["besluit_list"];
        put?: never;
        /**
         * Maak een BESLUIT aan.
         * @description Indien geen identificatie gegeven is, dan wordt deze automatisch
         *     gegenereerd.
         *
         *     Er wordt gevalideerd op:
         *     - uniciteit van `verantwoorlijkeOrganisatie` + `identificatie`
         *     - geldigheid `verantwoorlijkeOrganisatie` RSIN
         *     - geldigheid `besluittype` URL - de resource moet opgevraagd kunnen
         *       worden uit de Catalogi API en de vorm van een BESLUITTYPE hebben.
         *     - geldigheid `zaak` URL - de resource moet opgevraagd kunnen worden
         *       uit de Zaken API en de vorm van een ZAAK hebben.
         *     - `datum` in het verleden of nu
         *     - publicatie `besluittype` - `concept` moet `false` zijn
         */
        post: operations["besluit_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/besluiten/{besluit_uuid}/audittrail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                besluit_uuid: string;
            };
            cookie?: never;
        };
        /**
         * Alle audit trail regels behorend bij het BESLUIT.
         * @description Alle audit trail regels behorend bij het BESLUIT.
         */
        get: operations["audittrail_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/besluiten/{besluit_uuid}/audittrail/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                besluit_uuid: string;
                /** @description Unieke identificatie van de audit regel. */
                uuid: string;
            };
            cookie?: never;
        };
        /**
         * Een specifieke audit trail regel opvragen.
         * @description Een specifieke audit trail regel opvragen.
         */
        get: operations["audittrail_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/besluiten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        /**
         * Een specifiek BESLUIT opvragen.
         * @description Een specifiek BESLUIT opvragen.
         */
        get: operations["besluit_read"];
        /**
         * Werk een BESLUIT in zijn geheel bij.
         * @description Er wordt gevalideerd op:
         *     - uniciteit van `verantwoorlijkeOrganisatie` + `identificatie`
         *     - geldigheid `verantwoorlijkeOrganisatie` RSIN
         *     - het `besluittype` mag niet gewijzigd worden
         *     - geldigheid `zaak` URL - de resource moet opgevraagd kunnen worden
         *       uit de Zaken API en de vorm van een ZAAK hebben.
         *     - `datum` in het verleden of nu
         *     - publicatie `besluittype` - `concept` moet `false` zijn
         */
        put: operations["besluit_update"];
        post?: never;
        /**
         * Verwijder een BESLUIT.
         * @description Verwijder een BESLUIT samen met alle gerelateerde resources binnen deze API.
         *
         *     **De gerelateerde resources zijn**
         *     - `BESLUITINFORMATIEOBJECT`
         *     - audit trail regels
         */
        delete: operations["besluit_delete"];
        options?: never;
        head?: never;
        /**
         * Werk een BESLUIT deels bij.
         * @description Er wordt gevalideerd op:
         *     - uniciteit van `verantwoorlijkeOrganisatie` + `identificatie`
         *     - geldigheid `verantwoorlijkeOrganisatie` RSIN
         *     - het `besluittype` mag niet gewijzigd worden
         *     - geldigheid `zaak` URL - de resource moet opgevraagd kunnen worden
         *       uit de Zaken API en de vorm van een ZAAK hebben.
         *     - `datum` in het verleden of nu
         *     - publicatie `besluittype` - `concept` moet `false` zijn
         */
        patch: operations["besluit_partial_update"];
        trace?: never;
    };
    "/besluitinformatieobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle BESLUIT-INFORMATIEOBJECT relaties opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["besluitinformatieobject_list"];
        put?: never;
        /**
         * Maak een BESLUIT-INFORMATIEOBJECT relatie aan.
         * @description Registreer een INFORMATIEOBJECT bij een BESLUIT. Er worden twee types van
         *     relaties met andere objecten gerealiseerd:
         *
         *     **Er wordt gevalideerd op**
         *     - geldigheid `besluit` URL
         *     - geldigheid `informatieobject` URL
         *     - de combinatie `informatieobject` en `besluit` moet uniek zijn
         *     - `informatieobject.informatieobjecttype` moet in het ZTC gerelateerd zijn
         *         aan `besluit.besluittype`
         *
         *     **Opmerkingen**
         *     - De `registratiedatum` wordt door het systeem op 'NU' gezet. De
         *       `aardRelatie` wordt ook door het systeem gezet.
         *     - Bij het aanmaken wordt ook in de Documenten API de gespiegelde relatie
         *       aangemaakt, echter zonder de relatie-informatie.
         */
        post: operations["besluitinformatieobject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/besluitinformatieobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                uuid: string;
            };
            cookie?: never;
        };
        /**
         * Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.
         * @description Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.
         */
        get: operations["besluitinformatieobject_read"];
        put?: never;
        post?: never;
        /**
         * Verwijder een BESLUIT-INFORMATIEOBJECT relatie.
         * @description Verwijder een BESLUIT-INFORMATIEOBJECT relatie.
         */
        delete: operations["besluitinformatieobject_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Besluit: {
            /**
             * Url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url?: string;
            /**
             * Identificatie
             * @description Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.
             */
            identificatie?: string;
            /**
             * Verantwoordelijke organisatie
             * @description Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.
             */
            verantwoordelijkeOrganisatie: string;
            /**
             * Besluittype
             * Format: uri
             * @description URL-referentie naar het BESLUITTYPE (in de Catalogi API).
             */
            besluittype: string;
            /**
             * Zaak
             * Format: uri
             * @description URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.
             */
            zaak?: string;
            /**
             * Datum
             * Format: date
             * @description De beslisdatum (AWB) van het besluit.
             */
            datum: string;
            /**
             * Toelichting
             * @description Toelichting bij het besluit.
             */
            toelichting?: string;
            /**
             * Bestuursorgaan
             * @description Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.
             */
            bestuursorgaan?: string;
            /**
             * Ingangsdatum
             * Format: date
             * @description Ingangsdatum van de werkingsperiode van het besluit.
             */
            ingangsdatum: string;
            /**
             * Vervaldatum
             * Format: date
             * @description Datum waarop de werkingsperiode van het besluit eindigt.
             */
            vervaldatum?: string | null;
            /**
             * Vervalreden
             * @description De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `tijdelijk` - Besluit met tijdelijke werking
             *     * `ingetrokken_overheid` - Besluit ingetrokken door overheid
             *     * `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende
             * @enum {string}
             */
            vervalreden?: "tijdelijk" | "ingetrokken_overheid" | "ingetrokken_belanghebbende";
            /** Vervalreden weergave */
            readonly vervalredenWeergave?: string;
            /**
             * Publicatiedatum
             * Format: date
             * @description Datum waarop het besluit gepubliceerd wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Verzenddatum
             * Format: date
             * @description Datum waarop het besluit verzonden is.
             */
            verzenddatum?: string | null;
            /**
             * Uiterlijke reactiedatum
             * Format: date
             * @description De datum tot wanneer verweer tegen het besluit mogelijk is.
             */
            uiterlijkeReactiedatum?: string | null;
        };
        BesluitExpanded: components["schemas"]["Besluit"] & {
            _expand?: components["schemas"]["BesluitEmbedded"];
        };
        BesluitEmbedded: {
            besluittype?: components["schemas"]["BesluitType"];
            zaak?: components["schemas"]["Zaak"];
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
        Wijzigingen: {
            /**
             * Oud
             * @description Volledige JSON body van het object zoals dat bestond voordat de actie heeft plaatsgevonden.
             */
            oud?: Record<string, never>;
            /**
             * Nieuw
             * @description Volledige JSON body van het object na de actie.
             */
            nieuw?: Record<string, never>;
        };
        AuditTrail: {
            /**
             * Uuid
             * Format: uuid
             * @description Unieke identificatie van de audit regel.
             */
            uuid?: string;
            /**
             * Bron
             * @description De naam van het component waar de wijziging in is gedaan.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `ac` - Autorisaties API
             *     * `nrc` - Notificaties API
             *     * `zrc` - Zaken API
             *     * `ztc` - Catalogi API
             *     * `drc` - Documenten API
             *     * `brc` - Besluiten API
             *     * `cmc` - Contactmomenten API
             *     * `kc` - Klanten API
             *     * `vrc` - Verzoeken API
             * @enum {string}
             */
            bron: "ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc" | "cmc" | "kc" | "vrc";
            /**
             * Applicatie id
             * @description Unieke identificatie van de applicatie, binnen de organisatie.
             */
            applicatieId?: string;
            /**
             * Applicatie weergave
             * @description Vriendelijke naam van de applicatie.
             */
            applicatieWeergave?: string;
            /**
             * Gebruikers id
             * @description Unieke identificatie van de gebruiker die binnen de organisatie herleid kan worden naar een persoon.
             */
            gebruikersId?: string;
            /**
             * Gebruikers weergave
             * @description Vriendelijke naam van de gebruiker.
             */
            gebruikersWeergave?: string;
            /**
             * Actie
             * @description De uitgevoerde handeling.
             *
             *     De bekende waardes voor dit veld zijn hieronder aangegeven,                         maar andere waardes zijn ook toegestaan
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `create` - Object aangemaakt
             *     * `list` - Lijst van objecten opgehaald
             *     * `retrieve` - Object opgehaald
             *     * `destroy` - Object verwijderd
             *     * `update` - Object bijgewerkt
             *     * `partial_update` - Object deels bijgewerkt
             */
            actie: string;
            /**
             * Actie weergave
             * @description Vriendelijke naam van de actie.
             */
            actieWeergave?: string;
            /**
             * Resultaat
             * @description HTTP status code van de API response van de uitgevoerde handeling.
             */
            resultaat: number;
            /**
             * Hoofd object
             * Format: uri
             * @description De URL naar het hoofdobject van een component.
             */
            hoofdObject: string;
            /**
             * Resource
             * @description Het type resource waarop de actie gebeurde.
             */
            resource: string;
            /**
             * Resource url
             * Format: uri
             * @description De URL naar het object.
             */
            resourceUrl: string;
            /**
             * Toelichting
             * @description Toelichting waarom de handeling is uitgevoerd.
             */
            toelichting?: string;
            /**
             * Resource weergave
             * @description Vriendelijke identificatie van het object.
             */
            resourceWeergave: string;
            /**
             * Aanmaakdatum
             * Format: date-time
             * @description De datum waarop de handeling is gedaan.
             */
            readonly aanmaakdatum?: string;
            wijzigingen: components["schemas"]["Wijzigingen"];
        };
        BesluitInformatieObject: {
            /**
             * Url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url?: string;
            /**
             * Informatieobject
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is.
             */
            informatieobject: string;
            /**
             * Besluit
             * Format: uri
             * @description URL-referentie naar het BESLUIT.
             */
            besluit: string;
        };
        BesluitInformatieObjectExpanded: components["schemas"]["BesluitInformatieObject"] & {
            _expand?: components["schemas"]["BesluitInformatieObjectEmbedded"];
        };
        BesluitInformatieObjectEmbedded: {
            informatieobject?: components["schemas"]["EnkelvoudigInformatieObject"];
            /** @example {} */
            besluit?: components["schemas"]["BesluitExpanded"] | components["schemas"]["EmptyObject"];
        };
        /**
         * @description Leeg object. Dit wordt teruggeven indien het te expanderen veld een null waarde heeft.
         * @example {}
         */
        EmptyObject: Record<string, never>;
        BesluitType: {
            /**
             * url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * catalogus
             * Format: uri
             * @description URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort.
             */
            catalogus: string;
            /**
             * zaaktypen
             * @description ZAAKTYPE met ZAAKen die relevant kunnen zijn voor dit BESLUITTYPE
             */
            readonly zaaktypen: string[];
            /**
             * omschrijving
             * @description Omschrijving van de aard van BESLUITen van het BESLUITTYPE.
             */
            omschrijving?: string;
            /**
             * omschrijving generiek
             * @description Algemeen gehanteerde omschrijving van de aard van BESLUITen van het BESLUITTYPE
             */
            omschrijvingGeneriek?: string;
            /**
             * besluitcategorie
             * @description Typering van de aard van BESLUITen van het BESLUITTYPE.
             */
            besluitcategorie?: string;
            /**
             * reactietermijn
             * Format: duration
             * @description Een tijdsduur in ISO 8601 formaat, gerekend vanaf de verzend- of publicatiedatum, waarbinnen verweer tegen een besluit van het besluittype mogelijk is.
             */
            reactietermijn?: string | null;
            /**
             * publicatie indicatie
             * @description Aanduiding of BESLUITen van dit BESLUITTYPE gepubliceerd moeten worden.
             */
            publicatieIndicatie: boolean;
            /**
             * publicatietekst
             * @description De generieke tekst van de publicatie van BESLUITen van dit BESLUITTYPE
             */
            publicatietekst?: string;
            /**
             * publicatietermijn
             * Format: duration
             * @description Een tijdsduur in ISO 8601 formaat, gerekend vanaf de verzend- of publicatiedatum, dat BESLUITen van dit BESLUITTYPE gepubliceerd moeten blijven.
             */
            publicatietermijn?: string | null;
            /**
             * toelichting
             * @description Een eventuele toelichting op dit BESLUITTYPE.
             */
            toelichting?: string;
            /**
             * informatieobjecttypen
             * @description URL-referenties naar het INFORMATIEOBJECTTYPE van informatieobjecten waarin besluiten van dit BESLUITTYPE worden vastgelegd.
             */
            informatieobjecttypen: string[];
            /**
             * datum begin geldigheid
             * Format: date
             * @description De datum waarop het is ontstaan.
             */
            beginGeldigheid: string;
            /**
             * datum einde geldigheid
             * Format: date
             * @description De datum waarop het is opgeheven.
             */
            eindeGeldigheid?: string | null;
            /**
             * datum begin object
             * Format: date
             * @description De datum waarop de eerst versie van het object ontstaan is.
             */
            beginObject?: string | null;
            /**
             * datum einde object
             * Format: date
             * @description De datum van de aller laatste versie van het object.
             */
            eindeObject?: string | null;
            /**
             * concept
             * @description Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en zouden niet gebruikt moeten worden buiten deze API.
             */
            readonly concept: boolean;
            /**
             * Is resultaat van
             * @description Het BESLUITTYPE van besluiten die gepaard gaan met resultaten van het RESULTAATTYPE.
             */
            readonly resultaattypen: string[];
            /**
             * is resultaat van
             * @description Omschrijving van de aard van resultaten van het RESULTAATTYPE.
             */
            readonly resultaattypenOmschrijving: string[];
            /**
             * informatieobjecttypen
             * @description Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.
             */
            readonly vastgelegdIn: string[];
        };
        /** @enum {string} */
        MaximaleVertrouwelijkheidaanduidingEnum: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        /** @enum {string} */
        BetalingsindicatieEnum: "nvt" | "nog_niet" | "gedeeltelijk" | "geheel";
        /** @enum {unknown} */
        BlankEnum: "";
        /** @enum {string} */
        GeometryTypeEnum: "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon" | "Feature" | "FeatureCollection" | "GeometryCollection";
        /**
         * Geometry
         * @description GeoJSON geometry
         */
        Geometry: {
            /** @description The geometry type */
            type: components["schemas"]["GeometryTypeEnum"];
        };
        /** Point2D */
        Point2D: number[];
        /**
         * Point
         * @description GeoJSON point geometry
         */
        Point: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Point";
        };
        /**
         * MultiPoint
         * @description GeoJSON multi-point geometry
         */
        MultiPoint: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPoint";
        };
        /**
         * Line-string
         * @description GeoJSON line-string geometry
         */
        LineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "LineString";
        };
        /**
         * Multi-line string
         * @description GeoJSON multi-line-string geometry
         */
        MultiLineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiLineString";
        };
        /**
         * Polygon
         * @description GeoJSON polygon geometry
         */
        Polygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Polygon";
        };
        /**
         * Multi-polygon
         * @description GeoJSON multi-polygon geometry
         */
        MultiPolygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPolygon";
        };
        /**
         * Geometry collection
         * @description GeoJSON multi-polygon geometry
         */
        GeometryCollection: components["schemas"]["Geometry"] & {
            geometries: components["schemas"]["Geometry"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GeometryCollection";
        };
        /** GeoJSONGeometry */
        GeoJSONGeometry: components["schemas"]["Point"] | components["schemas"]["MultiPoint"] | components["schemas"]["LineString"] | components["schemas"]["MultiLineString"] | components["schemas"]["Polygon"] | components["schemas"]["MultiPolygon"] | components["schemas"]["GeometryCollection"];
        /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
        Verlenging: {
            /**
             * reden verlenging
             * @description Omschrijving van de reden voor het verlengen van de behandeling van de zaak.
             */
            reden: string;
            /**
             * duur verlenging
             * Format: duration
             * @description Het aantal werkbare dagen waarmee de doorlooptijd van de behandeling van de ZAAK is verlengd (of verkort) ten opzichte van de eerder gecommuniceerde doorlooptijd.
             */
            duur: string;
        } | null;
        /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
        Opschorting: {
            /**
             * indicatie opschorting
             * @description Aanduiding of de behandeling van de ZAAK tijdelijk is opgeschort.
             */
            indicatie: boolean;
            /**
             * reden opschorting
             * @description Omschrijving van de reden voor het opschorten van de behandeling van de zaak.
             */
            reden: string;
        } | null;
        /** @enum {string} */
        AardRelatieEnum: "vervolg" | "onderwerp" | "bijdrage";
        RelevanteZaak: {
            /**
             * URL-referentie naar de ZAAK.
             * Format: uri
             */
            url: string;
            /**
             * aard relatie
             * @description Benamingen van de aard van de relaties van andere zaken tot (onderhanden) zaken.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `vervolg` - De andere zaak gaf aanleiding tot het starten van de onderhanden zaak.
             *     * `onderwerp` - De andere zaak is relevant voor cq. is onderwerp van de onderhanden zaak.
             *     * `bijdrage` - Aan het bereiken van de uitkomst van de andere zaak levert de onderhanden zaak een bijdrage.
             */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
        };
        ZaakKenmerk: {
            /**
             * kenmerk
             * @description Identificeert uniek de zaak in een andere administratie.
             */
            kenmerk: string;
            /**
             * bron
             * @description De aanduiding van de administratie waar het kenmerk op slaat.
             */
            bron: string;
        };
        /** @enum {string} */
        ArchiefnominatieEnum: "blijvend_bewaren" | "vernietigen";
        /** @enum {unknown} */
        NullEnum: null;
        /** @enum {string} */
        ArchiefstatusEnum: "nog_te_archiveren" | "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "overgedragen";
        /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
        Processobject: {
            /**
             * datumkenmerk
             * @description De naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de procestermijn.
             */
            datumkenmerk: string;
            /**
             * identificatie
             * @description De unieke aanduiding van het procesobject.
             */
            identificatie: string;
            /**
             * objecttype
             * @description Het soort object dat het procesobject representeert.
             */
            objecttype: string;
            /**
             * registratie
             * @description De naam van de registratie waarvan het procesobject deel uit maakt.
             */
            registratie: string;
        } | null;
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Zaak: {
            /**
             * url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * uuid
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * identificatie
             * @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK.
             */
            identificatie?: string;
            /**
             * bronorganisatie
             * @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
             */
            bronorganisatie: string;
            /**
             * omschrijving
             * @description Een korte omschrijving van de zaak.
             */
            omschrijving?: string;
            /**
             * toelichting
             * @description Een toelichting op de zaak.
             */
            toelichting?: string;
            /**
             * zaaktype
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API) in de CATALOGUS waar deze voorkomt
             */
            zaaktype: string;
            /**
             * registratiedatum
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /**
             * verantwoordelijke organisatie
             * @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef
             */
            verantwoordelijkeOrganisatie: string;
            /**
             * startdatum
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum: string;
            /**
             * einddatum
             * Format: date
             * @description De datum waarop de uitvoering van de zaak afgerond is.
             */
            readonly einddatum: string | null;
            /**
             * einddatum gepland
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * uiterlijke einddatum afdoening
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * publicatiedatum
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * communicatiekanaal
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /**
             * producten of diensten
             * @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn.
             */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["MaximaleVertrouwelijkheidaanduidingEnum"];
            /**
             * betalingsindicatie
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `nog_niet` - De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * betalingsindicatieWeergave
             * @description Uitleg bij `betalingsindicatie`.
             */
            readonly betalingsindicatieWeergave: string;
            /**
             * laatste betaaldatum
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /**
             * zaakgeometrie
             * @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON.
             */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /**
             * verlenging
             * @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK
             */
            verlenging?: components["schemas"]["Verlenging"] | null;
            /**
             * opschorting
             * @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK
             */
            opschorting?: components["schemas"]["Opschorting"] | null;
            /**
             * selectielijstklasse
             * Format: uri
             * @description URL-referentie naar de categorie in de gehanteerde 'Selectielijst Archiefbescheiden' die, gezien het zaaktype en het resultaattype van de zaak, bepalend is voor het archiefregime van de zaak.
             */
            selectielijstklasse?: string;
            /**
             * Is deelzaak van
             * Format: uri
             * @description URL-referentie naar de ZAAK, waarom verzocht is door de initiator daarvan, die behandeld wordt in twee of meer separate ZAAKen waarvan de onderhavige ZAAK er één is.
             */
            hoofdzaak?: string | null;
            /**
             * is deelzaak van
             * @description URL-referenties naar deel ZAAKen.
             */
            readonly deelzaken: string[];
            /**
             * zaak
             * @description Een lijst van relevante andere zaken.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaak"][];
            /** zaak */
            readonly eigenschappen: string[];
            /** zaak */
            readonly rollen: string[];
            /**
             * status
             * Format: uri
             * @description Indien geen status bekend is, dan is de waarde 'null'
             */
            readonly status: string | null;
            /** zaak */
            readonly zaakinformatieobjecten: string[];
            /** zaak */
            readonly zaakobjecten: string[];
            /**
             * zaak
             * @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`.
             */
            kenmerken?: components["schemas"]["ZaakKenmerk"][];
            /**
             * archiefnominatie
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
             * archiefstatus
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nog_te_archiveren` - De zaak cq. het zaakdossier is nog niet als geheel gearchiveerd.
             *     * `gearchiveerd` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt.
             *     * `gearchiveerd_procestermijn_onbekend` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt maar de vernietigingsdatum kan nog niet bepaald worden.
             *     * `overgedragen` - De zaak cq. het zaakdossier is overgebracht naar een archiefbewaarplaats.
             */
            archiefstatus?: components["schemas"]["ArchiefstatusEnum"];
            /**
             * archiefactiedatum
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /**
             * resultaat
             * Format: uri
             * @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'
             */
            readonly resultaat: string | null;
            /**
             * opdrachtgevende organisatie
             * @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft.
             */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string | null;
            /**
             * startdatum bewaartermijn
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /**
             * processobject
             * @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn.
             */
            processobject?: components["schemas"]["Processobject"] | null;
        };
        /** @enum {string} */
        VertrouwelijkheidaanduidingEnum: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        /** @enum {string} */
        StatusEnum: "in_bewerking" | "concept" | "definitief" | "ter_vaststelling" | "vastgesteld" | "gearchiveerd";
        /** @enum {string} */
        SoortEnum: "analoog" | "digitaal" | "pki";
        /** @description Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft. */
        Ondertekening: {
            /**
             * Ondertekeningsoort
             * @description Aanduiding van de wijze van ondertekening van het INFORMATIEOBJECT
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `analoog` - Analoog
             *     * `digitaal` - Digitaal
             *     * `pki` - PKI
             */
            soort: components["schemas"]["SoortEnum"];
            /**
             * Ondertekeningdatum
             * Format: date
             * @description De datum waarop de ondertekening van het INFORMATIEOBJECT heeft plaatsgevonden.
             */
            datum: string;
        } | null;
        /** @enum {string} */
        AlgoritmeEnum: "crc_16" | "crc_32" | "crc_64" | "fletcher_4" | "fletcher_8" | "fletcher_16" | "fletcher_32" | "hmac" | "md5" | "sha_1" | "sha_256" | "sha_512" | "sha_3";
        /** @description Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand. */
        Integriteit: {
            /**
             * integriteit algoritme
             * @description Aanduiding van algoritme, gebruikt om de checksum te maken.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `crc_16` - CRC-16
             *     * `crc_32` - CRC-32
             *     * `crc_64` - CRC-64
             *     * `fletcher_4` - Fletcher-4
             *     * `fletcher_8` - Fletcher-8
             *     * `fletcher_16` - Fletcher-16
             *     * `fletcher_32` - Fletcher-32
             *     * `hmac` - HMAC
             *     * `md5` - MD5
             *     * `sha_1` - SHA-1
             *     * `sha_256` - SHA-256
             *     * `sha_512` - SHA-512
             *     * `sha_3` - SHA-3
             */
            algoritme: components["schemas"]["AlgoritmeEnum"];
            /**
             * integriteit waarde
             * @description De waarde van de checksum.
             */
            waarde: string;
            /**
             * integriteit datum
             * Format: date
             * @description Datum waarop de checksum is gemaakt.
             */
            datum: string;
        } | null;
        BestandsDeel: {
            /**
             * url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * volgnummer
             * @description Een volgnummer dat de volgorde van de bestandsdelen aangeeft.
             */
            readonly volgnummer: number;
            /**
             * omvang
             * @description De grootte van dit specifieke bestandsdeel.
             */
            readonly omvang: number;
            /**
             * voltooid
             * @description Indicatie of dit bestandsdeel volledig is geupload. Dat wil zeggen: het aantal bytes dat staat genoemd bij grootte is daadwerkelijk ontvangen.
             */
            readonly voltooid: boolean;
            /**
             * lock
             * @description Hash string, which represents id of the lock of related informatieobject
             */
            lock: string;
        };
        /** @description Serializer for the EnkelvoudigInformatieObject model */
        EnkelvoudigInformatieObject: {
            /**
             * url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * identificatie
             * @description Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.
             */
            identificatie?: string;
            /**
             * bronorganisatie
             * @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.
             */
            bronorganisatie: string;
            /**
             * creatiedatum
             * Format: date
             * @description Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.
             */
            creatiedatum: string;
            /**
             * titel
             * @description De naam waaronder het INFORMATIEOBJECT formeel bekend is.
             */
            titel: string;
            /**
             * vertrouwelijkheidaanduiding
             * @description Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `openbaar` - Openbaar
             *     * `beperkt_openbaar` - Beperkt openbaar
             *     * `intern` - Intern
             *     * `zaakvertrouwelijk` - Zaakvertrouwelijk
             *     * `vertrouwelijk` - Vertrouwelijk
             *     * `confidentieel` - Confidentieel
             *     * `geheim` - Geheim
             *     * `zeer_geheim` - Zeer geheim
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"] | components["schemas"]["BlankEnum"];
            /**
             * auteur
             * @description De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.
             */
            auteur: string;
            /**
             * status
             * @description Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.
             *     * `concept` - (Concept) Het document is inhoudelijk klaar om voorgelegd teworden aan anderen en zo nodig aangepast te worden opbasis van commentaar..
             *     * `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.
             *     * `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.
             *     * `vastgesteld` - (Vastgesteld) Het besluitvormingstraject is afgerond.
             *     * `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.
             */
            status?: components["schemas"]["StatusEnum"] | components["schemas"]["BlankEnum"];
            /**
             * formaat
             * @description Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml
             */
            formaat?: string;
            /**
             * taal
             * @description Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html
             */
            taal: string;
            /**
             * versie
             * @description Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.
             */
            readonly versie: number;
            /**
             * begin registratie
             * Format: date-time
             * @description Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.
             */
            readonly beginRegistratie: string;
            /**
             * bestandsnaam
             * @description De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.
             */
            bestandsnaam?: string;
            /**
             * inhoud
             * Format: uri
             * @description Download URL van de binaire inhoud.
             */
            inhoud?: string | null;
            /**
             * bestandsomvang
             * Format: int64
             * @description Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.
             */
            bestandsomvang?: number | null;
            /**
             * link
             * Format: uri
             * @description De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.
             */
            link?: string;
            /**
             * beschrijving
             * @description Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.
             */
            beschrijving?: string;
            /**
             * ontvangstdatum
             * Format: date
             * @description **DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.
             *
             *      De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.
             */
            ontvangstdatum?: string | null;
            /**
             * verzenddatum
             * Format: date
             * @description **DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.
             *
             *      De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.
             */
            verzenddatum?: string | null;
            /**
             * indicatie gebruiksrecht
             * @description Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.
             */
            indicatieGebruiksrecht?: boolean | null;
            /**
             * verschijningsvorm
             * @description De essentiële opmaakaspecten van een INFORMATIEOBJECT.
             */
            verschijningsvorm?: string;
            /**
             * ondertekening
             * @description Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.
             */
            ondertekening?: components["schemas"]["Ondertekening"] | null;
            /**
             * integriteit
             * @description Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.
             */
            integriteit?: components["schemas"]["Integriteit"] | null;
            /**
             * informatieobjecttype
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).
             */
            informatieobjecttype: string;
            /**
             * locked
             * @description Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.
             */
            readonly locked: boolean;
            /** bestandsdelen */
            readonly bestandsdelen: components["schemas"]["BestandsDeel"][];
            /**
             * trefwoorden
             * @description Een lijst van trefwoorden gescheiden door comma's.
             */
            trefwoorden?: string[] | null;
            /**
             * inhoud is vervallen
             * @description Geeft aan of de inhoud van het informatieobject vervallen (dus niet langer geldig) is.
             */
            inhoudIsVervallen?: boolean | null;
        };
    };
    responses: {
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
    };
    parameters: {
        /** @description Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt. */
        expand: string;
    };
    requestBodies: {
        Besluit: {
            content: {
                "application/json": components["schemas"]["Besluit"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    besluit_list: {
        parameters: {
            query?: {
                /** @description Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd. */
                identificatie?: string;
                /** @description Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld. */
                verantwoordelijkeOrganisatie?: string;
                /** @description URL-referentie naar het BESLUITTYPE (in de Catalogi API). */
                besluittype?: string;
                /** @description URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is. */
                zaak?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt. */
                expand?: components["parameters"]["expand"];
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
                        results: components["schemas"]["BesluitExpanded"][];
                    };
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluit_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Besluit"];
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
                    "application/json": components["schemas"]["Besluit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    audittrail_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                besluit_uuid: string;
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
                    "application/json": components["schemas"]["AuditTrail"][];
                };
            };
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    audittrail_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                besluit_uuid: string;
                /** @description Unieke identificatie van de audit regel. */
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
                    "application/json": components["schemas"]["AuditTrail"];
                };
            };
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluit_read: {
        parameters: {
            query?: {
                /** @description Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt. */
                expand?: components["parameters"]["expand"];
            };
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["BesluitExpanded"];
                };
            };
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluit_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Besluit"];
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Besluit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluit_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path: {
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
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluit_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Besluit"];
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Besluit"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluitinformatieobject_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar het BESLUIT. */
                besluit?: string;
                /** @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is. */
                informatieobject?: string;
                /** @description Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt. */
                expand?: components["parameters"]["expand"];
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
                    "application/json": components["schemas"]["BesluitInformatieObjectExpanded"][];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluitinformatieobject_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BesluitInformatieObject"];
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
                    "application/json": components["schemas"]["BesluitInformatieObject"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluitinformatieobject_read: {
        parameters: {
            query?: {
                /** @description Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt. */
                expand?: components["parameters"]["expand"];
            };
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
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
                    "application/json": components["schemas"]["BesluitInformatieObjectExpanded"];
                };
            };
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
    besluitinformatieobject_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
            };
            path: {
                /** @description Unieke resource identifier (UUID4) */
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
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            404: components["responses"]["404"];
            406: components["responses"]["406"];
            409: components["responses"]["409"];
            410: components["responses"]["410"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
        };
    };
}
