/**
 * Klantinteracties API 0.9.0 (Open Klant 2.18): generated from specs/klantinteracties/openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/actoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle actoren opvragen.
         * @description Alle actoren opvragen.
         */
        get: operations["actorenList"];
        put?: never;
        /**
         * Maak een actor aan.
         * @description Maak een actor aan.
         */
        post: operations["actorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek actor opvragen.
         * @description Een specifiek actor opvragen.
         */
        get: operations["actorenRetrieve"];
        /**
         * Werk een actor in zijn geheel bij.
         * @description Werk een actor in zijn geheel bij.
         */
        put: operations["actorenUpdate"];
        post?: never;
        /**
         * Verwijder een actor.
         * @description Verwijder een actor.
         */
        delete: operations["actorenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een actor deels bij.
         * @description Werk een actor deels bij.
         */
        patch: operations["actorenPartialUpdate"];
        trace?: never;
    };
    "/actorklantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle actor klantcontacten opvragen.
         * @description Alle actor klantcontacten opvragen.
         */
        get: operations["actorklantcontactenList"];
        put?: never;
        /**
         * Maak een actor klantcontact aan.
         * @description Maak een actor klantcontact aan.
         */
        post: operations["actorklantcontactenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/actorklantcontacten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek actor klantcontact opvragen.
         * @description Een specifiek actor klantcontact opvragen.
         */
        get: operations["actorklantcontactenRetrieve"];
        /**
         * Werk een actor klantcontact in zijn geheel bij.
         * @description Werk een actor klantcontact in zijn geheel bij.
         */
        put: operations["actorklantcontactenUpdate"];
        post?: never;
        /**
         * Verwijder een aactor klantcontactctor.
         * @description Verwijder een actor klantcontact.
         */
        delete: operations["actorklantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een actor klantcontact deels bij.
         * @description Werk een actor klantcontact deels bij.
         */
        patch: operations["actorklantcontactenPartialUpdate"];
        trace?: never;
    };
    "/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle betrokkenen opvragen.
         * @description Alle betrokkenen opvragen.
         */
        get: operations["betrokkenenList"];
        put?: never;
        /**
         * Maak een betrokkene aan.
         * @description Maak een betrokkene aan.
         */
        post: operations["betrokkenenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/betrokkenen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek betrokkene opvragen.
         * @description Een specifiek betrokkene opvragen.
         */
        get: operations["betrokkenenRetrieve"];
        /**
         * Werk een betrokkene in zijn geheel bij.
         * @description Werk een betrokkene in zijn geheel bij.
         */
        put: operations["betrokkenenUpdate"];
        post?: never;
        /**
         * Verwijder een betrokkene.
         * @description Verwijder een betrokkene.
         */
        delete: operations["betrokkenenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een betrokkene deels bij.
         * @description Werk een betrokkene deels bij.
         */
        patch: operations["betrokkenenPartialUpdate"];
        trace?: never;
    };
    "/bijlagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle bijlagen opvragen.
         * @description Alle bijlagen opvragen.
         */
        get: operations["bijlagenList"];
        put?: never;
        /**
         * Maak een bijlage aan.
         * @description Maak een bijlage aan.
         */
        post: operations["bijlagenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bijlagen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek bijlage opvragen.
         * @description Een specifiek bijlage opvragen.
         */
        get: operations["bijlagenRetrieve"];
        /**
         * Werk een bijlage in zijn geheel bij.
         * @description Werk een bijlage in zijn geheel bij.
         */
        put: operations["bijlagenUpdate"];
        post?: never;
        /**
         * Verwijder een bijlage.
         * @description Verwijder een bijlage.
         */
        delete: operations["bijlagenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een bijlage deels bij.
         * @description Werk een bijlage deels bij.
         */
        patch: operations["bijlagenPartialUpdate"];
        trace?: never;
    };
    "/categorie-relaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle categorie relaties opvragen.
         * @description Alle categorie relaties opvragen, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        get: operations["categorieRelatiesList"];
        put?: never;
        /**
         * Maak een categorie relatie aan.
         * @description Maak een categorie relatie aan, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        post: operations["categorieRelatiesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorie-relaties/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek categorie relatie opvragen..
         * @description Een specifiek categorie relatie opvragen, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        get: operations["categorieRelatiesRetrieve"];
        /**
         * Werk een categorie relatie in zijn geheel bij.
         * @description Werk een categorie relatie deels bij, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        put: operations["categorieRelatiesUpdate"];
        post?: never;
        /**
         * Verwijder een categorie relatie.
         * @description Verwijder een categorie relatie, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        delete: operations["categorieRelatiesDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een categorie relatie deels bij.
         * @description Werk een categorie relatie deels bij, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        patch: operations["categorieRelatiesPartialUpdate"];
        trace?: never;
    };
    "/categorieen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle categorieën opvragen.
         * @description Alle categorieën opvragen, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        get: operations["categorieenList"];
        put?: never;
        /**
         * Maak een categorie aan.
         * @description Maak een categorie aan, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        post: operations["categorieenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categorieen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek categorie opvragen..
         * @description Een specifiek categorie opvragen, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        get: operations["categorieenRetrieve"];
        /**
         * Werk een categorie in zijn geheel bij.
         * @description Werk een categorie deels bij, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        put: operations["categorieenUpdate"];
        post?: never;
        /**
         * Verwijder een categorie.
         * @description Verwijder een categorie, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        delete: operations["categorieenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een categorie deels bij.
         * @description Werk een categorie deels bij, Let op: Dit endpoint is EXPERIMENTEEL.
         */
        patch: operations["categorieenPartialUpdate"];
        trace?: never;
    };
    "/digitaleadressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle digitale adressen opvragen.
         * @description Alle digitale adressen opvragen.
         */
        get: operations["digitaleadressenList"];
        put?: never;
        /**
         * Maak een digitaal adres aan.
         * @description Maak een digitaal adres aan.
         */
        post: operations["digitaleadressenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/digitaleadressen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek digitaal adres opvragen.
         * @description Een specifiek digitaal adres opvragen.
         */
        get: operations["digitaleadressenRetrieve"];
        /**
         * Werk een digitaal adres in zijn geheel bij.
         * @description Werk een digitaal adres in zijn geheel bij.
         */
        put: operations["digitaleadressenUpdate"];
        post?: never;
        /**
         * Verwijder een digitaal adres.
         * @description Verwijder een digitaal adres.
         */
        delete: operations["digitaleadressenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een digitaal adres deels bij.
         * @description Werk een digitaal adres deels bij.
         */
        patch: operations["digitaleadressenPartialUpdate"];
        trace?: never;
    };
    "/internetaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle interne taken opvragen.
         * @description Alle interne taken opvragen.
         */
        get: operations["internetakenList"];
        put?: never;
        /**
         * Maak een interne taak aan.
         * @description Maak een interne taak aan.
         */
        post: operations["internetakenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internetaken/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek interne taak opvragen.
         * @description Een specifiek interne taak opvragen.
         */
        get: operations["internetakenRetrieve"];
        /**
         * Werk een interne taak in zijn geheel bij.
         * @description Werk een interne taak in zijn geheel bij.
         */
        put: operations["internetakenUpdate"];
        post?: never;
        /**
         * Verwijder een interne taak.
         * @description Verwijder een interne taak.
         */
        delete: operations["internetakenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een interne taak deels bij.
         * @description Werk een interne taak deels bij.
         */
        patch: operations["internetakenPartialUpdate"];
        trace?: never;
    };
    "/klantcontacten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle klanten contacten opvragen.
         * @description Alle klanten contacten opvragen.
         */
        get: operations["klantcontactenList"];
        put?: never;
        /**
         * Maak een klant contact aan.
         * @description Maak een klant contact aan.
         */
        post: operations["klantcontactenCreate"];
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
         * Een specifiek klant contact opvragen.
         * @description Een specifiek klant contact opvragen.
         */
        get: operations["klantcontactenRetrieve"];
        /**
         * Werk een klant contact in zijn geheel bij.
         * @description Werk een klant contact in zijn geheel bij.
         */
        put: operations["klantcontactenUpdate"];
        post?: never;
        /**
         * Verwijder een klant contact.
         * @description Verwijder een klant contact.
         */
        delete: operations["klantcontactenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een klant contact deels bij.
         * @description Werk een klant contact deels bij.
         */
        patch: operations["klantcontactenPartialUpdate"];
        trace?: never;
    };
    "/maak-klantcontact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Maak een KlantContact, Betrokkene en een OnderwerpObject aan.
         * @description Maak een KlantContact, Betrokkene en een OnderwerpObject aan.
         */
        post: operations["maakKlantcontactCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderwerpobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle onderwerpobject opvragen.
         * @description Alle onderwerpobject opvragen.
         */
        get: operations["onderwerpobjectenList"];
        put?: never;
        /**
         * Maak een onderwerpobject aan.
         * @description Maak een onderwerpobject aan.
         */
        post: operations["onderwerpobjectenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/onderwerpobjecten/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek onderwerpobject opvragen.
         * @description Een specifiek onderwerpobject opvragen.
         */
        get: operations["onderwerpobjectenRetrieve"];
        /**
         * Werk een onderwerpobject in zijn geheel bij.
         * @description Werk een onderwerpobject in zijn geheel bij.
         */
        put: operations["onderwerpobjectenUpdate"];
        post?: never;
        /**
         * Verwijder een onderwerpobject.
         * @description Verwijder een onderwerpobject.
         */
        delete: operations["onderwerpobjectenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een onderwerpobject deels bij.
         * @description Werk een onderwerpobject deels bij.
         */
        patch: operations["onderwerpobjectenPartialUpdate"];
        trace?: never;
    };
    "/partij-identificatoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle partij-identificatoren opvragen.
         * @description Alle partij-identificatoren opvragen.
         */
        get: operations["partijIdentificatorenList"];
        put?: never;
        /**
         * Maak een partij-identificator aan.
         * @description Maak een partij-identificator aan.
         */
        post: operations["partijIdentificatorenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partij-identificatoren/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek partij-identificator opvragen.
         * @description Een specifiek partij-identificator opvragen.
         */
        get: operations["partijIdentificatorenRetrieve"];
        /**
         * Werk een partij-identificator in zijn geheel bij.
         * @description Werk een partij-identificator in zijn geheel bij.
         */
        put: operations["partijIdentificatorenUpdate"];
        post?: never;
        /**
         * Verwijder een partij-identificator.
         * @description Verwijder een partij-identificator.
         */
        delete: operations["partijIdentificatorenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een partij-identificator deels bij.
         * @description Werk een partij-identificator deels bij.
         */
        patch: operations["partijIdentificatorenPartialUpdate"];
        trace?: never;
    };
    "/partijen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle partijen opvragen.
         * @description Alle partijen opvragen.
         */
        get: operations["partijenList"];
        put?: never;
        /**
         * Maak een partij aan.
         * @description **Warnings:**
         *
         *     Handles `partijIdentificatoren` creation with atomicity guarantees.
         *
         *     - If the `UUID` is provided in the `partijIdentificator` object,
         *     the endpoint will treat it as an update operation for the existing `partijIdentificator`,
         *     applying the provided data and linking the parent `Partij` to the updated `partijIdentificator`.
         *     - If the `UUID` is **NOT** specified, the system will create a new
         *     `partijIdentificator` instance respecting all uniqueness constraints.
         *
         *     **Example:**
         *
         *     ```json
         *     {
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
         *           "partijIdentificator": {
         *             "codeObjecttype": "niet_natuurlijk_persoon",
         *             "codeSoortObjectId": "rsin",
         *             "objectId": "string",
         *             "codeRegister": "hr"
         *           }
         *         },
         *         {
         *           "partijIdentificator": {
         *             "codeObjecttype": "natuurlijk_persoon",
         *             "codeSoortObjectId": "bsn",
         *             "objectId": "string",
         *             "codeRegister": "brp"
         *           }
         *         }
         *       ]
         *     }
         *     ```
         *
         *
         *     In this case, the `partijIdentificator` with the specified `UUID` is updated and attached to the parent `Partij`,
         *      while the `partijIdentificator` without a `UUID` is created and attached to the parent `Partij`.
         *
         *     **Warnings:**
         *
         *     If you want to create a `partijIdentificator` with `vestigingsnummer`,
         *     you must first ensure that a `partijIdentificator`
         *     with a `kvk_nummer` already exists to assign it at the `sub_identificator_van`.
         *
         *     **Example:**
         *
         *     ```json
         *     {
         *       "partijIdentificatoren": [
         *           {
         *               "sub_identificator_van": {"uuid": "598ffc4d-737e-49a5-b5e0-cbc438a30cb5"},
         *               "partijIdentificator": {
         *                   "codeObjecttype": "vestiging",
         *                   "codeSoortObjectId": "vestigingsnummer",
         *                   "objectId": "string",
         *                   "codeRegister": "hr",
         *               },
         *           }
         *       ],
         *     }
         *     ```
         *
         *     Or, to comply with the uniqueness constraints, you must first make a `POST` request
         *      to create the `partijIdentificator` with `kvk_nummer`,
         *     and then send a `PUT` or `PATCH` request to update the list of `partijIdentificatoren`
         *      by adding the `partijIdentificator` with `vestigingsnummer`.
         *     See the documentation for `PUT` and `PATCH` requests in the corresponding section.
         */
        post: operations["partijenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partijen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek partij opvragen.
         * @description Een specifiek partij opvragen.
         */
        get: operations["partijenRetrieve"];
        /**
         * Werk een partij in zijn geheel bij.
         * @description **Warnings:**
         *
         *     Handles `partijIdentificatoren` updates with atomicity guarantees.
         *
         *     - If the `UUID` is specified in the `partijIdentificator` object,
         *      the system will update the corresponding instance with the new data.
         *     - If the `UUID` is **NOT** specified, the system will `DELETE` all `partijIdentificatoren`
         *     objects related to the parent and `CREATE` new ones using the provided data.
         *     This means that any `partijIdentificatoren` **not included** in the list new data will also be deleted.
         *
         *     **Example:**
         *
         *     ```json
         *     {
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
         *           "partijIdentificator": {
         *             "codeObjecttype": "niet_natuurlijk_persoon",
         *             "codeSoortObjectId": "rsin",
         *             "objectId": "string",
         *             "codeRegister": "hr"
         *           }
         *         },
         *         {
         *           "partijIdentificator": {
         *             "codeObjecttype": "natuurlijk_persoon",
         *             "codeSoortObjectId": "bsn",
         *             "objectId": "string",
         *             "codeRegister": "brp"
         *           }
         *         }
         *       ]
         *     }
         *     ```
         *
         *     In this case, assuming an initial state with 3 `partijIdentificatoren` for the current `Partij`,
         *      the system will perform the following operations:
         *       - All initial `partijIdentificatoren` not included in the list, as well as those
         *       without a specified `UUID`, will be deleted.
         *       - `partijIdentificator` with `codeSoortObjectId` = `rsin`, will be updated with the new data provided
         *       - All other `partijIdentificatoren` without a specified `UUID` will be created.
         */
        put: operations["partijenUpdate"];
        post?: never;
        /**
         * Verwijder een partij.
         * @description Verwijder een partij.
         */
        delete: operations["partijenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een partij deels bij.
         * @description **Warnings:**
         *
         *     Handles `partijIdentificatoren` updates with atomicity guarantees.
         *
         *     - If the `UUID` is specified in the `partijIdentificator` object,
         *      the system will update the corresponding instance with the new data.
         *     - If the `UUID` is **NOT** specified, the system will `DELETE` all `partijIdentificatoren`
         *     objects related to the parent and `CREATE` new ones using the provided data.
         *     This means that any `partijIdentificatoren` **not included** in the list new data will also be deleted.
         *
         *     **Example:**
         *
         *     ```json
         *     {
         *       "partijIdentificatoren": [
         *         {
         *           "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
         *           "partijIdentificator": {
         *             "codeObjecttype": "niet_natuurlijk_persoon",
         *             "codeSoortObjectId": "rsin",
         *             "objectId": "string",
         *             "codeRegister": "hr"
         *           }
         *         },
         *         {
         *           "partijIdentificator": {
         *             "codeObjecttype": "natuurlijk_persoon",
         *             "codeSoortObjectId": "bsn",
         *             "objectId": "string",
         *             "codeRegister": "brp"
         *           }
         *         }
         *       ]
         *     }
         *     ```
         *
         *     In this case, assuming an initial state with 3 `partijIdentificatoren` for the current `Partij`,
         *      the system will perform the following operations:
         *       - All initial `partijIdentificatoren` not included in the list, as well as those
         *       without a specified `UUID`, will be deleted.
         *       - `partijIdentificator` with `codeSoortObjectId` = `rsin`, will be updated with the new data provided
         *       - All other `partijIdentificatoren` without a specified `UUID` will be created.
         */
        patch: operations["partijenPartialUpdate"];
        trace?: never;
    };
    "/rekeningnummers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle rekeningnummers opvragen.
         * @description Alle rekeningnummers opvragen.
         */
        get: operations["rekeningnummersList"];
        put?: never;
        /**
         * Maak een rekeningnummer aan.
         * @description Maak een rekeningnummer aan.
         */
        post: operations["rekeningnummersCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rekeningnummers/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek rekeningnummer opvragen.
         * @description Een specifiek rekeningnummer opvragen.
         */
        get: operations["rekeningnummersRetrieve"];
        /**
         * Werk een rekeningnummer in zijn geheel bij.
         * @description Werk een rekeningnummer in zijn geheel bij.
         */
        put: operations["rekeningnummersUpdate"];
        post?: never;
        /**
         * Verwijder een rekeningnummer.
         * @description Verwijder een rekeningnummer.
         */
        delete: operations["rekeningnummersDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een rekeningnummer deels bij.
         * @description Werk een rekeningnummer deels bij.
         */
        patch: operations["rekeningnummersPartialUpdate"];
        trace?: never;
    };
    "/vertegenwoordigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alle vertegenwoordigingen opvragen.
         * @description Alle vertegenwoordigingen opvragen.
         */
        get: operations["vertegenwoordigingenList"];
        put?: never;
        /**
         * Maak een vertegenwoordiging aan.
         * @description Maak een vertegenwoordiging aan.
         */
        post: operations["vertegenwoordigingenCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vertegenwoordigingen/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Een specifiek vertegenwoordiging opvragen.
         * @description Een specifiek vertegenwoordiging opvragen.
         */
        get: operations["vertegenwoordigingenRetrieve"];
        /**
         * Werk een vertegenwoordiging in zijn geheel bij.
         * @description Werk een vertegenwoordiging in zijn geheel bij.
         */
        put: operations["vertegenwoordigingenUpdate"];
        post?: never;
        /**
         * Verwijder een vertegenwoordiging.
         * @description Verwijder een vertegenwoordiging.
         */
        delete: operations["vertegenwoordigingenDestroy"];
        options?: never;
        head?: never;
        /**
         * Werk een vertegenwoordiging deels bij.
         * @description Werk een vertegenwoordiging deels bij.
         */
        patch: operations["vertegenwoordigingenPartialUpdate"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Actor: components["schemas"]["medewerker_ActorSerializer"] | components["schemas"]["geautomatiseerde_actor_ActorSerializer"] | components["schemas"]["organisatorische_eenheid_ActorSerializer"];
        ActorForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de actor.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze actor binnen deze API.
             */
            readonly url: string;
        };
        ActorKlantcontact: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de actor klantcontact.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze actor klantcontact binnen deze API.
             */
            readonly url: string;
            /** @description De gekoppelde 'Actor'. */
            actor: components["schemas"]["ActorForeignKey"];
            /** @description De gekoppelde 'Klantcontact'. */
            klantcontact: components["schemas"]["KlantcontactForeignKey"];
        };
        Actoridentificator: {
            /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '123456788'. */
            objectId?: string;
            /** @description Type van het object, bijvoorbeeld: 'INGESCHREVEN NATUURLIJK PERSOON'. */
            codeObjecttype?: string;
            /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'BRP'. */
            codeRegister?: string;
            /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'Burgerservicenummer'. */
            codeSoortObjectId?: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Base_ActorSerializer: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de actor.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze actor binnen deze API.
             */
            readonly url: string;
            /** @description Naam van de actor. */
            naam: string;
            /** @description Geeft aan van welke specifieke soort actor sprake is. */
            soortActor: components["schemas"]["SoortActorEnum"];
            /** @description Geeft aan of aan de actor nog betrokken mag worden bij nieuwe klantcontacten. Voor niet-actieve is dit niet toegestaan. */
            indicatieActief?: boolean;
            /** @description Gegevens die een actorwerpobject in een extern register uniek identificeren. */
            actoridentificator?: components["schemas"]["Actoridentificator"] | null;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Base_PartijSerializer: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij binnen deze API.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description **DEPRECATED** Uniek identificerend nummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke partij aan te duiden.
             */
            nummer?: string | null;
            /** @description Mededelingen, aantekeningen of bijzonderheden over de partij, bedoeld voor intern gebruik. */
            interneNotitie?: string;
            /** @description Betrokkene bij klantcontact die een partij was. */
            readonly betrokkenen: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description De Categorie relaties van een partij: Let op: Dit attribuut is EXPERIMENTEEL. */
            readonly categorieRelaties: components["schemas"]["CategorieRelatieForeignKey"][];
            /** @description Digitaal adresen dat een partij verstrekte voor gebruik bij toekomstig contact met de gemeente. */
            digitaleAdressen?: components["schemas"]["DigitaalAdresForeignKey"][] | null;
            /** @description Digitaal adres waarop een partij bij voorkeur door de gemeente benaderd wordt. */
            voorkeursDigitaalAdres?: components["schemas"]["DigitaalAdresForeignKey"] | null;
            /** @description Partijen die een andere partijen vertegenwoordigden. */
            readonly vertegenwoordigden: components["schemas"]["PartijForeignKey"][];
            /** @description Rekeningnummers van een partij */
            rekeningnummers?: components["schemas"]["RekeningnummerForeignKey"][] | null;
            /** @description Rekeningsnummer die een partij bij voorkeur gebruikt. */
            voorkeursRekeningnummer?: components["schemas"]["RekeningnummerForeignKey"] | null;
            /** @description Partij-identificatoren die hoorde bij deze partij. */
            partijIdentificatoren?: components["schemas"]["PartijIdentificator"][] | null;
            /** @description Geeft aan van welke specifieke soort partij sprake is. */
            soortPartij: components["schemas"]["SoortPartijEnum"];
            /** @description Geeft aan of de verstrekker van partijgegevens heeft aangegeven dat deze gegevens als geheim beschouwd moeten worden. Als dit niet aangegeven is dan wordt dit ingevuld als `null`. */
            indicatieGeheimhouding?: boolean | null;
            /** @description Taal, in ISO 639-2/B formaat, waarin de partij bij voorkeur contact heeft met de gemeente. Voorbeeld: nld. Zie: https://www.iso.org/standard/4767.html */
            voorkeurstaal?: string;
            /** @description Geeft aan of de contactgegevens van de partij nog gebruikt morgen worden om contact op te nemen. Gegevens van niet-actieve partijen mogen hiervoor niet worden gebruikt. */
            indicatieActief: boolean;
            /** @description Adres waarop de partij door gemeente bezocht wil worden. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            bezoekadres?: components["schemas"]["PartijBezoekadres"] | null;
            /** @description Adres waarop de partij post van de gemeente wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            correspondentieadres?: components["schemas"]["PartijCorrespondentieadres"] | null;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Betrokkene: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze betrokkene binnen deze API.
             */
            readonly url: string;
            /** @description Betrokkene bij klantcontact die een partij was. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waar deze persoon of organisatie bij betrokken was. */
            hadKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /** @description Digitale adressen van de betrokkene bij klantcontact. */
            readonly digitaleAdressen: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Adres waarop de betrokkene bij klantcontact in naar aanleiding van dat contact af te leggen bezoeken wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Adres waarop de betrokkene bij klantcontact naar aanleiding van dat contact te versturen post wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description Naam die de betrokkene bij klantcontact tijdens vervolghandelingen naar aanleiding van dat contact wil gebruiken. Deze mag afwijken van eventueel in de Basisregistratie Personen (BRP) bekende naam van de betrokkene. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De voledige naam van de betrokkene. */
            readonly volledigeNaam: string;
            /** @description Rol die de betrokkene bij klantcontact tijdens dat contact vervulde. */
            rol: components["schemas"]["RolEnum"];
            /** @description Naam van de organisatie waarmee de betrokkene bij klantcontact een relatie had. */
            organisatienaam?: string;
            initiator: boolean;
        };
        BetrokkeneCorrespondentieadres: {
            /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
            nummeraanduidingId?: string;
            /** @description Straatnaam van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            straatnaam?: string;
            /** @description Huisnummer van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummer?: number | null;
            /** @description Huisnummertoevoeging van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummertoevoeging?: string;
            /** @description Postcode van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            postcode?: string;
            /** @description Stad van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            stad?: string;
            /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel1?: string;
            /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel2?: string;
            /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel3?: string;
            /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
            land?: string;
        };
        BetrokkeneForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze betrokkene binnen deze API.
             */
            readonly url: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        BetrokkeneKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze betrokkene binnen deze API.
             */
            readonly url: string;
            /** @description Betrokkene bij klantcontact die een partij was. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waar deze persoon of organisatie bij betrokken was. */
            readonly hadKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /** @description Digitale adressen van de betrokkene bij klantcontact. */
            readonly digitaleAdressen: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Adres waarop de betrokkene bij klantcontact in naar aanleiding van dat contact af te leggen bezoeken wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Adres waarop de betrokkene bij klantcontact naar aanleiding van dat contact te versturen post wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description Naam die de betrokkene bij klantcontact tijdens vervolghandelingen naar aanleiding van dat contact wil gebruiken. Deze mag afwijken van eventueel in de Basisregistratie Personen (BRP) bekende naam van de betrokkene. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De voledige naam van de betrokkene. */
            readonly volledigeNaam: string;
            /** @description Rol die de betrokkene bij klantcontact tijdens dat contact vervulde. */
            rol: components["schemas"]["RolEnum"];
            /** @description Naam van de organisatie waarmee de betrokkene bij klantcontact een relatie had. */
            organisatienaam?: string;
            initiator: boolean;
        };
        Bezoekadres: {
            /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
            nummeraanduidingId?: string;
            /** @description Straatnaam van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            straatnaam?: string;
            /** @description Huisnummer van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummer?: number | null;
            /** @description Huisnummertoevoeging van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummertoevoeging?: string;
            /** @description Postcode van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            postcode?: string;
            /** @description Stad van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            stad?: string;
            /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel1?: string;
            /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel2?: string;
            /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel3?: string;
            /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
            land?: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Bijlage: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het inhoudsdeel.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url: string;
            /** @description 'Klantcontact' omvatte 'Bijlage' */
            wasBijlageVanKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Gegevens die een inhoudsobject in een extern register uniek identificeren. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        BijlageForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het inhoudsdeel.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze bijlage binnen deze API.
             */
            readonly url: string;
        };
        BijlageIdentificator: {
            /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '9193b03f-93c2-4bfc-badf-b61494bd31d6'. */
            objectId?: string;
            /** @description Type van het object, bijvoorbeeld: 'DOCUMENT'. */
            codeObjecttype?: string;
            /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
            codeRegister?: string;
            /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
            codeSoortObjectId?: string;
        };
        /** @description Let op: Dit endpoint is EXPERIMENTEEL. */
        Categorie: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url: string;
            /** @description Naam van de categorie. */
            naam?: string;
        };
        /** @description Let op: Dit attribuut is EXPERIMENTEEL. */
        CategorieForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url: string;
            /** @description Naam van de categorie. */
            readonly naam: string;
        };
        /** @description Let op: Dit endpoint is EXPERIMENTEEL. */
        CategorieRelatie: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie Relatie.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url: string;
            /** @description De partij waar de categorie relatie aan gelinkt is. */
            partij?: components["schemas"]["PartijForeignkeyBase"] | null;
            /** @description De categorie waar de categorie relatie aan gelinkt is: Let op: Dit attribuut is EXPERIMENTEEL. */
            categorie?: components["schemas"]["CategorieForeignKey"] | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            eindDatum?: string | null;
        };
        /** @description Let op: Dit attribuut is EXPERIMENTEEL. */
        CategorieRelatieForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie Relatie.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url: string;
            /** @description De naam van de gelinkte categorie. */
            readonly categorieNaam: string | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            eindDatum?: string | null;
        };
        /** @enum {string} */
        CodeObjecttypeEnum: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
        /** @enum {string} */
        CodeRegisterEnum: "brp" | "hr";
        /** @enum {string} */
        CodeSoortObjectIdEnum: "bsn" | "vestigingsnummer" | "kvk_nummer" | "rsin";
        Contactnaam: {
            /** @description Een afkorting van de voornamen. Meestal de beginletter, maar in sommige gevallen de beginletter gecombineerd met de tweede letter van een voornaam. */
            voorletters?: string;
            /** @description De voornaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voornaam?: string;
            /** @description Een eventueel voorvoegsel dat hoort bij de achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voorvoegselAchternaam?: string;
            /** @description Een achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            achternaam?: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Contactpersoon: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de contactpersoon.
             */
            uuid?: string;
            /** @description Organisatie waarvoor een contactpersoon werkte. */
            werkteVoorPartij?: components["schemas"]["PartijPolymorphic"] | null;
            /** @description Naam die een contactpersoon wil gebruiken tijdens contact met de gemeente. Deze mag afwijken van de eventueel in de Basisregistratie Personen (BRP) bekende naam van de contactpersoon. */
            contactnaam?: components["schemas"]["ContactpersoonPersoon"] | null;
            /** @description De voledige naam van het constact persoon. */
            readonly volledigeNaam: string;
        };
        ContactpersoonPersoon: {
            /** @description Een afkorting van de voornamen. Meestal de beginletter, maar in sommige gevallen de beginletter gecombineerd met de tweede letter van een voornaam. */
            voorletters?: string;
            /** @description De voornaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voornaam?: string;
            /** @description Een eventueel voorvoegsel dat hoort bij de achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voorvoegselAchternaam?: string;
            /** @description Een achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            achternaam?: string;
        };
        DigitaalAdres: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het digitaal adres.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit digitaal adres binnen deze API.
             */
            readonly url: string;
            /** @description Digitaal adres dat een betrokkene bij klantcontact verstrekte voor gebruik bij opvolging van een klantcontact. */
            verstrektDoorBetrokkene?: components["schemas"]["BetrokkeneForeignKey"] | null;
            /** @description Digitaal adres dat een partij verstrekte voor gebruik bij toekomstig contact met de gemeente. */
            verstrektDoorPartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @description Validatie van dit veld is afhankelijk van het opgegeven `soortDigitaalAdres`.
             *
             *     De validatie die toegepast wordt voor  e-mailadressen is te lezen via de volgende URL: https://github.com/django/django/blob/4.2/django/core/validators.py#L174.
             *
             *     Voor telefoonnummers wordt de volgende regex expressie toegepast ter validatie: `^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$`.
             *      * Toegestaan:
             *        * Lokaal: 0612345678 of 0201234567
             *        * Internationaal met '+': +31612345678
             *        * Internationaal met '00': 0031612345678
             *      * Niet toegestaan:
             *        * 0800, 0900, 1400, 140xx.
             */
            adres: string;
            /** @description Typering van het digitale adres die aangeeft via welk(e) kanaal of kanalen met dit adres contact kan worden opgenomen. */
            soortDigitaalAdres: components["schemas"]["SoortDigitaalAdresEnum"];
            /** @description Geeft aan of dit digitaal adres het standaard adres is voor het `soortDigitaalAdres` voor de deze `partij`. Per `partij` en `soortDigitaalAdres` kan er maar één standaard adres zijn, zodra een ander adres gemarkeerd wordt met `isStandaardAdres=true` wordt `isStandaardAdres=false` gezet voor alle andere adressen met dezelfde `partij` en `soortDigitaalAdres`. */
            isStandaardAdres?: boolean;
            /** @description Omschrijving van het digitaal adres. */
            omschrijving?: string;
            /** @description Machine-leesbare tag voor unieke identificatie van het digitaal adres. */
            referentie?: string;
            /**
             * Verificatiedatum
             * Format: date
             * @description Datum waarop het digitaal adres is geverifieerd.
             */
            verificatieDatum?: string | null;
        };
        DigitaalAdresForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het digitaal adres.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit digitaal adres binnen deze API.
             */
            readonly url: string;
        };
        ExpandBetrokkene: components["schemas"]["Betrokkene"] & {
            /** @description Display details of the linked resources requested in the `expand` parameter */
            _expand?: {
                /** @description Digitale adressen van de betrokkene bij klantcontact. */
                readonly digitaleAdressen?: components["schemas"]["DigitaalAdres"][];
            };
        };
        ExpandDigitaalAdres: components["schemas"]["DigitaalAdres"] & {
            /** @description Display details of the linked resources requested in the `expand` parameter */
            _expand?: {
                /** @description Digitaal adres dat een betrokkene bij klantcontact verstrekte voor gebruik bij opvolging van een klantcontact. */
                verstrektDoorBetrokkene?: components["schemas"]["Betrokkene"] | null;
            };
        };
        ExpandKlantcontact: components["schemas"]["Klantcontact"] & {
            /** @description Display details of the linked resources requested in the `expand` parameter */
            _expand?: {
                /** @description Persoon of organisatie die betrokken was bij een klantcontact. */
                readonly hadBetrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description Klantcontact dat leidde tot een interne taak. */
                readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaak"][];
                /** @description Onderwerpobject dat tijdens een klantcontact aan de orde was. */
                readonly gingOverOnderwerpobjecten?: components["schemas"]["Onderwerpobject"][];
                /** @description Bijlage die (een deel van) de inhoud van het klantcontact beschrijft. */
                readonly omvatteBijlagen?: components["schemas"]["Bijlage"][];
            };
        };
        ExpandPartij: {
            soortPartij: "ExpandPartij";
        } & (Omit<components["schemas"]["Partij"], "soortPartij"> & {
            /** @description Display details of the linked resources requested in the `expand` parameter */
            _expand?: {
                /** @description Digitaal adresen dat een partij verstrekte voor gebruik bij toekomstig contact met de gemeente. */
                digitaleAdressen?: components["schemas"]["DigitaalAdres"][] | null;
                /** @description Betrokkene bij klantcontact die een partij was. */
                readonly betrokkenen?: components["schemas"]["Betrokkene"][];
                /** @description De Categorie relaties van een partij: Let op: Dit attribuut is EXPERIMENTEEL. */
                readonly categorieRelaties?: components["schemas"]["CategorieRelatie"][];
            };
        });
        GeautomatiseerdeActor: {
            /** @description Functie van de geautomatiseerde actor of beschrijving van de werkzaamheden die deze uitvoert. */
            functie: string;
            /** @description Omschrijving van de geautomatiseerde actor. */
            omschrijving?: string;
        };
        InterneTaak: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze interne taak binnen deze API.
             */
            readonly url: string;
            /**
             * @deprecated
             * @description **DEPRECATED** Uniek identificerend nummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke interne taak aan te duiden.
             */
            nummer?: string | null;
            /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke interne taak aan te duiden. */
            referentienummer?: string | null;
            /** @description Handeling die moet worden uitgevoerd om de taak af te ronden. */
            gevraagdeHandeling: string;
            /** @description Klantcontact dat leidde tot een interne taak. */
            aanleidinggevendKlantcontact: components["schemas"]["KlantcontactForeignKey"];
            /**
             * @deprecated
             * @description Eerste actor die een interne taak toegewezen kreeg.
             */
            toegewezenAanActor?: components["schemas"]["ActorForeignKey"];
            /** @description Actoren die een interne taak toegewezen kreeg. */
            toegewezenAanActoren?: components["schemas"]["ActorForeignKey"][];
            /** @description Toelichting die, aanvullend bij de inhoud van het klantcontact dat aanleiding gaf tot de taak en de gevraagde handeling, bijdraagt aan het kunnen afhandelen van de taak. */
            toelichting?: string;
            /** @description Aanduiding van de vordering bij afhandeling van de interne taak. */
            status: components["schemas"]["StatusEnum"];
            /**
             * Format: date-time
             * @description Datum en tijdstip waarop de interne taak aan een actor werd toegewezen.
             */
            readonly toegewezenOp: string;
            /**
             * Format: date-time
             * @description Datum en tijdstip wanneer de interne taak was afgehandeld: EXPERIMENTEEL.
             */
            afgehandeldOp?: string | null;
        };
        InterneTaakForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze interne taak binnen deze API.
             */
            readonly url: string;
        };
        Klantcontact: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url: string;
            /** @description Onderwerpobject dat tijdens een klantcontact aan de orde was. */
            readonly gingOverOnderwerpobjecten: components["schemas"]["OnderwerpobjectForeignKey"][];
            /** @description Actor die bij een klantcontact betrokken was. */
            readonly hadBetrokkenActoren: components["schemas"]["Actor"][];
            /** @description Bijlage die (een deel van) de inhoud van het klantcontact beschrijft. */
            readonly omvatteBijlagen: components["schemas"]["BijlageForeignKey"][];
            /** @description Persoon of organisatie die betrokken was bij een klantcontact. */
            readonly hadBetrokkenen: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description Klantcontact dat leidde tot een interne taak. */
            readonly leiddeTotInterneTaken: components["schemas"]["InterneTaakForeignKey"][];
            /**
             * @deprecated
             * @description **DEPRECATED** Uniek identificerend nummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden.
             */
            nummer?: string | null;
            /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden. */
            referentienummer?: string | null;
            /** @description Communicatiekanaal dat bij het klantcontact werd gebruikt. */
            kanaal: string;
            /** @description Datgene waarover het klantcontact ging. */
            onderwerp: string;
            /** @description Informatie die tijdens het klantcontact werd overgebracht of uitgewisseld, voor zover die voor betrokkenen of actoren relevant is. Via reactie kan optioneel het antwoord op de vraag worden opgeslagen. */
            inhoud?: string;
            /** @description De reactie die die tijdens het contact werdt gegeven */
            reactie?: string;
            /** @description Geeft, indien bekend, aan of de poging contact tussen de gemeente en inwoner(s) of organisatie(s) tot stand te brengen succesvol was. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description Het type van het onderwerp van het contact (bijvoorbeeld een zaaktype)
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Geeft aan of het systeem waar het contact heeft plaats gevonden zelf actie onderneemt als het niet lukt om de klant te bereiken.
             * @default false
             */
            verdereActieOndernomen?: boolean;
            /** @description Taal, in ISO 639-2/B formaat, waarin de partij bij voorkeur contact heeft met de gemeente. Voorbeeld: nld. Zie: https://www.iso.org/standard/4767.html */
            taal: string;
            /** @description Geeft aan of onderwerp, inhoud en kenmerken van het klantcontact vertrouwelijk moeten worden behandeld. */
            vertrouwelijk: boolean;
            /**
             * Format: date-time
             * @description Datum en tijdstip waarop het klantontact plaatsvond. Als het klantcontact een gesprek betrof, is dit het moment waarop het gesprek begon. Als het klantcontact verzending of ontvangst van informatie betrof, is dit bij benadering het moment waarop informatie door gemeente verzonden of ontvangen werd.
             */
            plaatsgevondenOp?: string;
            /** @description Generieke key/value metadata. Key = string, value = string (max 255 tekens). */
            metadata?: {
                [key: string]: string;
            };
        };
        KlantcontactForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url: string;
        };
        MaakKlantcontact: {
            klantcontact: components["schemas"]["Klantcontact"];
            betrokkene?: components["schemas"]["BetrokkeneKlantcontactReadOnly"];
            onderwerpobject?: components["schemas"]["OnderwerpobjectKlantcontactReadOnly"];
        };
        Medewerker: {
            /** @description Functie van de geautomatiseerde actor of beschrijving van de werkzaamheden die deze uitvoert. */
            functie: string;
            /**
             * E-mailadres
             * Format: email
             * @description Elektronisch postadres waaronder de MEDEWERKER in de regel bereikbaar is.
             */
            emailadres?: string;
            /** @description Telefoonnummer waaronder de MEDEWERKER in de regel bereikbaar is. */
            telefoonnummer: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Onderwerpobject: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het onderwerpdeel.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url: string;
            /** @description 'Klantcontact' ging over 'Onderwerpobject' */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description 'Onderwerpobject' was 'Klantcontact' */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Gegevens die een onderwerpobject in een extern register uniek identificeren. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        OnderwerpobjectDeleteResponse: {
            /** @description Lijst van Klantcontact URLs die behouden blijven */
            behouden: string[];
        };
        OnderwerpobjectForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het onderwerpdeel.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit onderwerp object binnen deze API.
             */
            readonly url: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        OnderwerpobjectKlantcontactReadOnly: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het onderwerpdeel.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url: string;
            /** @description 'Klantcontact' ging over 'Onderwerpobject' */
            readonly klantcontact: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description 'Onderwerpobject' was 'Klantcontact' */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Gegevens die een onderwerpobject in een extern register uniek identificeren. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        Onderwerpobjectidentificator: {
            /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '095be615-a8ad-4c33-8e9c-c7612fbf6c9f'. */
            objectId?: string;
            /** @description Type van het object, bijvoorbeeld: 'zaak'. */
            codeObjecttype?: string;
            /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
            codeRegister?: string;
            /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
            codeSoortObjectId?: string;
        };
        Organisatie: {
            /** @description Naam van de organisatie. */
            naam?: string;
        };
        OrganisatorischeEenheid: {
            /** @description Omschrijving van de geautomatiseerde actor. */
            omschrijving?: string;
            /**
             * E-mailadres
             * Format: email
             * @description Elektronisch postadres waaronder de MEDEWERKER in de regel bereikbaar is.
             */
            emailadres?: string;
            /** @description Faxnummer waaronder de organisatorische eenheid in de regel bereikbaar is. */
            faxnummer?: string;
            /** @description Telefoonnummer waaronder de MEDEWERKER in de regel bereikbaar is. */
            telefoonnummer?: string;
        };
        PaginatedActorKlantcontactList: {
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
            results: components["schemas"]["ActorKlantcontact"][];
        };
        PaginatedActorList: {
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
            results: components["schemas"]["Actor"][];
        };
        PaginatedBetrokkeneList: {
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
            results: components["schemas"]["Betrokkene"][];
        };
        PaginatedBijlageList: {
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
            results: components["schemas"]["Bijlage"][];
        };
        PaginatedCategorieList: {
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
            results: components["schemas"]["Categorie"][];
        };
        PaginatedCategorieRelatieList: {
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
            results: components["schemas"]["CategorieRelatie"][];
        };
        PaginatedDigitaalAdresList: {
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
            results: components["schemas"]["DigitaalAdres"][];
        };
        PaginatedExpandBetrokkeneList: {
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
            results: components["schemas"]["ExpandBetrokkene"][];
        };
        PaginatedExpandDigitaalAdresList: {
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
            results: components["schemas"]["ExpandDigitaalAdres"][];
        };
        PaginatedExpandKlantcontactList: {
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
            results: components["schemas"]["ExpandKlantcontact"][];
        };
        PaginatedExpandPartijList: {
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
            results: components["schemas"]["ExpandPartij"][];
        };
        PaginatedInterneTaakList: {
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
            results: components["schemas"]["InterneTaak"][];
        };
        PaginatedKlantcontactList: {
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
            results: components["schemas"]["Klantcontact"][];
        };
        PaginatedOnderwerpobjectList: {
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
            results: components["schemas"]["Onderwerpobject"][];
        };
        PaginatedPartijIdentificatorList: {
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
            results: components["schemas"]["PartijIdentificator"][];
        };
        PaginatedPartijList: {
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
            results: components["schemas"]["Partij"][];
        };
        PaginatedRekeningnummerList: {
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
            results: components["schemas"]["Rekeningnummer"][];
        };
        PaginatedVertegenwoordigdenList: {
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
            results: components["schemas"]["Vertegenwoordigden"][];
        };
        Partij: components["schemas"]["contactpersoon_PartijSerializer"] | components["schemas"]["persoon_PartijSerializer"] | components["schemas"]["organisatie_PartijSerializer"];
        PartijBezoekadres: {
            /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
            nummeraanduidingId?: string;
            /** @description Straatnaam van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            straatnaam?: string;
            /** @description Huisnummer van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummer?: number | null;
            /** @description Huisnummertoevoeging van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummertoevoeging?: string;
            /** @description Postcode van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            postcode?: string;
            /** @description Stad van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            stad?: string;
            /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel1?: string;
            /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel2?: string;
            /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel3?: string;
            /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
            land?: string;
        };
        PartijCorrespondentieadres: {
            /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
            nummeraanduidingId?: string;
            /** @description Straatnaam van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            straatnaam?: string;
            /** @description Huisnummer van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummer?: number | null;
            /** @description Huisnummertoevoeging van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            huisnummertoevoeging?: string;
            /** @description Postcode van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            postcode?: string;
            /** @description Stad van het adres (indien het een Nederlands adres betreft zonder BAG-id). */
            stad?: string;
            /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel1?: string;
            /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel2?: string;
            /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
            adresregel3?: string;
            /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
            land?: string;
        };
        PartijForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij binnen deze API.
             */
            readonly url: string;
        };
        PartijForeignkeyBase: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij binnen deze API.
             */
            readonly url: string;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PartijIdentificator: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij-identificator.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij indentificator binnen deze API.
             */
            readonly url: string;
            /** @description Partij-identificator die hoorde bij een partij. */
            identificeerdePartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @deprecated
             * @description Vrij tekstveld om de verwijzing naar een niet-voorgedefinieerd objecttype, soort objectID of Register vast te leggen.
             */
            anderePartijIdentificator?: string;
            /** @description Gegevens die een partij in een basisregistratie of ander extern register uniek identificeren. */
            partijIdentificator: components["schemas"]["PartijIdentificatorGroepType"];
            /** @description The parent PartijIdentificator under which this PartijIdentificator is unique (e.g. the parent identificator could specify a KVK number and the child identificator could specify a vestigingsnummer that is unique for the KVK number). */
            subIdentificatorVan?: components["schemas"]["PartijIdentificatorForeignkey"] | null;
        };
        PartijIdentificatorForeignkey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij-identificator.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij indentificator binnen deze API.
             */
            readonly url: string;
        };
        PartijIdentificatorGroepType: {
            /**
             * Objecttype
             * @description Type van het object, bijvoorbeeld: 'natuurlijk_persoon'.
             */
            codeObjecttype: components["schemas"]["CodeObjecttypeEnum"];
            /**
             * Soort object ID
             * @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'bsn'.
             */
            codeSoortObjectId: components["schemas"]["CodeSoortObjectIdEnum"];
            /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '123456788'. */
            objectId: string;
            /**
             * Register
             * @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'BRP'.
             */
            codeRegister: components["schemas"]["CodeRegisterEnum"];
        };
        PartijPolymorphic: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij binnen deze API.
             */
            readonly url: string;
        };
        PatchedActor: components["schemas"]["medewerker_ActorSerializer"] | components["schemas"]["geautomatiseerde_actor_ActorSerializer"] | components["schemas"]["organisatorische_eenheid_ActorSerializer"];
        PatchedActorKlantcontact: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de actor klantcontact.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze actor klantcontact binnen deze API.
             */
            readonly url?: string;
            /** @description De gekoppelde 'Actor'. */
            actor?: components["schemas"]["ActorForeignKey"];
            /** @description De gekoppelde 'Klantcontact'. */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"];
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PatchedBetrokkene: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze betrokkene binnen deze API.
             */
            readonly url?: string;
            /** @description Betrokkene bij klantcontact die een partij was. */
            wasPartij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het klantcontact waar deze persoon of organisatie bij betrokken was. */
            hadKlantcontact?: components["schemas"]["KlantcontactForeignKey"];
            /** @description Digitale adressen van de betrokkene bij klantcontact. */
            readonly digitaleAdressen?: components["schemas"]["DigitaalAdresForeignKey"][];
            /** @description Adres waarop de betrokkene bij klantcontact in naar aanleiding van dat contact af te leggen bezoeken wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            bezoekadres?: components["schemas"]["Bezoekadres"] | null;
            /** @description Adres waarop de betrokkene bij klantcontact naar aanleiding van dat contact te versturen post wil ontvangen. Dit mag afwijken van voor de verstrekker eventueel in een basisregistratie bekende adressen. */
            correspondentieadres?: components["schemas"]["BetrokkeneCorrespondentieadres"] | null;
            /** @description Naam die de betrokkene bij klantcontact tijdens vervolghandelingen naar aanleiding van dat contact wil gebruiken. Deze mag afwijken van eventueel in de Basisregistratie Personen (BRP) bekende naam van de betrokkene. */
            contactnaam?: components["schemas"]["Contactnaam"] | null;
            /** @description De voledige naam van de betrokkene. */
            readonly volledigeNaam?: string;
            /** @description Rol die de betrokkene bij klantcontact tijdens dat contact vervulde. */
            rol?: components["schemas"]["RolEnum"];
            /** @description Naam van de organisatie waarmee de betrokkene bij klantcontact een relatie had. */
            organisatienaam?: string;
            initiator?: boolean;
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PatchedBijlage: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het inhoudsdeel.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url?: string;
            /** @description 'Klantcontact' omvatte 'Bijlage' */
            wasBijlageVanKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Gegevens die een inhoudsobject in een extern register uniek identificeren. */
            bijlageidentificator?: components["schemas"]["BijlageIdentificator"] | null;
        };
        /** @description Let op: Dit endpoint is EXPERIMENTEEL. */
        PatchedCategorie: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url?: string;
            /** @description Naam van de categorie. */
            naam?: string;
        };
        /** @description Let op: Dit endpoint is EXPERIMENTEEL. */
        PatchedCategorieRelatie: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de Categorie Relatie.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze categorie binnen deze API.
             */
            readonly url?: string;
            /** @description De partij waar de categorie relatie aan gelinkt is. */
            partij?: components["schemas"]["PartijForeignkeyBase"] | null;
            /** @description De categorie waar de categorie relatie aan gelinkt is: Let op: Dit attribuut is EXPERIMENTEEL. */
            categorie?: components["schemas"]["CategorieForeignKey"] | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            beginDatum?: string | null;
            /**
             * Format: date
             * @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21
             */
            eindDatum?: string | null;
        };
        PatchedDigitaalAdres: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het digitaal adres.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van dit digitaal adres binnen deze API.
             */
            readonly url?: string;
            /** @description Digitaal adres dat een betrokkene bij klantcontact verstrekte voor gebruik bij opvolging van een klantcontact. */
            verstrektDoorBetrokkene?: components["schemas"]["BetrokkeneForeignKey"] | null;
            /** @description Digitaal adres dat een partij verstrekte voor gebruik bij toekomstig contact met de gemeente. */
            verstrektDoorPartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @description Validatie van dit veld is afhankelijk van het opgegeven `soortDigitaalAdres`.
             *
             *     De validatie die toegepast wordt voor  e-mailadressen is te lezen via de volgende URL: https://github.com/django/django/blob/4.2/django/core/validators.py#L174.
             *
             *     Voor telefoonnummers wordt de volgende regex expressie toegepast ter validatie: `^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$`.
             *      * Toegestaan:
             *        * Lokaal: 0612345678 of 0201234567
             *        * Internationaal met '+': +31612345678
             *        * Internationaal met '00': 0031612345678
             *      * Niet toegestaan:
             *        * 0800, 0900, 1400, 140xx.
             */
            adres?: string;
            /** @description Typering van het digitale adres die aangeeft via welk(e) kanaal of kanalen met dit adres contact kan worden opgenomen. */
            soortDigitaalAdres?: components["schemas"]["SoortDigitaalAdresEnum"];
            /** @description Geeft aan of dit digitaal adres het standaard adres is voor het `soortDigitaalAdres` voor de deze `partij`. Per `partij` en `soortDigitaalAdres` kan er maar één standaard adres zijn, zodra een ander adres gemarkeerd wordt met `isStandaardAdres=true` wordt `isStandaardAdres=false` gezet voor alle andere adressen met dezelfde `partij` en `soortDigitaalAdres`. */
            isStandaardAdres?: boolean;
            /** @description Omschrijving van het digitaal adres. */
            omschrijving?: string;
            /** @description Machine-leesbare tag voor unieke identificatie van het digitaal adres. */
            referentie?: string;
            /**
             * Verificatiedatum
             * Format: date
             * @description Datum waarop het digitaal adres is geverifieerd.
             */
            verificatieDatum?: string | null;
        };
        PatchedInterneTaak: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze interne taak binnen deze API.
             */
            readonly url?: string;
            /**
             * @deprecated
             * @description **DEPRECATED** Uniek identificerend nummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke interne taak aan te duiden.
             */
            nummer?: string | null;
            /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke interne taak aan te duiden. */
            referentienummer?: string | null;
            /** @description Handeling die moet worden uitgevoerd om de taak af te ronden. */
            gevraagdeHandeling?: string;
            /** @description Klantcontact dat leidde tot een interne taak. */
            aanleidinggevendKlantcontact?: components["schemas"]["KlantcontactForeignKey"];
            /**
             * @deprecated
             * @description Eerste actor die een interne taak toegewezen kreeg.
             */
            toegewezenAanActor?: components["schemas"]["ActorForeignKey"];
            /** @description Actoren die een interne taak toegewezen kreeg. */
            toegewezenAanActoren?: components["schemas"]["ActorForeignKey"][];
            /** @description Toelichting die, aanvullend bij de inhoud van het klantcontact dat aanleiding gaf tot de taak en de gevraagde handeling, bijdraagt aan het kunnen afhandelen van de taak. */
            toelichting?: string;
            /** @description Aanduiding van de vordering bij afhandeling van de interne taak. */
            status?: components["schemas"]["StatusEnum"];
            /**
             * Format: date-time
             * @description Datum en tijdstip waarop de interne taak aan een actor werd toegewezen.
             */
            readonly toegewezenOp?: string;
            /**
             * Format: date-time
             * @description Datum en tijdstip wanneer de interne taak was afgehandeld: EXPERIMENTEEL.
             */
            afgehandeldOp?: string | null;
        };
        PatchedKlantcontact: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url?: string;
            /** @description Onderwerpobject dat tijdens een klantcontact aan de orde was. */
            readonly gingOverOnderwerpobjecten?: components["schemas"]["OnderwerpobjectForeignKey"][];
            /** @description Actor die bij een klantcontact betrokken was. */
            readonly hadBetrokkenActoren?: components["schemas"]["Actor"][];
            /** @description Bijlage die (een deel van) de inhoud van het klantcontact beschrijft. */
            readonly omvatteBijlagen?: components["schemas"]["BijlageForeignKey"][];
            /** @description Persoon of organisatie die betrokken was bij een klantcontact. */
            readonly hadBetrokkenen?: components["schemas"]["BetrokkeneForeignKey"][];
            /** @description Klantcontact dat leidde tot een interne taak. */
            readonly leiddeTotInterneTaken?: components["schemas"]["InterneTaakForeignKey"][];
            /**
             * @deprecated
             * @description **DEPRECATED** Uniek identificerend nummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden.
             */
            nummer?: string | null;
            /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden. */
            referentienummer?: string | null;
            /** @description Communicatiekanaal dat bij het klantcontact werd gebruikt. */
            kanaal?: string;
            /** @description Datgene waarover het klantcontact ging. */
            onderwerp?: string;
            /** @description Informatie die tijdens het klantcontact werd overgebracht of uitgewisseld, voor zover die voor betrokkenen of actoren relevant is. Via reactie kan optioneel het antwoord op de vraag worden opgeslagen. */
            inhoud?: string;
            /** @description De reactie die die tijdens het contact werdt gegeven */
            reactie?: string;
            /** @description Geeft, indien bekend, aan of de poging contact tussen de gemeente en inwoner(s) of organisatie(s) tot stand te brengen succesvol was. */
            indicatieContactGelukt?: boolean | null;
            /**
             * Format: uri
             * @description Het type van het onderwerp van het contact (bijvoorbeeld een zaaktype)
             */
            hoofdOnderwerpType?: string;
            /**
             * @description Geeft aan of het systeem waar het contact heeft plaats gevonden zelf actie onderneemt als het niet lukt om de klant te bereiken.
             * @default false
             */
            verdereActieOndernomen?: boolean;
            /** @description Taal, in ISO 639-2/B formaat, waarin de partij bij voorkeur contact heeft met de gemeente. Voorbeeld: nld. Zie: https://www.iso.org/standard/4767.html */
            taal?: string;
            /** @description Geeft aan of onderwerp, inhoud en kenmerken van het klantcontact vertrouwelijk moeten worden behandeld. */
            vertrouwelijk?: boolean;
            /**
             * Format: date-time
             * @description Datum en tijdstip waarop het klantontact plaatsvond. Als het klantcontact een gesprek betrof, is dit het moment waarop het gesprek begon. Als het klantcontact verzending of ontvangst van informatie betrof, is dit bij benadering het moment waarop informatie door gemeente verzonden of ontvangen werd.
             */
            plaatsgevondenOp?: string;
            /** @description Generieke key/value metadata. Key = string, value = string (max 255 tekens). */
            metadata?: {
                [key: string]: string;
            };
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PatchedOnderwerpobject: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van het onderwerpdeel.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van dit klantcontact binnen deze API.
             */
            readonly url?: string;
            /** @description 'Klantcontact' ging over 'Onderwerpobject' */
            klantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description 'Onderwerpobject' was 'Klantcontact' */
            wasKlantcontact?: components["schemas"]["KlantcontactForeignKey"] | null;
            /** @description Gegevens die een onderwerpobject in een extern register uniek identificeren. */
            onderwerpobjectidentificator?: components["schemas"]["Onderwerpobjectidentificator"] | null;
        };
        PatchedPartij: components["schemas"]["contactpersoon_PartijSerializer"] | components["schemas"]["persoon_PartijSerializer"] | components["schemas"]["organisatie_PartijSerializer"];
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        PatchedPartijIdentificator: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de partij-identificator.
             */
            uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze partij indentificator binnen deze API.
             */
            readonly url?: string;
            /** @description Partij-identificator die hoorde bij een partij. */
            identificeerdePartij?: components["schemas"]["PartijForeignKey"] | null;
            /**
             * @deprecated
             * @description Vrij tekstveld om de verwijzing naar een niet-voorgedefinieerd objecttype, soort objectID of Register vast te leggen.
             */
            anderePartijIdentificator?: string;
            /** @description Gegevens die een partij in een basisregistratie of ander extern register uniek identificeren. */
            partijIdentificator?: components["schemas"]["PartijIdentificatorGroepType"];
            /** @description The parent PartijIdentificator under which this PartijIdentificator is unique (e.g. the parent identificator could specify a KVK number and the child identificator could specify a vestigingsnummer that is unique for the KVK number). */
            subIdentificatorVan?: components["schemas"]["PartijIdentificatorForeignkey"] | null;
        };
        PatchedRekeningnummer: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze rekeningnummer binnen deze API.
             */
            readonly url?: string;
            /** @description Rekeningnummer van een partij */
            partij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het internationaal bankrekeningnummer, zoals dat door een bankinstelling als identificator aan een overeenkomst tussen de bank en een of meer subjecten wordt toegekend, op basis waarvan het SUBJECT in de regel internationaal financieel communiceert. */
            iban?: string;
            /** @description De unieke code van de bankinstelling waar het SUBJECT het bankrekeningnummer heeft waarmee het subject in de regel internationaal financieel communiceert. */
            bic?: string;
        };
        PatchedVertegenwoordigden: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de vertegenwoordigden.
             */
            readonly uuid?: string;
            /**
             * Format: uri
             * @description De unieke URL van deze vertegenwoordigden binnen deze API.
             */
            readonly url?: string;
            /** @description 'Partij' die een andere 'Partij' vertegenwoordigde. */
            vertegenwoordigendePartij?: components["schemas"]["PartijForeignKey"];
            /** @description 'Partij' vertegenwoordigd wordt door een andere 'Partij'. */
            vertegenwoordigdePartij?: components["schemas"]["PartijForeignKey"];
        };
        /**
         * @description Set gegevensgroepdata from validated nested data.
         *
         *     Usage: include the mixin on the ModelSerializer that has gegevensgroepen.
         */
        Persoon: {
            /** @description Naam die een persoon wil gebruiken tijdens contact met de gemeente. Deze mag afwijken van de eventueel in de Basisregistratie Personen (BRP) bekende naam van de persoon. */
            contactnaam?: components["schemas"]["PersoonContact"] | null;
            /** @description De voledige naam van het persoon. */
            readonly volledigeNaam: string;
        };
        PersoonContact: {
            /** @description Een afkorting van de voornamen. Meestal de beginletter, maar in sommige gevallen de beginletter gecombineerd met de tweede letter van een voornaam. */
            voorletters?: string;
            /** @description De voornaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voornaam?: string;
            /** @description Een eventueel voorvoegsel dat hoort bij de achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            voorvoegselAchternaam?: string;
            /** @description Een achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
            achternaam?: string;
        };
        Rekeningnummer: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze rekeningnummer binnen deze API.
             */
            readonly url: string;
            /** @description Rekeningnummer van een partij */
            partij?: components["schemas"]["PartijForeignKey"] | null;
            /** @description Het internationaal bankrekeningnummer, zoals dat door een bankinstelling als identificator aan een overeenkomst tussen de bank en een of meer subjecten wordt toegekend, op basis waarvan het SUBJECT in de regel internationaal financieel communiceert. */
            iban: string;
            /** @description De unieke code van de bankinstelling waar het SUBJECT het bankrekeningnummer heeft waarmee het subject in de regel internationaal financieel communiceert. */
            bic?: string;
        };
        RekeningnummerForeignKey: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de interne taak.
             */
            uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze rekeningnummer binnen deze API.
             */
            readonly url: string;
        };
        /** @enum {string} */
        RolEnum: "vertegenwoordiger" | "klant";
        /** @enum {string} */
        SoortActorEnum: "medewerker" | "geautomatiseerde_actor" | "organisatorische_eenheid";
        /** @enum {string} */
        SoortDigitaalAdresEnum: "email" | "telefoonnummer" | "overig";
        /** @enum {string} */
        SoortPartijEnum: "persoon" | "organisatie" | "contactpersoon";
        /** @enum {string} */
        StatusEnum: "te_verwerken" | "verwerkt";
        Vertegenwoordigden: {
            /**
             * Format: uuid
             * @description Unieke (technische) identificatiecode van de vertegenwoordigden.
             */
            readonly uuid: string;
            /**
             * Format: uri
             * @description De unieke URL van deze vertegenwoordigden binnen deze API.
             */
            readonly url: string;
            /** @description 'Partij' die een andere 'Partij' vertegenwoordigde. */
            vertegenwoordigendePartij: components["schemas"]["PartijForeignKey"];
            /** @description 'Partij' vertegenwoordigd wordt door een andere 'Partij'. */
            vertegenwoordigdePartij: components["schemas"]["PartijForeignKey"];
        };
        actor_identificatie_GeautomatiseerdeActor: {
            actorIdentificatie?: components["schemas"]["GeautomatiseerdeActor"];
        };
        actor_identificatie_Medewerker: {
            actorIdentificatie?: components["schemas"]["Medewerker"];
        };
        actor_identificatie_OrganisatorischeEenheid: {
            actorIdentificatie?: components["schemas"]["OrganisatorischeEenheid"];
        };
        contactpersoon_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Contactpersoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "contactpersoon";
        };
        geautomatiseerde_actor_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_GeautomatiseerdeActor"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "geautomatiseerde_actor";
        };
        medewerker_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_Medewerker"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "medewerker";
        };
        organisatie_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Organisatie"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "organisatie";
        };
        organisatorische_eenheid_ActorSerializer: components["schemas"]["Base_ActorSerializer"] & components["schemas"]["actor_identificatie_OrganisatorischeEenheid"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortActor: "organisatorische_eenheid";
        };
        partij_identificatie_Contactpersoon: {
            partijIdentificatie?: components["schemas"]["Contactpersoon"];
        };
        partij_identificatie_Organisatie: {
            partijIdentificatie?: components["schemas"]["Organisatie"];
        };
        partij_identificatie_Persoon: {
            partijIdentificatie?: components["schemas"]["Persoon"];
        };
        persoon_PartijSerializer: components["schemas"]["Base_PartijSerializer"] & components["schemas"]["partij_identificatie_Persoon"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            soortPartij: "persoon";
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
    actorenList: {
        parameters: {
            query?: {
                /** @description Type van het object, bijvoorbeeld: 'INGESCHREVEN NATUURLIJK PERSOON'. */
                actoridentificatorCodeObjecttype?: string;
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'BRP'. */
                actoridentificatorCodeRegister?: string;
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'Burgerservicenummer'. */
                actoridentificatorCodeSoortObjectId?: string;
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '123456788'. */
                actoridentificatorObjectId?: string;
                /** @description Geeft aan of aan de actor nog betrokken mag worden bij nieuwe klantcontacten. Voor niet-actieve is dit niet toegestaan. */
                indicatieActief?: boolean;
                /** @description Zoek klantcontacten met specifieke tekst in inhoud. */
                naam?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Geeft aan van welke specifieke soort actor sprake is. */
                soortActor?: "geautomatiseerde_actor" | "medewerker" | "organisatorische_eenheid";
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
                    "application/json": components["schemas"]["PaginatedActorList"];
                };
            };
        };
    };
    actorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Actor"];
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
                    "application/json": components["schemas"]["Actor"];
                };
            };
        };
    };
    actorenRetrieve: {
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
                    "application/json": components["schemas"]["Actor"];
                };
            };
        };
    };
    actorenUpdate: {
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
                "application/json": components["schemas"]["Actor"];
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
                    "application/json": components["schemas"]["Actor"];
                };
            };
        };
    };
    actorenDestroy: {
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
        };
    };
    actorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActor"];
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
                    "application/json": components["schemas"]["Actor"];
                };
            };
        };
    };
    actorklantcontactenList: {
        parameters: {
            query?: {
                /** @description Zoek actor klantcontact object op basis van het actor url */
                actor__url?: string;
                /** @description Unieke (technische) identificatiecode van de actor. */
                actor__uuid?: string;
                /** @description Zoek actor klantcontact object op basis van het klantcontact url */
                klantcontact__url?: string;
                /** @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact. */
                klantcontact__uuid?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
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
                    "application/json": components["schemas"]["PaginatedActorKlantcontactList"];
                };
            };
        };
    };
    actorklantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorKlantcontact"];
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
        };
    };
    actorklantcontactenRetrieve: {
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
        };
    };
    actorklantcontactenUpdate: {
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
                "application/json": components["schemas"]["ActorKlantcontact"];
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
        };
    };
    actorklantcontactenDestroy: {
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
        };
    };
    actorklantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedActorKlantcontact"];
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
                    "application/json": components["schemas"]["ActorKlantcontact"];
                };
            };
        };
    };
    betrokkenenList: {
        parameters: {
            query?: {
                /** @description Een achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
                contactnaamAchternaam?: string;
                /** @description Een afkorting van de voornamen. Meestal de beginletter, maar in sommige gevallen de beginletter gecombineerd met de tweede letter van een voornaam. */
                contactnaamVoorletters?: string;
                /** @description De voornaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
                contactnaamVoornaam?: string;
                /** @description Een eventueel voorvoegsel dat hoort bij de achternaam die de persoon wil gebruiken tijdens communicatie met de gemeente. */
                contactnaamVoorvoegselAchternaam?: string;
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: "digitaleAdressen"[];
                /** @deprecated */
                hadKlantcontact__nummer?: string;
                /** @description Zoek betrokkene object op basis van het klantcontact referentienummer */
                hadKlantcontact__referentienummer?: string;
                /** @description Zoek betrokkene object op basis van het klantcontact url */
                hadKlantcontact__url?: string;
                /** @description Zoek betrokkene object op basis van het klantcontact uuid */
                hadKlantcontact__uuid?: string;
                /** @description Naam van de organisatie waarmee de betrokkene bij klantcontact een relatie had. */
                organisatienaam?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Zoek betrokkene object op basis van het digitaaladres adres */
                verstrektedigitaalAdres__adres?: string;
                /** @description Zoek betrokkene object op basis van het digitaaladres url */
                verstrektedigitaalAdres__url?: string;
                /** @description Zoek betrokkene object op basis van het digitaaladres uuid */
                verstrektedigitaalAdres__uuid?: string;
                /** @deprecated */
                wasPartij__nummer?: string;
                /** @description Zoek betrokkene object op basis van het partij identificator objecttype. */
                wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Zoek betrokkene object op basis van het partij identificator register. */
                wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Zoek betrokkene object op basis van het partij identificator soort object ID. */
                wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Zoek betrokkene object op basis van het partij identificator object ID. */
                wasPartij__partijIdentificator__objectId?: string;
                /** @description Zoek betrokkene object op basis van het partij url */
                wasPartij__url?: string;
                /** @description Zoek betrokkene object op basis van het partij uuid */
                wasPartij__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedExpandBetrokkeneList"];
                };
            };
        };
    };
    betrokkenenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Betrokkene"];
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
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
        };
    };
    betrokkenenRetrieve: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: "digitaleAdressen"[];
            };
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
                    "application/json": components["schemas"]["ExpandBetrokkene"];
                };
            };
        };
    };
    betrokkenenUpdate: {
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
                "application/json": components["schemas"]["Betrokkene"];
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
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
        };
    };
    betrokkenenDestroy: {
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
        };
    };
    betrokkenenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBetrokkene"];
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
                    "application/json": components["schemas"]["Betrokkene"];
                };
            };
        };
    };
    bijlagenList: {
        parameters: {
            query?: {
                /** @description Type van het object, bijvoorbeeld: 'DOCUMENT'. */
                bijlageidentificatorCodeObjecttype?: string;
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
                bijlageidentificatorCodeRegister?: string;
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
                bijlageidentificatorCodeSoortObjectId?: string;
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '9193b03f-93c2-4bfc-badf-b61494bd31d6'. */
                bijlageidentificatorObjectId?: string;
                /** @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact. */
                klantcontact__uuid?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
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
                    "application/json": components["schemas"]["PaginatedBijlageList"];
                };
            };
        };
    };
    bijlagenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Bijlage"];
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
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
        };
    };
    bijlagenRetrieve: {
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
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
        };
    };
    bijlagenUpdate: {
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
                "application/json": components["schemas"]["Bijlage"];
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
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
        };
    };
    bijlagenDestroy: {
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
        };
    };
    bijlagenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedBijlage"];
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
                    "application/json": components["schemas"]["Bijlage"];
                };
            };
        };
    };
    categorieRelatiesList: {
        parameters: {
            query?: {
                /** @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21 */
                beginDatum?: string;
                /** @description Zoek categorie relatie object op basis van de categorie naam. */
                categorie__naam?: string;
                /** @description Zoek categorie relatie object op basis van de categorie url. */
                categorie__url?: string;
                /** @description Zoek categorie relatie object op basis van de categorie uuid. */
                categorie__uuid?: string;
                /** @description Aanduiding van datum volgens de NEN-ISO 8601:2019-standaard. Een datum wordt genoteerd van het meest naar het minst significante onderdeel. Een voorbeeld: 2022-02-21 */
                eindDatum?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @deprecated */
                partij__nummer?: string;
                /** @description Zoek categorie relatie object op basis van de partij url. */
                partij__url?: string;
                /** @description Zoek categorie relatie object op basis van de partij uuid. */
                partij__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedCategorieRelatieList"];
                };
            };
        };
    };
    categorieRelatiesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CategorieRelatie"];
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
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
        };
    };
    categorieRelatiesRetrieve: {
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
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
        };
    };
    categorieRelatiesUpdate: {
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
                "application/json": components["schemas"]["CategorieRelatie"];
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
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
        };
    };
    categorieRelatiesDestroy: {
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
        };
    };
    categorieRelatiesPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorieRelatie"];
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
                    "application/json": components["schemas"]["CategorieRelatie"];
                };
            };
        };
    };
    categorieenList: {
        parameters: {
            query?: {
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
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
                    "application/json": components["schemas"]["PaginatedCategorieList"];
                };
            };
        };
    };
    categorieenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Categorie"];
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
                    "application/json": components["schemas"]["Categorie"];
                };
            };
        };
    };
    categorieenRetrieve: {
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
                    "application/json": components["schemas"]["Categorie"];
                };
            };
        };
    };
    categorieenUpdate: {
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
                "application/json": components["schemas"]["Categorie"];
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
                    "application/json": components["schemas"]["Categorie"];
                };
            };
        };
    };
    categorieenDestroy: {
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
        };
    };
    categorieenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedCategorie"];
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
                    "application/json": components["schemas"]["Categorie"];
                };
            };
        };
    };
    digitaleadressenList: {
        parameters: {
            query?: {
                /** @description Zoek digitaal adres(sen) object(en) op basis van adres dat exact gelijk moet zijn aan deze waarde. */
                adres?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van adres die de opgegeven waarden bevat. */
                adres__icontains?: string;
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
                /** @description Zoek digitaal adres(sen) object(en) op basis dat het een geverifieerd adres is of niet. */
                isGeverifieerd?: boolean;
                /** @description Zoek digitaal adres(sen) object(en) op basis dat het een standaard adres is of niet. */
                isStandaardAdres?: boolean;
                /** @description Zoek digitaal adres(sen) object(en) op basis van omschijving die de opgegeven waarden bevat. */
                omschrijving?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Filter op exacte referentiewaarde. */
                referentie?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van het soort digitaal adres dat exact gelijk moet zijn aan deze waarde. */
                soortDigitaalAdres?: "email" | "overig" | "telefoonnummer";
                /** @description Datum waarop het digitaal adres is geverifieerd. */
                verificatieDatum?: string;
                /** @description Datum waarop het digitaal adres is geverifieerd. */
                verificatieDatum__gt?: string;
                /** @description Datum waarop het digitaal adres is geverifieerd. */
                verificatieDatum__gte?: string;
                /** @description Datum waarop het digitaal adres is geverifieerd. */
                verificatieDatum__lt?: string;
                /** @description Datum waarop het digitaal adres is geverifieerd. */
                verificatieDatum__lte?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van de betrokkene rol. */
                verstrektDoorBetrokkene__rol?: "klant" | "vertegenwoordiger";
                /** @description Zoek digitaal adres(sen) object(en) op basis van de betrokkene url. */
                verstrektDoorBetrokkene__url?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van de betrokkene uuid. */
                verstrektDoorBetrokkene__uuid?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van het partij identificator objecttype. */
                verstrektDoorPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van het partij identificator register. */
                verstrektDoorPartij__partijIdentificator__codeRegister?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van het partij identificator soort object ID. */
                verstrektDoorPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van het partij identificator object ID. */
                verstrektDoorPartij__partijIdentificator__objectId?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van de partij soort. */
                verstrektDoorPartij__soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Zoek digitaal adres(sen) object(en) op basis van de partij url. */
                verstrektDoorPartij__url?: string;
                /** @description Zoek digitaal adres(sen) object(en) op basis van de partij uuid. */
                verstrektDoorPartij__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedExpandDigitaalAdresList"];
                };
            };
        };
    };
    digitaleadressenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitaalAdres"];
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
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
        };
    };
    digitaleadressenRetrieve: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("verstrektDoorBetrokkene" | "verstrektDoorBetrokkene.hadKlantcontact" | "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken")[];
            };
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
                    "application/json": components["schemas"]["ExpandDigitaalAdres"];
                };
            };
        };
    };
    digitaleadressenUpdate: {
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
                "application/json": components["schemas"]["DigitaalAdres"];
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
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
        };
    };
    digitaleadressenDestroy: {
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
        };
    };
    digitaleadressenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedDigitaalAdres"];
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
                    "application/json": components["schemas"]["DigitaalAdres"];
                };
            };
        };
    };
    internetakenList: {
        parameters: {
            query?: {
                /** @description Zoek internetaak object op basis van het aanleidingevende klantcontact url. */
                aanleidinggevendKlantcontact__url?: string;
                /** @description Zoek internetaak object op basis van het aanleidingevende klantcontact uuid. */
                aanleidinggevendKlantcontact__uuid?: string;
                /** @description Naam van de actor. */
                actoren__naam?: string;
                /** @deprecated */
                klantcontact__nummer?: string;
                /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden. */
                klantcontact__referentienummer?: string;
                /** @description Unieke (technische) identificatiecode van de betrokkene bij klantcontact. */
                klantcontact__uuid?: string;
                /** @deprecated */
                nummer?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om de specifieke interne taak aan te duiden. */
                referentienummer?: string;
                /** @description Aanduiding van de vordering bij afhandeling van de interne taak. */
                status?: "te_verwerken" | "verwerkt";
                /** @description Zoek internetaak object op basis van het toegewezen actor url. */
                toegewezenAanActor__url?: string;
                /** @description Zoek internetaak object op basis van het toegewezen actor uuid. */
                toegewezenAanActor__uuid?: string;
                /** @description Datum en tijdstip waarop de interne taak aan een actor werd toegewezen. */
                toegewezenOp?: string;
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
                    "application/json": components["schemas"]["PaginatedInterneTaakList"];
                };
            };
        };
    };
    internetakenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterneTaak"];
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
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
        };
    };
    internetakenRetrieve: {
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
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
        };
    };
    internetakenUpdate: {
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
                "application/json": components["schemas"]["InterneTaak"];
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
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
        };
    };
    internetakenDestroy: {
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
        };
    };
    internetakenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedInterneTaak"];
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
                    "application/json": components["schemas"]["InterneTaak"];
                };
            };
        };
    };
    klantcontactenList: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
                /** @description Zoek klantcontact object op basis van (een deel van) het digitale adres van de betrokkene (niet hoofdlettergevoelig). */
                hadBetrokkene__digitaaladres__adres__icontains?: string;
                /** @description Zoek klantcontact object op basis van het betrokkene url. */
                hadBetrokkene__url?: string;
                /** @description Zoek klantcontact object op basis van het betrokkene uuid. */
                hadBetrokkene__uuid?: string;
                /** @description Filter op betrokkenen die wel/niet een partij zijn. */
                hadBetrokkene__wasPartij?: boolean;
                /** @description Zoek klantcontact object op basis van het partij identificator objecttype. */
                hadBetrokkene__wasPartij__partijIdentificator__codeObjecttype?: string;
                /** @description Zoek klantcontact object op basis van het partij identificator register. */
                hadBetrokkene__wasPartij__partijIdentificator__codeRegister?: string;
                /** @description Zoek klantcontact object op basis van het partij identificator soort object ID. */
                hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId?: string;
                /** @description Zoek klantcontact object op basis van het partij identificator object ID. */
                hadBetrokkene__wasPartij__partijIdentificator__objectId?: string;
                /** @description Zoek klantcontact object op basis van de partij url. */
                hadBetrokkene__wasPartij__url?: string;
                /** @description Zoek klantcontact object op basis van de partij uuid. */
                hadBetrokkene__wasPartij__uuid?: string;
                /** @description Geeft, indien bekend, aan of de poging contact tussen de gemeente en inwoner(s) of organisatie(s) tot stand te brengen succesvol was. */
                indicatieContactGelukt?: boolean;
                /** @description Zoek klantcontacten met specifieke tekst in inhoud. */
                inhoud?: string;
                /** @description Communicatiekanaal dat bij het klantcontact werd gebruikt. */
                kanaal?: string;
                /** @description Filter op klantcontacten die wel/niet hebben geleid tot interne taken. */
                leiddeTotInterneTaken?: boolean;
                /** @deprecated */
                nummer?: string;
                /** @description Zoek klantcontacten met specifieke tekst in onderwerp. */
                onderwerp?: string;
                /** @description Type van het object, bijvoorbeeld: 'zaak'. */
                onderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
                onderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
                onderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '095be615-a8ad-4c33-8e9c-c7612fbf6c9f'. */
                onderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Zoek klantcontact object op basis van het onderwerpobject url. */
                onderwerpobject__url?: string;
                /** @description Unieke (technische) identificatiecode van het onderwerpdeel. */
                onderwerpobject__uuid?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Datum en tijdstip waarop het klantontact plaatsvond. Als het klantcontact een gesprek betrof, is dit het moment waarop het gesprek begon. Als het klantcontact verzending of ontvangst van informatie betrof, is dit bij benadering het moment waarop informatie door gemeente verzonden of ontvangen werd. */
                plaatsgevondenOp?: string;
                /** @description Zoek klantcontacten met specifieke tekst in reactie. */
                reactie?: string;
                /** @description Uniek identificerend referentienummer dat tijdens communicatie tussen mensen kan worden gebruikt om het specifieke klantcontact aan te duiden. */
                referentienummer?: string;
                /** @description Geeft aan of onderwerp, inhoud en kenmerken van het klantcontact vertrouwelijk moeten worden behandeld. */
                vertrouwelijk?: boolean;
                /** @description Type van het object, bijvoorbeeld: 'zaak'. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
                wasOnderwerpobject__onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '095be615-a8ad-4c33-8e9c-c7612fbf6c9f'. */
                wasOnderwerpobject__onderwerpobjectidentificatorObjectId?: string;
                /** @description Zoek was klantcontact object op basis van het onderwerpobject url. */
                wasOnderwerpobject__url?: string;
                /** @description Unieke (technische) identificatiecode van het onderwerpdeel. */
                wasOnderwerpobject__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedExpandKlantcontactList"];
                };
            };
        };
    };
    klantcontactenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Klantcontact"];
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
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
        };
    };
    klantcontactenRetrieve: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("gingOverOnderwerpobjecten" | "hadBetrokkenen" | "hadBetrokkenen.digitaleAdressen" | "hadBetrokkenen.wasPartij" | "leiddeTotInterneTaken" | "omvatteBijlagen")[];
            };
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
                    "application/json": components["schemas"]["ExpandKlantcontact"];
                };
            };
        };
    };
    klantcontactenUpdate: {
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
                "application/json": components["schemas"]["Klantcontact"];
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
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
        };
    };
    klantcontactenDestroy: {
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
        };
    };
    klantcontactenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedKlantcontact"];
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
                    "application/json": components["schemas"]["Klantcontact"];
                };
            };
        };
    };
    maakKlantcontactCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MaakKlantcontact"];
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
                    "application/json": components["schemas"]["MaakKlantcontact"];
                };
            };
        };
    };
    onderwerpobjectenList: {
        parameters: {
            query?: {
                /** @description Zoek onderwerpobject op basis van het klantcontact url */
                klantcontact__url?: string;
                /** @description Zoek onderwerpobject object op basis van het klantcontact uuid */
                klantcontact__uuid?: string;
                /** @description Type van het object, bijvoorbeeld: 'zaak'. */
                onderwerpobjectidentificatorCodeObjecttype?: string;
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'open-zaak'. */
                onderwerpobjectidentificatorCodeRegister?: string;
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'uuid'. */
                onderwerpobjectidentificatorCodeSoortObjectId?: string;
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '095be615-a8ad-4c33-8e9c-c7612fbf6c9f'. */
                onderwerpobjectidentificatorObjectId?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Zoek onderwerpobject op basis van het was_klantcontact url */
                wasKlantcontact__url?: string;
                /** @description Zoek onderwerpobject object op basis van het was_klantcontact uuid */
                wasKlantcontact__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedOnderwerpobjectList"];
                };
            };
        };
    };
    onderwerpobjectenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Onderwerpobject"];
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
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
        };
    };
    onderwerpobjectenRetrieve: {
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
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
        };
    };
    onderwerpobjectenUpdate: {
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
                "application/json": components["schemas"]["Onderwerpobject"];
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
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
        };
    };
    onderwerpobjectenDestroy: {
        parameters: {
            query?: {
                /** @description Als `true`, worden gerelateerde Klantcontacten en DigitaalAdressen verwijderd indien ze niet door andere Onderwerpobjecten worden gebruikt. */
                cascade?: boolean;
            };
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Onderwerpobject verwijderd met cascade=true. `behouden` bevat resterende Klantcontact URLs. */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnderwerpobjectDeleteResponse"];
                };
            };
            /** @description Onderwerpobject succesvol verwijderd (zonder cascade). */
            204: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onderwerpobjectenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedOnderwerpobject"];
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
                    "application/json": components["schemas"]["Onderwerpobject"];
                };
            };
        };
    };
    partijIdentificatorenList: {
        parameters: {
            query?: {
                /** @deprecated */
                anderePartijIdentificator?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Type van het object, bijvoorbeeld: 'natuurlijk_persoon'. */
                partijIdentificatorCodeObjecttype?: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
                /** @description Binnen het landschap van registers unieke omschrijving van het register waarin het object is geregistreerd, bijvoorbeeld: 'BRP'. */
                partijIdentificatorCodeRegister?: "brp" | "hr";
                /** @description Naam van de eigenschap die het object identificeert, bijvoorbeeld: 'bsn'. */
                partijIdentificatorCodeSoortObjectId?: "bsn" | "kvk_nummer" | "rsin" | "vestigingsnummer";
                /** @description Waarde van de eigenschap die het object identificeert, bijvoorbeeld: '123456788'. */
                partijIdentificatorObjectId?: string;
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
                    "application/json": components["schemas"]["PaginatedPartijIdentificatorList"];
                };
            };
        };
    };
    partijIdentificatorenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartijIdentificator"];
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
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
        };
    };
    partijIdentificatorenRetrieve: {
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
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
        };
    };
    partijIdentificatorenUpdate: {
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
                "application/json": components["schemas"]["PartijIdentificator"];
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
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
        };
    };
    partijIdentificatorenDestroy: {
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
        };
    };
    partijIdentificatorenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartijIdentificator"];
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
                    "application/json": components["schemas"]["PartijIdentificator"];
                };
            };
        };
    };
    partijenList: {
        parameters: {
            query?: {
                /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                bezoekadresAdresregel1?: string;
                /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                bezoekadresAdresregel2?: string;
                /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                bezoekadresAdresregel3?: string;
                /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
                bezoekadresLand?: string;
                /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
                bezoekadresNummeraanduidingId?: string;
                /** @description Zoek partij object op basis van categorie namen. */
                categorierelatie__categorie__naam?: string;
                /** @description Eerste deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                correspondentieadresAdresregel1?: string;
                /** @description Tweede deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                correspondentieadresAdresregel2?: string;
                /** @description Derde deel van het adres dat niet voorkomt in de Basisregistratie Adressen en Gebouwen. */
                correspondentieadresAdresregel3?: string;
                /** @description ISO 3166-code die het land (buiten Nederland) aangeeft alwaar de ingeschrevene verblijft. */
                correspondentieadresLand?: string;
                /** @description Identificatie van het adres bij de Basisregistratie Adressen en Gebouwen. */
                correspondentieadresNummeraanduidingId?: string;
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
                /** @description Geeft aan of de contactgegevens van de partij nog gebruikt morgen worden om contact op te nemen. Gegevens van niet-actieve partijen mogen hiervoor niet worden gebruikt. */
                indicatieActief?: boolean;
                /** @description Geeft aan of de verstrekker van partijgegevens heeft aangegeven dat deze gegevens als geheim beschouwd moeten worden. Als dit niet aangegeven is dan wordt dit ingevuld als `null`. */
                indicatieGeheimhouding?: boolean;
                /** @deprecated */
                nummer?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Zoek partij object op basis van het partij identificator objecttype. */
                partijIdentificator__codeObjecttype?: string;
                /** @description Zoek partij object op basis van het partij identificator register. */
                partijIdentificator__codeRegister?: string;
                /** @description Zoek partij object op basis van het partij identificator soort object ID. */
                partijIdentificator__codeSoortObjectId?: string;
                /** @description Zoek partij object op basis van het partij identificator object ID. */
                partijIdentificator__objectId?: string;
                /** @description Geeft aan van welke specifieke soort partij sprake is. */
                soortPartij?: "contactpersoon" | "organisatie" | "persoon";
                /** @description Zoek partij object op basis van het ``subIdentificatorVan`` objecttype. Deze parameter kan gecombineerd worden met de ``partijIdentificator__`` parameters om een specifieke vestiging te vinden, door bij ``partijIdentificator__`` de vestigingspecifieke informatie mee te geven en bij ``subIdentificatorVan__`` de informatie van de rechtspersoon waaraan deze vestiging gekoppeld is. */
                subIdentificatorVan__codeObjecttype?: string;
                /** @description Zoek partij object op basis van het ``subIdentificatorVan`` register. Deze parameter kan gecombineerd worden met de ``partijIdentificator__`` parameters om een specifieke vestiging te vinden, door bij ``partijIdentificator__`` de vestigingspecifieke informatie mee te geven en bij ``subIdentificatorVan__`` de informatie van de rechtspersoon waaraan deze vestiging gekoppeld is. */
                subIdentificatorVan__codeRegister?: string;
                /** @description Zoek partij object op basis van het ``subIdentificatorVan`` soort object ID. Deze parameter kan gecombineerd worden met de ``partijIdentificator__`` parameters om een specifieke vestiging te vinden, door bij ``partijIdentificator__`` de vestigingspecifieke informatie mee te geven en bij ``subIdentificatorVan__`` de informatie van de rechtspersoon waaraan deze vestiging gekoppeld is. */
                subIdentificatorVan__codeSoortObjectId?: string;
                /** @description Zoek partij object op basis van het ``subIdentificatorVan`` object ID. Deze parameter kan gecombineerd worden met de ``partijIdentificator__`` parameters om een specifieke vestiging te vinden, door bij ``partijIdentificator__`` de vestigingspecifieke informatie mee te geven en bij ``subIdentificatorVan__`` de informatie van de rechtspersoon waaraan deze vestiging gekoppeld is. */
                subIdentificatorVan__objectId?: string;
                /** @description Zoek partij object op basis van het vertegenwoordigde partij url. */
                vertegenwoordigdePartij__url?: string;
                /** @description Zoek partij object op basis van het vertegenwoordigde partij uuid. */
                vertegenwoordigdePartij__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedExpandPartijList"];
                };
            };
        };
    };
    partijenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Partij"];
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
                    "application/json": components["schemas"]["Partij"];
                };
            };
        };
    };
    partijenRetrieve: {
        parameters: {
            query?: {
                /** @description Sluit de gespecifieerde gerelateerde resources in in het antwoord. */
                expand?: ("betrokkenen" | "betrokkenen.hadKlantcontact" | "categorieRelaties" | "digitaleAdressen")[];
            };
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
                    "application/json": components["schemas"]["ExpandPartij"];
                };
            };
        };
    };
    partijenUpdate: {
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
                "application/json": components["schemas"]["Partij"];
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
                    "application/json": components["schemas"]["Partij"];
                };
            };
        };
    };
    partijenDestroy: {
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
        };
    };
    partijenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedPartij"];
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
                    "application/json": components["schemas"]["Partij"];
                };
            };
        };
    };
    rekeningnummersList: {
        parameters: {
            query?: {
                /** @description De unieke code van de bankinstelling waar het SUBJECT het bankrekeningnummer heeft waarmee het subject in de regel internationaal financieel communiceert. */
                bic?: string;
                /** @description Het internationaal bankrekeningnummer, zoals dat door een bankinstelling als identificator aan een overeenkomst tussen de bank en een of meer subjecten wordt toegekend, op basis waarvan het SUBJECT in de regel internationaal financieel communiceert. */
                iban?: string;
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Unieke (technische) identificatiecode van de interne taak. */
                uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedRekeningnummerList"];
                };
            };
        };
    };
    rekeningnummersCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Rekeningnummer"];
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
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
        };
    };
    rekeningnummersRetrieve: {
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
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
        };
    };
    rekeningnummersUpdate: {
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
                "application/json": components["schemas"]["Rekeningnummer"];
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
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
        };
    };
    rekeningnummersDestroy: {
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
        };
    };
    rekeningnummersPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedRekeningnummer"];
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
                    "application/json": components["schemas"]["Rekeningnummer"];
                };
            };
        };
    };
    vertegenwoordigingenList: {
        parameters: {
            query?: {
                /** @description Een pagina binnen de gepagineerde set resultaten. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Zoek Vertegenwoordigden object op basis van het vertegenwoordigde partij url. */
                vertegenwoordigdePartij__url?: string;
                /** @description Unieke (technische) identificatiecode van de partij. */
                vertegenwoordigdePartij__uuid?: string;
                /** @description Zoek Vertegenwoordigden object op basis van het vertegenwoordigende partij url. */
                vertegenwoordigendePartij__url?: string;
                /** @description Unieke (technische) identificatiecode van de partij. */
                vertegenwoordigendePartij__uuid?: string;
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
                    "application/json": components["schemas"]["PaginatedVertegenwoordigdenList"];
                };
            };
        };
    };
    vertegenwoordigingenCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Vertegenwoordigden"];
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
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
        };
    };
    vertegenwoordigingenRetrieve: {
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
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
        };
    };
    vertegenwoordigingenUpdate: {
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
                "application/json": components["schemas"]["Vertegenwoordigden"];
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
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
        };
    };
    vertegenwoordigingenDestroy: {
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
        };
    };
    vertegenwoordigingenPartialUpdate: {
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
                "application/json": components["schemas"]["PatchedVertegenwoordigden"];
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
                    "application/json": components["schemas"]["Vertegenwoordigden"];
                };
            };
        };
    };
}
