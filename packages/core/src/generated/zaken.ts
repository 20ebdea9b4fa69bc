/**
 * Zaken API 1.5.1 (Open Zaak 1.30 rendering): generated from specs/zaken/openzaak-1.30.0.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle KLANTCONTACTen opvragen.
         * @deprecated
         * @description Alle KLANTCONTACTen opvragen.
         *
         *     **DEPRECATED**: gebruik de contactmomenten API in plaats van deze endpoint.
         */
        get: operations["klantcontact_list"];
        put?: never;
        /**
         * Maak een KLANTCONTACT bij een ZAAK aan.
         * @deprecated
         * @description Indien geen identificatie gegeven is, dan wordt deze automatisch gegenereerd.
         *
         *     **DEPRECATED**: gebruik de contactmomenten API in plaats van deze endpoint.
         */
        post: operations["klantcontact_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/klantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek KLANTCONTACT bij een ZAAK opvragen.
         * @deprecated
         * @description Een specifiek KLANTCONTACT bij een ZAAK opvragen.
         *
         *     **DEPRECATED**: gebruik de contactmomenten API in plaats van deze endpoint.
         */
        get: operations["klantcontact_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reserveer_zaaknummer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserveer een zaaknummer
         * @deprecated
         * @description **EXPERIMENTEEL** LET OP: dit endpoint is verouderd en zal in de toekomst verwijderd worden, gebruik in plaats van dit endpoint `/zaaknummer_reserveren`
         *
         *     Reserveer een zaaknummer binnen een specifieke bronorganisatie zonder direct een Zaak aan te maken. Dit zaaknummer zal toegekend worden aan de eerstvolgende Zaak die met dit zaaknummer wordt aangemaakt binnen de bronorganisatie en het zaaknummer kan daarna niet hergebruikt worden.
         *
         *     Als `aantal` niet wordt opgegeven of gelijk is aan 1, wordt een enkel object teruggegeven.
         *     Als `aantal > 1`, wordt een lijst van objecten teruggegeven.
         */
        post: operations["zaak_reserveer_zaaknummer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle RESULTAATen van ZAAKen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["resultaat_list"];
        put?: never;
        /**
         * Maak een RESULTAAT bij een ZAAK aan.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         *     - geldigheid URL naar het RESULTAATTYPE
         */
        post: operations["resultaat_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resultaten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek RESULTAAT opvragen.
         * @description Een specifiek RESULTAAT opvragen.
         */
        get: operations["resultaat_read"];
        /**
         * Werk een RESULTAAT in zijn geheel bij.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         *     - het RESULTAATTYPE mag niet gewijzigd worden
         */
        put: operations["resultaat_update"];
        post?: never;
        /**
         * Verwijder een RESULTAAT van een ZAAK.
         * @description Verwijder een RESULTAAT van een ZAAK.
         */
        delete: operations["resultaat_delete"];
        options?: never;
        /**
         * De headers voor een specifiek(e) RESULTAAT opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["resultaat_head"];
        /**
         * Werk een RESULTAAT deels bij.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         *     - het RESULTAATTYPE mag niet gewijzigd worden
         */
        patch: operations["resultaat_partial_update"];
        trace?: never;
    };
    "/rollen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ROLlen bij ZAAKen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["rol_list"];
        put?: never;
        /**
         * Maak een ROL aan bij een ZAAK.
         * @description Maak een ROL aan bij een ZAAK.
         *
         *     BetrokkeneType `vestiging` is **DEPRECATED**.
         */
        post: operations["rol_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rollen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke ROL bij een ZAAK opvragen.
         * @description Een specifieke ROL bij een ZAAK opvragen.
         */
        get: operations["rol_read"];
        /**
         * Werk een ROL aan bij een ZAAK.
         * @description **EXPERIMENTEEL** Werk een ROL aan bij een ZAAK.
         */
        put: operations["rol_update"];
        post?: never;
        /**
         * Verwijder een ROL van een ZAAK.
         * @description Verwijder een ROL van een ZAAK.
         */
        delete: operations["rol_delete"];
        options?: never;
        /**
         * De headers voor een specifiek(e) ROL opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["rol_head"];
        patch?: never;
        trace?: never;
    };
    "/statussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle STATUSsen van ZAAKen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["status_list"];
        put?: never;
        /**
         * Maak een STATUS aan voor een ZAAK.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         *     - geldigheid URL naar het STATUSTYPE
         *     - indien het de eindstatus betreft, dan moet het attribuut `indicatieGebruiksrecht` gezet zijn op alle informatieobjecten die aan de zaak gerelateerd zijn
         *     - indien de zaak deelzaken heeft moeten de deelzaken gesloten zijn voordat de hoofdzaak kan worden afgesloten met de eindstatus
         *     - indien een zaak wordt heropend en een hoofdzaak heeft, dan mag de hoofdzaak niet gesloten zijn
         *
         *     **Opmerkingen**
         *     - Indien het statustype de eindstatus is (volgens het ZTC), dan wordt de zaak afgesloten door de einddatum te zetten.
         *     - Bij deelzaken met een `Resultaat.resultaattype.brondatumArchiefprocedure.afleidingswijze` `hoofdzaak` word de brondatum van de hoofdzaak ingevuld nadat de hoofdzaak is afgesloten.
         */
        post: operations["status_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/statussen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke STATUS van een ZAAK opvragen.
         * @description Een specifieke STATUS van een ZAAK opvragen.
         */
        get: operations["status_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * De headers voor een specifiek(e) STATUS opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["status_head"];
        patch?: never;
        trace?: never;
    };
    "/substatussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle SUBSTATUSsen van STATUSsen opvragen.
         * @description **EXPERIMENTEEL** Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["substatus_list"];
        put?: never;
        /**
         * Maak een SUBSTATUS aan bij een STATUS voor een ZAAK.
         * @description **EXPERIMENTEEL** **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         *     - geldigheid URL naar de STATUS
         *     - STATUS moet horen bij de ZAAK
         */
        post: operations["substatus_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/substatussen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke SUBSTATUS bij een STATUS van een ZAAK opvragen.
         * @description **EXPERIMENTEEL** Een specifieke SUBSTATUS bij een STATUS van een ZAAK opvragen.
         */
        get: operations["substatus_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaak_afsluiten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sluit een zaak
         * @description **EXPERIMENTEEL** Sluit een zaak door een resultaat en een status aan te maken.
         */
        post: operations["zaakafsluiten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaak_bijwerken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update een zaak
         * @description **EXPERIMENTEEL** Werk een Zaak deels bij samen met een status & rollen om alles direct aan de zaak te linken.
         *
         *     **LET OP**: via ``rollen`` kunnen nieuwe rollen worden toegevoegd, bestaande aangepast of verwijderd. Alle bestaande rollen van de zaak worden overschreven met wat er via ``rollen`` wordt meegegeven. Nieuwe rollen worden aangemaakt als gewoonlijk maar door een ``uuid`` mee te geven aan een rol kan een huidige rol worden aangepast/behouden.
         *
         *     Door de ``rollen`` key niet mee te geven zullen huidige rollen blijven bestaan. Om een huidige rol te behouden en een nieuwe toe te voegen zullen dus twee rollen in de request zijn toegevoegd 1 zonder uuid en 1 met de uuid van de te behouden rol.
         */
        post: operations["zaakbijwerken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaak_opschorten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schort een zaak op
         * @description **EXPERIMENTEEL** Schort een zaak op en maak een status aan.
         */
        post: operations["zaakopschorten"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaak_registreren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Registreer een zaak
         * @description **EXPERIMENTEEL** Maak een Zaak samen met een status, rollen, zaakinformatieobjecten en zaakobjecten aan om alles direct aan de zaak te linken.
         */
        post: operations["registreerzaak_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaak_verlengen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verleng een zaak
         * @description **EXPERIMENTEEL** Verleng een zaak en maak een status aan.
         */
        post: operations["zaakverlengen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakcontactmomenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKCONTACTMOMENTen opvragen.
         * @description Alle ZAAKCONTACTMOMENTen opvragen.
         */
        get: operations["zaakcontactmoment_list"];
        put?: never;
        /**
         * Maak een ZAAKCONTACTMOMENT aan.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de CONTACTMOMENT
         */
        post: operations["zaakcontactmoment_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakcontactmomenten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek ZAAKCONTACTMOMENT opvragen.
         * @description Een specifiek ZAAKCONTACTMOMENT opvragen.
         */
        get: operations["zaakcontactmoment_read"];
        put?: never;
        post?: never;
        /**
         * Verwijder een ZAAKCONTACTMOMENT.
         * @description Verwijder een ZAAKCONTACTMOMENT.
         */
        delete: operations["zaakcontactmoment_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakinformatieobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAK-INFORMATIEOBJECT relaties opvragen.
         * @description Deze lijst kan gefilterd wordt met querystringparameters.
         */
        get: operations["zaakinformatieobject_list"];
        put?: never;
        /**
         * Maak een ZAAK-INFORMATIEOBJECT relatie aan.
         * @description Er worden twee types van relaties met andere objecten gerealiseerd:
         *
         *     **Er wordt gevalideerd op**
         *     - geldigheid zaak URL
         *     - geldigheid informatieobject URL
         *     - de combinatie informatieobject en zaak moet uniek zijn
         *
         *     **Opmerkingen**
         *     - De registratiedatum wordt door het systeem op 'NU' gezet. De `aardRelatie` wordt ook door het systeem gezet.
         *     - Bij het aanmaken wordt ook in de Documenten API de gespiegelde relatie aangemaakt, echter zonder de relatie-informatie.
         *
         *     Registreer welk(e) INFORMATIEOBJECT(en) een ZAAK kent.
         *
         *     **Er wordt gevalideerd op**
         *     - geldigheid informatieobject URL
         *     - uniek zijn van relatie ZAAK-INFORMATIEOBJECT
         */
        post: operations["zaakinformatieobject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakinformatieobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke ZAAK-INFORMATIEOBJECT relatie opvragen.
         * @description Een specifieke ZAAK-INFORMATIEOBJECT relatie opvragen.
         */
        get: operations["zaakinformatieobject_read"];
        /**
         * Werk een ZAAK-INFORMATIEOBJECT relatie in zijn geheel bij.
         * @description Je mag enkel de gegevens van de relatie bewerken, en niet de relatie zelf aanpassen.
         *
         *     **Er wordt gevalideerd op**
         *     - informatieobject URL en zaak URL mogen niet veranderen
         */
        put: operations["zaakinformatieobject_update"];
        post?: never;
        /**
         * Verwijder een ZAAK-INFORMATIEOBJECT relatie.
         * @description De gespiegelde relatie in de Documenten API wordt door de Zaken API verwijderd. Consumers kunnen dit niet handmatig doen.
         */
        delete: operations["zaakinformatieobject_delete"];
        options?: never;
        /**
         * De headers voor een specifiek(e) ZAAKINFORMATIEOBJECT opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["zaakinformatieobject_head"];
        /**
         * Werk een ZAAK-INFORMATIEOBJECT relatie in deels bij.
         * @description Je mag enkel de gegevens van de relatie bewerken, en niet de relatie zelf aanpassen.
         *
         *     **Er wordt gevalideerd op**
         *     - informatieobject URL en zaak URL mogen niet veranderen
         */
        patch: operations["zaakinformatieobject_partial_update"];
        trace?: never;
    };
    "/zaaknotities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKNOTITIEs opvragen.
         * @description **EXPERIMENTEEL** Alle ZAAKNOTITIEs opvragen.
         */
        get: operations["zaaknotitie_list"];
        put?: never;
        /**
         * Maak een ZAAKNOTITIE aan.
         * @description **EXPERIMENTEEL** Maak een ZAAKNOTITIE aan.
         */
        post: operations["zaaknotitie_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaaknotities/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke ZAAKNOTITIE opvragen.
         * @description **EXPERIMENTEEL** Een specifieke ZAAKNOTITIE opvragen.
         */
        get: operations["zaaknotitie_read"];
        /**
         * Werk een ZAAKNOTITIE in zijn geheel bij.
         * @description **EXPERIMENTEEL** Werk een ZAAKNOTITIE in zijn geheel bij.
         *
         *      **WARNING**: Notitie can only be modified when status is `concept`
         */
        put: operations["zaaknotitie_update"];
        post?: never;
        /**
         * Verwijder een ZAAKNOTITIE.
         * @description **EXPERIMENTEEL** Verwijder een ZAAKNOTITIE.
         */
        delete: operations["zaaknotitie_delete"];
        options?: never;
        head?: never;
        /**
         * Werk een ZAAKNOTITIE deels bij.
         * @description **EXPERIMENTEEL** Werk een ZAAKNOTITIE deels bij.
         *
         *      **WARNING**: Notitie can only be modified when status is `concept`
         */
        patch: operations["zaaknotitie_partial_update"];
        trace?: never;
    };
    "/zaaknummer_reserveren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserveer een zaaknummer
         * @description **EXPERIMENTEEL** Reserveer een zaaknummer binnen een specifieke bronorganisatie zonder direct een Zaak aan te maken. Dit zaaknummer zal toegekend worden aan de eerstvolgende Zaak die met dit zaaknummer wordt aangemaakt binnen de bronorganisatie en het zaaknummer kan daarna niet hergebruikt worden.
         *
         *     Als `aantal` niet wordt opgegeven of gelijk is aan 1, wordt een enkel object teruggegeven.
         *     Als `aantal > 1`, wordt een lijst van objecten teruggegeven.
         */
        post: operations["zaaknummer_reserveren"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKOBJECTen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         */
        get: operations["zaakobject_list"];
        put?: never;
        /**
         * Maak een ZAAKOBJECT aan.
         * @description Maak een ZAAKOBJECT aan.
         *
         *     **Er wordt gevalideerd op**
         *
         *     - Indien de `object` URL opgegeven is, dan moet deze een geldige response (HTTP 200) geven.
         *     - Indien opgegeven, dan wordt `objectIdentificatie` gevalideerd tegen de `objectType` discriminator.
         */
        post: operations["zaakobject_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek ZAAKOBJECT opvragen.
         * @description Een specifiek ZAAKOBJECT opvragen.
         */
        get: operations["zaakobject_read"];
        /**
         * Werk een ZAAKOBJECT in zijn geheel bij.
         * @description **Er wordt gevalideerd op**
         *
         *     - De attributen `zaak`, `object` en `objectType` mogen niet gewijzigd worden.
         *     - Indien opgegeven, dan wordt `objectIdentificatie` gevalideerd tegen de `objectType` discriminator.
         */
        put: operations["zaakobject_update"];
        post?: never;
        /**
         * Verwijder een ZAAKOBJECT.
         * @description Verbreek de relatie tussen een ZAAK en een OBJECT door de ZAAKOBJECT resource te verwijderen.
         */
        delete: operations["zaakobject_delete"];
        options?: never;
        head?: never;
        /**
         * Werk een ZAAKOBJECT deels bij.
         * @description **Er wordt gevalideerd op**
         *
         *     - De attributen `zaak`, `object` en `objectType` mogen niet gewijzigd worden.
         *     - Indien opgegeven, dan wordt `objectIdentificatie` gevalideerd tegen de `objectType` discriminator.
         */
        patch: operations["zaakobject_partial_update"];
        trace?: never;
    };
    "/zaakverzoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAK-VERZOEK opvragen.
         * @description Alle ZAAK-VERZOEK opvragen.
         */
        get: operations["zaakverzoek_list"];
        put?: never;
        /**
         * Maak een ZAAK-VERZOEK aan.
         * @description **Er wordt gevalideerd op**
         *     - geldigheid URL naar de VERZOEK
         */
        post: operations["zaakverzoek_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaakverzoeken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek ZAAK-VERZOEK opvragen.
         * @description Een specifiek ZAAK-VERZOEK opvragen.
         */
        get: operations["zaakverzoek_read"];
        put?: never;
        post?: never;
        /**
         * Verwijder een ZAAK-VERZOEK.
         * @description Verwijder een ZAAK-VERZOEK.
         */
        delete: operations["zaakverzoek_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKen opvragen.
         * @description Deze lijst kan gefilterd wordt met query-string parameters.
         *
         *     **Opmerking**
         *     - er worden enkel zaken getoond van de zaaktypes waar u toe geautoriseerd bent.
         */
        get: operations["zaak_list"];
        put?: never;
        /**
         * Maak een ZAAK aan.
         * @description Indien geen identificatie gegeven is, dan wordt deze automatisch gegenereerd. De identificatie moet uniek zijn binnen de bronorganisatie.
         *
         *     **Er wordt gevalideerd op**:
         *     - geldigheid `zaaktype` URL - de resource moet opgevraagd kunnen worden uit de Catalogi API en de vorm van een ZAAKTYPE hebben.
         *     - `zaaktype` is geen concept (`zaaktype.concept` = False)
         *     - `laatsteBetaaldatum` mag niet in de toekomst liggen.
         *     - `laatsteBetaaldatum` mag niet gezet worden als de betalingsindicatie "nvt" is.
         *     - `archiefnominatie` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefactiedatum` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefstatus` kan alleen een waarde anders dan "nog_te_archiveren" hebben indien van alle gerelateeerde INFORMATIEOBJECTen het attribuut `status` de waarde "gearchiveerd" heeft.
         */
        post: operations["zaak_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke ZAAK opvragen.
         * @description Een specifieke ZAAK opvragen.
         */
        get: operations["zaak_read"];
        /**
         * Werk een ZAAK in zijn geheel bij.
         * @description **Er wordt gevalideerd op**
         *     - `zaaktype` mag niet gewijzigd worden.
         *     - `identificatie` mag niet gewijzigd worden.
         *     - `laatsteBetaaldatum` mag niet in de toekomst liggen.
         *     - `laatsteBetaaldatum` mag niet gezet worden als de betalingsindicatie "nvt" is.
         *     - `archiefnominatie` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefactiedatum` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefstatus` kan alleen een waarde anders dan "nog_te_archiveren" hebben indien van alle gerelateeerde INFORMATIEOBJECTen het attribuut `status` de waarde "gearchiveerd" heeft.
         *
         *     **Opmerkingen**
         *     - er worden enkel zaken getoond van de zaaktypes waar u toe geautoriseerd bent.
         *     - zaaktype zal in de toekomst niet-wijzigbaar gemaakt worden.
         *     - indien een zaak heropend moet worden, doe dit dan door een nieuwe status toe te voegen die NIET de eindstatus is. Zie de `Status` resource.
         */
        put: operations["zaak_update"];
        post?: never;
        /**
         * Verwijder een ZAAK.
         * @description **De gerelateerde resources zijn hierbij**
         *     - `zaak` - de deelzaken van de verwijderde hoofzaak
         *     - `status` - alle statussen van de verwijderde zaak
         *     - `resultaat` - het resultaat van de verwijderde zaak
         *     - `rol` - alle rollen bij de zaak
         *     - `zaakobject` - alle zaakobjecten bij de zaak
         *     - `zaakeigenschap` - alle eigenschappen van de zaak
         *     - `zaakkenmerk` - alle kenmerken van de zaak
         *     - `zaakinformatieobject` - alle informatieobject van de zaak
         *     - `klantcontact` - alle klantcontacten bij een zaak
         */
        delete: operations["zaak_delete"];
        options?: never;
        /**
         * De headers voor een specifiek(e) ZAAK opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["zaak_head"];
        /**
         * Werk een ZAAK deels bij.
         * @description **Er wordt gevalideerd op**
         *     - `zaaktype` mag niet gewijzigd worden.
         *     - `identificatie` mag niet gewijzigd worden.
         *     - `laatsteBetaaldatum` mag niet in de toekomst liggen.
         *     - `laatsteBetaaldatum` mag niet gezet worden als de betalingsindicatie "nvt" is.
         *     - `archiefnominatie` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefactiedatum` moet een waarde hebben indien `archiefstatus` niet de waarde "nog_te_archiveren" heeft.
         *     - `archiefstatus` kan alleen een waarde anders dan "nog_te_archiveren" hebben indien van alle gerelateeerde INFORMATIEOBJECTen het attribuut `status` de waarde "gearchiveerd" heeft.
         *
         *     **Opmerkingen**
         *     - er worden enkel zaken getoond van de zaaktypes waar u toe geautoriseerd bent.
         *     - zaaktype zal in de toekomst niet-wijzigbaar gemaakt worden.
         *     - indien een zaak heropend moet worden, doe dit dan door een nieuwe status toe te voegen die NIET de eindstatus is. Zie de `Status` resource.
         *     - **EXPERIMENTEEL**: indien het versturen van cloud events is ingeschakeld, zal er bij het doen van een PATCH met `laatstGeopend` als enige attribuut in de request body een `nl.overheid.zaken.zaak-geopend` event verstuurd worden.
         */
        patch: operations["zaak_partial_update"];
        trace?: never;
    };
    "/zaken/{zaak_uuid}/audittrail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle audit trail regels behorend bij de ZAAK.
         * @description Alle audit trail regels behorend bij de ZAAK.
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
    "/zaken/{zaak_uuid}/audittrail/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
    "/zaken/{zaak_uuid}/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKBESLUITen opvragen.
         * @description Alle ZAAKBESLUITen opvragen.
         */
        get: operations["zaakbesluit_list"];
        put?: never;
        /**
         * Maak een ZAAKBESLUIT aan.
         * @description **LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.**
         *
         *     De Besluiten API gebruikt dit endpoint om relaties te synchroniseren, daarom is dit endpoint in de Zaken API geimplementeerd.
         *
         *     **Er wordt gevalideerd op**
         *     - geldigheid URL naar de ZAAK
         */
        post: operations["zaakbesluit_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/besluiten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek ZAAKBESLUIT opvragen.
         * @description Een specifiek ZAAKBESLUIT opvragen.
         */
        get: operations["zaakbesluit_read"];
        put?: never;
        post?: never;
        /**
         * Verwijder een ZAAKBESLUIT.
         * @description **LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.**
         *
         *     De Besluiten API gebruikt dit endpoint om relaties te synchroniseren, daarom is dit endpoint in de Zaken API geimplementeerd.
         */
        delete: operations["zaakbesluit_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/zaakeigenschappen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle ZAAKEIGENSCHAPpen opvragen.
         * @description Alle ZAAKEIGENSCHAPpen opvragen.
         */
        get: operations["zaakeigenschap_list"];
        put?: never;
        /**
         * Maak een ZAAKEIGENSCHAP aan.
         * @description Maak een ZAAKEIGENSCHAP aan.
         *
         *     **Er wordt gevalideerd op**
         *
         *     - **EXPERIMENTEEL** `waarde` moet worden gevalideerd tegen `eigenschap.specificatie` indien `ZAAK_EIGENSCHAP_WAARDE_VALIDATION` op `True` staat.
         */
        post: operations["zaakeigenschap_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zaken/{zaak_uuid}/zaakeigenschappen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifieke ZAAKEIGENSCHAP opvragen.
         * @description Een specifieke ZAAKEIGENSCHAP opvragen.
         */
        get: operations["zaakeigenschap_read"];
        /**
         * Werk een ZAAKEIGENSCHAP in zijn geheel bij.
         * @description **Er wordt gevalideerd op**
         *
         *     - Alleen de WAARDE mag gewijzigd worden
         */
        put: operations["zaakeigenschap_update"];
        post?: never;
        /**
         * Verwijder een ZAAKEIGENSCHAP.
         * @description Verwijder een ZAAKEIGENSCHAP.
         */
        delete: operations["zaakeigenschap_delete"];
        options?: never;
        /**
         * De headers voor een specifiek(e) ZAAKEIGENSCHAP opvragen
         * @description Vraag de headers op die je bij een GET request zou krijgen.
         */
        head: operations["zaakeigenschap_head"];
        /**
         * Werk een ZAAKEIGENSCHAP deels bij.
         * @description **Er wordt gevalideerd op**
         *
         *     - Alleen de WAARDE mag gewijzigd worden
         */
        patch: operations["zaakeigenschap_partial_update"];
        trace?: never;
    };
    "/zaken/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Voer een (geo)-zoekopdracht uit op ZAAKen.
         * @description Zoeken/filteren gaat normaal via de `list` operatie, deze is echter niet geschikt voor geo-zoekopdrachten.
         */
        post: operations["zaak__zoek"];
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
        /** @enum {string} */
        AardRelatieEnum: "vervolg" | "onderwerp" | "bijdrage" | "overig";
        /** @enum {string} */
        AardRelatieWeergaveEnum: "Hoort bij, omgekeerd: kent" | "Legt vast, omgekeerd: kan vastgelegd zijn als";
        /** @enum {string} */
        ArchiefnominatieEnum: "blijvend_bewaren" | "vernietigen";
        /** @enum {string} */
        ArchiefstatusEnum: "nog_te_archiveren" | "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "overgedragen";
        AuditTrail: {
            /**
             * Format: uuid
             * @description Unieke identificatie van de audit regel.
             */
            uuid?: string;
            /**
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
             */
            bron: components["schemas"]["BronEnum"];
            /** @description Unieke identificatie van de applicatie, binnen de organisatie. */
            applicatieId?: string;
            /** @description Vriendelijke naam van de applicatie. */
            applicatieWeergave?: string;
            /** @description Unieke identificatie van de gebruiker die binnen de organisatie herleid kan worden naar een persoon. */
            gebruikersId?: string;
            /** @description Vriendelijke naam van de gebruiker. */
            gebruikersWeergave?: string;
            /**
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
            /** @description Vriendelijke naam van de actie. */
            actieWeergave?: string;
            /** @description HTTP status code van de API response van de uitgevoerde handeling. */
            resultaat: number;
            /**
             * Format: uri
             * @description De URL naar het hoofdobject van een component.
             */
            hoofdObject: string;
            /** @description Het type resource waarop de actie gebeurde. */
            resource: string;
            /**
             * Format: uri
             * @description De URL naar het object.
             */
            resourceUrl: string;
            /** @description Toelichting waarom de handeling is uitgevoerd. */
            toelichting?: string;
            /** @description Vriendelijke identificatie van het object. */
            resourceWeergave: string;
            /**
             * Format: date-time
             * @description De datum waarop de handeling is gedaan.
             */
            readonly aanmaakdatum: string;
            wijzigingen: components["schemas"]["Wijzigingen"];
        };
        Base_RolSerializer: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE. */
            readonly omschrijving: string;
            /**
             * @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.
             *     * `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.
             *     * `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.
             *     * `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.
             *     * `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..
             *     * `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..
             *     * `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.
             *     * `mede_initiator` - (Mede-initiator)
             */
            readonly omschrijvingGeneriek: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * Format: date-time
             * @description De datum waarop dit object is geregistreerd.
             */
            readonly registratiedatum: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRol"] | null;
            /** @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn. */
            readonly statussen: string[];
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_RolSerializerRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRolRequest"] | null;
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_RolSubSerializer: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE. */
            readonly omschrijving: string;
            /**
             * @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.
             *     * `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.
             *     * `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.
             *     * `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.
             *     * `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..
             *     * `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..
             *     * `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.
             *     * `mede_initiator` - (Mede-initiator)
             */
            readonly omschrijvingGeneriek: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * Format: date-time
             * @description De datum waarop dit object is geregistreerd.
             */
            readonly registratiedatum: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRol"] | null;
            /** @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn. */
            readonly statussen: string[];
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_RolSubSerializerRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRolRequest"] | null;
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_RolUpdateSubSerializer: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            uuid?: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE. */
            readonly omschrijving: string;
            /**
             * @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.
             *     * `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.
             *     * `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.
             *     * `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.
             *     * `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..
             *     * `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..
             *     * `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.
             *     * `mede_initiator` - (Mede-initiator)
             */
            readonly omschrijvingGeneriek: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * Format: date-time
             * @description De datum waarop dit object is geregistreerd.
             */
            readonly registratiedatum: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRol"] | null;
            /** @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn. */
            readonly statussen: string[];
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_RolUpdateSubSerializerRequest: {
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            uuid?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK.
             */
            betrokkene?: string;
            /**
             * @description Betrokkene type `vestiging` is **DEPRECATED**.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `vestiging` - Vestiging
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `medewerker` - Medewerker
             */
            betrokkeneType: components["schemas"]["BetrokkeneTypeEnum"];
            /** @description De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden. */
            afwijkendeNaamBetrokkene?: string;
            /**
             * Format: uri
             * @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.
             */
            roltype: string;
            /** @description **EXPERIMENTEEL** Toelichting bij de rol (dit veld wijkt af van de standaard, omdat het veld niet verplicht is). */
            roltoelichting?: string;
            /**
             * @description Indicatie machtiging
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `gemachtigde` - De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             *     * `machtiginggever` - De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om namens hem of haar te handelen
             */
            indicatieMachtiging?: components["schemas"]["IndicatieMachtigingEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK PERSOON zijnde , vanuit het belang van BETROKKENE in haar ROL bij een ZAAK. */
            contactpersoonRol?: components["schemas"]["ContactPersoonRolRequest"] | null;
            /**
             * Begindatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL begint binnen de ZAAK.
             */
            beginGeldigheid?: string | null;
            /**
             * Einddatum geldigheid
             * Format: date
             * @description **EXPERIMENTEEL** De datum waarop de geldigheidsperiode van de ROL eindigt binnen de ZAAK.
             */
            eindeGeldigheid?: string | null;
        };
        Base_ZaakObjectSerializer: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de resource die het OBJECT beschrijft.
             */
            object?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API).
             */
            zaakobjecttype?: string;
            /**
             * @description Beschrijft het type OBJECT gerelateerd aan de ZAAK. Als er geen passend type is, dan moet het type worden opgegeven onder `objectTypeOverige`.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adres` - Adres
             *     * `besluit` - Besluit
             *     * `buurt` - Buurt
             *     * `enkelvoudig_document` - Enkelvoudig document
             *     * `gemeente` - Gemeente
             *     * `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte
             *     * `huishouden` - Huishouden
             *     * `inrichtingselement` - Inrichtingselement
             *     * `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak
             *     * `kunstwerkdeel` - Kunstwerkdeel
             *     * `maatschappelijke_activiteit` - Maatschappelijke activiteit
             *     * `medewerker` - Medewerker
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `openbare_ruimte` - Openbare ruimte
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `pand` - Pand
             *     * `spoorbaandeel` - Spoorbaandeel
             *     * `status` - Status
             *     * `terreindeel` - Terreindeel
             *     * `terrein_gebouwd_object` - Terrein gebouwd object
             *     * `vestiging` - Vestiging
             *     * `waterdeel` - Waterdeel
             *     * `wegdeel` - Wegdeel
             *     * `wijk` - Wijk
             *     * `woonplaats` - Woonplaats
             *     * `woz_deelobject` - Woz deel object
             *     * `woz_object` - Woz object
             *     * `woz_waarde` - Woz waarde
             *     * `zakelijk_recht` - Zakelijk recht
             *     * `overige` - Overige
             */
            objectType: components["schemas"]["ObjectTypeEnum"];
            /** @description Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft. */
            objectTypeOverige?: string;
            /**
             * definitie object type overige
             * @description Verwijzing naar het schema van het type OBJECT als `objectType` de waarde "overige" heeft.
             *
             *     * De URL referentie moet naar een JSON endpoint   wijzen waarin het objecttype gedefinieerd is, inclusief het   [JSON-schema](https://json-schema.org/).
             *     * Gebruik het `schema` attribuut om te verwijzen naar het schema binnen   de objecttype resource (deze gebruikt het   [jq](http://stedolan.github.io/jq/) formaat.
             *     * Gebruik het `objectData` attribuut om te verwijzen naar de gegevens   binnen het OBJECT. Deze gebruikt ook het   [jq](http://stedolan.github.io/jq/) formaat.
             *
             *     Indien je hier gebruikt van maakt, dan moet je een OBJECT url opgeven en is het gebruik van objectIdentificatie niet mogelijk. De opgegeven OBJECT url wordt gevalideerd tegen het schema van het opgegeven objecttype.
             */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitie"] | null;
            /** @description Omschrijving van de betrekking tussen de ZAAK en het OBJECT. */
            relatieomschrijving?: string;
        };
        Base_ZaakObjectSerializerRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de resource die het OBJECT beschrijft.
             */
            object?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API).
             */
            zaakobjecttype?: string;
            /**
             * @description Beschrijft het type OBJECT gerelateerd aan de ZAAK. Als er geen passend type is, dan moet het type worden opgegeven onder `objectTypeOverige`.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adres` - Adres
             *     * `besluit` - Besluit
             *     * `buurt` - Buurt
             *     * `enkelvoudig_document` - Enkelvoudig document
             *     * `gemeente` - Gemeente
             *     * `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte
             *     * `huishouden` - Huishouden
             *     * `inrichtingselement` - Inrichtingselement
             *     * `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak
             *     * `kunstwerkdeel` - Kunstwerkdeel
             *     * `maatschappelijke_activiteit` - Maatschappelijke activiteit
             *     * `medewerker` - Medewerker
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `openbare_ruimte` - Openbare ruimte
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `pand` - Pand
             *     * `spoorbaandeel` - Spoorbaandeel
             *     * `status` - Status
             *     * `terreindeel` - Terreindeel
             *     * `terrein_gebouwd_object` - Terrein gebouwd object
             *     * `vestiging` - Vestiging
             *     * `waterdeel` - Waterdeel
             *     * `wegdeel` - Wegdeel
             *     * `wijk` - Wijk
             *     * `woonplaats` - Woonplaats
             *     * `woz_deelobject` - Woz deel object
             *     * `woz_object` - Woz object
             *     * `woz_waarde` - Woz waarde
             *     * `zakelijk_recht` - Zakelijk recht
             *     * `overige` - Overige
             */
            objectType: components["schemas"]["ObjectTypeEnum"];
            /** @description Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft. */
            objectTypeOverige?: string;
            /**
             * definitie object type overige
             * @description Verwijzing naar het schema van het type OBJECT als `objectType` de waarde "overige" heeft.
             *
             *     * De URL referentie moet naar een JSON endpoint   wijzen waarin het objecttype gedefinieerd is, inclusief het   [JSON-schema](https://json-schema.org/).
             *     * Gebruik het `schema` attribuut om te verwijzen naar het schema binnen   de objecttype resource (deze gebruikt het   [jq](http://stedolan.github.io/jq/) formaat.
             *     * Gebruik het `objectData` attribuut om te verwijzen naar de gegevens   binnen het OBJECT. Deze gebruikt ook het   [jq](http://stedolan.github.io/jq/) formaat.
             *
             *     Indien je hier gebruikt van maakt, dan moet je een OBJECT url opgeven en is het gebruik van objectIdentificatie niet mogelijk. De opgegeven OBJECT url wordt gevalideerd tegen het schema van het opgegeven objecttype.
             */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitieRequest"] | null;
            /** @description Omschrijving van de betrekking tussen de ZAAK en het OBJECT. */
            relatieomschrijving?: string;
        };
        Base_ZaakObjectSubSerializer: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de resource die het OBJECT beschrijft.
             */
            object?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API).
             */
            zaakobjecttype?: string;
            /**
             * @description Beschrijft het type OBJECT gerelateerd aan de ZAAK. Als er geen passend type is, dan moet het type worden opgegeven onder `objectTypeOverige`.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adres` - Adres
             *     * `besluit` - Besluit
             *     * `buurt` - Buurt
             *     * `enkelvoudig_document` - Enkelvoudig document
             *     * `gemeente` - Gemeente
             *     * `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte
             *     * `huishouden` - Huishouden
             *     * `inrichtingselement` - Inrichtingselement
             *     * `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak
             *     * `kunstwerkdeel` - Kunstwerkdeel
             *     * `maatschappelijke_activiteit` - Maatschappelijke activiteit
             *     * `medewerker` - Medewerker
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `openbare_ruimte` - Openbare ruimte
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `pand` - Pand
             *     * `spoorbaandeel` - Spoorbaandeel
             *     * `status` - Status
             *     * `terreindeel` - Terreindeel
             *     * `terrein_gebouwd_object` - Terrein gebouwd object
             *     * `vestiging` - Vestiging
             *     * `waterdeel` - Waterdeel
             *     * `wegdeel` - Wegdeel
             *     * `wijk` - Wijk
             *     * `woonplaats` - Woonplaats
             *     * `woz_deelobject` - Woz deel object
             *     * `woz_object` - Woz object
             *     * `woz_waarde` - Woz waarde
             *     * `zakelijk_recht` - Zakelijk recht
             *     * `overige` - Overige
             */
            objectType: components["schemas"]["ObjectTypeEnum"];
            /** @description Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft. */
            objectTypeOverige?: string;
            /**
             * definitie object type overige
             * @description Verwijzing naar het schema van het type OBJECT als `objectType` de waarde "overige" heeft.
             *
             *     * De URL referentie moet naar een JSON endpoint   wijzen waarin het objecttype gedefinieerd is, inclusief het   [JSON-schema](https://json-schema.org/).
             *     * Gebruik het `schema` attribuut om te verwijzen naar het schema binnen   de objecttype resource (deze gebruikt het   [jq](http://stedolan.github.io/jq/) formaat.
             *     * Gebruik het `objectData` attribuut om te verwijzen naar de gegevens   binnen het OBJECT. Deze gebruikt ook het   [jq](http://stedolan.github.io/jq/) formaat.
             *
             *     Indien je hier gebruikt van maakt, dan moet je een OBJECT url opgeven en is het gebruik van objectIdentificatie niet mogelijk. De opgegeven OBJECT url wordt gevalideerd tegen het schema van het opgegeven objecttype.
             */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitie"] | null;
            /** @description Omschrijving van de betrekking tussen de ZAAK en het OBJECT. */
            relatieomschrijving?: string;
        };
        Base_ZaakObjectSubSerializerRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de resource die het OBJECT beschrijft.
             */
            object?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API).
             */
            zaakobjecttype?: string;
            /**
             * @description Beschrijft het type OBJECT gerelateerd aan de ZAAK. Als er geen passend type is, dan moet het type worden opgegeven onder `objectTypeOverige`.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `adres` - Adres
             *     * `besluit` - Besluit
             *     * `buurt` - Buurt
             *     * `enkelvoudig_document` - Enkelvoudig document
             *     * `gemeente` - Gemeente
             *     * `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte
             *     * `huishouden` - Huishouden
             *     * `inrichtingselement` - Inrichtingselement
             *     * `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak
             *     * `kunstwerkdeel` - Kunstwerkdeel
             *     * `maatschappelijke_activiteit` - Maatschappelijke activiteit
             *     * `medewerker` - Medewerker
             *     * `natuurlijk_persoon` - Natuurlijk persoon
             *     * `niet_natuurlijk_persoon` - Niet-natuurlijk persoon
             *     * `openbare_ruimte` - Openbare ruimte
             *     * `organisatorische_eenheid` - Organisatorische eenheid
             *     * `pand` - Pand
             *     * `spoorbaandeel` - Spoorbaandeel
             *     * `status` - Status
             *     * `terreindeel` - Terreindeel
             *     * `terrein_gebouwd_object` - Terrein gebouwd object
             *     * `vestiging` - Vestiging
             *     * `waterdeel` - Waterdeel
             *     * `wegdeel` - Wegdeel
             *     * `wijk` - Wijk
             *     * `woonplaats` - Woonplaats
             *     * `woz_deelobject` - Woz deel object
             *     * `woz_object` - Woz object
             *     * `woz_waarde` - Woz waarde
             *     * `zakelijk_recht` - Zakelijk recht
             *     * `overige` - Overige
             */
            objectType: components["schemas"]["ObjectTypeEnum"];
            /** @description Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft. */
            objectTypeOverige?: string;
            /**
             * definitie object type overige
             * @description Verwijzing naar het schema van het type OBJECT als `objectType` de waarde "overige" heeft.
             *
             *     * De URL referentie moet naar een JSON endpoint   wijzen waarin het objecttype gedefinieerd is, inclusief het   [JSON-schema](https://json-schema.org/).
             *     * Gebruik het `schema` attribuut om te verwijzen naar het schema binnen   de objecttype resource (deze gebruikt het   [jq](http://stedolan.github.io/jq/) formaat.
             *     * Gebruik het `objectData` attribuut om te verwijzen naar de gegevens   binnen het OBJECT. Deze gebruikt ook het   [jq](http://stedolan.github.io/jq/) formaat.
             *
             *     Indien je hier gebruikt van maakt, dan moet je een OBJECT url opgeven en is het gebruik van objectIdentificatie niet mogelijk. De opgegeven OBJECT url wordt gevalideerd tegen het schema van het opgegeven objecttype.
             */
            objectTypeOverigeDefinitie?: components["schemas"]["ObjectTypeOverigeDefinitieRequest"] | null;
            /** @description Omschrijving van de betrekking tussen de ZAAK en het OBJECT. */
            relatieomschrijving?: string;
        };
        /** @enum {string} */
        BetalingsindicatieEnum: "nvt" | "gefactureerd" | "gecrediteerd" | "betaald" | "nog_niet" | "gedeeltelijk" | "geheel";
        /** @enum {string} */
        BetrokkeneTypeEnum: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging" | "organisatorische_eenheid" | "medewerker";
        /** @enum {unknown} */
        BlankEnum: "";
        /** @enum {string} */
        BronEnum: "ac" | "nrc" | "zrc" | "ztc" | "drc" | "brc" | "cmc" | "kc" | "vrc";
        ContactPersoonRol: {
            /**
             * Email
             * Format: email
             * @description Elektronich postadres waaronder de contactpersoon in de regel bereikbaar is.
             */
            emailadres?: string;
            /** @description De aanduiding van de taken, rechten en plichten die de contactpersoon heeft binnen de organisatie van BETROKKENE. */
            functie?: string;
            /** @description Telefoonnummer waaronder de contactpersoon in de regel bereikbaar is. */
            telefoonnummer?: string;
            /** @description De opgemaakte naam van de contactpersoon namens de BETROKKENE. */
            naam: string;
        };
        ContactPersoonRolRequest: {
            /**
             * Email
             * Format: email
             * @description Elektronich postadres waaronder de contactpersoon in de regel bereikbaar is.
             */
            emailadres?: string;
            /** @description De aanduiding van de taken, rechten en plichten die de contactpersoon heeft binnen de organisatie van BETROKKENE. */
            functie?: string;
            /** @description Telefoonnummer waaronder de contactpersoon in de regel bereikbaar is. */
            telefoonnummer?: string;
            /** @description De opgemaakte naam van de contactpersoon namens de BETROKKENE. */
            naam: string;
        };
        DigiDAuthContext: {
            /**
             * Bron
             * @description DigiD is de enige manier waarop een Natuurlijk Persoon geïdentificeerd kan worden.
             */
            source: components["schemas"]["DigiDAuthContextSourceEnum"];
            /**
             * Betrouwbaarheidsniveau
             * @description Geeft aan hoe sterk de identiteitsclaim is. Logius definieert de mogelijke betrouwbaarheidsniveaus*en* schrijft voor wat het minimale niveau moet zijn. Het opslaan van deze context stelt portalen in staat om alleen de zaken weer te gegeven met een lager of gelijk betrouwbaarheidsniveau in de op dat moment actieve portaal authenticatie context.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport` - DigiD Basis
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract` - DigiD Midden
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard` - DigiD Substantieel
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI` - DigiD Hoog
             */
            levelOfAssurance: components["schemas"]["DigiDAuthContextLevelOfAssuranceEnum"];
            /**
             * vertegenwoordigde persoon
             * @description Wanneer de `Rol` voor de gemachtigde geregistreerd wordt, moet de vertegenwoordigde bijgevoegd worden om duidelijk te maken dat er sprake is van een machtiging. Dit maakt het ook het attribuut `mandate` en de context daarbij verplicht. Als een vertegenwoordigde bijgevoegd wordt, moet er ook een aparte `Rol` aangemaakt worden met `rolomschrijvingGeneriek` gelijk aan `belanghebbende` en `indicatieMachtiging` gelijk aan `machtiginggever`.
             */
            representee?: components["schemas"]["DigiDRepresentee"];
            /**
             * machtiging context
             * @description Het attribuut `mandate` is verplicht als een `representee` is gespecificeerd.
             */
            mandate?: components["schemas"]["DigiDMandate"];
        };
        /** @enum {string} */
        DigiDAuthContextLevelOfAssuranceEnum: "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" | "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract" | "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard" | "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
        DigiDAuthContextRequest: {
            /**
             * Bron
             * @description DigiD is de enige manier waarop een Natuurlijk Persoon geïdentificeerd kan worden.
             */
            source: components["schemas"]["DigiDAuthContextSourceEnum"];
            /**
             * Betrouwbaarheidsniveau
             * @description Geeft aan hoe sterk de identiteitsclaim is. Logius definieert de mogelijke betrouwbaarheidsniveaus*en* schrijft voor wat het minimale niveau moet zijn. Het opslaan van deze context stelt portalen in staat om alleen de zaken weer te gegeven met een lager of gelijk betrouwbaarheidsniveau in de op dat moment actieve portaal authenticatie context.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport` - DigiD Basis
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract` - DigiD Midden
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard` - DigiD Substantieel
             *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI` - DigiD Hoog
             */
            levelOfAssurance: components["schemas"]["DigiDAuthContextLevelOfAssuranceEnum"];
            /**
             * vertegenwoordigde persoon
             * @description Wanneer de `Rol` voor de gemachtigde geregistreerd wordt, moet de vertegenwoordigde bijgevoegd worden om duidelijk te maken dat er sprake is van een machtiging. Dit maakt het ook het attribuut `mandate` en de context daarbij verplicht. Als een vertegenwoordigde bijgevoegd wordt, moet er ook een aparte `Rol` aangemaakt worden met `rolomschrijvingGeneriek` gelijk aan `belanghebbende` en `indicatieMachtiging` gelijk aan `machtiginggever`.
             */
            representee?: components["schemas"]["DigiDRepresenteeRequest"];
            /**
             * machtiging context
             * @description Het attribuut `mandate` is verplicht als een `representee` is gespecificeerd.
             */
            mandate?: components["schemas"]["DigiDMandateRequest"];
        };
        /** @enum {string} */
        DigiDAuthContextSourceEnum: "digid";
        DigiDMandate: {
            services: components["schemas"]["DigiDMandateService"][];
        };
        DigiDMandateRequest: {
            services: components["schemas"]["DigiDMandateServiceRequest"][];
        };
        DigiDMandateService: {
            /** service ID */
            id: string;
        };
        DigiDMandateServiceRequest: {
            /** service ID */
            id: string;
        };
        DigiDRepresentee: {
            /**
             * Identificatie type
             * @description Geeft aan hoe de `identifier` waarde geïnterpreteerd moet worden. DigiD en DigiD Machtigen ondersteunen alleen BSN
             */
            identifierType: components["schemas"]["DigiDRepresenteeIdentifierTypeEnum"];
            /**
             * Identificatie
             * @description BSN van de persoon die vertegenwoordigd wordt. Een BSN moet voldoen aan de 11-proef
             */
            identifier: string;
        };
        /** @enum {string} */
        DigiDRepresenteeIdentifierTypeEnum: "bsn";
        DigiDRepresenteeRequest: {
            /**
             * Identificatie type
             * @description Geeft aan hoe de `identifier` waarde geïnterpreteerd moet worden. DigiD en DigiD Machtigen ondersteunen alleen BSN
             */
            identifierType: components["schemas"]["DigiDRepresenteeIdentifierTypeEnum"];
            /**
             * Identificatie
             * @description BSN van de persoon die vertegenwoordigd wordt. Een BSN moet voldoen aan de 11-proef
             */
            identifier: string;
        };
        /** @enum {string} */
        DoelgroepEnum: "betrokkenen" | "intern";
        /** @enum {string} */
        EHerkenningAuthContextLevelOfAssuranceEnum: "urn:etoegang:core:assurance-class:loa1" | "urn:etoegang:core:assurance-class:loa2" | "urn:etoegang:core:assurance-class:loa2plus" | "urn:etoegang:core:assurance-class:loa3" | "urn:etoegang:core:assurance-class:loa4";
        /** @enum {string} */
        EHerkenningAuthContextSourceEnum: "eherkenning";
        /** @enum {string} */
        EHerkenningRepresenteeIdentifierTypeEnum: "bsn" | "kvkNummer";
        ExpandZaak: components["schemas"]["Zaak"] & {
            /** @description Display details of the linked resources requested in the `expand` parameter */
            _expand?: {
                /** @description URL-referentie naar het ZAAKTYPE (in de Catalogi API). */
                zaaktype?: components["schemas"]["ZaakType"];
                /**
                 * Is deelzaak van
                 * @description URL-referentie naar de ZAAK, waarom verzocht is door de initiator daarvan, die behandeld wordt in twee of meer separate ZAAKen waarvan de onderhavige ZAAK er één is.
                 */
                hoofdzaak?: components["schemas"]["Zaak"] | null;
                /** @description URL-referenties naar deel ZAAKen. */
                readonly deelzaken?: components["schemas"]["Zaak"][];
                /** @description URL-referenties naar ZAAK-EIGENSCHAPPen. */
                readonly eigenschappen?: components["schemas"]["ZaakEigenschap"][];
                /** @description Indien geen status bekend is, dan is de waarde 'null' */
                readonly status?: components["schemas"]["Status"] | null;
                /** @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null' */
                readonly resultaat?: components["schemas"]["Resultaat"] | null;
                /** @description URL-referenties naar ROLLen. */
                readonly rollen?: components["schemas"]["Rol"][];
                /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
                readonly zaakinformatieobjecten?: components["schemas"]["ZaakInformatieObject"][];
                /** @description URL-referenties naar ZAAKOBJECTen. */
                readonly zaakobjecten?: components["schemas"]["ZaakObject"][];
            };
        };
        /** @description Formaat van validatiefouten. */
        FieldValidationError: {
            /** @description Naam van het veld met ongeldige gegevens */
            name: string;
            /** @description Systeemcode die het type fout aangeeft */
            code: string;
            /** @description Uitleg wat er precies fout is met de gegevens */
            reason: string;
        };
        /** @description Formaat van HTTP 4xx en 5xx fouten. */
        Fout: {
            /** @description URI referentie naar het type fout, bedoeld voor developers */
            type?: string;
            /** @description Systeemcode die het type fout aangeeft */
            code: string;
            /** @description Generieke titel voor het type fout */
            title: string;
            /** @description De HTTP status code */
            status: number;
            /** @description Extra informatie bij de fout, indien beschikbaar */
            detail: string;
            /** @description URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld. */
            instance: string;
        };
        /** GeoJSONGeometry */
        GeoJSONGeometry: components["schemas"]["Point"] | components["schemas"]["MultiPoint"] | components["schemas"]["LineString"] | components["schemas"]["MultiLineString"] | components["schemas"]["Polygon"] | components["schemas"]["MultiPolygon"] | components["schemas"]["GeometryCollection"];
        GeoWithinRequest: {
            within?: components["schemas"]["GeoJSONGeometry"];
        };
        /**
         * Geometry
         * @description GeoJSON geometry
         */
        Geometry: {
            /** @description The geometry type */
            type: components["schemas"]["GeometryTypeEnum"];
        };
        /** @description GeoJSON geometry collection */
        GeometryCollection: components["schemas"]["Geometry"] & {
            geometries: components["schemas"]["Geometry"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GeometryCollection";
        };
        /** @enum {string} */
        GeometryTypeEnum: "Point" | "MultiPoint" | "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon" | "Feature" | "FeatureCollection" | "GeometryCollection";
        GerelateerdeZaak: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK. (Het ZAAKTYPE van deze ZAAK hoeft niet te zijn toegevoegd aan de gerelateerdeZaaktypen van het andere ZAAKTYPE.)
             */
            url: string;
        };
        GerelateerdeZaakRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK. (Het ZAAKTYPE van deze ZAAK hoeft niet te zijn toegevoegd aan de gerelateerdeZaaktypen van het andere ZAAKTYPE.)
             */
            url: string;
        };
        /** @enum {string} */
        GeslachtsaanduidingEnum: "m" | "v" | "o";
        /** @enum {string} */
        IndicatieMachtigingEnum: "gemachtigde" | "machtiginggever";
        /** @enum {string} */
        InnRechtsvormEnum: "besloten_vennootschap" | "cooperatie_europees_economische_samenwerking" | "europese_cooperatieve_venootschap" | "europese_naamloze_vennootschap" | "kerkelijke_organisatie" | "naamloze_vennootschap" | "onderlinge_waarborg_maatschappij" | "overig_privaatrechtelijke_rechtspersoon" | "stichting" | "vereniging" | "vereniging_van_eigenaars" | "publiekrechtelijke_rechtspersoon" | "vennootschap_onder_firma" | "maatschap" | "rederij" | "commanditaire_vennootschap" | "kapitaalvennootschap_binnen_eer" | "overige_buitenlandse_rechtspersoon_vennootschap" | "kapitaalvennootschap_buiten_eer";
        KlantContact: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /** @description De unieke aanduiding van een KLANTCONTACT */
            identificatie?: string;
            /**
             * Format: date-time
             * @description De datum en het tijdstip waarop het KLANTCONTACT begint
             */
            datumtijd: string;
            /** @description Het communicatiekanaal waarlangs het KLANTCONTACT gevoerd wordt */
            kanaal?: string;
            /** @description Het onderwerp waarover contact is geweest met de klant. */
            onderwerp?: string;
            /** @description Een toelichting die inhoudelijk het contact met de klant beschrijft. */
            toelichting?: string;
        };
        KlantContactRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /** @description De unieke aanduiding van een KLANTCONTACT */
            identificatie?: string;
            /**
             * Format: date-time
             * @description De datum en het tijdstip waarop het KLANTCONTACT begint
             */
            datumtijd: string;
            /** @description Het communicatiekanaal waarlangs het KLANTCONTACT gevoerd wordt */
            kanaal?: string;
            /** @description Het onderwerp waarover contact is geweest met de klant. */
            onderwerp?: string;
            /** @description Een toelichting die inhoudelijk het contact met de klant beschrijft. */
            toelichting?: string;
        };
        /** @description GeoJSON line-string geometry */
        LineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "LineString";
        };
        MedewerkerIdentificatie: {
            /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de MEDEWERKER. Dit veld wijkt af van de standaard, omdat er 128 karakters zijn toegestaan in plaats van 24 */
            identificatie?: string;
            /** @description De achternaam zoals de MEDEWERKER die in het dagelijkse verkeer gebruikt. */
            achternaam?: string;
            /** @description De verzameling letters die gevormd wordt door de eerste letter van alle in volgorde voorkomende voornamen. */
            voorletters?: string;
            /** @description Dat deel van de geslachtsnaam dat voorkomt in Tabel 36 (GBA), voorvoegseltabel, en door een spatie van de geslachtsnaam is */
            voorvoegselAchternaam?: string;
        };
        MedewerkerIdentificatieRequest: {
            /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de MEDEWERKER. Dit veld wijkt af van de standaard, omdat er 128 karakters zijn toegestaan in plaats van 24 */
            identificatie?: string;
            /** @description De achternaam zoals de MEDEWERKER die in het dagelijkse verkeer gebruikt. */
            achternaam?: string;
            /** @description De verzameling letters die gevormd wordt door de eerste letter van alle in volgorde voorkomende voornamen. */
            voorletters?: string;
            /** @description Dat deel van de geslachtsnaam dat voorkomt in Tabel 36 (GBA), voorvoegseltabel, en door een spatie van de geslachtsnaam is */
            voorvoegselAchternaam?: string;
        };
        /** @description GeoJSON multi-line-string geometry */
        MultiLineString: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiLineString";
        };
        /** @description GeoJSON multi-point geometry */
        MultiPoint: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPoint";
        };
        /** @description GeoJSON multi-polygon geometry */
        MultiPolygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MultiPolygon";
        };
        NatuurlijkPersoonIdentificatie: {
            /** @description Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer. */
            inpBsn?: string;
            /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON */
            anpIdentificatie?: string;
            /** @description Het administratienummer van de persoon, bedoeld in de Wet BRP */
            inpA_nummer?: string;
            /** @description De stam van de geslachtsnaam. */
            geslachtsnaam?: string;
            voorvoegselGeslachtsnaam?: string;
            /** @description De verzameling letters die gevormd wordt door de eerste letter van alle in volgorde voorkomende voornamen. */
            voorletters?: string;
            /** @description Voornamen bij de naam die de persoon wenst te voeren. */
            voornamen?: string;
            /**
             * @description Een aanduiding die aangeeft of de persoon een man of een vrouw is, of dat het geslacht nog onbekend is.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `m` - Man
             *     * `v` - Vrouw
             *     * `o` - Onbekend
             */
            geslachtsaanduiding?: components["schemas"]["GeslachtsaanduidingEnum"] | components["schemas"]["BlankEnum"];
            geboortedatum?: string;
            verblijfsadres?: components["schemas"]["VerblijfsAdres"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
        };
        NatuurlijkPersoonIdentificatieRequest: {
            /** @description Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer. */
            inpBsn?: string;
            /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON */
            anpIdentificatie?: string;
            /** @description Het administratienummer van de persoon, bedoeld in de Wet BRP */
            inpA_nummer?: string;
            /** @description De stam van de geslachtsnaam. */
            geslachtsnaam?: string;
            voorvoegselGeslachtsnaam?: string;
            /** @description De verzameling letters die gevormd wordt door de eerste letter van alle in volgorde voorkomende voornamen. */
            voorletters?: string;
            /** @description Voornamen bij de naam die de persoon wenst te voeren. */
            voornamen?: string;
            /**
             * @description Een aanduiding die aangeeft of de persoon een man of een vrouw is, of dat het geslacht nog onbekend is.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `m` - Man
             *     * `v` - Vrouw
             *     * `o` - Onbekend
             */
            geslachtsaanduiding?: components["schemas"]["GeslachtsaanduidingEnum"] | components["schemas"]["BlankEnum"];
            geboortedatum?: string;
            verblijfsadres?: components["schemas"]["VerblijfsAdresRequest"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenlandRequest"] | null;
        };
        NietNatuurlijkPersoonIdentificatie: {
            /** @description Het door een kamer toegekend RSIN voor de INGESCHREVEN NIET-NATUURLIJK PERSOON */
            innNnpId?: string;
            /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON */
            annIdentificatie?: string;
            /** @description **EXPERIMENTEEL** Een uniek nummer toegekend door de Kamer van Koophandel */
            kvkNummer?: string;
            /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging. */
            vestigingsNummer?: string;
            /** @description Naam van de niet-natuurlijke persoon zoals deze is vastgelegd in de statuten (rechtspersoon) of in de vennootschapsovereenkomst is overeengekomen (Vennootschap onder firma of Commanditaire vennootschap). */
            statutaireNaam?: string;
            /** @description De juridische vorm van de NIET-NATUURLIJK PERSOON. */
            innRechtsvorm?: components["schemas"]["InnRechtsvormEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens over het adres van de NIET-NATUURLIJK PERSOON */
            bezoekadres?: string;
            /** @description **EXPERIMENTEEL** verblijfsadres */
            verblijfsadres?: components["schemas"]["VerblijfsAdres"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
        };
        NietNatuurlijkPersoonIdentificatieRequest: {
            /** @description Het door een kamer toegekend RSIN voor de INGESCHREVEN NIET-NATUURLIJK PERSOON */
            innNnpId?: string;
            /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON */
            annIdentificatie?: string;
            /** @description **EXPERIMENTEEL** Een uniek nummer toegekend door de Kamer van Koophandel */
            kvkNummer?: string;
            /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging. */
            vestigingsNummer?: string;
            /** @description Naam van de niet-natuurlijke persoon zoals deze is vastgelegd in de statuten (rechtspersoon) of in de vennootschapsovereenkomst is overeengekomen (Vennootschap onder firma of Commanditaire vennootschap). */
            statutaireNaam?: string;
            /** @description De juridische vorm van de NIET-NATUURLIJK PERSOON. */
            innRechtsvorm?: components["schemas"]["InnRechtsvormEnum"] | components["schemas"]["BlankEnum"];
            /** @description De gegevens over het adres van de NIET-NATUURLIJK PERSOON */
            bezoekadres?: string;
            /** @description **EXPERIMENTEEL** verblijfsadres */
            verblijfsadres?: components["schemas"]["VerblijfsAdresRequest"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenlandRequest"] | null;
        };
        /** @enum {string} */
        NotitieTypeEnum: "intern" | "extern";
        /** @enum {unknown} */
        NullEnum: null;
        ObjectAdres: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            huisnummer: number;
            huisletter?: string;
            huisnummertoevoeging?: string;
            postcode?: string;
        };
        ObjectAdresRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            huisnummer: number;
            huisletter?: string;
            huisnummertoevoeging?: string;
            postcode?: string;
        };
        ObjectBuurt: {
            /** @description De code behorende bij de naam van de buurt */
            buurtCode: string;
            /** @description De naam van de buurt, zoals die door het CBS wordt gebruikt. */
            buurtNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemGemeenteCode: string;
            /** @description De code behorende bij de naam van de wijk */
            wykWijkCode: string;
        };
        ObjectBuurtRequest: {
            /** @description De code behorende bij de naam van de buurt */
            buurtCode: string;
            /** @description De naam van de buurt, zoals die door het CBS wordt gebruikt. */
            buurtNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemGemeenteCode: string;
            /** @description De code behorende bij de naam van de wijk */
            wykWijkCode: string;
        };
        ObjectGemeente: {
            /** @description De officiële door de gemeente vastgestelde gemeentenaam. */
            gemeenteNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemeenteCode: string;
        };
        ObjectGemeenteRequest: {
            /** @description De officiële door de gemeente vastgestelde gemeentenaam. */
            gemeenteNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemeenteCode: string;
        };
        ObjectGemeentelijkeOpenbareRuimte: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            openbareRuimteNaam: string;
        };
        ObjectGemeentelijkeOpenbareRuimteRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            openbareRuimteNaam: string;
        };
        ObjectHuishouden: {
            /** @description Uniek identificerend administratienummer van een huishouden zoals toegekend door de gemeente waarin het huishouden woonachtig is. */
            nummer: string;
            isGehuisvestIn?: components["schemas"]["ObjectTerreinGebouwdObject"] | null;
        };
        ObjectHuishoudenRequest: {
            /** @description Uniek identificerend administratienummer van een huishouden zoals toegekend door de gemeente waarin het huishouden woonachtig is. */
            nummer: string;
            isGehuisvestIn?: components["schemas"]["ObjectTerreinGebouwdObjectRequest"] | null;
        };
        ObjectInrichtingselement: {
            /**
             * @description Specificatie van de aard van het inrichtingselement.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `bak` - Bak
             *     * `bord` - Bord
             *     * `installatie` - Installatie
             *     * `kast` - Kast
             *     * `mast` - Mast
             *     * `paal` - Paal
             *     * `sensor` - Sensor
             *     * `straatmeubilair` - Straatmeubilair
             *     * `waterinrichtingselement` - Waterinrichtingselement
             *     * `weginrichtingselement` - Weginrichtingselement
             */
            type: components["schemas"]["ObjectInrichtingselementTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectInrichtingselementRequest: {
            /**
             * @description Specificatie van de aard van het inrichtingselement.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `bak` - Bak
             *     * `bord` - Bord
             *     * `installatie` - Installatie
             *     * `kast` - Kast
             *     * `mast` - Mast
             *     * `paal` - Paal
             *     * `sensor` - Sensor
             *     * `straatmeubilair` - Straatmeubilair
             *     * `waterinrichtingselement` - Waterinrichtingselement
             *     * `weginrichtingselement` - Weginrichtingselement
             */
            type: components["schemas"]["ObjectInrichtingselementTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        /** @enum {string} */
        ObjectInrichtingselementTypeEnum: "bak" | "bord" | "installatie" | "kast" | "mast" | "paal" | "sensor" | "straatmeubilair" | "waterinrichtingselement" | "weginrichtingselement";
        ObjectKadastraleOnroerendeZaak: {
            /** @description De unieke identificatie van het OBJECT */
            kadastraleIdentificatie: string;
            /** @description De typering van de kadastrale aanduiding van een onroerende zaak conform Kadaster */
            kadastraleAanduiding: string;
        };
        ObjectKadastraleOnroerendeZaakRequest: {
            /** @description De unieke identificatie van het OBJECT */
            kadastraleIdentificatie: string;
            /** @description De typering van de kadastrale aanduiding van een onroerende zaak conform Kadaster */
            kadastraleAanduiding: string;
        };
        ObjectKunstwerkdeel: {
            /**
             * @description Specificatie van het soort Kunstwerk waartoe het kunstwerkdeel behoort.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `keermuur` - Keermuur
             *     * `overkluizing` - Overkluizing
             *     * `duiker` - Duiker
             *     * `faunavoorziening` - Faunavoorziening
             *     * `vispassage` - Vispassage
             *     * `bodemval` - Bodemval
             *     * `coupure` - Coupure
             *     * `ponton` - Ponton
             *     * `voorde` - Voorde
             *     * `hoogspanningsmast` - Hoogspanningsmast
             *     * `gemaal` - Gemaal
             *     * `perron` - Perron
             *     * `sluis` - Sluis
             *     * `strekdam` - Strekdam
             *     * `steiger` - Steiger
             *     * `stuw` - Stuw
             */
            type: components["schemas"]["ObjectKunstwerkdeelTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            naam: string;
        };
        ObjectKunstwerkdeelRequest: {
            /**
             * @description Specificatie van het soort Kunstwerk waartoe het kunstwerkdeel behoort.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `keermuur` - Keermuur
             *     * `overkluizing` - Overkluizing
             *     * `duiker` - Duiker
             *     * `faunavoorziening` - Faunavoorziening
             *     * `vispassage` - Vispassage
             *     * `bodemval` - Bodemval
             *     * `coupure` - Coupure
             *     * `ponton` - Ponton
             *     * `voorde` - Voorde
             *     * `hoogspanningsmast` - Hoogspanningsmast
             *     * `gemaal` - Gemaal
             *     * `perron` - Perron
             *     * `sluis` - Sluis
             *     * `strekdam` - Strekdam
             *     * `steiger` - Steiger
             *     * `stuw` - Stuw
             */
            type: components["schemas"]["ObjectKunstwerkdeelTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            naam: string;
        };
        /** @enum {string} */
        ObjectKunstwerkdeelTypeEnum: "keermuur" | "overkluizing" | "duiker" | "faunavoorziening" | "vispassage" | "bodemval" | "coupure" | "ponton" | "voorde" | "hoogspanningsmast" | "gemaal" | "perron" | "sluis" | "strekdam" | "steiger" | "stuw";
        ObjectMaatschappelijkeActiviteit: {
            /** @description Landelijk uniek identificerend administratienummer van een MAATSCHAPPELIJKE ACTIVITEIT zoals toegewezen door de Kamer van Koophandel (KvK). */
            kvkNummer: string;
            /** @description De naam waaronder de onderneming handelt. */
            handelsnaam: string;
        };
        ObjectMaatschappelijkeActiviteitRequest: {
            /** @description Landelijk uniek identificerend administratienummer van een MAATSCHAPPELIJKE ACTIVITEIT zoals toegewezen door de Kamer van Koophandel (KvK). */
            kvkNummer: string;
            /** @description De naam waaronder de onderneming handelt. */
            handelsnaam: string;
        };
        ObjectOpenbareRuimte: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
        };
        ObjectOpenbareRuimteRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
        };
        ObjectOverige: {
            overigeData: unknown;
        };
        ObjectOverigeRequest: {
            overigeData: unknown;
        };
        ObjectPand: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
        };
        ObjectPandRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
        };
        ObjectSpoorbaandeel: {
            /**
             * @description Specificatie van het soort Spoorbaan
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `breedspoor` - Breedspoor
             *     * `normaalspoor` - Normaalspoor
             *     * `smalspoor` - Smalspoor
             *     * `spoorbaan` - Spoorbaan
             */
            type: components["schemas"]["ObjectSpoorbaandeelTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectSpoorbaandeelRequest: {
            /**
             * @description Specificatie van het soort Spoorbaan
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `breedspoor` - Breedspoor
             *     * `normaalspoor` - Normaalspoor
             *     * `smalspoor` - Smalspoor
             *     * `spoorbaan` - Spoorbaan
             */
            type: components["schemas"]["ObjectSpoorbaandeelTypeEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        /** @enum {string} */
        ObjectSpoorbaandeelTypeEnum: "breedspoor" | "normaalspoor" | "smalspoor" | "spoorbaan";
        ObjectTerreinGebouwdObject: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            adresAanduidingGrp?: components["schemas"]["TerreinGebouwdObjectAdres"] | null;
        };
        ObjectTerreinGebouwdObjectRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            adresAanduidingGrp?: components["schemas"]["TerreinGebouwdObjectAdresRequest"] | null;
        };
        ObjectTerreindeel: {
            type: string;
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectTerreindeelRequest: {
            type: string;
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        /** @enum {string} */
        ObjectTypeEnum: "adres" | "besluit" | "buurt" | "enkelvoudig_document" | "gemeente" | "gemeentelijke_openbare_ruimte" | "huishouden" | "inrichtingselement" | "kadastrale_onroerende_zaak" | "kunstwerkdeel" | "maatschappelijke_activiteit" | "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "openbare_ruimte" | "organisatorische_eenheid" | "pand" | "spoorbaandeel" | "status" | "terreindeel" | "terrein_gebouwd_object" | "vestiging" | "waterdeel" | "wegdeel" | "wijk" | "woonplaats" | "woz_deelobject" | "woz_object" | "woz_waarde" | "zakelijk_recht" | "overige";
        ObjectTypeOverigeDefinitie: {
            /**
             * Objecttype-URL
             * Format: uri
             * @description URL-referentie naar de objecttype resource in een API. Deze resource moet de [JSON-schema](https://json-schema.org/)-definitie van het objecttype bevatten.
             */
            url: string;
            /**
             * schema-pad
             * @description Een geldige [jq](http://stedolan.github.io/jq/) expressie. Dit wordt gecombineerd met de resource uit het `url`-attribuut om het schema van het objecttype uit te lezen. Bijvoorbeeld: `.jsonSchema`.
             */
            schema: string;
            /**
             * objectgegevens-pad
             * @description Een geldige [jq](http://stedolan.github.io/jq/) expressie. Dit wordt gecombineerd met de JSON data uit de OBJECT url om de objectgegevens uit te lezen en de vorm van de gegevens tegen het schema te valideren. Bijvoorbeeld: `.record.data`.
             */
            objectData: string;
        };
        ObjectTypeOverigeDefinitieRequest: {
            /**
             * Objecttype-URL
             * Format: uri
             * @description URL-referentie naar de objecttype resource in een API. Deze resource moet de [JSON-schema](https://json-schema.org/)-definitie van het objecttype bevatten.
             */
            url: string;
            /**
             * schema-pad
             * @description Een geldige [jq](http://stedolan.github.io/jq/) expressie. Dit wordt gecombineerd met de resource uit het `url`-attribuut om het schema van het objecttype uit te lezen. Bijvoorbeeld: `.jsonSchema`.
             */
            schema: string;
            /**
             * objectgegevens-pad
             * @description Een geldige [jq](http://stedolan.github.io/jq/) expressie. Dit wordt gecombineerd met de JSON data uit de OBJECT url om de objectgegevens uit te lezen en de vorm van de gegevens tegen het schema te valideren. Bijvoorbeeld: `.record.data`.
             */
            objectData: string;
        };
        ObjectWaterdeel: {
            /**
             * @description Specificatie van het soort water
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `zee` - Zee
             *     * `waterloop` - Waterloop
             *     * `watervlakte` - Watervlakte
             *     * `greppel_droge_sloot` - Greppel, droge sloot
             */
            typeWaterdeel: components["schemas"]["TypeWaterdeelEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectWaterdeelRequest: {
            /**
             * @description Specificatie van het soort water
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `zee` - Zee
             *     * `waterloop` - Waterloop
             *     * `watervlakte` - Watervlakte
             *     * `greppel_droge_sloot` - Greppel, droge sloot
             */
            typeWaterdeel: components["schemas"]["TypeWaterdeelEnum"];
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectWegdeel: {
            type: string;
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectWegdeelRequest: {
            type: string;
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De benaming van het OBJECT */
            naam?: string;
        };
        ObjectWijk: {
            /** @description De code behorende bij de naam van de wijk. */
            wijkCode: string;
            /** @description De naam van de wijk, zoals die door het CBS wordt gebruikt. */
            wijkNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemGemeenteCode: string;
        };
        ObjectWijkRequest: {
            /** @description De code behorende bij de naam van de wijk. */
            wijkCode: string;
            /** @description De naam van de wijk, zoals die door het CBS wordt gebruikt. */
            wijkNaam: string;
            /** @description Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid */
            gemGemeenteCode: string;
        };
        ObjectWoonplaats: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming. */
            woonplaatsNaam: string;
        };
        ObjectWoonplaatsRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming. */
            woonplaatsNaam: string;
        };
        ObjectWozDeelobject: {
            /** @description Uniek identificatienummer voor het deelobject binnen een WOZ-object. */
            nummerWozDeelObject: string;
            isOnderdeelVan?: components["schemas"]["ObjectWozObject"];
        };
        ObjectWozDeelobjectRequest: {
            /** @description Uniek identificatienummer voor het deelobject binnen een WOZ-object. */
            nummerWozDeelObject: string;
            isOnderdeelVan?: components["schemas"]["ObjectWozObjectRequest"];
        };
        ObjectWozObject: {
            /** @description De unieke identificatie van het OBJECT */
            wozObjectNummer: string;
            aanduidingWozObject?: components["schemas"]["WozObjectAdres"] | null;
        };
        ObjectWozObjectRequest: {
            /** @description De unieke identificatie van het OBJECT */
            wozObjectNummer: string;
            aanduidingWozObject?: components["schemas"]["WozObjectAdresRequest"] | null;
        };
        ObjectWozWaarde: {
            /** @description De datum waarnaar de waarde van het WOZ-object wordt bepaald. */
            waardepeildatum: string;
            isVoor?: components["schemas"]["ObjectWozObject"];
        };
        ObjectWozWaardeRequest: {
            /** @description De datum waarnaar de waarde van het WOZ-object wordt bepaald. */
            waardepeildatum: string;
            isVoor?: components["schemas"]["ObjectWozObjectRequest"];
        };
        ObjectZakelijkRecht: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description aanduiding voor de aard van het recht */
            avgAard: string;
            heeftBetrekkingOp?: components["schemas"]["ObjectKadastraleOnroerendeZaak"];
            heeftAlsGerechtigde?: components["schemas"]["ZakelijkRechtHeeftAlsGerechtigde"];
        };
        ObjectZakelijkRechtRequest: {
            /** @description De unieke identificatie van het OBJECT */
            identificatie: string;
            /** @description aanduiding voor de aard van het recht */
            avgAard: string;
            heeftBetrekkingOp?: components["schemas"]["ObjectKadastraleOnroerendeZaakRequest"];
            heeftAlsGerechtigde?: components["schemas"]["ZakelijkRechtHeeftAlsGerechtigdeRequest"];
        };
        OneOrMultipleZaakIdentificaties: components["schemas"]["ReserveZaakIdentificatie"] | components["schemas"]["ReserveZaakIdentificatie"][];
        Opschorting: {
            /** @description Aanduiding of de behandeling van de ZAAK tijdelijk is opgeschort. */
            indicatie: boolean;
            /** @description **EXPERIMENTEEL** Aanduiding of de behandeling van de ZAAK in het verleden is opgeschort. */
            readonly eerdereOpschorting: boolean;
            /** @description Omschrijving van de reden voor het opschorten van de behandeling van de zaak. */
            reden: string;
        };
        OpschortingRequest: {
            /** @description Aanduiding of de behandeling van de ZAAK tijdelijk is opgeschort. */
            indicatie: boolean;
            /** @description Omschrijving van de reden voor het opschorten van de behandeling van de zaak. */
            reden: string;
        };
        OrganisatorischeEenheidIdentificatie: {
            /** @description **EXPERIMENTEEL** Een korte identificatie van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
            identificatie?: string;
            /** @description **EXPERIMENTEEL** De feitelijke naam van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 50 */
            naam?: string;
            /** @description **EXPERIMENTEEL** Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
            isGehuisvestIn?: string;
        };
        OrganisatorischeEenheidIdentificatieRequest: {
            /** @description **EXPERIMENTEEL** Een korte identificatie van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
            identificatie?: string;
            /** @description **EXPERIMENTEEL** De feitelijke naam van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 50 */
            naam?: string;
            /** @description **EXPERIMENTEEL** Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
            isGehuisvestIn?: string;
        };
        PaginatedExpandZaakList: {
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
            results: components["schemas"]["ExpandZaak"][];
        };
        PaginatedKlantContactList: {
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
            results: components["schemas"]["KlantContact"][];
        };
        PaginatedResultaatList: {
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
            results: components["schemas"]["Resultaat"][];
        };
        PaginatedRolList: {
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
            results: components["schemas"]["Rol"][];
        };
        PaginatedStatusList: {
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
            results: components["schemas"]["Status"][];
        };
        PaginatedSubStatusList: {
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
            results: components["schemas"]["SubStatus"][];
        };
        PaginatedZaakList: {
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
            results: components["schemas"]["Zaak"][];
        };
        PaginatedZaakNotitieList: {
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
            results: components["schemas"]["ZaakNotitie"][];
        };
        PaginatedZaakObjectList: {
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
            results: components["schemas"]["ZaakObject"][];
        };
        PatchedResultaatRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API).
             */
            resultaattype?: string;
            /** @description Een toelichting op wat het resultaat van de zaak inhoudt. */
            toelichting?: string;
        };
        /**
         * @description A type of `ModelSerializer` that uses hyperlinked relationships with compound keys instead
         *     of primary key relationships.  Specifically:
         *
         *     * A 'url' field is included instead of the 'id' field.
         *     * Relationships to other instances are hyperlinks, instead of primary keys.
         *
         *     NOTE: this only works with DRF 3.1.0 and above.
         */
        PatchedZaakEigenschapRequest: {
            /** Format: uri */
            zaak?: string;
            /**
             * Format: uri
             * @description URL-referentie naar de EIGENSCHAP (in de Catalogi API).
             */
            eigenschap?: string;
            waarde?: string;
        };
        PatchedZaakInformatieObjectRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.
             */
            informatieobject?: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak?: string;
            /** @description De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is. */
            titel?: string;
            /** @description Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.
             */
            status?: string | null;
        };
        PatchedZaakNotitieRequest: {
            /** @description Korte omschrijving of titel van de notitie */
            onderwerp?: string;
            /** @description De volledige inhoud of beschrijving van de notitie */
            tekst?: string;
            /** @description Naam of identificatie van de auteur van de notitie */
            aangemaaktDoor?: string;
            /** @description Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator. */
            notitieType?: components["schemas"]["NotitieTypeEnum"];
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: uri
             * @description URL-referentie naar een ZAAK.
             */
            gerelateerdAan?: string;
        };
        PatchedZaakObjectRequest: components["schemas"]["adres_ZaakObjectSerializerRequest"] | components["schemas"]["besluit_ZaakObjectSerializerRequest"] | components["schemas"]["buurt_ZaakObjectSerializerRequest"] | components["schemas"]["enkelvoudig_document_ZaakObjectSerializerRequest"] | components["schemas"]["gemeente_ZaakObjectSerializerRequest"] | components["schemas"]["gemeentelijke_openbare_ruimte_ZaakObjectSerializerRequest"] | components["schemas"]["huishouden_ZaakObjectSerializerRequest"] | components["schemas"]["inrichtingselement_ZaakObjectSerializerRequest"] | components["schemas"]["kadastrale_onroerende_zaak_ZaakObjectSerializerRequest"] | components["schemas"]["kunstwerkdeel_ZaakObjectSerializerRequest"] | components["schemas"]["maatschappelijke_activiteit_ZaakObjectSerializerRequest"] | components["schemas"]["medewerker_ZaakObjectSerializerRequest"] | components["schemas"]["natuurlijk_persoon_ZaakObjectSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_ZaakObjectSerializerRequest"] | components["schemas"]["openbare_ruimte_ZaakObjectSerializerRequest"] | components["schemas"]["organisatorische_eenheid_ZaakObjectSerializerRequest"] | components["schemas"]["pand_ZaakObjectSerializerRequest"] | components["schemas"]["spoorbaandeel_ZaakObjectSerializerRequest"] | components["schemas"]["status_ZaakObjectSerializerRequest"] | components["schemas"]["terreindeel_ZaakObjectSerializerRequest"] | components["schemas"]["terrein_gebouwd_object_ZaakObjectSerializerRequest"] | components["schemas"]["vestiging_ZaakObjectSerializerRequest"] | components["schemas"]["waterdeel_ZaakObjectSerializerRequest"] | components["schemas"]["wegdeel_ZaakObjectSerializerRequest"] | components["schemas"]["wijk_ZaakObjectSerializerRequest"] | components["schemas"]["woonplaats_ZaakObjectSerializerRequest"] | components["schemas"]["woz_deelobject_ZaakObjectSerializerRequest"] | components["schemas"]["woz_object_ZaakObjectSerializerRequest"] | components["schemas"]["woz_waarde_ZaakObjectSerializerRequest"] | components["schemas"]["zakelijk_recht_ZaakObjectSerializerRequest"] | components["schemas"]["overige_ZaakObjectSerializerRequest"];
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PatchedZaakRequest: {
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie?: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype?: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie?: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum?: string;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["VerlengingRequest"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["OpschortingRequest"] | null;
            /**
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
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaakRequest"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaakRequest"][];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerkRequest"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["ProcessobjectRequest"] | null;
        };
        PatchedZaakSubRequest: {
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie?: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype?: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie?: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum?: string;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["VerlengingRequest"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["OpschortingRequest"] | null;
            /**
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
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaakRequest"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaakRequest"][];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerkRequest"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["ProcessobjectRequest"] | null;
        };
        /** @description GeoJSON point geometry */
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
         * Point2D
         * @description A 2D point
         */
        Point2D: number[];
        /** @description GeoJSON polygon geometry */
        Polygon: components["schemas"]["Geometry"] & {
            coordinates: components["schemas"]["Point2D"][][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Polygon";
        };
        Processobject: {
            /** @description De naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de procestermijn. */
            datumkenmerk: string;
            /** @description De unieke aanduiding van het procesobject. */
            identificatie: string;
            /** @description Het soort object dat het procesobject representeert. */
            objecttype: string;
            /** @description De naam van de registratie waarvan het procesobject deel uit maakt. */
            registratie: string;
        };
        ProcessobjectRequest: {
            /** @description De naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de procestermijn. */
            datumkenmerk: string;
            /** @description De unieke aanduiding van het procesobject. */
            identificatie: string;
            /** @description Het soort object dat het procesobject representeert. */
            objecttype: string;
            /** @description De naam van de registratie waarvan het procesobject deel uit maakt. */
            registratie: string;
        };
        RelevanteZaak: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK. (Het ZAAKTYPE van deze ZAAK hoeft niet te zijn toegevoegd aan de gerelateerdeZaaktypen van het andere ZAAKTYPE.)
             */
            url: string;
            /**
             * @description Benamingen van de aard van de relaties van andere zaken tot (onderhanden) zaken.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `vervolg` - De andere zaak gaf aanleiding tot het starten van de onderhanden zaak.
             *     * `onderwerp` - De andere zaak is relevant voor cq. is onderwerp van de onderhanden zaak.
             *     * `bijdrage` - Aan het bereiken van de uitkomst van de andere zaak levert de onderhanden zaak een bijdrage.
             *     * `overig` - **EXPERIMENTEEL** Overig
             */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
            /** @description **EXPERIMENTEEL** Naam van de overige relatie. Verplicht bij relatie aard `overig`. */
            overigeRelatie?: string;
            /** @description **EXPERIMENTEEL** Een toelichting op de aard van de relatie tussen beide ZAKEN. (vooral bedoeld in combinatie met relatie aard `overig`) */
            toelichting?: string;
        };
        RelevanteZaakRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK. (Het ZAAKTYPE van deze ZAAK hoeft niet te zijn toegevoegd aan de gerelateerdeZaaktypen van het andere ZAAKTYPE.)
             */
            url: string;
            /**
             * @description Benamingen van de aard van de relaties van andere zaken tot (onderhanden) zaken.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `vervolg` - De andere zaak gaf aanleiding tot het starten van de onderhanden zaak.
             *     * `onderwerp` - De andere zaak is relevant voor cq. is onderwerp van de onderhanden zaak.
             *     * `bijdrage` - Aan het bereiken van de uitkomst van de andere zaak levert de onderhanden zaak een bijdrage.
             *     * `overig` - **EXPERIMENTEEL** Overig
             */
            aardRelatie: components["schemas"]["AardRelatieEnum"];
            /** @description **EXPERIMENTEEL** Naam van de overige relatie. Verplicht bij relatie aard `overig`. */
            overigeRelatie?: string;
            /** @description **EXPERIMENTEEL** Een toelichting op de aard van de relatie tussen beide ZAKEN. (vooral bedoeld in combinatie met relatie aard `overig`) */
            toelichting?: string;
        };
        ReserveZaakIdentificatie: {
            /**
             * Zaakidentificatie
             * @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK.
             */
            readonly zaaknummer: string;
        };
        ReserveZaakIdentificatieRequest: {
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie: string;
            /**
             * @description Het aantal identificaties om te reserveren.
             * @default 1
             */
            aantal?: number;
        };
        Resultaat: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API).
             */
            resultaattype: string;
            /** @description Een toelichting op wat het resultaat van de zaak inhoudt. */
            toelichting?: string;
        };
        ResultaatRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API).
             */
            resultaattype: string;
            /** @description Een toelichting op wat het resultaat van de zaak inhoudt. */
            toelichting?: string;
        };
        ResultaatSub: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API).
             */
            resultaattype: string;
            /** @description Een toelichting op wat het resultaat van de zaak inhoudt. */
            toelichting?: string;
        };
        ResultaatSubRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API).
             */
            resultaattype: string;
            /** @description Een toelichting op wat het resultaat van de zaak inhoudt. */
            toelichting?: string;
        };
        Rol: components["schemas"]["natuurlijk_persoon_RolSerializer"] | components["schemas"]["niet_natuurlijk_persoon_RolSerializer"] | components["schemas"]["vestiging_RolSerializer"] | components["schemas"]["organisatorische_eenheid_RolSerializer"] | components["schemas"]["medewerker_RolSerializer"];
        RolMedewerker: {
            betrokkeneIdentificatie?: components["schemas"]["MedewerkerIdentificatie"];
        };
        RolMedewerkerRequest: {
            betrokkeneIdentificatie?: components["schemas"]["MedewerkerIdentificatieRequest"];
        };
        RolNatuurlijkPersoon: {
            betrokkeneIdentificatie?: components["schemas"]["NatuurlijkPersoonIdentificatie"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["DigiDAuthContext"] | null;
        };
        RolNatuurlijkPersoonRequest: {
            betrokkeneIdentificatie?: components["schemas"]["NatuurlijkPersoonIdentificatieRequest"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["DigiDAuthContextRequest"] | null;
        };
        RolNietNatuurlijkPersoon: {
            betrokkeneIdentificatie?: components["schemas"]["NietNatuurlijkPersoonIdentificatie"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["eHerkenningAuthContext"] | null;
        };
        RolNietNatuurlijkPersoonRequest: {
            betrokkeneIdentificatie?: components["schemas"]["NietNatuurlijkPersoonIdentificatieRequest"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["eHerkenningAuthContextRequest"] | null;
        };
        RolOrganisatorischeEenheid: {
            betrokkeneIdentificatie?: components["schemas"]["OrganisatorischeEenheidIdentificatie"];
        };
        RolOrganisatorischeEenheidRequest: {
            betrokkeneIdentificatie?: components["schemas"]["OrganisatorischeEenheidIdentificatieRequest"];
        };
        RolRequest: components["schemas"]["natuurlijk_persoon_RolSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_RolSerializerRequest"] | components["schemas"]["vestiging_RolSerializerRequest"] | components["schemas"]["organisatorische_eenheid_RolSerializerRequest"] | components["schemas"]["medewerker_RolSerializerRequest"];
        RolSub: components["schemas"]["natuurlijk_persoon_RolSubSerializer"] | components["schemas"]["niet_natuurlijk_persoon_RolSubSerializer"] | components["schemas"]["vestiging_RolSubSerializer"] | components["schemas"]["organisatorische_eenheid_RolSubSerializer"] | components["schemas"]["medewerker_RolSubSerializer"];
        RolSubRequest: components["schemas"]["natuurlijk_persoon_RolSubSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_RolSubSerializerRequest"] | components["schemas"]["vestiging_RolSubSerializerRequest"] | components["schemas"]["organisatorische_eenheid_RolSubSerializerRequest"] | components["schemas"]["medewerker_RolSubSerializerRequest"];
        RolUpdateSub: components["schemas"]["natuurlijk_persoon_RolUpdateSubSerializer"] | components["schemas"]["niet_natuurlijk_persoon_RolUpdateSubSerializer"] | components["schemas"]["vestiging_RolUpdateSubSerializer"] | components["schemas"]["organisatorische_eenheid_RolUpdateSubSerializer"] | components["schemas"]["medewerker_RolUpdateSubSerializer"];
        RolUpdateSubRequest: components["schemas"]["natuurlijk_persoon_RolUpdateSubSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_RolUpdateSubSerializerRequest"] | components["schemas"]["vestiging_RolUpdateSubSerializerRequest"] | components["schemas"]["organisatorische_eenheid_RolUpdateSubSerializerRequest"] | components["schemas"]["medewerker_RolUpdateSubSerializerRequest"];
        RolVestiging: {
            betrokkeneIdentificatie?: components["schemas"]["VestigingIdentificatie"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["eHerkenningAuthContext"] | null;
        };
        RolVestigingRequest: {
            betrokkeneIdentificatie?: components["schemas"]["VestigingIdentificatieRequest"];
            /**
             * authenticatiecontext
             * @description Information about the authentication and mandate (if relevant) that applied when the role was added to the case. It is essential when you later want to retrieve information again which should match certain authentication guarantees, like minimum level of assurance. The exact shape of data depends on the selected `betrokkeneType`.
             *
             *     Use `null` if unknown or when creating a role other than the `initiator`.
             */
            authenticatieContext?: components["schemas"]["eHerkenningAuthContextRequest"] | null;
        };
        /** @enum {string} */
        RoleEnum: "bewindvoerder" | "curator" | "mentor";
        Status: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het STATUSTYPE (in de Catalogi API).
             */
            statustype: string;
            /**
             * Format: date-time
             * @description De datum waarop de ZAAK de status heeft verkregen.
             */
            datumStatusGezet: string;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak. */
            statustoelichting?: string;
            /** @description Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van alle statussen bij de desbetreffende zaak. */
            readonly indicatieLaatstGezetteStatus: boolean;
            /**
             * Gezet door
             * Format: uri
             * @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn.
             */
            gezetdoor?: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
        };
        /** @enum {string} */
        StatusEnum: "concept" | "definitief";
        StatusRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het STATUSTYPE (in de Catalogi API).
             */
            statustype: string;
            /**
             * Format: date-time
             * @description De datum waarop de ZAAK de status heeft verkregen.
             */
            datumStatusGezet: string;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak. */
            statustoelichting?: string;
            /**
             * Gezet door
             * Format: uri
             * @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn.
             */
            gezetdoor?: string | null;
        };
        StatusSub: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het STATUSTYPE (in de Catalogi API).
             */
            statustype: string;
            /**
             * Format: date-time
             * @description De datum waarop de ZAAK de status heeft verkregen.
             */
            datumStatusGezet: string;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak. */
            statustoelichting?: string;
            /** @description Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van alle statussen bij de desbetreffende zaak. */
            readonly indicatieLaatstGezetteStatus: boolean;
            /**
             * Gezet door
             * Format: uri
             * @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn.
             */
            gezetdoor?: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
        };
        StatusSubRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het STATUSTYPE (in de Catalogi API).
             */
            statustype: string;
            /**
             * Format: date-time
             * @description De datum waarop de ZAAK de status heeft verkregen.
             */
            datumStatusGezet: string;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak. */
            statustoelichting?: string;
            /**
             * Gezet door
             * Format: uri
             * @description De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK bereikt zijn.
             */
            gezetdoor?: string | null;
        };
        SubStatus: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de hoofdSTATUS.
             */
            status?: string | null;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de substatus bij een hoofdstatus van een zaak. */
            omschrijving: string;
            /**
             * Format: date-time
             * @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen.
             */
            tijdstip?: string;
            /** @description Indicatie van van de zichtbaarheid van een substatus. */
            doelgroep?: components["schemas"]["DoelgroepEnum"] | components["schemas"]["BlankEnum"];
        };
        SubStatusRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de hoofdSTATUS.
             */
            status?: string | null;
            /** @description Een, voor de initiator van de zaak relevante, toelichting op de substatus bij een hoofdstatus van een zaak. */
            omschrijving: string;
            /**
             * Format: date-time
             * @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen.
             */
            tijdstip?: string;
            /** @description Indicatie van van de zichtbaarheid van een substatus. */
            doelgroep?: components["schemas"]["DoelgroepEnum"] | components["schemas"]["BlankEnum"];
        };
        SubVerblijfBuitenland: {
            /** @description De code, behorende bij de landnaam, zoals opgenomen in de Land/Gebied-tabel van de BRP. */
            lndLandcode: string;
            /** @description De naam van het land, zoals opgenomen in de Land/Gebied-tabel van de BRP. */
            lndLandnaam: string;
            subAdresBuitenland_1?: string;
            subAdresBuitenland_2?: string;
            subAdresBuitenland_3?: string;
        };
        SubVerblijfBuitenlandRequest: {
            /** @description De code, behorende bij de landnaam, zoals opgenomen in de Land/Gebied-tabel van de BRP. */
            lndLandcode: string;
            /** @description De naam van het land, zoals opgenomen in de Land/Gebied-tabel van de BRP. */
            lndLandnaam: string;
            subAdresBuitenland_1?: string;
            subAdresBuitenland_2?: string;
            subAdresBuitenland_3?: string;
        };
        TerreinGebouwdObjectAdres: {
            numIdentificatie?: string;
            /** @description De unieke identificatie van het OBJECT */
            oaoIdentificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            ogoLocatieAanduiding?: string;
        };
        TerreinGebouwdObjectAdresRequest: {
            numIdentificatie?: string;
            /** @description De unieke identificatie van het OBJECT */
            oaoIdentificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            ogoLocatieAanduiding?: string;
        };
        /** @enum {string} */
        TypeWaterdeelEnum: "zee" | "waterloop" | "watervlakte" | "greppel_droge_sloot";
        /** @description Formaat van HTTP 4xx en 5xx fouten. */
        ValidatieFout: {
            /** @description URI referentie naar het type fout, bedoeld voor developers */
            type?: string;
            /** @description Systeemcode die het type fout aangeeft */
            code: string;
            /** @description Generieke titel voor het type fout */
            title: string;
            /** @description De HTTP status code */
            status: number;
            /** @description Extra informatie bij de fout, indien beschikbaar */
            detail: string;
            /** @description URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in combinatie met server logs, bijvoorbeeld. */
            instance: string;
            invalidParams: components["schemas"]["FieldValidationError"][];
        };
        VerblijfsAdres: {
            /** @description De unieke identificatie van het OBJECT */
            aoaIdentificatie: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            inpLocatiebeschrijving?: string;
        };
        VerblijfsAdresRequest: {
            /** @description De unieke identificatie van het OBJECT */
            aoaIdentificatie: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            inpLocatiebeschrijving?: string;
        };
        Verlenging: {
            /** @description Omschrijving van de reden voor het verlengen van de behandeling van de zaak. */
            reden: string;
            /**
             * Format: duration
             * @description Het aantal werkbare dagen waarmee de doorlooptijd van de behandeling van de ZAAK is verlengd (of verkort) ten opzichte van de eerder gecommuniceerde doorlooptijd.
             */
            duur: string;
        };
        VerlengingRequest: {
            /** @description Omschrijving van de reden voor het verlengen van de behandeling van de zaak. */
            reden: string;
            /**
             * Format: duration
             * @description Het aantal werkbare dagen waarmee de doorlooptijd van de behandeling van de ZAAK is verlengd (of verkort) ten opzichte van de eerder gecommuniceerde doorlooptijd.
             */
            duur: string;
        };
        /** @enum {string} */
        VertrouwelijkheidaanduidingEnum: "openbaar" | "beperkt_openbaar" | "intern" | "zaakvertrouwelijk" | "vertrouwelijk" | "confidentieel" | "geheim" | "zeer_geheim";
        VestigingIdentificatie: {
            /** @description Een korte unieke aanduiding van de Vestiging. */
            vestigingsNummer?: string;
            /** @description De naam van de vestiging waaronder gehandeld wordt. */
            handelsnaam?: string[];
            verblijfsadres?: components["schemas"]["VerblijfsAdres"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenland"] | null;
            /** @description Een uniek nummer gekoppeld aan de onderneming. */
            kvkNummer?: string;
        };
        VestigingIdentificatieRequest: {
            /** @description Een korte unieke aanduiding van de Vestiging. */
            vestigingsNummer?: string;
            /** @description De naam van de vestiging waaronder gehandeld wordt. */
            handelsnaam?: string[];
            verblijfsadres?: components["schemas"]["VerblijfsAdresRequest"] | null;
            subVerblijfBuitenland?: components["schemas"]["SubVerblijfBuitenlandRequest"] | null;
            /** @description Een uniek nummer gekoppeld aan de onderneming. */
            kvkNummer?: string;
        };
        Wijzigingen: {
            /** @description Volledige JSON body van het object zoals dat bestond voordat de actie heeft plaatsgevonden. */
            oud?: unknown;
            /** @description Volledige JSON body van het object na de actie. */
            nieuw?: unknown;
        };
        WozObjectAdres: {
            /** @description De unieke identificatie van het OBJECT */
            aoaIdentificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            locatieOmschrijving?: string;
        };
        WozObjectAdresRequest: {
            /** @description De unieke identificatie van het OBJECT */
            aoaIdentificatie?: string;
            wplWoonplaatsNaam: string;
            /** @description Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming */
            gorOpenbareRuimteNaam: string;
            aoaPostcode?: string;
            aoaHuisnummer: number;
            aoaHuisletter?: string;
            aoaHuisnummertoevoeging?: string;
            locatieOmschrijving?: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Zaak: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum: string;
            /**
             * Format: date
             * @description De datum waarop de uitvoering van de zaak afgerond is.
             */
            readonly einddatum: string | null;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst gewijzigd op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst wijzingen heeft gehad die relevant kunnen zijn voor de initiator van de ZAAK.
             */
            readonly laatstGemuteerd: string;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Uitleg bij `betalingsindicatie`. */
            readonly betalingsindicatieWeergave: string;
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["Verlenging"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["Opschorting"] | null;
            /**
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
            /** @description URL-referenties naar deel ZAAKen. */
            readonly deelzaken: string[];
            /**
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaak"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaak"][];
            /** @description URL-referenties naar ZAAK-EIGENSCHAPPen. */
            readonly eigenschappen: string[];
            /** @description URL-referenties naar ROLLen. */
            readonly rollen: string[];
            /**
             * Format: uri
             * @description Indien geen status bekend is, dan is de waarde 'null'
             */
            readonly status: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
            /** @description URL-referenties naar ZAAKOBJECTen. */
            readonly zaakobjecten: string[];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerk"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'
             */
            readonly resultaat: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["Processobject"] | null;
        };
        ZaakAfsluiten: {
            zaak: components["schemas"]["ZaakSub"];
            resultaat: components["schemas"]["ResultaatSub"];
            status: components["schemas"]["StatusSub"];
        };
        ZaakAfsluitenRequest: {
            zaak: components["schemas"]["PatchedZaakSubRequest"];
            resultaat: components["schemas"]["ResultaatSubRequest"];
            status: components["schemas"]["StatusSubRequest"];
        };
        /** @description Serializer the reverse relation between Besluit-Zaak. */
        ZaakBesluit: {
            /** Format: uri */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar het BESLUIT (in de Besluiten API).
             */
            besluit: string;
        };
        /** @description Serializer the reverse relation between Besluit-Zaak. */
        ZaakBesluitRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het BESLUIT (in de Besluiten API).
             */
            besluit: string;
        };
        ZaakBijwerken: {
            zaak?: components["schemas"]["ZaakSub"];
            rollen?: components["schemas"]["RolUpdateSub"][];
            status: components["schemas"]["StatusSub"];
        };
        ZaakBijwerkenRequest: {
            zaak?: components["schemas"]["PatchedZaakSubRequest"];
            rollen?: components["schemas"]["RolUpdateSubRequest"][];
            status: components["schemas"]["StatusSubRequest"];
        };
        ZaakContactMoment: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het CONTACTMOMENT (in de CMC API)
             */
            contactmoment: string;
        };
        ZaakContactMomentRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het CONTACTMOMENT (in de CMC API)
             */
            contactmoment: string;
        };
        /**
         * @description A type of `ModelSerializer` that uses hyperlinked relationships with compound keys instead
         *     of primary key relationships.  Specifically:
         *
         *     * A 'url' field is included instead of the 'id' field.
         *     * Relationships to other instances are hyperlinks, instead of primary keys.
         *
         *     NOTE: this only works with DRF 3.1.0 and above.
         */
        ZaakEigenschap: {
            /** Format: uri */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /** Format: uri */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de EIGENSCHAP (in de Catalogi API).
             */
            eigenschap: string;
            /** @description De naam van de EIGENSCHAP (overgenomen uit de Catalogi API). */
            readonly naam: string;
            waarde: string;
        };
        /**
         * @description A type of `ModelSerializer` that uses hyperlinked relationships with compound keys instead
         *     of primary key relationships.  Specifically:
         *
         *     * A 'url' field is included instead of the 'id' field.
         *     * Relationships to other instances are hyperlinks, instead of primary keys.
         *
         *     NOTE: this only works with DRF 3.1.0 and above.
         */
        ZaakEigenschapRequest: {
            /** Format: uri */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar de EIGENSCHAP (in de Catalogi API).
             */
            eigenschap: string;
            waarde: string;
        };
        ZaakInformatieObject: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.
             */
            informatieobject: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            readonly aardRelatieWeergave: components["schemas"]["AardRelatieWeergaveEnum"];
            /** @description De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is. */
            titel?: string;
            /** @description Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De datum waarop de behandelende organisatie het INFORMATIEOBJECT heeft geregistreerd bij het OBJECT. Geldige waardes zijn datumtijden gelegen op of voor de huidige datum en tijd.
             */
            readonly registratiedatum: string;
            /**
             * Format: date-time
             * @description De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.
             */
            status?: string | null;
        };
        ZaakInformatieObjectRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.
             */
            informatieobject: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /** @description De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is. */
            titel?: string;
            /** @description Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.
             */
            status?: string | null;
        };
        ZaakInformatieObjectSubZaak: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.
             */
            informatieobject: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            readonly zaak: string;
            readonly aardRelatieWeergave: components["schemas"]["AardRelatieWeergaveEnum"];
            /** @description De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is. */
            titel?: string;
            /** @description Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De datum waarop de behandelende organisatie het INFORMATIEOBJECT heeft geregistreerd bij het OBJECT. Geldige waardes zijn datumtijden gelegen op of voor de huidige datum en tijd.
             */
            readonly registratiedatum: string;
            /**
             * Format: date-time
             * @description De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.
             */
            status?: string | null;
        };
        ZaakInformatieObjectSubZaakRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.
             */
            informatieobject: string;
            /** @description De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is. */
            titel?: string;
            /** @description Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT. */
            beschrijving?: string;
            /**
             * Format: date-time
             * @description De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.
             */
            vernietigingsdatum?: string | null;
            /**
             * Format: uri
             * @description De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.
             */
            status?: string | null;
        };
        ZaakKenmerk: {
            /** @description Identificeert uniek de zaak in een andere administratie. */
            kenmerk: string;
            /** @description De aanduiding van de administratie waar het kenmerk op slaat. */
            bron: string;
        };
        ZaakKenmerkRequest: {
            /** @description Identificeert uniek de zaak in een andere administratie. */
            kenmerk: string;
            /** @description De aanduiding van de administratie waar het kenmerk op slaat. */
            bron: string;
        };
        ZaakNotitie: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /** @description Korte omschrijving of titel van de notitie */
            onderwerp: string;
            /** @description De volledige inhoud of beschrijving van de notitie */
            tekst: string;
            /** @description Naam of identificatie van de auteur van de notitie */
            aangemaaktDoor?: string;
            /** @description Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator. */
            notitieType?: components["schemas"]["NotitieTypeEnum"];
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: date-time
             * @description De datum waarop de handeling is gedaan.
             */
            readonly aanmaakdatum: string;
            /**
             * Format: date-time
             * @description Datum en tijd waarop de notitie voor het laatst is gewijzigd
             */
            readonly wijzigingsdatum: string;
            /**
             * Format: uri
             * @description URL-referentie naar een ZAAK.
             */
            gerelateerdAan: string;
        };
        ZaakNotitieRequest: {
            /** @description Korte omschrijving of titel van de notitie */
            onderwerp: string;
            /** @description De volledige inhoud of beschrijving van de notitie */
            tekst: string;
            /** @description Naam of identificatie van de auteur van de notitie */
            aangemaaktDoor?: string;
            /** @description Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator. */
            notitieType?: components["schemas"]["NotitieTypeEnum"];
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: uri
             * @description URL-referentie naar een ZAAK.
             */
            gerelateerdAan: string;
        };
        ZaakObject: components["schemas"]["adres_ZaakObjectSerializer"] | components["schemas"]["besluit_ZaakObjectSerializer"] | components["schemas"]["buurt_ZaakObjectSerializer"] | components["schemas"]["enkelvoudig_document_ZaakObjectSerializer"] | components["schemas"]["gemeente_ZaakObjectSerializer"] | components["schemas"]["gemeentelijke_openbare_ruimte_ZaakObjectSerializer"] | components["schemas"]["huishouden_ZaakObjectSerializer"] | components["schemas"]["inrichtingselement_ZaakObjectSerializer"] | components["schemas"]["kadastrale_onroerende_zaak_ZaakObjectSerializer"] | components["schemas"]["kunstwerkdeel_ZaakObjectSerializer"] | components["schemas"]["maatschappelijke_activiteit_ZaakObjectSerializer"] | components["schemas"]["medewerker_ZaakObjectSerializer"] | components["schemas"]["natuurlijk_persoon_ZaakObjectSerializer"] | components["schemas"]["niet_natuurlijk_persoon_ZaakObjectSerializer"] | components["schemas"]["openbare_ruimte_ZaakObjectSerializer"] | components["schemas"]["organisatorische_eenheid_ZaakObjectSerializer"] | components["schemas"]["pand_ZaakObjectSerializer"] | components["schemas"]["spoorbaandeel_ZaakObjectSerializer"] | components["schemas"]["status_ZaakObjectSerializer"] | components["schemas"]["terreindeel_ZaakObjectSerializer"] | components["schemas"]["terrein_gebouwd_object_ZaakObjectSerializer"] | components["schemas"]["vestiging_ZaakObjectSerializer"] | components["schemas"]["waterdeel_ZaakObjectSerializer"] | components["schemas"]["wegdeel_ZaakObjectSerializer"] | components["schemas"]["wijk_ZaakObjectSerializer"] | components["schemas"]["woonplaats_ZaakObjectSerializer"] | components["schemas"]["woz_deelobject_ZaakObjectSerializer"] | components["schemas"]["woz_object_ZaakObjectSerializer"] | components["schemas"]["woz_waarde_ZaakObjectSerializer"] | components["schemas"]["zakelijk_recht_ZaakObjectSerializer"] | components["schemas"]["overige_ZaakObjectSerializer"];
        ZaakObjectRequest: components["schemas"]["adres_ZaakObjectSerializerRequest"] | components["schemas"]["besluit_ZaakObjectSerializerRequest"] | components["schemas"]["buurt_ZaakObjectSerializerRequest"] | components["schemas"]["enkelvoudig_document_ZaakObjectSerializerRequest"] | components["schemas"]["gemeente_ZaakObjectSerializerRequest"] | components["schemas"]["gemeentelijke_openbare_ruimte_ZaakObjectSerializerRequest"] | components["schemas"]["huishouden_ZaakObjectSerializerRequest"] | components["schemas"]["inrichtingselement_ZaakObjectSerializerRequest"] | components["schemas"]["kadastrale_onroerende_zaak_ZaakObjectSerializerRequest"] | components["schemas"]["kunstwerkdeel_ZaakObjectSerializerRequest"] | components["schemas"]["maatschappelijke_activiteit_ZaakObjectSerializerRequest"] | components["schemas"]["medewerker_ZaakObjectSerializerRequest"] | components["schemas"]["natuurlijk_persoon_ZaakObjectSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_ZaakObjectSerializerRequest"] | components["schemas"]["openbare_ruimte_ZaakObjectSerializerRequest"] | components["schemas"]["organisatorische_eenheid_ZaakObjectSerializerRequest"] | components["schemas"]["pand_ZaakObjectSerializerRequest"] | components["schemas"]["spoorbaandeel_ZaakObjectSerializerRequest"] | components["schemas"]["status_ZaakObjectSerializerRequest"] | components["schemas"]["terreindeel_ZaakObjectSerializerRequest"] | components["schemas"]["terrein_gebouwd_object_ZaakObjectSerializerRequest"] | components["schemas"]["vestiging_ZaakObjectSerializerRequest"] | components["schemas"]["waterdeel_ZaakObjectSerializerRequest"] | components["schemas"]["wegdeel_ZaakObjectSerializerRequest"] | components["schemas"]["wijk_ZaakObjectSerializerRequest"] | components["schemas"]["woonplaats_ZaakObjectSerializerRequest"] | components["schemas"]["woz_deelobject_ZaakObjectSerializerRequest"] | components["schemas"]["woz_object_ZaakObjectSerializerRequest"] | components["schemas"]["woz_waarde_ZaakObjectSerializerRequest"] | components["schemas"]["zakelijk_recht_ZaakObjectSerializerRequest"] | components["schemas"]["overige_ZaakObjectSerializerRequest"];
        ZaakObjectSub: components["schemas"]["adres_ZaakObjectSubSerializer"] | components["schemas"]["besluit_ZaakObjectSubSerializer"] | components["schemas"]["buurt_ZaakObjectSubSerializer"] | components["schemas"]["enkelvoudig_document_ZaakObjectSubSerializer"] | components["schemas"]["gemeente_ZaakObjectSubSerializer"] | components["schemas"]["gemeentelijke_openbare_ruimte_ZaakObjectSubSerializer"] | components["schemas"]["huishouden_ZaakObjectSubSerializer"] | components["schemas"]["inrichtingselement_ZaakObjectSubSerializer"] | components["schemas"]["kadastrale_onroerende_zaak_ZaakObjectSubSerializer"] | components["schemas"]["kunstwerkdeel_ZaakObjectSubSerializer"] | components["schemas"]["maatschappelijke_activiteit_ZaakObjectSubSerializer"] | components["schemas"]["medewerker_ZaakObjectSubSerializer"] | components["schemas"]["natuurlijk_persoon_ZaakObjectSubSerializer"] | components["schemas"]["niet_natuurlijk_persoon_ZaakObjectSubSerializer"] | components["schemas"]["openbare_ruimte_ZaakObjectSubSerializer"] | components["schemas"]["organisatorische_eenheid_ZaakObjectSubSerializer"] | components["schemas"]["pand_ZaakObjectSubSerializer"] | components["schemas"]["spoorbaandeel_ZaakObjectSubSerializer"] | components["schemas"]["status_ZaakObjectSubSerializer"] | components["schemas"]["terreindeel_ZaakObjectSubSerializer"] | components["schemas"]["terrein_gebouwd_object_ZaakObjectSubSerializer"] | components["schemas"]["vestiging_ZaakObjectSubSerializer"] | components["schemas"]["waterdeel_ZaakObjectSubSerializer"] | components["schemas"]["wegdeel_ZaakObjectSubSerializer"] | components["schemas"]["wijk_ZaakObjectSubSerializer"] | components["schemas"]["woonplaats_ZaakObjectSubSerializer"] | components["schemas"]["woz_deelobject_ZaakObjectSubSerializer"] | components["schemas"]["woz_object_ZaakObjectSubSerializer"] | components["schemas"]["woz_waarde_ZaakObjectSubSerializer"] | components["schemas"]["zakelijk_recht_ZaakObjectSubSerializer"] | components["schemas"]["overige_ZaakObjectSubSerializer"];
        ZaakObjectSubRequest: components["schemas"]["adres_ZaakObjectSubSerializerRequest"] | components["schemas"]["besluit_ZaakObjectSubSerializerRequest"] | components["schemas"]["buurt_ZaakObjectSubSerializerRequest"] | components["schemas"]["enkelvoudig_document_ZaakObjectSubSerializerRequest"] | components["schemas"]["gemeente_ZaakObjectSubSerializerRequest"] | components["schemas"]["gemeentelijke_openbare_ruimte_ZaakObjectSubSerializerRequest"] | components["schemas"]["huishouden_ZaakObjectSubSerializerRequest"] | components["schemas"]["inrichtingselement_ZaakObjectSubSerializerRequest"] | components["schemas"]["kadastrale_onroerende_zaak_ZaakObjectSubSerializerRequest"] | components["schemas"]["kunstwerkdeel_ZaakObjectSubSerializerRequest"] | components["schemas"]["maatschappelijke_activiteit_ZaakObjectSubSerializerRequest"] | components["schemas"]["medewerker_ZaakObjectSubSerializerRequest"] | components["schemas"]["natuurlijk_persoon_ZaakObjectSubSerializerRequest"] | components["schemas"]["niet_natuurlijk_persoon_ZaakObjectSubSerializerRequest"] | components["schemas"]["openbare_ruimte_ZaakObjectSubSerializerRequest"] | components["schemas"]["organisatorische_eenheid_ZaakObjectSubSerializerRequest"] | components["schemas"]["pand_ZaakObjectSubSerializerRequest"] | components["schemas"]["spoorbaandeel_ZaakObjectSubSerializerRequest"] | components["schemas"]["status_ZaakObjectSubSerializerRequest"] | components["schemas"]["terreindeel_ZaakObjectSubSerializerRequest"] | components["schemas"]["terrein_gebouwd_object_ZaakObjectSubSerializerRequest"] | components["schemas"]["vestiging_ZaakObjectSubSerializerRequest"] | components["schemas"]["waterdeel_ZaakObjectSubSerializerRequest"] | components["schemas"]["wegdeel_ZaakObjectSubSerializerRequest"] | components["schemas"]["wijk_ZaakObjectSubSerializerRequest"] | components["schemas"]["woonplaats_ZaakObjectSubSerializerRequest"] | components["schemas"]["woz_deelobject_ZaakObjectSubSerializerRequest"] | components["schemas"]["woz_object_ZaakObjectSubSerializerRequest"] | components["schemas"]["woz_waarde_ZaakObjectSubSerializerRequest"] | components["schemas"]["zakelijk_recht_ZaakObjectSubSerializerRequest"] | components["schemas"]["overige_ZaakObjectSubSerializerRequest"];
        ZaakOpschorten: {
            zaak: components["schemas"]["ZaakOpschortingSub"];
            status: components["schemas"]["StatusSub"];
        };
        ZaakOpschortenRequest: {
            zaak: components["schemas"]["ZaakOpschortingSubRequest"];
            status: components["schemas"]["StatusSubRequest"];
        };
        ZaakOpschortingSub: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            readonly identificatie: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            readonly bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            readonly omschrijving: string;
            /** @description Een toelichting op de zaak. */
            readonly toelichting: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            readonly zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            readonly registratiedatum: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            readonly verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            readonly startdatum: string;
            /**
             * Format: date
             * @description De datum waarop de uitvoering van de zaak afgerond is.
             */
            readonly einddatum: string | null;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            readonly einddatumGepland: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            readonly uiterlijkeEinddatumAfdoening: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            readonly publicatiedatum: string | null;
            /**
             * Laatst gewijzigd op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst wijzingen heeft gehad die relevant kunnen zijn voor de initiator van de ZAAK.
             */
            readonly laatstGemuteerd: string;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            readonly laatstGeopend: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            readonly communicatiekanaal: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            readonly communicatiekanaalNaam: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            readonly productenOfDiensten: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            readonly vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            readonly betalingsindicatie: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Uitleg bij `betalingsindicatie`. */
            readonly betalingsindicatieWeergave: string;
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            readonly laatsteBetaaldatum: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            readonly zaakgeometrie: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            readonly verlenging: components["schemas"]["Verlenging"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting: components["schemas"]["Opschorting"] | null;
            /**
             * Format: uri
             * @description URL-referentie naar de categorie in de gehanteerde 'Selectielijst Archiefbescheiden' die, gezien het zaaktype en het resultaattype van de zaak, bepalend is voor het archiefregime van de zaak.
             */
            readonly selectielijstklasse: string;
            /**
             * Is deelzaak van
             * Format: uri
             * @description URL-referentie naar de ZAAK, waarom verzocht is door de initiator daarvan, die behandeld wordt in twee of meer separate ZAAKen waarvan de onderhavige ZAAK er één is.
             */
            readonly hoofdzaak: string | null;
            /** @description URL-referenties naar deel ZAAKen. */
            readonly deelzaken: string[];
            /**
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            readonly relevanteAndereZaken: components["schemas"]["RelevanteZaak"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            readonly gerelateerdeZaken: components["schemas"]["GerelateerdeZaak"][];
            /** @description URL-referenties naar ZAAK-EIGENSCHAPPen. */
            readonly eigenschappen: string[];
            /** @description URL-referenties naar ROLLen. */
            readonly rollen: string[];
            /**
             * Format: uri
             * @description Indien geen status bekend is, dan is de waarde 'null'
             */
            readonly status: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
            /** @description URL-referenties naar ZAAKOBJECTen. */
            readonly zaakobjecten: string[];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            readonly kenmerken: components["schemas"]["ZaakKenmerk"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            readonly archiefnominatie: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nog_te_archiveren` - De zaak cq. het zaakdossier is nog niet als geheel gearchiveerd.
             *     * `gearchiveerd` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt.
             *     * `gearchiveerd_procestermijn_onbekend` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt maar de vernietigingsdatum kan nog niet bepaald worden.
             *     * `overgedragen` - De zaak cq. het zaakdossier is overgebracht naar een archiefbewaarplaats.
             */
            readonly archiefstatus: components["schemas"]["ArchiefstatusEnum"];
            /**
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            readonly archiefactiedatum: string | null;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'
             */
            readonly resultaat: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            readonly opdrachtgevendeOrganisatie: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            readonly processobjectaard: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            readonly startdatumBewaartermijn: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            readonly processobject: components["schemas"]["Processobject"] | null;
        };
        ZaakOpschortingSubRequest: {
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting: components["schemas"]["OpschortingRequest"] | null;
        };
        ZaakRegistreren: {
            zaak: components["schemas"]["ZaakSub"];
            rollen: components["schemas"]["RolSub"][];
            zaakinformatieobjecten?: components["schemas"]["ZaakInformatieObjectSubZaak"][];
            zaakobjecten?: components["schemas"]["ZaakObjectSub"][];
            status: components["schemas"]["StatusSub"];
        };
        ZaakRegistrerenRequest: {
            zaak: components["schemas"]["ZaakSubRequest"];
            rollen: components["schemas"]["RolSubRequest"][];
            zaakinformatieobjecten?: components["schemas"]["ZaakInformatieObjectSubZaakRequest"][];
            zaakobjecten?: components["schemas"]["ZaakObjectSubRequest"][];
            status: components["schemas"]["StatusSubRequest"];
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        ZaakRequest: {
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum: string;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["VerlengingRequest"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["OpschortingRequest"] | null;
            /**
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
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaakRequest"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaakRequest"][];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerkRequest"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["ProcessobjectRequest"] | null;
        };
        ZaakSub: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum: string;
            /**
             * Format: date
             * @description De datum waarop de uitvoering van de zaak afgerond is.
             */
            readonly einddatum: string | null;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst gewijzigd op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst wijzingen heeft gehad die relevant kunnen zijn voor de initiator van de ZAAK.
             */
            readonly laatstGemuteerd: string;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Uitleg bij `betalingsindicatie`. */
            readonly betalingsindicatieWeergave: string;
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["Verlenging"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["Opschorting"] | null;
            /**
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
            /** @description URL-referenties naar deel ZAAKen. */
            readonly deelzaken: string[];
            /**
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaak"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaak"][];
            /** @description URL-referenties naar ZAAK-EIGENSCHAPPen. */
            readonly eigenschappen: string[];
            /** @description URL-referenties naar ROLLen. */
            readonly rollen: string[];
            /**
             * Format: uri
             * @description Indien geen status bekend is, dan is de waarde 'null'
             */
            readonly status: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
            /** @description URL-referenties naar ZAAKOBJECTen. */
            readonly zaakobjecten: string[];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerk"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'
             */
            readonly resultaat: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["Processobject"] | null;
        };
        ZaakSubRequest: {
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            identificatie?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            omschrijving?: string;
            /** @description Een toelichting op de zaak. */
            toelichting?: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            registratiedatum?: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            startdatum: string;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            einddatumGepland?: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            uiterlijkeEinddatumAfdoening?: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            publicatiedatum?: string | null;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            laatstGeopend?: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            communicatiekanaal?: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            communicatiekanaalNaam?: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            productenOfDiensten?: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            vertrouwelijkheidaanduiding?: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            betalingsindicatie?: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            laatsteBetaaldatum?: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            zaakgeometrie?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging?: components["schemas"]["VerlengingRequest"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            opschorting?: components["schemas"]["OpschortingRequest"] | null;
            /**
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
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            relevanteAndereZaken?: components["schemas"]["RelevanteZaakRequest"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            gerelateerdeZaken?: components["schemas"]["GerelateerdeZaakRequest"][];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            kenmerken?: components["schemas"]["ZaakKenmerkRequest"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            archiefnominatie?: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
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
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            archiefactiedatum?: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            opdrachtgevendeOrganisatie?: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            processobjectaard?: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            startdatumBewaartermijn?: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            processobject?: components["schemas"]["ProcessobjectRequest"] | null;
        };
        ZaakVerlengen: {
            zaak: components["schemas"]["ZaakVerlengingSub"];
            status: components["schemas"]["StatusSub"];
        };
        ZaakVerlengenRequest: {
            zaak: components["schemas"]["ZaakVerlengingSubRequest"];
            status: components["schemas"]["StatusSubRequest"];
        };
        ZaakVerlengingSub: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
            readonly identificatie: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            readonly bronorganisatie: string;
            /** @description Een korte omschrijving van de zaak. */
            readonly omschrijving: string;
            /** @description Een toelichting op de zaak. */
            readonly toelichting: string;
            /**
             * Format: uri
             * @description URL-referentie naar het ZAAKTYPE (in de Catalogi API).
             */
            readonly zaaktype: string;
            /**
             * Format: date
             * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
             */
            readonly registratiedatum: string;
            /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor de behandeling van de zaak. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
            readonly verantwoordelijkeOrganisatie: string;
            /**
             * Format: date
             * @description De datum waarop met de uitvoering van de zaak is gestart
             */
            readonly startdatum: string;
            /**
             * Format: date
             * @description De datum waarop de uitvoering van de zaak afgerond is.
             */
            readonly einddatum: string | null;
            /**
             * Format: date
             * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
             */
            readonly einddatumGepland: string | null;
            /**
             * Format: date
             * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
             */
            readonly uiterlijkeEinddatumAfdoening: string | null;
            /**
             * Format: date
             * @description Datum waarop (het starten van) de zaak gepubliceerd is of wordt.
             */
            readonly publicatiedatum: string | null;
            /**
             * Laatst gewijzigd op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst wijzingen heeft gehad die relevant kunnen zijn voor de initiator van de ZAAK.
             */
            readonly laatstGemuteerd: string;
            /**
             * Laatst geopend op
             * Format: date-time
             * @description **EXPERIMENTEEL** Tijdstip waarop de ZAAK voor het laatst geopend is door de eigenaar van de ZAAK.
             */
            readonly laatstGeopend: string | null;
            /**
             * Format: uri
             * @description Het medium waarlangs de aanleiding om een zaak te starten is ontvangen. URL naar een communicatiekanaal in de VNG-Referentielijst van communicatiekanalen.
             */
            readonly communicatiekanaal: string;
            /** @description **EXPERIMENTEEL** De naam van het medium waarlangs de aanleiding om een zaak te starten is ontvangen. */
            readonly communicatiekanaalNaam: string;
            /** @description De producten en/of diensten die door de zaak worden voortgebracht. Dit zijn URLs naar de resources zoals die door de producten- en dienstencatalogus-API wordt ontsloten. De producten/diensten moeten bij het zaaktype vermeld zijn. */
            readonly productenOfDiensten: string[];
            /**
             * Vertrouwlijkheidaanduiding
             * @description Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is. Optioneel - indien geen waarde gekozen wordt, dan wordt de waarde van het ZAAKTYPE overgenomen. Dit betekent dat de API _altijd_ een waarde teruggeeft.
             */
            readonly vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * @description Indicatie of de, met behandeling van de zaak gemoeide, kosten betaald zijn door de desbetreffende betrokkene.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nvt` - Er is geen sprake van te betalen, met de zaak gemoeide, kosten.
             *     * `gefactureerd` - **EXPERIMENTEEL** Opdracht tot facturatie verzonden
             *     * `gecrediteerd` - **EXPERIMENTEEL** Opdracht tot creditering verzonden
             *     * `betaald` - **EXPERIMENTEEL** Betaling vastgesteld (bijvoorbeeld via online kassa bij directe aanvraag)
             *     * `nog_niet` - **DEPRECATED** De met de zaak gemoeide kosten zijn (nog) niet betaald.
             *     * `gedeeltelijk` - **DEPRECATED** De met de zaak gemoeide kosten zijn gedeeltelijk betaald.
             *     * `geheel` - **DEPRECATED** De met de zaak gemoeide kosten zijn geheel betaald.
             */
            readonly betalingsindicatie: components["schemas"]["BetalingsindicatieEnum"] | components["schemas"]["BlankEnum"];
            /** @description Uitleg bij `betalingsindicatie`. */
            readonly betalingsindicatieWeergave: string;
            /**
             * Format: date-time
             * @description De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met behandeling van de zaak.
             */
            readonly laatsteBetaaldatum: string | null;
            /** @description Punt, lijn of (multi-)vlak geometrie-informatie, in GeoJSON. (long, lat volgorde) */
            readonly zaakgeometrie: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging: components["schemas"]["Verlenging"] | null;
            /** @description Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK */
            readonly opschorting: components["schemas"]["Opschorting"] | null;
            /**
             * Format: uri
             * @description URL-referentie naar de categorie in de gehanteerde 'Selectielijst Archiefbescheiden' die, gezien het zaaktype en het resultaattype van de zaak, bepalend is voor het archiefregime van de zaak.
             */
            readonly selectielijstklasse: string;
            /**
             * Is deelzaak van
             * Format: uri
             * @description URL-referentie naar de ZAAK, waarom verzocht is door de initiator daarvan, die behandeld wordt in twee of meer separate ZAAKen waarvan de onderhavige ZAAK er één is.
             */
            readonly hoofdzaak: string | null;
            /** @description URL-referenties naar deel ZAAKen. */
            readonly deelzaken: string[];
            /**
             * @deprecated
             * @description Een lijst van relevante andere zaken. **LET OP**: Dit attribuut zal verwijderd worden in versie 2.0, maak in plaats van dit attribuut gebruik van `gerelateerdeZaken`.
             */
            readonly relevanteAndereZaken: components["schemas"]["RelevanteZaak"][];
            /** @description **EXPERIMENTEEL** Lijst van zaken die gerelateerd zijn aan deze zaak. Deze relatie is automatisch wederkerig als beide zaken afkomsting zijn uit hetzelfde zaaksysteem. */
            readonly gerelateerdeZaken: components["schemas"]["GerelateerdeZaak"][];
            /** @description URL-referenties naar ZAAK-EIGENSCHAPPen. */
            readonly eigenschappen: string[];
            /** @description URL-referenties naar ROLLen. */
            readonly rollen: string[];
            /**
             * Format: uri
             * @description Indien geen status bekend is, dan is de waarde 'null'
             */
            readonly status: string | null;
            /** @description URL-referenties naar ZAAKINFORMATIEOBJECTen. */
            readonly zaakinformatieobjecten: string[];
            /** @description URL-referenties naar ZAAKOBJECTen. */
            readonly zaakobjecten: string[];
            /** @description Lijst van kenmerken. Merk op dat refereren naar gerelateerde objecten beter kan via `ZaakObject`. */
            readonly kenmerken: components["schemas"]["ZaakKenmerk"][];
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.
             *     * `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.
             */
            readonly archiefnominatie: (components["schemas"]["ArchiefnominatieEnum"] | components["schemas"]["BlankEnum"] | components["schemas"]["NullEnum"]) | null;
            /**
             * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `nog_te_archiveren` - De zaak cq. het zaakdossier is nog niet als geheel gearchiveerd.
             *     * `gearchiveerd` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt.
             *     * `gearchiveerd_procestermijn_onbekend` - De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt maar de vernietigingsdatum kan nog niet bepaald worden.
             *     * `overgedragen` - De zaak cq. het zaakdossier is overgebracht naar een archiefbewaarplaats.
             */
            readonly archiefstatus: components["schemas"]["ArchiefstatusEnum"];
            /**
             * Format: date
             * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
             */
            readonly archiefactiedatum: string | null;
            /**
             * Format: uri
             * @description URL-referentie naar het RESULTAAT. Indien geen resultaat bekend is, dan is de waarde 'null'
             */
            readonly resultaat: string | null;
            /** @description De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven om taken uit te voeren waaraan de zaak invulling geeft. */
            readonly opdrachtgevendeOrganisatie: string;
            /**
             * Procesobjectaard
             * @description Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak betrekking heeft.
             */
            readonly processobjectaard: string;
            /**
             * Format: date
             * @description De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.
             */
            readonly startdatumBewaartermijn: string | null;
            /** @description Specificatie van de attribuutsoort van het object, subject of gebeurtenis  waarop, vanuit archiveringsoptiek, de zaak betrekking heeft en dat bepalend is voor de start van de archiefactietermijn. */
            readonly processobject: components["schemas"]["Processobject"] | null;
        };
        ZaakVerlengingSubRequest: {
            /** @description Gegevens omtrent het verlengen van de doorlooptijd van de behandeling van de ZAAK */
            verlenging: components["schemas"]["VerlengingRequest"] | null;
        };
        ZaakVerzoek: {
            /**
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * Format: uuid
             * @description Unieke resource identifier (UUID4)
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het VERZOEK (in de Klantinteractie API)
             */
            verzoek: string;
        };
        ZaakVerzoekRequest: {
            /**
             * Format: uri
             * @description URL-referentie naar de ZAAK.
             */
            zaak: string;
            /**
             * Format: uri
             * @description URL-referentie naar het VERZOEK (in de Klantinteractie API)
             */
            verzoek: string;
        };
        ZakelijkRechtHeeftAlsGerechtigde: {
            natuurlijkPersoon?: components["schemas"]["NatuurlijkPersoonIdentificatie"];
            nietNatuurlijkPersoon?: components["schemas"]["NietNatuurlijkPersoonIdentificatie"];
        };
        ZakelijkRechtHeeftAlsGerechtigdeRequest: {
            natuurlijkPersoon?: components["schemas"]["NatuurlijkPersoonIdentificatieRequest"];
            nietNatuurlijkPersoon?: components["schemas"]["NietNatuurlijkPersoonIdentificatieRequest"];
        };
        adres_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectAdres"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        adres_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectAdresRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        adres_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectAdres"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        adres_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectAdresRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "adres";
        };
        besluit_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        besluit_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        besluit_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        besluit_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "besluit";
        };
        buurt_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectBuurt"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        buurt_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectBuurtRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        buurt_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectBuurt"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        buurt_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectBuurtRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "buurt";
        };
        eHerkenningAuthContext: {
            /**
             * Bron
             * @description eHerkenning is de enige manier waarop een Niet Natuurlijk Persoon of de vestiging van een bedrijf geïdentificeerd kan worden.
             */
            source: components["schemas"]["EHerkenningAuthContextSourceEnum"];
            /**
             * Betrouwbaarheidsniveau
             * @description Geeft aan hoe sterk de identiteitsclaim is. Elektronische Toegangsdiensten definiëren de mogelijke betrouwbaarheidsniveaus. Het opslaan van deze context stelt portalen in staat om alleen de zaken weer te gegeven met een lager of gelijk betrouwbaarheidsniveau in de op dat moment actieve portaal authenticatie context.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `urn:etoegang:core:assurance-class:loa1` - Niet bestaand (1)
             *     * `urn:etoegang:core:assurance-class:loa2` - Laag (2)
             *     * `urn:etoegang:core:assurance-class:loa2plus` - Laag (2+)
             *     * `urn:etoegang:core:assurance-class:loa3` - Substantieel (3)
             *     * `urn:etoegang:core:assurance-class:loa4` - Hoog (4)
             */
            levelOfAssurance: components["schemas"]["EHerkenningAuthContextLevelOfAssuranceEnum"];
            /** @description De identificatie is altijd versleuteld en de versleutelingsmethode is specifiek voor de service provider. Bijvoorbeeld: dezelfde fysieke persoon krijgt verschillende identificatiewaarden wanneer diegene bij verschillende service providers authenticeert. Onversleutelde details van de handelende persoon kunnen toegevoegd worden aan het attribuut `contactpersoonRol.naam`. */
            actingSubject: string;
            /**
             * vertegenwoordigde partij
             * @description Wanneer de `Rol` voor de gemachtigde geregistreerd wordt, moet de vertegenwoordigde bijgevoegd worden om duidelijk te maken dat er sprake is van een machtiging. Dit maakt het ook het attribuut `mandate` en de context daarbij verplicht. Als een vertegenwoordigde bijgevoegd wordt, moet er ook een aparte `Rol` aangemaakt worden met `rolomschrijvingGeneriek` gelijk aan `belanghebbende` en `indicatieMachtiging` gelijk aan `machtiginggever`.
             */
            representee?: components["schemas"]["eHerkenningRepresentee"];
            /**
             * machtiging context
             * @description `mandate` beschrijft de mate van machtiging voor de vertegenwoordigde aan de gemachtigde. `mandate` is verplicht als een `representee` (vertegenwoordigde) gespecificeerd is.
             */
            mandate?: components["schemas"]["eHerkenningMandate"];
        };
        eHerkenningAuthContextRequest: {
            /**
             * Bron
             * @description eHerkenning is de enige manier waarop een Niet Natuurlijk Persoon of de vestiging van een bedrijf geïdentificeerd kan worden.
             */
            source: components["schemas"]["EHerkenningAuthContextSourceEnum"];
            /**
             * Betrouwbaarheidsniveau
             * @description Geeft aan hoe sterk de identiteitsclaim is. Elektronische Toegangsdiensten definiëren de mogelijke betrouwbaarheidsniveaus. Het opslaan van deze context stelt portalen in staat om alleen de zaken weer te gegeven met een lager of gelijk betrouwbaarheidsniveau in de op dat moment actieve portaal authenticatie context.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `urn:etoegang:core:assurance-class:loa1` - Niet bestaand (1)
             *     * `urn:etoegang:core:assurance-class:loa2` - Laag (2)
             *     * `urn:etoegang:core:assurance-class:loa2plus` - Laag (2+)
             *     * `urn:etoegang:core:assurance-class:loa3` - Substantieel (3)
             *     * `urn:etoegang:core:assurance-class:loa4` - Hoog (4)
             */
            levelOfAssurance: components["schemas"]["EHerkenningAuthContextLevelOfAssuranceEnum"];
            /** @description De identificatie is altijd versleuteld en de versleutelingsmethode is specifiek voor de service provider. Bijvoorbeeld: dezelfde fysieke persoon krijgt verschillende identificatiewaarden wanneer diegene bij verschillende service providers authenticeert. Onversleutelde details van de handelende persoon kunnen toegevoegd worden aan het attribuut `contactpersoonRol.naam`. */
            actingSubject: string;
            /**
             * vertegenwoordigde partij
             * @description Wanneer de `Rol` voor de gemachtigde geregistreerd wordt, moet de vertegenwoordigde bijgevoegd worden om duidelijk te maken dat er sprake is van een machtiging. Dit maakt het ook het attribuut `mandate` en de context daarbij verplicht. Als een vertegenwoordigde bijgevoegd wordt, moet er ook een aparte `Rol` aangemaakt worden met `rolomschrijvingGeneriek` gelijk aan `belanghebbende` en `indicatieMachtiging` gelijk aan `machtiginggever`.
             */
            representee?: components["schemas"]["eHerkenningRepresenteeRequest"];
            /**
             * machtiging context
             * @description `mandate` beschrijft de mate van machtiging voor de vertegenwoordigde aan de gemachtigde. `mandate` is verplicht als een `representee` (vertegenwoordigde) gespecificeerd is.
             */
            mandate?: components["schemas"]["eHerkenningMandateRequest"];
        };
        eHerkenningMandate: {
            /**
             * Rol
             * @description De rol van een machtiging, meestal gegeven via juridische procedures
             */
            role?: components["schemas"]["RoleEnum"];
            services: components["schemas"]["eHerkenningService"][];
        };
        eHerkenningMandateRequest: {
            /**
             * Rol
             * @description De rol van een machtiging, meestal gegeven via juridische procedures
             */
            role?: components["schemas"]["RoleEnum"];
            services: components["schemas"]["eHerkenningServiceRequest"][];
        };
        eHerkenningRepresentee: {
            /**
             * Identificatie type
             * @description Geeft aan hoe de `identifier` waarde geïnterpreteerd moet worden. EHerkenning ondersteunt alleen BSN en KVK-nummer
             */
            identifierType: components["schemas"]["EHerkenningRepresenteeIdentifierTypeEnum"];
            /**
             * Identificatie
             * @description Identificatie van de vertegenwoordigde persoon of het vertegenwoordigde bedrijf
             */
            identifier: string;
        };
        eHerkenningRepresenteeRequest: {
            /**
             * Identificatie type
             * @description Geeft aan hoe de `identifier` waarde geïnterpreteerd moet worden. EHerkenning ondersteunt alleen BSN en KVK-nummer
             */
            identifierType: components["schemas"]["EHerkenningRepresenteeIdentifierTypeEnum"];
            /**
             * Identificatie
             * @description Identificatie van de vertegenwoordigde persoon of het vertegenwoordigde bedrijf
             */
            identifier: string;
        };
        eHerkenningService: {
            /**
             * Service ID
             * @description De ServiceID uit de servicecatalogus
             */
            id: string;
            /**
             * Service UUID
             * Format: uuid
             * @description De ServiceUUID uit de servicecatalogus
             */
            uuid: string;
        };
        eHerkenningServiceRequest: {
            /**
             * Service ID
             * @description De ServiceID uit de servicecatalogus
             */
            id: string;
            /**
             * Service UUID
             * Format: uuid
             * @description De ServiceUUID uit de servicecatalogus
             */
            uuid: string;
        };
        enkelvoudig_document_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        enkelvoudig_document_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        enkelvoudig_document_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        enkelvoudig_document_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "enkelvoudig_document";
        };
        gemeente_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectGemeente"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        gemeente_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectGemeenteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        gemeente_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectGemeente"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        gemeente_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectGemeenteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeente";
        };
        gemeentelijke_openbare_ruimte_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        gemeentelijke_openbare_ruimte_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        gemeentelijke_openbare_ruimte_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        gemeentelijke_openbare_ruimte_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectGemeentelijkeOpenbareRuimteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "gemeentelijke_openbare_ruimte";
        };
        huishouden_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectHuishouden"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        huishouden_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectHuishoudenRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        huishouden_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectHuishouden"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        huishouden_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectHuishoudenRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "huishouden";
        };
        inrichtingselement_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectInrichtingselement"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        inrichtingselement_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectInrichtingselementRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        inrichtingselement_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectInrichtingselement"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        inrichtingselement_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectInrichtingselementRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "inrichtingselement";
        };
        kadastrale_onroerende_zaak_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaak"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        kadastrale_onroerende_zaak_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaakRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        kadastrale_onroerende_zaak_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaak"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        kadastrale_onroerende_zaak_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectKadastraleOnroerendeZaakRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kadastrale_onroerende_zaak";
        };
        kunstwerkdeel_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectKunstwerkdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        kunstwerkdeel_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectKunstwerkdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        kunstwerkdeel_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectKunstwerkdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        kunstwerkdeel_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectKunstwerkdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "kunstwerkdeel";
        };
        maatschappelijke_activiteit_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteit"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        maatschappelijke_activiteit_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteitRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        maatschappelijke_activiteit_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteit"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        maatschappelijke_activiteit_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectMaatschappelijkeActiviteitRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "maatschappelijke_activiteit";
        };
        medewerker_RolSerializer: components["schemas"]["Base_RolSerializer"] & components["schemas"]["RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_RolSerializerRequest: components["schemas"]["Base_RolSerializerRequest"] & components["schemas"]["RolMedewerkerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_RolSubSerializer: components["schemas"]["Base_RolSubSerializer"] & components["schemas"]["RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_RolSubSerializerRequest: components["schemas"]["Base_RolSubSerializerRequest"] & components["schemas"]["RolMedewerkerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_RolUpdateSubSerializer: components["schemas"]["Base_RolUpdateSubSerializer"] & components["schemas"]["RolMedewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_RolUpdateSubSerializerRequest: components["schemas"]["Base_RolUpdateSubSerializerRequest"] & components["schemas"]["RolMedewerkerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "medewerker";
        };
        medewerker_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_MedewerkerIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        medewerker_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_MedewerkerIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        medewerker_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_MedewerkerIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        medewerker_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_MedewerkerIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "medewerker";
        };
        natuurlijk_persoon_RolSerializer: components["schemas"]["Base_RolSerializer"] & components["schemas"]["RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_RolSerializerRequest: components["schemas"]["Base_RolSerializerRequest"] & components["schemas"]["RolNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_RolSubSerializer: components["schemas"]["Base_RolSubSerializer"] & components["schemas"]["RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_RolSubSerializerRequest: components["schemas"]["Base_RolSubSerializerRequest"] & components["schemas"]["RolNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_RolUpdateSubSerializer: components["schemas"]["Base_RolUpdateSubSerializer"] & components["schemas"]["RolNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_RolUpdateSubSerializerRequest: components["schemas"]["Base_RolUpdateSubSerializerRequest"] & components["schemas"]["RolNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_NatuurlijkPersoonIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_NatuurlijkPersoonIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_NatuurlijkPersoonIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        natuurlijk_persoon_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_NatuurlijkPersoonIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolSerializer: components["schemas"]["Base_RolSerializer"] & components["schemas"]["RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolSerializerRequest: components["schemas"]["Base_RolSerializerRequest"] & components["schemas"]["RolNietNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolSubSerializer: components["schemas"]["Base_RolSubSerializer"] & components["schemas"]["RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolSubSerializerRequest: components["schemas"]["Base_RolSubSerializerRequest"] & components["schemas"]["RolNietNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolUpdateSubSerializer: components["schemas"]["Base_RolUpdateSubSerializer"] & components["schemas"]["RolNietNatuurlijkPersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_RolUpdateSubSerializerRequest: components["schemas"]["Base_RolUpdateSubSerializerRequest"] & components["schemas"]["RolNietNatuurlijkPersoonRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_NietNatuurlijkPersoonIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_NietNatuurlijkPersoonIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_NietNatuurlijkPersoonIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        niet_natuurlijk_persoon_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_NietNatuurlijkPersoonIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "niet_natuurlijk_persoon";
        };
        object_identificatie_MedewerkerIdentificatie: {
            objectIdentificatie?: components["schemas"]["MedewerkerIdentificatie"];
        };
        object_identificatie_MedewerkerIdentificatieRequest: {
            objectIdentificatie?: components["schemas"]["MedewerkerIdentificatieRequest"];
        };
        object_identificatie_NatuurlijkPersoonIdentificatie: {
            objectIdentificatie?: components["schemas"]["NatuurlijkPersoonIdentificatie"];
        };
        object_identificatie_NatuurlijkPersoonIdentificatieRequest: {
            objectIdentificatie?: components["schemas"]["NatuurlijkPersoonIdentificatieRequest"];
        };
        object_identificatie_NietNatuurlijkPersoonIdentificatie: {
            objectIdentificatie?: components["schemas"]["NietNatuurlijkPersoonIdentificatie"];
        };
        object_identificatie_NietNatuurlijkPersoonIdentificatieRequest: {
            objectIdentificatie?: components["schemas"]["NietNatuurlijkPersoonIdentificatieRequest"];
        };
        object_identificatie_ObjectAdres: {
            objectIdentificatie?: components["schemas"]["ObjectAdres"];
        };
        object_identificatie_ObjectAdresRequest: {
            objectIdentificatie?: components["schemas"]["ObjectAdresRequest"];
        };
        object_identificatie_ObjectBuurt: {
            objectIdentificatie?: components["schemas"]["ObjectBuurt"];
        };
        object_identificatie_ObjectBuurtRequest: {
            objectIdentificatie?: components["schemas"]["ObjectBuurtRequest"];
        };
        object_identificatie_ObjectGemeente: {
            objectIdentificatie?: components["schemas"]["ObjectGemeente"];
        };
        object_identificatie_ObjectGemeenteRequest: {
            objectIdentificatie?: components["schemas"]["ObjectGemeenteRequest"];
        };
        object_identificatie_ObjectGemeentelijkeOpenbareRuimte: {
            objectIdentificatie?: components["schemas"]["ObjectGemeentelijkeOpenbareRuimte"];
        };
        object_identificatie_ObjectGemeentelijkeOpenbareRuimteRequest: {
            objectIdentificatie?: components["schemas"]["ObjectGemeentelijkeOpenbareRuimteRequest"];
        };
        object_identificatie_ObjectHuishouden: {
            objectIdentificatie?: components["schemas"]["ObjectHuishouden"];
        };
        object_identificatie_ObjectHuishoudenRequest: {
            objectIdentificatie?: components["schemas"]["ObjectHuishoudenRequest"];
        };
        object_identificatie_ObjectInrichtingselement: {
            objectIdentificatie?: components["schemas"]["ObjectInrichtingselement"];
        };
        object_identificatie_ObjectInrichtingselementRequest: {
            objectIdentificatie?: components["schemas"]["ObjectInrichtingselementRequest"];
        };
        object_identificatie_ObjectKadastraleOnroerendeZaak: {
            objectIdentificatie?: components["schemas"]["ObjectKadastraleOnroerendeZaak"];
        };
        object_identificatie_ObjectKadastraleOnroerendeZaakRequest: {
            objectIdentificatie?: components["schemas"]["ObjectKadastraleOnroerendeZaakRequest"];
        };
        object_identificatie_ObjectKunstwerkdeel: {
            objectIdentificatie?: components["schemas"]["ObjectKunstwerkdeel"];
        };
        object_identificatie_ObjectKunstwerkdeelRequest: {
            objectIdentificatie?: components["schemas"]["ObjectKunstwerkdeelRequest"];
        };
        object_identificatie_ObjectMaatschappelijkeActiviteit: {
            objectIdentificatie?: components["schemas"]["ObjectMaatschappelijkeActiviteit"];
        };
        object_identificatie_ObjectMaatschappelijkeActiviteitRequest: {
            objectIdentificatie?: components["schemas"]["ObjectMaatschappelijkeActiviteitRequest"];
        };
        object_identificatie_ObjectOpenbareRuimte: {
            objectIdentificatie?: components["schemas"]["ObjectOpenbareRuimte"];
        };
        object_identificatie_ObjectOpenbareRuimteRequest: {
            objectIdentificatie?: components["schemas"]["ObjectOpenbareRuimteRequest"];
        };
        object_identificatie_ObjectOverige: {
            objectIdentificatie?: components["schemas"]["ObjectOverige"];
        };
        object_identificatie_ObjectOverigeRequest: {
            objectIdentificatie?: components["schemas"]["ObjectOverigeRequest"];
        };
        object_identificatie_ObjectPand: {
            objectIdentificatie?: components["schemas"]["ObjectPand"];
        };
        object_identificatie_ObjectPandRequest: {
            objectIdentificatie?: components["schemas"]["ObjectPandRequest"];
        };
        object_identificatie_ObjectSpoorbaandeel: {
            objectIdentificatie?: components["schemas"]["ObjectSpoorbaandeel"];
        };
        object_identificatie_ObjectSpoorbaandeelRequest: {
            objectIdentificatie?: components["schemas"]["ObjectSpoorbaandeelRequest"];
        };
        object_identificatie_ObjectTerreinGebouwdObject: {
            objectIdentificatie?: components["schemas"]["ObjectTerreinGebouwdObject"];
        };
        object_identificatie_ObjectTerreinGebouwdObjectRequest: {
            objectIdentificatie?: components["schemas"]["ObjectTerreinGebouwdObjectRequest"];
        };
        object_identificatie_ObjectTerreindeel: {
            objectIdentificatie?: components["schemas"]["ObjectTerreindeel"];
        };
        object_identificatie_ObjectTerreindeelRequest: {
            objectIdentificatie?: components["schemas"]["ObjectTerreindeelRequest"];
        };
        object_identificatie_ObjectWaterdeel: {
            objectIdentificatie?: components["schemas"]["ObjectWaterdeel"];
        };
        object_identificatie_ObjectWaterdeelRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWaterdeelRequest"];
        };
        object_identificatie_ObjectWegdeel: {
            objectIdentificatie?: components["schemas"]["ObjectWegdeel"];
        };
        object_identificatie_ObjectWegdeelRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWegdeelRequest"];
        };
        object_identificatie_ObjectWijk: {
            objectIdentificatie?: components["schemas"]["ObjectWijk"];
        };
        object_identificatie_ObjectWijkRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWijkRequest"];
        };
        object_identificatie_ObjectWoonplaats: {
            objectIdentificatie?: components["schemas"]["ObjectWoonplaats"];
        };
        object_identificatie_ObjectWoonplaatsRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWoonplaatsRequest"];
        };
        object_identificatie_ObjectWozDeelobject: {
            objectIdentificatie?: components["schemas"]["ObjectWozDeelobject"];
        };
        object_identificatie_ObjectWozDeelobjectRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWozDeelobjectRequest"];
        };
        object_identificatie_ObjectWozObject: {
            objectIdentificatie?: components["schemas"]["ObjectWozObject"];
        };
        object_identificatie_ObjectWozObjectRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWozObjectRequest"];
        };
        object_identificatie_ObjectWozWaarde: {
            objectIdentificatie?: components["schemas"]["ObjectWozWaarde"];
        };
        object_identificatie_ObjectWozWaardeRequest: {
            objectIdentificatie?: components["schemas"]["ObjectWozWaardeRequest"];
        };
        object_identificatie_ObjectZakelijkRecht: {
            objectIdentificatie?: components["schemas"]["ObjectZakelijkRecht"];
        };
        object_identificatie_ObjectZakelijkRechtRequest: {
            objectIdentificatie?: components["schemas"]["ObjectZakelijkRechtRequest"];
        };
        object_identificatie_OrganisatorischeEenheidIdentificatie: {
            objectIdentificatie?: components["schemas"]["OrganisatorischeEenheidIdentificatie"];
        };
        object_identificatie_OrganisatorischeEenheidIdentificatieRequest: {
            objectIdentificatie?: components["schemas"]["OrganisatorischeEenheidIdentificatieRequest"];
        };
        object_identificatie_VestigingIdentificatie: {
            objectIdentificatie?: components["schemas"]["VestigingIdentificatie"];
        };
        object_identificatie_VestigingIdentificatieRequest: {
            objectIdentificatie?: components["schemas"]["VestigingIdentificatieRequest"];
        };
        openbare_ruimte_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        openbare_ruimte_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectOpenbareRuimteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        openbare_ruimte_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectOpenbareRuimte"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        openbare_ruimte_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectOpenbareRuimteRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "openbare_ruimte";
        };
        organisatorische_eenheid_RolSerializer: components["schemas"]["Base_RolSerializer"] & components["schemas"]["RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_RolSerializerRequest: components["schemas"]["Base_RolSerializerRequest"] & components["schemas"]["RolOrganisatorischeEenheidRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_RolSubSerializer: components["schemas"]["Base_RolSubSerializer"] & components["schemas"]["RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_RolSubSerializerRequest: components["schemas"]["Base_RolSubSerializerRequest"] & components["schemas"]["RolOrganisatorischeEenheidRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_RolUpdateSubSerializer: components["schemas"]["Base_RolUpdateSubSerializer"] & components["schemas"]["RolOrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_RolUpdateSubSerializerRequest: components["schemas"]["Base_RolUpdateSubSerializerRequest"] & components["schemas"]["RolOrganisatorischeEenheidRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_OrganisatorischeEenheidIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_OrganisatorischeEenheidIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_OrganisatorischeEenheidIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        organisatorische_eenheid_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_OrganisatorischeEenheidIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "organisatorische_eenheid";
        };
        overige_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectOverige"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        overige_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectOverigeRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        overige_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectOverige"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        overige_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectOverigeRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "overige";
        };
        pand_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectPand"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        pand_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectPandRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        pand_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectPand"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        pand_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectPandRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "pand";
        };
        spoorbaandeel_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectSpoorbaandeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        spoorbaandeel_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectSpoorbaandeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        spoorbaandeel_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectSpoorbaandeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        spoorbaandeel_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectSpoorbaandeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "spoorbaandeel";
        };
        status_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        status_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        status_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        status_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "status";
        };
        terrein_gebouwd_object_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        terrein_gebouwd_object_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        terrein_gebouwd_object_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        terrein_gebouwd_object_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectTerreinGebouwdObjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terrein_gebouwd_object";
        };
        terreindeel_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectTerreindeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        terreindeel_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectTerreindeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        terreindeel_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectTerreindeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        terreindeel_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectTerreindeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "terreindeel";
        };
        vestiging_RolSerializer: components["schemas"]["Base_RolSerializer"] & components["schemas"]["RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_RolSerializerRequest: components["schemas"]["Base_RolSerializerRequest"] & components["schemas"]["RolVestigingRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_RolSubSerializer: components["schemas"]["Base_RolSubSerializer"] & components["schemas"]["RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_RolSubSerializerRequest: components["schemas"]["Base_RolSubSerializerRequest"] & components["schemas"]["RolVestigingRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_RolUpdateSubSerializer: components["schemas"]["Base_RolUpdateSubSerializer"] & components["schemas"]["RolVestiging"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_RolUpdateSubSerializerRequest: components["schemas"]["Base_RolUpdateSubSerializerRequest"] & components["schemas"]["RolVestigingRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            betrokkeneType: "vestiging";
        };
        vestiging_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_VestigingIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        vestiging_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_VestigingIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        vestiging_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_VestigingIdentificatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        vestiging_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_VestigingIdentificatieRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "vestiging";
        };
        waterdeel_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWaterdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        waterdeel_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWaterdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        waterdeel_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWaterdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        waterdeel_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWaterdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "waterdeel";
        };
        wegdeel_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWegdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        wegdeel_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWegdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        wegdeel_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWegdeel"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        wegdeel_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWegdeelRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wegdeel";
        };
        wijk_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWijk"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        wijk_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWijkRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        wijk_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWijk"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        wijk_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWijkRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "wijk";
        };
        woonplaats_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWoonplaats"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        woonplaats_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWoonplaatsRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        woonplaats_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWoonplaats"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        woonplaats_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWoonplaatsRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woonplaats";
        };
        woz_deelobject_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWozDeelobject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        woz_deelobject_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozDeelobjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        woz_deelobject_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWozDeelobject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        woz_deelobject_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozDeelobjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_deelobject";
        };
        woz_object_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWozObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        woz_object_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozObjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        woz_object_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWozObject"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        woz_object_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozObjectRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_object";
        };
        woz_waarde_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectWozWaarde"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        woz_waarde_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozWaardeRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        woz_waarde_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectWozWaarde"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        woz_waarde_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectWozWaardeRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "woz_waarde";
        };
        zakelijk_recht_ZaakObjectSerializer: components["schemas"]["Base_ZaakObjectSerializer"] & components["schemas"]["object_identificatie_ObjectZakelijkRecht"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
        zakelijk_recht_ZaakObjectSerializerRequest: components["schemas"]["Base_ZaakObjectSerializerRequest"] & components["schemas"]["object_identificatie_ObjectZakelijkRechtRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
        zakelijk_recht_ZaakObjectSubSerializer: components["schemas"]["Base_ZaakObjectSubSerializer"] & components["schemas"]["object_identificatie_ObjectZakelijkRecht"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
        zakelijk_recht_ZaakObjectSubSerializerRequest: components["schemas"]["Base_ZaakObjectSubSerializerRequest"] & components["schemas"]["object_identificatie_ObjectZakelijkRechtRequest"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            objectType: "zakelijk_recht";
        };
        /** @enum {string} */
        IndicatieInternOfExternEnum: "intern" | "extern";
        /** @description Het Referentieproces dat ten grondslag ligt aan dit ZAAKTYPE. */
        ReferentieProces: {
            /**
             * Referentieprocesnaam
             * @description De naam van het Referentieproces.
             */
            naam: string;
            /**
             * Referentieproceslink
             * Format: uri
             * @description De URL naar de beschrijving van het Referentieproces
             */
            link?: string;
        };
        /** @description De CATALOGUS waaraan het ZAAKTYPE is ontleend. */
        BronCatalogus: {
            /**
             * URL-referentie broncatalogus
             * Format: uri
             */
            url: string;
            /**
             * broncatalogus domein
             * @description Het domein van de CATALOGUS waaraan het ZAAKTYPE is ontleend.
             */
            domein: string;
            /**
             * broncatalogus rsin
             * @description Het RSIN van de INGESCHREVEN NIET-NATUURLIJK PERSOON die beheerder is van de CATALOGUS waaraan het ZAAKTYPE is ontleend.
             */
            rsin: string;
        };
        /** @description Het zaaktype binnen de CATALOGUS waaraan dit ZAAKTYPE is ontleend. */
        BronZaaktype: {
            /**
             * URL-referentie bronzaaktype
             * Format: uri
             */
            url: string;
            /**
             * bronzaaktype identificatie
             * @description De Zaaktype-identificatie van het bronzaaktype binnen de CATALOGUS.
             */
            identificatie: string;
            /**
             * bronzaaktype omschrijving
             * @description De Zaaktype-omschrijving van het bronzaaktype, zoals gehanteerd in de Broncatalogus.
             */
            omschrijving: string;
        };
        /** @enum {string} */
        "schemas-AardRelatieEnum": "vervolg" | "bijdrage" | "onderwerp";
        ZaakTypenRelatie: {
            /**
             * gerelateerd zaaktype
             * Format: uri
             * @description URL referentie naar het gerelateerde zaaktype, mogelijks in een extern ZTC.
             */
            zaaktype: string;
            /**
             * aard relatie
             * @description Omschrijving van de aard van de relatie van zaken van het ZAAKTYPE tot zaken van het andere ZAAKTYPE
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `vervolg` - Vervolg
             *     * `bijdrage` - Bijdrage
             *     * `onderwerp` - Onderwerp
             */
            aardRelatie: components["schemas"]["schemas-AardRelatieEnum"];
            /**
             * toelichting
             * @description Een toelichting op de aard van de relatie tussen beide ZAAKTYPEN.
             */
            toelichting?: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        ZaakType: {
            /**
             * url
             * Format: uri
             * @description URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.
             */
            readonly url: string;
            /**
             * identificatie
             * @description Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.
             */
            identificatie: string;
            /**
             * omschrijving
             * @description Omschrijving van de aard van ZAAKen van het ZAAKTYPE.
             */
            omschrijving: string;
            /**
             * omschrijving generiek
             * @description Algemeen gehanteerde omschrijving van de aard van ZAAKen van het ZAAKTYPE
             */
            omschrijvingGeneriek?: string;
            /**
             * vertrouwelijkheidaanduiding
             * @description Aanduiding van de mate waarin zaakdossiers van ZAAKen van dit ZAAKTYPE voor de openbaarheid bestemd zijn. Indien de zaak bij het aanmaken geen vertrouwelijkheidaanduiding krijgt, dan wordt deze waarde gezet.
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
            vertrouwelijkheidaanduiding: components["schemas"]["VertrouwelijkheidaanduidingEnum"];
            /**
             * doel
             * @description Een omschrijving van hetgeen beoogd is te bereiken met een zaak van dit zaaktype.
             */
            doel: string;
            /**
             * aanleiding
             * @description Een omschrijving van de gebeurtenis die leidt tot het starten van een ZAAK van dit ZAAKTYPE.
             */
            aanleiding: string;
            /**
             * toelichting
             * @description Een eventuele toelichting op dit zaaktype, zoals een beschrijving van het procesverloop op de hoofdlijnen.
             */
            toelichting?: string;
            /**
             * indicatie intern of extern
             * @description Een aanduiding waarmee onderscheid wordt gemaakt tussen ZAAKTYPEn die Intern respectievelijk Extern geïnitieerd worden. Indien van beide sprake kan zijn, dan prevaleert de externe initiatie.
             *
             *     Uitleg bij mogelijke waarden:
             *
             *     * `inkomend` - Inkomend
             *     * `intern` - Intern
             *     * `uitgaand` - Uitgaand
             */
            indicatieInternOfExtern: components["schemas"]["IndicatieInternOfExternEnum"];
            /**
             * handeling initiator
             * @description Werkwoord dat hoort bij de handeling die de initiator verricht bij dit zaaktype. Meestal 'aanvragen', 'indienen' of 'melden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_initiator
             */
            handelingInitiator: string;
            /**
             * onderwerp
             * @description Het onderwerp van ZAAKen van dit ZAAKTYPE. In veel gevallen nauw gerelateerd aan de product- of dienstnaam uit de Producten- en Dienstencatalogus (PDC). Bijvoorbeeld: 'Evenementenvergunning', 'Geboorte', 'Klacht'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.onderwerp
             */
            onderwerp: string;
            /**
             * handeling behandelaar
             * @description Werkwoord dat hoort bij de handeling die de behandelaar verricht bij het afdoen van ZAAKen van dit ZAAKTYPE. Meestal 'behandelen', 'uitvoeren', 'vaststellen' of 'onderhouden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_behandelaar
             */
            handelingBehandelaar: string;
            /**
             * doorlooptijd behandeling
             * Format: duration
             * @description De periode waarbinnen volgens wet- en regelgeving een ZAAK van het ZAAKTYPE afgerond dient te zijn, in kalenderdagen.
             */
            doorlooptijd: string;
            /**
             * servicenorm behandeling
             * Format: duration
             * @description De periode waarbinnen verwacht wordt dat een ZAAK van het ZAAKTYPE afgerond wordt conform de geldende servicenormen van de zaakbehandelende organisatie(s).
             */
            servicenorm?: string | null;
            /**
             * Opschorting/aanhouding mogelijk
             * @description Aanduiding die aangeeft of ZAAKen van dit mogelijk ZAAKTYPE kunnen worden opgeschort en/of aangehouden.
             */
            opschortingEnAanhoudingMogelijk: boolean;
            /**
             * verlenging mogelijk
             * @description Aanduiding die aangeeft of de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd.
             */
            verlengingMogelijk: boolean;
            /**
             * verlengingstermijn
             * Format: duration
             * @description Een tijdsduur in ISO 8601 formaat waarmee de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd. Mag alleen een waarde bevatten als verlenging mogelijk is.
             */
            verlengingstermijn?: string | null;
            /**
             * trefwoorden
             * @description Een trefwoord waarmee ZAAKen van het ZAAKTYPE kunnen worden gekarakteriseerd.
             */
            trefwoorden?: string[];
            /**
             * publicatie indicatie
             * @description Aanduiding of (het starten van) een ZAAK dit ZAAKTYPE gepubliceerd moet worden.
             */
            publicatieIndicatie: boolean;
            /**
             * publicatietekst
             * @description De generieke tekst van de publicatie van ZAAKen van dit ZAAKTYPE.
             */
            publicatietekst?: string;
            /**
             * verantwoordingsrelatie
             * @description De relatie tussen ZAAKen van dit ZAAKTYPE en de beleidsmatige en/of financiële verantwoording.
             */
            verantwoordingsrelatie?: string[];
            /**
             * producten of diensten
             * @description Het product of de dienst die door ZAAKen van dit ZAAKTYPE wordt voortgebracht.
             */
            productenOfDiensten: string[];
            /**
             * selectielijst procestype
             * Format: uri
             * @description URL-referentie naar een vanuit archiveringsoptiek onderkende groep processen met dezelfde kenmerken (PROCESTYPE in de Selectielijst API).
             */
            selectielijstProcestype?: string;
            /**
             * referentieproces
             * @description Het Referentieproces dat ten grondslag ligt aan dit ZAAKTYPE.
             */
            referentieproces: components["schemas"]["ReferentieProces"];
            /**
             * verantwoordelijke
             * @description De (soort) organisatorische eenheid of (functie van) medewerker die verantwoordelijk is voor de uitvoering van zaken van het ZAAKTYPE.
             */
            verantwoordelijke: string;
            /** Zaaktype */
            readonly zaakobjecttypen: string[];
            /**
             * broncatalogus
             * @description De CATALOGUS waaraan het ZAAKTYPE is ontleend.
             */
            broncatalogus?: components["schemas"]["BronCatalogus"];
            /**
             * bronzaaktype
             * @description Het zaaktype binnen de CATALOGUS waaraan dit ZAAKTYPE is ontleend.
             */
            bronzaaktype?: components["schemas"]["BronZaaktype"];
            /**
             * Catalogus
             * Format: uri
             * @description URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.
             */
            catalogus: string;
            /**
             * Zaaktype
             * @description URL-referenties naar de STATUSTYPEN die mogelijk zijn binnen dit ZAAKTYPE.
             */
            readonly statustypen: string[];
            /**
             * is relevant voor
             * @description URL-referenties naar de RESULTAATTYPEN die mogelijk zijn binnen dit ZAAKTYPE.
             */
            readonly resultaattypen: string[];
            /**
             * Zaaktype
             * @description URL-referenties naar de EIGENSCHAPPEN die aanwezig moeten zijn in ZAKEN van dit ZAAKTYPE.
             */
            readonly eigenschappen: string[];
            /** informatieobjecttypen */
            readonly informatieobjecttypen: string;
            /**
             * Zaaktype
             * @description URL-referenties naar de ROLTYPEN die mogelijk zijn binnen dit ZAAKTYPE.
             */
            readonly roltypen: string[];
            /**
             * heeft relevante besluittypen
             * @description URL-referenties naar de BESLUITTYPEN die mogelijk zijn binnen dit ZAAKTYPE.
             */
            besluittypen: string[];
            /**
             * deelzaaktypen
             * @description De ZAAKTYPE(n) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen van dit ZAAKTYPE.
             */
            deelzaaktypen?: (string | null)[];
            /**
             * zaaktype van
             * @description De ZAAKTYPEn van zaken die relevant zijn voor zaken van dit ZAAKTYPE.
             */
            gerelateerdeZaaktypen: components["schemas"]["ZaakTypenRelatie"][];
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
             * versiedatum
             * Format: date
             * @description De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden
             */
            versiedatum: string;
            /**
             * concept
             * @description Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en zouden niet gebruikt moeten worden buiten deze API.
             */
            readonly concept: boolean;
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
    klantcontact_list: {
        parameters: {
            query?: {
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedKlantContactList"];
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
    klantcontact_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KlantContactRequest"];
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
                    "application/json": components["schemas"]["KlantContact"];
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
    klantcontact_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KlantContact"];
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
    zaak_reserveer_zaaknummer: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveZaakIdentificatieRequest"];
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
                    "application/json": components["schemas"]["OneOrMultipleZaakIdentificaties"];
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
    };
    resultaat_list: {
        parameters: {
            query?: {
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description URL-referentie naar het RESULTAATTYPE (in de Catalogi API). */
                resultaattype?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedResultaatList"];
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
    resultaat_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultaatRequest"];
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
                    "application/json": components["schemas"]["Resultaat"];
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
    resultaat_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
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
    resultaat_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultaatRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
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
    resultaat_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    resultaat_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resultaat_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedResultaatRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resultaat"];
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
    rol_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK. */
                betrokkene?: string;
                /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de MEDEWERKER. Dit veld wijkt af van de standaard, omdat er 128 karakters zijn toegestaan in plaats van 24 */
                betrokkeneIdentificatie__medewerker__identificatie?: string;
                /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON */
                betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
                /** @description Het administratienummer van de persoon, bedoeld in de Wet BRP */
                betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
                /** @description Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer. */
                betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
                /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
                /** @description Het door een kamer toegekend RSIN voor de INGESCHREVEN NIET-NATUURLIJK PERSOON */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
                /** @description **EXPERIMENTEEL** Een uniek nummer toegekend door de Kamer van Koophandel */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer?: string;
                /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging. */
                betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer?: string;
                /** @description **EXPERIMENTEEL** Een korte identificatie van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
                betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
                /** @description **EXPERIMENTEEL** **DEPRECATED** Een uniek nummer gekoppeld aan de onderneming. */
                betrokkeneIdentificatie__vestiging__kvkNummer?: string;
                /** @description **EXPERIMENTEEL** **DEPRECATED** Een korte unieke aanduiding van de Vestiging. */
                betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
                /** @description Type van de `betrokkene`. */
                betrokkeneType?: "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "organisatorische_eenheid" | "vestiging";
                /**
                 * @description **EXPERIMENTEEL** filter objecten op basis van `indicatieMachtiging`:
                 *     * `eigen`: Toon objecten waarvan het attribuut `indicatieMachtiging` leeg is.
                 *     * `gemachtigde`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'gemachtigde' is.
                 *     * `machtiginggever`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'machtiginggever'
                 */
                machtiging?: "eigen" | "gemachtigde" | "machtiginggever";
                /**
                 * @description **EXPERIMENTEEL** Rollen met een 'authenticatieContext.levelOfAssurance' die lager of gelijk is dan de aangegeven aanduiding worden teruggeven als resultaten.
                 *
                 *      **Digid:**
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport` - DigiD Basis
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract` - DigiD Midden
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard` - DigiD Substantieel
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI` - DigiD Hoog
                 *
                 *      **eHerkenning:**
                 *     * `urn:etoegang:core:assurance-class:loa1` - Niet bestaand (1)
                 *     * `urn:etoegang:core:assurance-class:loa2` - Laag (2)
                 *     * `urn:etoegang:core:assurance-class:loa2plus` - Laag (2+)
                 *     * `urn:etoegang:core:assurance-class:loa3` - Substantieel (3)
                 *     * `urn:etoegang:core:assurance-class:loa4` - Hoog (4)
                 */
                machtiging__loa?: "urn:etoegang:core:assurance-class:loa1" | "urn:etoegang:core:assurance-class:loa2" | "urn:etoegang:core:assurance-class:loa2plus" | "urn:etoegang:core:assurance-class:loa3" | "urn:etoegang:core:assurance-class:loa4" | "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract" | "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" | "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard" | "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
                /** @description Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE. */
                omschrijving?: string;
                /** @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE. */
                omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "mede_initiator" | "zaakcoordinator";
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK. */
                roltype?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedRolList"];
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
    rol_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RolRequest"];
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
                    "application/json": components["schemas"]["Rol"];
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
    rol_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rol"];
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
    rol_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RolRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rol"];
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
    rol_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    rol_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    status_list: {
        parameters: {
            query?: {
                /** @description Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van alle statussen bij de desbetreffende zaak. */
                indicatieLaatstGezetteStatus?: boolean;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description URL-referentie naar het STATUSTYPE (in de Catalogi API). */
                statustype?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedStatusList"];
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
    status_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusRequest"];
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
                    "application/json": components["schemas"]["Status"];
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
    status_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Status"];
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
    status_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    substatus_list: {
        parameters: {
            query?: {
                /** @description Indicatie van van de zichtbaarheid van een substatus. */
                doelgroep?: "betrokkenen" | "intern";
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description URL-referentie naar de hoofdSTATUS. */
                status?: number;
                /** @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen. */
                tijdstip__gt?: string;
                /** @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen. */
                tijdstip__gte?: string;
                /** @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen. */
                tijdstip__lt?: string;
                /** @description Het tijdstip waarop de STATUS de SUBSTATUS heeft verkregen. */
                tijdstip__lte?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedSubStatusList"];
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
    substatus_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubStatusRequest"];
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
                    "application/json": components["schemas"]["SubStatus"];
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
    substatus_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubStatus"];
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
    zaakafsluiten: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakAfsluitenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakAfsluiten"];
                };
            };
        };
    };
    zaakbijwerken: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakBijwerkenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakBijwerken"];
                };
            };
        };
    };
    zaakopschorten: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakOpschortenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakOpschorten"];
                };
            };
        };
    };
    registreerzaak_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakRegistrerenRequest"];
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakRegistreren"];
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
    };
    zaakverlengen: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakVerlengenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakVerlengen"];
                };
            };
        };
    };
    zaakcontactmoment_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar het CONTACTMOMENT (in de CMC API) */
                contactmoment?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["ZaakContactMoment"][];
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
    zaakcontactmoment_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakContactMomentRequest"];
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
                    "application/json": components["schemas"]["ZaakContactMoment"];
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
    zaakcontactmoment_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakContactMoment"];
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
    zaakcontactmoment_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    zaakinformatieobject_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden. */
                informatieobject?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["ZaakInformatieObject"][];
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
    zaakinformatieobject_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakInformatieObjectRequest"];
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
                    "application/json": components["schemas"]["ZaakInformatieObject"];
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
    zaakinformatieobject_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
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
    zaakinformatieobject_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakInformatieObjectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
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
    zaakinformatieobject_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    zaakinformatieobject_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    zaakinformatieobject_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakInformatieObjectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakInformatieObject"];
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
    zaaknotitie_list: {
        parameters: {
            query?: {
                /** @description Naam of identificatie van de auteur van de notitie */
                aangemaaktDoor?: string;
                /** @description Naam of identificatie van de auteur van de notitie */
                aangemaaktDoor__icontains?: string;
                /** @description De datum waarop de handeling is gedaan. */
                aanmaakdatum?: string;
                /** @description De datum waarop de handeling is gedaan. */
                aanmaakdatum__gt?: string;
                /** @description De datum waarop de handeling is gedaan. */
                aanmaakdatum__gte?: string;
                /** @description De datum waarop de handeling is gedaan. */
                aanmaakdatum__lt?: string;
                /** @description De datum waarop de handeling is gedaan. */
                aanmaakdatum__lte?: string;
                /** @description URL-referentie naar de ZAAK. */
                gerelateerdAan?: number;
                /** @description Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator. */
                notitieType?: "extern" | "intern";
                /** @description Korte omschrijving of titel van de notitie */
                onderwerp?: string;
                /** @description Korte omschrijving of titel van de notitie */
                onderwerp__icontains?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                status?: "concept" | "definitief";
                /** @description De volledige inhoud of beschrijving van de notitie */
                tekst?: string;
                /** @description De volledige inhoud of beschrijving van de notitie */
                tekst__icontains?: string;
                /** @description Datum en tijd waarop de notitie voor het laatst is gewijzigd */
                wijzigingsdatum?: string;
                /** @description Datum en tijd waarop de notitie voor het laatst is gewijzigd */
                wijzigingsdatum__gt?: string;
                /** @description Datum en tijd waarop de notitie voor het laatst is gewijzigd */
                wijzigingsdatum__gte?: string;
                /** @description Datum en tijd waarop de notitie voor het laatst is gewijzigd */
                wijzigingsdatum__lt?: string;
                /** @description Datum en tijd waarop de notitie voor het laatst is gewijzigd */
                wijzigingsdatum__lte?: string;
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
                    "application/json": components["schemas"]["PaginatedZaakNotitieList"];
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
    zaaknotitie_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakNotitieRequest"];
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
                    "application/json": components["schemas"]["ZaakNotitie"];
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
    zaaknotitie_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakNotitie"];
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
    zaaknotitie_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakNotitieRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakNotitie"];
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
    zaaknotitie_delete: {
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
    zaaknotitie_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakNotitieRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakNotitie"];
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
    zaaknummer_reserveren: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveZaakIdentificatieRequest"];
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
                    "application/json": components["schemas"]["OneOrMultipleZaakIdentificaties"];
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
    };
    zaakobject_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar de resource die het OBJECT beschrijft. */
                object?: string;
                /** @description Beschrijft het type OBJECT gerelateerd aan de ZAAK. Als er geen passend type is, dan moet het type worden opgegeven onder `objectTypeOverige`. */
                objectType?: "adres" | "besluit" | "buurt" | "enkelvoudig_document" | "gemeente" | "gemeentelijke_openbare_ruimte" | "huishouden" | "inrichtingselement" | "kadastrale_onroerende_zaak" | "kunstwerkdeel" | "maatschappelijke_activiteit" | "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "openbare_ruimte" | "organisatorische_eenheid" | "overige" | "pand" | "spoorbaandeel" | "status" | "terrein_gebouwd_object" | "terreindeel" | "vestiging" | "waterdeel" | "wegdeel" | "wijk" | "woonplaats" | "woz_deelobject" | "woz_object" | "woz_waarde" | "zakelijk_recht";
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["PaginatedZaakObjectList"];
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
    zaakobject_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ZaakObjectRequest"];
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
                    "application/json": components["schemas"]["ZaakObject"];
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
    zaakobject_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
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
    zaakobject_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ZaakObjectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
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
    zaakobject_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    zaakobject_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakObjectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakObject"];
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
    zaakverzoek_list: {
        parameters: {
            query?: {
                /** @description URL-referentie naar het VERZOEK (in de Klantinteractie API) */
                verzoek?: string;
                /** @description URL-referentie naar de ZAAK. */
                zaak?: number;
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
                    "application/json": components["schemas"]["ZaakVerzoek"][];
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
    zaakverzoek_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakVerzoekRequest"];
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
                    "application/json": components["schemas"]["ZaakVerzoek"];
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
    zaakverzoek_read: {
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakVerzoek"];
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
    zaakverzoek_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    zaak_list: {
        parameters: {
            query?: {
                /** @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg. */
                archiefactiedatum?: string;
                /** @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg. */
                archiefactiedatum__gt?: string;
                /** @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg. */
                archiefactiedatum__isnull?: boolean;
                /** @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg. */
                archiefactiedatum__lt?: string;
                /** @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden. */
                archiefnominatie?: "blijvend_bewaren" | "vernietigen" | null;
                /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                archiefnominatie__in?: string[];
                /** @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden. */
                archiefstatus?: "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "nog_te_archiveren" | "overgedragen";
                /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                archiefstatus__in?: string[];
                /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
                bronorganisatie?: string;
                /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                bronorganisatie__in?: string[];
                /** @description De datum waarop de uitvoering van de zaak afgerond is. */
                einddatum?: string;
                /** @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt. */
                einddatumGepland?: string;
                /** @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt. */
                einddatumGepland__gt?: string;
                /** @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt. */
                einddatumGepland__lt?: string;
                /** @description De datum waarop de uitvoering van de zaak afgerond is. */
                einddatum__gt?: string;
                /** @description De datum waarop de uitvoering van de zaak afgerond is. */
                einddatum__isnull?: boolean;
                /** @description De datum waarop de uitvoering van de zaak afgerond is. */
                einddatum__lt?: string;
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("deelzaken" | "deelzaken.resultaat" | "deelzaken.resultaat.resultaattype" | "deelzaken.rollen" | "deelzaken.rollen.roltype" | "deelzaken.status" | "deelzaken.status.statustype" | "deelzaken.zaakinformatieobjecten" | "deelzaken.zaakobjecten" | "deelzaken.zaaktype" | "eigenschappen" | "eigenschappen.eigenschap" | "hoofdzaak" | "hoofdzaak.resultaat" | "hoofdzaak.resultaat.resultaattype" | "hoofdzaak.rollen" | "hoofdzaak.rollen.roltype" | "hoofdzaak.status" | "hoofdzaak.status.statustype" | "hoofdzaak.zaakinformatieobjecten" | "hoofdzaak.zaakobjecten" | "hoofdzaak.zaaktype" | "resultaat" | "resultaat.resultaattype" | "rollen" | "rollen.roltype" | "status" | "status.statustype" | "zaakinformatieobjecten" | "zaakobjecten" | "zaaktype")[];
                /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
                identificatie?: string;
                /** @description **EXPERIMENTEEL** De unieke identificatie van de ZAAK (bevat de identificatie de gegeven waarden (hoofdletterongevoelig)) */
                identificatie__icontains?: string;
                /** @description **EXPERIMENTEEL** Een bron-kenmerk combinatie van de zaak. format: <bron>:<kenmerk> */
                kenmerk?: string;
                /** @description **EXPERIMENTEEL** De aanduiding van de administratie waar het kenmerk op slaat. */
                kenmerk__bron?: string;
                /** @description Zaken met een vertrouwelijkheidaanduiding die beperkter is dan de aangegeven aanduiding worden uit de resultaten gefiltered. */
                maximaleVertrouwelijkheidaanduiding?: "beperkt_openbaar" | "confidentieel" | "geheim" | "intern" | "openbaar" | "vertrouwelijk" | "zaakvertrouwelijk" | "zeer_geheim";
                /** @description **EXPERIMENTEEL** Een korte omschrijving van de ZAAK (bevat de omschrijving de gegeven waarden (hoofdletterongevoelig)) */
                omschrijving?: string;
                /** @description Het veld waarop de resultaten geordend worden. */
                ordering?: ("-archiefactiedatum" | "-einddatum" | "-identificatie" | "-publicatiedatum" | "-registratiedatum" | "-startdatum" | "archiefactiedatum" | "einddatum" | "identificatie" | "publicatiedatum" | "registratiedatum" | "startdatum")[];
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt. */
                registratiedatum?: string;
                /** @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt. */
                registratiedatum__gt?: string;
                /** @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt. */
                registratiedatum__lt?: string;
                /** @description **EXPERIMENTEEL** Filter Zaken waarbij het resultaat het opgegeven resultaattype (URL) heeft. */
                resultaat__resultaattype?: string;
                /** @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK. */
                rol__betrokkene?: string;
                /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de MEDEWERKER. Dit veld wijkt af van de standaard, omdat er 128 karakters zijn toegestaan in plaats van 24 */
                rol__betrokkeneIdentificatie__medewerker__identificatie?: string;
                /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
                /** @description Het administratienummer van de persoon, bedoeld in de Wet BRP */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
                /** @description Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer. */
                rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
                /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
                /** @description Het door een kamer toegekend RSIN voor de INGESCHREVEN NIET-NATUURLIJK PERSOON */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
                /** @description **EXPERIMENTEEL** Een uniek nummer toegekend door de Kamer van Koophandel */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer?: string;
                /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging. */
                rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer?: string;
                /** @description **EXPERIMENTEEL** Een korte identificatie van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
                rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
                /** @description **EXPERIMENTEEL** **DEPRECATED** Een uniek nummer gekoppeld aan de onderneming. */
                rol__betrokkeneIdentificatie__vestiging__kvkNummer?: string;
                /** @description **EXPERIMENTEEL** **DEPRECATED** Een korte unieke aanduiding van de Vestiging. */
                rol__betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
                /** @description Type van de `betrokkene`. */
                rol__betrokkeneType?: "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "organisatorische_eenheid" | "vestiging";
                /**
                 * @description **EXPERIMENTEEL** filter objecten op basis van `indicatieMachtiging`:
                 *     * `eigen`: Toon objecten waarvan het attribuut `indicatieMachtiging` leeg is.
                 *     * `gemachtigde`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'gemachtigde' is.
                 *     * `machtiginggever`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'machtiginggever'
                 */
                rol__machtiging?: "eigen" | "gemachtigde" | "machtiginggever";
                /**
                 * @description **EXPERIMENTEEL** Enkel Zaken met een `rol.authenticatieContext.levelOfAssurance` die lager is dan of gelijk is aan de aangegeven aanduiding worden teruggeven als resultaten.
                 *
                 *      **Digid:**
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport` - DigiD Basis
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract` - DigiD Midden
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard` - DigiD Substantieel
                 *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI` - DigiD Hoog
                 *
                 *      **eHerkenning:**
                 *     * `urn:etoegang:core:assurance-class:loa1` - Niet bestaand (1)
                 *     * `urn:etoegang:core:assurance-class:loa2` - Laag (2)
                 *     * `urn:etoegang:core:assurance-class:loa2plus` - Laag (2+)
                 *     * `urn:etoegang:core:assurance-class:loa3` - Substantieel (3)
                 *     * `urn:etoegang:core:assurance-class:loa4` - Hoog (4)
                 */
                rol__machtiging__loa?: "urn:etoegang:core:assurance-class:loa1" | "urn:etoegang:core:assurance-class:loa2" | "urn:etoegang:core:assurance-class:loa2plus" | "urn:etoegang:core:assurance-class:loa3" | "urn:etoegang:core:assurance-class:loa4" | "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract" | "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" | "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard" | "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
                /** @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE. */
                rol__omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "mede_initiator" | "zaakcoordinator";
                /** @description De datum waarop met de uitvoering van de zaak is gestart */
                startdatum?: string;
                /** @description De datum waarop met de uitvoering van de zaak is gestart */
                startdatum__gt?: string;
                /** @description De datum waarop met de uitvoering van de zaak is gestart */
                startdatum__gte?: string;
                /** @description De datum waarop met de uitvoering van de zaak is gestart */
                startdatum__lt?: string;
                /** @description De datum waarop met de uitvoering van de zaak is gestart */
                startdatum__lte?: string;
                /** @description **EXPERIMENTEEL** Filter Zaken waarbij de huidige status het opgegeven statustype (URL) heeft. */
                status__statustype?: string;
                /** @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn. */
                uiterlijkeEinddatumAfdoening?: string;
                /** @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn. */
                uiterlijkeEinddatumAfdoening__gt?: string;
                /** @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn. */
                uiterlijkeEinddatumAfdoening__lt?: string;
                /** @description URL-referentie naar het ZAAKTYPE (in de Catalogi API). */
                zaaktype?: string;
                /** @description **EXPERIMENTEEL** Omschrijving van de aard van ZAAKen van het ZAAKTYPE(bevat de zaaktype omschrijving de gegeven waarden (hoofdletterongevoelig)) */
                zaaktype__omschrijving?: string;
            };
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
            };
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandZaakList"];
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
    };
    zaak_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakRequest"];
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
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
    };
    zaak_read: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("deelzaken" | "deelzaken.resultaat" | "deelzaken.resultaat.resultaattype" | "deelzaken.rollen" | "deelzaken.rollen.roltype" | "deelzaken.status" | "deelzaken.status.statustype" | "deelzaken.zaakinformatieobjecten" | "deelzaken.zaakobjecten" | "deelzaken.zaaktype" | "eigenschappen" | "eigenschappen.eigenschap" | "hoofdzaak" | "hoofdzaak.resultaat" | "hoofdzaak.resultaat.resultaattype" | "hoofdzaak.rollen" | "hoofdzaak.rollen.roltype" | "hoofdzaak.status" | "hoofdzaak.status.statustype" | "hoofdzaak.zaakinformatieobjecten" | "hoofdzaak.zaakobjecten" | "hoofdzaak.zaaktype" | "resultaat" | "resultaat.resultaattype" | "rollen" | "rollen.roltype" | "status" | "status.statustype" | "zaakinformatieobjecten" | "zaakobjecten" | "zaaktype")[];
            };
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpandZaak"];
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
    };
    zaak_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
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
        };
    };
    zaak_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
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
    };
    zaak_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    zaak_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zaak"];
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
        };
    };
    audittrail_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
    audittrail_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
    zaakbesluit_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
                    "application/json": components["schemas"]["ZaakBesluit"][];
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
    zaakbesluit_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakBesluitRequest"];
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
                    "application/json": components["schemas"]["ZaakBesluit"];
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
    zaakbesluit_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
                    "application/json": components["schemas"]["ZaakBesluit"];
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
    zaakbesluit_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
    zaakeigenschap_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
                    "application/json": components["schemas"]["ZaakEigenschap"][];
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
    zaakeigenschap_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
                /** @description Toelichting waarom een bepaald verzoek wordt gedaan */
                "X-Audit-Toelichting"?: string;
                /** @description Identifier of the request, traceable throughout the network */
                "X-NLX-Logrecord-ID"?: string;
            };
            path: {
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakEigenschapRequest"];
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
                    "application/json": components["schemas"]["ZaakEigenschap"];
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
    zaakeigenschap_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
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
    zaakeigenschap_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZaakEigenschapRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
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
    zaakeigenschap_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
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
    zaakeigenschap_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider met een lege HTTP 304 request. Zie [MDN](https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/If-None-Match) voor meer informatie. */
                "If-None-Match"?: string;
            };
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te implementeren. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    zaakeigenschap_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
                /** @description Unieke resource identifier (UUID4) */
                zaak_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedZaakEigenschapRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZaakEigenschap"];
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
    zaak__zoek: {
        parameters: {
            query?: {
                /**
                 * @description Sluit de gespecifieerde gerelateerde resources in in het antwoord.
                 *
                 *      (samengevoegd met evt. expand in body)
                 */
                expand?: ("deelzaken" | "deelzaken.resultaat" | "deelzaken.resultaat.resultaattype" | "deelzaken.rollen" | "deelzaken.rollen.roltype" | "deelzaken.status" | "deelzaken.status.statustype" | "deelzaken.zaakinformatieobjecten" | "deelzaken.zaakobjecten" | "deelzaken.zaaktype" | "eigenschappen" | "eigenschappen.eigenschap" | "hoofdzaak" | "hoofdzaak.resultaat" | "hoofdzaak.resultaat.resultaattype" | "hoofdzaak.rollen" | "hoofdzaak.rollen.roltype" | "hoofdzaak.status" | "hoofdzaak.status.statustype" | "hoofdzaak.zaakinformatieobjecten" | "hoofdzaak.zaakobjecten" | "hoofdzaak.zaaktype" | "resultaat" | "resultaat.resultaattype" | "rollen" | "rollen.roltype" | "status" | "status.statustype" | "zaakinformatieobjecten" | "zaakobjecten" | "zaaktype")[];
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
            };
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type van de verzoekinhoud. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    zaakgeometrie?: components["schemas"]["GeoWithinRequest"];
                    /** @description Lijst van unieke resource identifiers (UUID4) */
                    uuid__in?: string[];
                    /** @description Array van zaaktypen. */
                    zaaktype__in?: string[];
                    /** @description **EXPERIMENTEEL** Array van zaaktypen. */
                    zaaktype__not_in?: string[];
                    /** @description De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de behandeling van de ZAAK. */
                    identificatie?: string;
                    /** @description Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd. Dit moet een geldig RSIN zijn van 9 nummers en voldoen aan https://nl.wikipedia.org/wiki/Burgerservicenummer#11-proef */
                    bronorganisatie?: string;
                    /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                    bronorganisatie__in?: string[];
                    /** @description URL-referentie naar het ZAAKTYPE (in de Catalogi API). */
                    zaaktype?: string;
                    /**
                     * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
                     * @enum {string|null}
                     */
                    archiefnominatie?: "blijvend_bewaren" | "vernietigen" | null;
                    /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                    archiefnominatie__in?: string[];
                    /**
                     * Format: date
                     * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
                     */
                    archiefactiedatum?: string;
                    /**
                     * Format: date
                     * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
                     */
                    archiefactiedatum__lt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg.
                     */
                    archiefactiedatum__gt?: string;
                    /** @description De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden naar een archiefbewaarplaats. Wordt automatisch berekend bij het aanmaken of wijzigen van een RESULTAAT aan deze ZAAK indien nog leeg. */
                    archiefactiedatum__isnull?: boolean;
                    /**
                     * @description Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.
                     * @enum {string}
                     */
                    archiefstatus?: "gearchiveerd" | "gearchiveerd_procestermijn_onbekend" | "nog_te_archiveren" | "overgedragen";
                    /** @description Meerdere waarden kunnen gescheiden worden door komma's. */
                    archiefstatus__in?: string[];
                    /**
                     * Format: date
                     * @description De datum waarop met de uitvoering van de zaak is gestart
                     */
                    startdatum?: string;
                    /**
                     * Format: date
                     * @description De datum waarop met de uitvoering van de zaak is gestart
                     */
                    startdatum__gt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop met de uitvoering van de zaak is gestart
                     */
                    startdatum__gte?: string;
                    /**
                     * Format: date
                     * @description De datum waarop met de uitvoering van de zaak is gestart
                     */
                    startdatum__lt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop met de uitvoering van de zaak is gestart
                     */
                    startdatum__lte?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
                     */
                    registratiedatum?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
                     */
                    registratiedatum__gt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd. Indien deze niet opgegeven wordt, wordt de datum van vandaag gebruikt.
                     */
                    registratiedatum__lt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de uitvoering van de zaak afgerond is.
                     */
                    einddatum?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de uitvoering van de zaak afgerond is.
                     */
                    einddatum__gt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop de uitvoering van de zaak afgerond is.
                     */
                    einddatum__lt?: string;
                    /** @description De datum waarop de uitvoering van de zaak afgerond is. */
                    einddatum__isnull?: boolean;
                    /**
                     * Format: date
                     * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
                     */
                    einddatumGepland?: string;
                    /**
                     * Format: date
                     * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
                     */
                    einddatumGepland__gt?: string;
                    /**
                     * Format: date
                     * @description De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.
                     */
                    einddatumGepland__lt?: string;
                    /**
                     * Format: date
                     * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
                     */
                    uiterlijkeEinddatumAfdoening?: string;
                    /**
                     * Format: date
                     * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
                     */
                    uiterlijkeEinddatumAfdoening__gt?: string;
                    /**
                     * Format: date
                     * @description De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.
                     */
                    uiterlijkeEinddatumAfdoening__lt?: string;
                    /**
                     * @description Type van de `betrokkene`.
                     * @enum {string}
                     */
                    rol__betrokkeneType?: "medewerker" | "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "organisatorische_eenheid" | "vestiging";
                    /** @description URL-referentie naar een betrokkene gerelateerd aan de ZAAK. */
                    rol__betrokkene?: string;
                    /**
                     * @description Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.
                     * @enum {string}
                     */
                    rol__omschrijvingGeneriek?: "adviseur" | "behandelaar" | "belanghebbende" | "beslisser" | "initiator" | "klantcontacter" | "mede_initiator" | "zaakcoordinator";
                    /** @description **EXPERIMENTEEL** De unieke identificatie van de ZAAK (bevat de identificatie de gegeven waarden (hoofdletterongevoelig)) */
                    identificatie__icontains?: string;
                    /** @description **EXPERIMENTEEL** Een korte omschrijving van de ZAAK (bevat de omschrijving de gegeven waarden (hoofdletterongevoelig)) */
                    omschrijving?: string;
                    /** @description **EXPERIMENTEEL** Omschrijving van de aard van ZAAKen van het ZAAKTYPE(bevat de zaaktype omschrijving de gegeven waarden (hoofdletterongevoelig)) */
                    zaaktype__omschrijving?: string;
                    /** @description **EXPERIMENTEEL** Filter Zaken waarbij de huidige status het opgegeven statustype (URL) heeft. */
                    status__statustype?: string;
                    /** @description **EXPERIMENTEEL** Filter Zaken waarbij het resultaat het opgegeven resultaattype (URL) heeft. */
                    resultaat__resultaattype?: string;
                    /**
                     * @description Zaken met een vertrouwelijkheidaanduiding die beperkter is dan de aangegeven aanduiding worden uit de resultaten gefiltered.
                     * @enum {string}
                     */
                    maximaleVertrouwelijkheidaanduiding?: "beperkt_openbaar" | "confidentieel" | "geheim" | "intern" | "openbaar" | "vertrouwelijk" | "zaakvertrouwelijk" | "zeer_geheim";
                    /** @description Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer. */
                    rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn?: string;
                    /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON */
                    rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie?: string;
                    /** @description Het administratienummer van de persoon, bedoeld in de Wet BRP */
                    rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer?: string;
                    /** @description Het door een kamer toegekend RSIN voor de INGESCHREVEN NIET-NATUURLIJK PERSOON */
                    rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId?: string;
                    /** @description Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON */
                    rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie?: string;
                    /** @description **EXPERIMENTEEL** Een uniek nummer toegekend door de Kamer van Koophandel */
                    rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer?: string;
                    /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging. */
                    rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer?: string;
                    /** @description **EXPERIMENTEEL** **DEPRECATED** Een korte unieke aanduiding van de Vestiging. */
                    rol__betrokkeneIdentificatie__vestiging__vestigingsNummer?: string;
                    /** @description **EXPERIMENTEEL** **DEPRECATED** Een uniek nummer gekoppeld aan de onderneming. */
                    rol__betrokkeneIdentificatie__vestiging__kvkNummer?: string;
                    /** @description **EXPERIMENTEEL** Een korte unieke aanduiding van de MEDEWERKER. Dit veld wijkt af van de standaard, omdat er 128 karakters zijn toegestaan in plaats van 24 */
                    rol__betrokkeneIdentificatie__medewerker__identificatie?: string;
                    /** @description **EXPERIMENTEEL** Een korte identificatie van de organisatorische eenheid. Dit veld wijkt af van de standaard, omdat er 255 karakters zijn toegestaan in plaats van 24 */
                    rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie?: string;
                    /**
                     * @description **EXPERIMENTEEL** filter objecten op basis van `indicatieMachtiging`:
                     *     * `eigen`: Toon objecten waarvan het attribuut `indicatieMachtiging` leeg is.
                     *     * `gemachtigde`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'gemachtigde' is.
                     *     * `machtiginggever`: Toon objecten waarvan het attribuut `indicatieMachtiging` 'machtiginggever'
                     * @enum {string}
                     */
                    rol__machtiging?: "eigen" | "gemachtigde" | "machtiginggever";
                    /**
                     * @description **EXPERIMENTEEL** Enkel Zaken met een `rol.authenticatieContext.levelOfAssurance` die lager is dan of gelijk is aan de aangegeven aanduiding worden teruggeven als resultaten.
                     *
                     *      **Digid:**
                     *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport` - DigiD Basis
                     *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract` - DigiD Midden
                     *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard` - DigiD Substantieel
                     *     * `urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI` - DigiD Hoog
                     *
                     *      **eHerkenning:**
                     *     * `urn:etoegang:core:assurance-class:loa1` - Niet bestaand (1)
                     *     * `urn:etoegang:core:assurance-class:loa2` - Laag (2)
                     *     * `urn:etoegang:core:assurance-class:loa2plus` - Laag (2+)
                     *     * `urn:etoegang:core:assurance-class:loa3` - Substantieel (3)
                     *     * `urn:etoegang:core:assurance-class:loa4` - Hoog (4)
                     * @enum {string}
                     */
                    rol__machtiging__loa?: "urn:etoegang:core:assurance-class:loa1" | "urn:etoegang:core:assurance-class:loa2" | "urn:etoegang:core:assurance-class:loa2plus" | "urn:etoegang:core:assurance-class:loa3" | "urn:etoegang:core:assurance-class:loa4" | "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract" | "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" | "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard" | "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI";
                    /** @description **EXPERIMENTEEL** De aanduiding van de administratie waar het kenmerk op slaat. */
                    kenmerk__bron?: string;
                    /** @description **EXPERIMENTEEL** Een bron-kenmerk combinatie van de zaak. format: <bron>:<kenmerk> */
                    kenmerk?: string;
                    /** @description Het veld waarop de resultaten geordend worden. */
                    ordering?: ("-archiefactiedatum" | "-einddatum" | "-identificatie" | "-publicatiedatum" | "-registratiedatum" | "-startdatum" | "archiefactiedatum" | "einddatum" | "identificatie" | "publicatiedatum" | "registratiedatum" | "startdatum")[];
                    /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                    expand?: ("deelzaken" | "deelzaken.resultaat" | "deelzaken.resultaat.resultaattype" | "deelzaken.rollen" | "deelzaken.rollen.roltype" | "deelzaken.status" | "deelzaken.status.statustype" | "deelzaken.zaakinformatieobjecten" | "deelzaken.zaakobjecten" | "deelzaken.zaaktype" | "eigenschappen" | "eigenschappen.eigenschap" | "hoofdzaak" | "hoofdzaak.resultaat" | "hoofdzaak.resultaat.resultaattype" | "hoofdzaak.rollen" | "hoofdzaak.rollen.roltype" | "hoofdzaak.status" | "hoofdzaak.status.statustype" | "hoofdzaak.zaakinformatieobjecten" | "hoofdzaak.zaakobjecten" | "hoofdzaak.zaaktype" | "resultaat" | "resultaat.resultaattype" | "rollen" | "rollen.roltype" | "status" | "status.statustype" | "zaakinformatieobjecten" | "zaakobjecten" | "zaaktype")[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs": "EPSG:4326";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedExpandZaakList"];
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
    };
}
