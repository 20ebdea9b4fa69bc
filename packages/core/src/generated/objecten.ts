/**
 * Objecten API 2.7.0 (Open Object 4.0): generated from specs/objecten/openapi.yaml by scripts/generate-types.mjs.
 * Do not edit by hand; run `npm run generate`.
 */

export interface paths {
    "/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve a list of OBJECTs and their actual RECORD. The actual record is defined as if the query parameter `date=<today>` was given. */
        get: operations["object_list"];
        put?: never;
        /** @description Create an OBJECT and its initial RECORD. */
        post: operations["object_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objects/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve a single OBJECT and its actual RECORD. The actual record is defined as if the query parameter `date=<today>` was given. */
        get: operations["object_read"];
        /** @description Update the OBJECT by creating a new RECORD with the updates values. */
        put: operations["object_update"];
        post?: never;
        /** @description Delete an OBJECT and all RECORDs belonging to it. */
        delete: operations["object_delete"];
        options?: never;
        head?: never;
        /** @description Update the OBJECT by creating a new RECORD with the updates values. The provided `record.data` value will be merged recursively with the existing record data. */
        patch: operations["object_partial_update"];
        trace?: never;
    };
    "/objects/{uuid}/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve the specified OBJECT given an UUID and INDEX. */
        get: operations["object_history_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objects/{uuid}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve all RECORDs of an OBJECT. */
        get: operations["object_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objects/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Perform a (geo) search on OBJECTs. */
        post: operations["object_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objecttypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["objecttype_list"];
        put?: never;
        post: operations["objecttype_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objecttypes/{objecttype_uuid}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve all versions of an OBJECTTYPE */
        get: operations["objecttypeversion_list"];
        put?: never;
        /** @description Create an OBJECTTYPE with the given version. */
        post: operations["objecttypeversion_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objecttypes/{objecttype_uuid}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve an OBJECTTYPE with the given version. */
        get: operations["objecttypeversion_read"];
        /** @description Update an OBJECTTYPE with the given version. */
        put: operations["objecttypeversion_update"];
        post?: never;
        /** @description Destroy the given OBJECTTYPE. */
        delete: operations["objecttypeversion_delete"];
        options?: never;
        head?: never;
        /** @description Partially update an OBJECTTYPE with the given version. */
        patch: operations["objecttypeversion_partial_update"];
        trace?: never;
    };
    "/objecttypes/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["objecttype_read"];
        put: operations["objecttype_update"];
        post?: never;
        delete: operations["objecttype_delete"];
        options?: never;
        head?: never;
        patch: operations["objecttype_partial_update"];
        trace?: never;
    };
    "/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Retrieve a list of permissions available for the user */
        get: operations["permission_list"];
        put?: never;
        post?: never;
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
        BehoudenResponse: {
            /** @description Kept OBJECT URLs */
            behouden: string[];
        };
        /**
         * @description * `open` - Open
         *     * `intern` - Intern
         *     * `confidential` - Confidential
         *     * `strictly_confidential` - Strictly confidential
         * @enum {string}
         */
        DataClassificationEnum: "open" | "intern" | "confidential" | "strictly_confidential";
        /** GeoJSONGeometry */
        GeoJSONGeometry: components["schemas"]["Point"] | components["schemas"]["MultiPoint"] | components["schemas"]["LineString"] | components["schemas"]["MultiLineString"] | components["schemas"]["Polygon"] | components["schemas"]["MultiPolygon"] | components["schemas"]["GeometryCollection"];
        GeoWithin: {
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
        HistoryRecord: {
            /** @description Incremental index number of the object record. */
            readonly index?: number;
            /** @description Version of the OBJECTTYPE for data in the object record */
            typeVersion: number;
            /** @description Object data, based on OBJECTTYPE */
            data?: {
                [key: string]: unknown;
            };
            /** @description Point, linestring or polygon object which represents the coordinates of the object. Geometry can be added only if the related OBJECTTYPE allows this (`OBJECTTYPE.allowGeometry = true` or `OBJECTTYPE.allowGeometry` doesn't exist) */
            geometry?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /**
             * Format: date
             * @description Legal start date of the object record
             */
            startAt: string;
            /**
             * Format: date
             * @description Legal end date of the object record
             */
            readonly endAt?: string | null;
            /**
             * Format: date
             * @description The date when the record was registered in the system
             */
            readonly registrationAt?: string;
            /** @description Index of the record corrected by the current record */
            readonly correctionFor?: number;
            /** @description Index of the record, which corrects the current record */
            readonly correctedBy?: number;
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
        /**
         * @description * `read_only` - Read-only
         *     * `read_and_write` - Read and write
         * @enum {string}
         */
        ModeEnum: "read_only" | "read_and_write";
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
        /**
         * @description this mixin allows selecting fields for serializer in the query param
         *     It also supports nested fields.
         */
        Object: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description Unique identifier (UUID4)
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Url reference to OBJECTTYPE
             */
            type: string;
            /** @description State of the OBJECT at a certain time */
            record: components["schemas"]["ObjectRecord"];
        };
        ObjectRecord: {
            /** @description Incremental index number of the object record. */
            readonly index?: number;
            /** @description Version of the OBJECTTYPE for data in the object record */
            typeVersion: number;
            /** @description Object data, based on OBJECTTYPE */
            data?: {
                [key: string]: unknown;
            };
            /** @description Point, linestring or polygon object which represents the coordinates of the object. Geometry can be added only if the related OBJECTTYPE allows this (`OBJECTTYPE.allowGeometry = true` or `OBJECTTYPE.allowGeometry` doesn't exist) */
            geometry?: Omit<components["schemas"]["GeoJSONGeometry"], "type"> | null;
            /** @default [] */
            references?: components["schemas"]["Reference"][];
            /**
             * Format: date
             * @description Legal start date of the object record
             */
            startAt: string;
            /**
             * Format: date
             * @description Legal end date of the object record
             */
            readonly endAt?: string | null;
            /**
             * Format: date
             * @description The date when the record was registered in the system
             */
            readonly registrationAt?: string;
            /** @description Index of the record corrected by the current record */
            correctionFor?: number | null;
            /** @description Index of the record, which corrects the current record */
            readonly correctedBy?: number;
        };
        ObjectSearch: {
            geometry?: components["schemas"]["GeoWithin"];
        };
        ObjectType: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description Unique identifier (UUID4)
             */
            uuid?: string;
            /** @description Name of the object type */
            name: string;
            /** @description Plural name of the object type */
            namePlural: string;
            /** @description The description of the object type */
            description?: string;
            /**
             * @description Confidential level of the object type
             *
             *     * `open` - Open
             *     * `intern` - Intern
             *     * `confidential` - Confidential
             *     * `strictly_confidential` - Strictly confidential
             */
            dataClassification?: components["schemas"]["DataClassificationEnum"];
            /** @description Organization which is responsible for the object type */
            maintainerOrganization?: string;
            /** @description Business department which is responsible for the object type */
            maintainerDepartment?: string;
            /** @description Name of the person in the organization who can provide information about the object type */
            contactPerson?: string;
            /** @description Email of the person in the organization who can provide information about the object type */
            contactEmail?: string;
            /** @description Name of the system from which the object type originates */
            source?: string;
            /**
             * @description Indicates how often the object type is updated
             *
             *     * `real_time` - Real-time
             *     * `hourly` - Hourly
             *     * `daily` - Daily
             *     * `weekly` - Weekly
             *     * `monthly` - Monthly
             *     * `yearly` - Yearly
             *     * `unknown` - Unknown
             */
            updateFrequency?: components["schemas"]["UpdateFrequencyEnum"];
            /** @description Organization which is responsible for publication of the object type */
            providerOrganization?: string;
            /**
             * Format: uri
             * @description Link to the documentation for the object type
             */
            documentationUrl?: string;
            /** @description Key-value pairs of keywords related for the object type */
            labels?: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @description Date when the object type was created
             */
            readonly createdAt?: string;
            /**
             * Format: date
             * @description Last date when the object type was modified
             */
            readonly modifiedAt?: string;
            /** @description Shows whether the related objects can have geographic coordinates. If the value is 'false' the related objects are not allowed to have coordinates and the creation/update of objects with `geometry` property will raise an error */
            allowGeometry?: boolean;
            /** @description list of URLs for the OBJECTTYPE versions */
            readonly versions?: string[];
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
        ObjectTypeVersion: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /** @description Integer version of the OBJECTTYPE */
            readonly version?: number;
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly objectType?: string;
            /**
             * @description Status of the object type version
             *
             *     * `published` - Published
             *     * `draft` - Draft
             *     * `deprecated` - Deprecated
             */
            status?: components["schemas"]["StatusEnum"];
            /**
             * JSON schema
             * @description JSON schema for Object validation
             */
            jsonSchema?: {
                [key: string]: unknown;
            };
            /**
             * Format: date
             * @description Date when the version was created
             */
            readonly createdAt?: string;
            /**
             * Format: date
             * @description Last date when the version was modified
             */
            readonly modifiedAt?: string;
            /**
             * Published_at
             * Format: date
             * @description Date when the version was published
             */
            readonly publishedAt?: string | null;
        };
        PaginatedHistoryRecordList: {
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
            results: components["schemas"]["HistoryRecord"][];
        };
        PaginatedObjectList: {
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
            results: components["schemas"]["Object"][];
        };
        PaginatedObjectTypeList: {
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
            results: components["schemas"]["ObjectType"][];
        };
        PaginatedObjectTypeVersionList: {
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
            results: components["schemas"]["ObjectTypeVersion"][];
        };
        PaginatedPermissionList: {
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
            results: components["schemas"]["Permission"][];
        };
        /**
         * @description this mixin allows selecting fields for serializer in the query param
         *     It also supports nested fields.
         */
        PatchedObject: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description Unique identifier (UUID4)
             */
            uuid?: string;
            /**
             * Format: uri
             * @description Url reference to OBJECTTYPE
             */
            type?: string;
            /** @description State of the OBJECT at a certain time */
            record?: components["schemas"]["ObjectRecord"];
        };
        PatchedObjectType: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /**
             * Format: uuid
             * @description Unique identifier (UUID4)
             */
            uuid?: string;
            /** @description Name of the object type */
            name?: string;
            /** @description Plural name of the object type */
            namePlural?: string;
            /** @description The description of the object type */
            description?: string;
            /**
             * @description Confidential level of the object type
             *
             *     * `open` - Open
             *     * `intern` - Intern
             *     * `confidential` - Confidential
             *     * `strictly_confidential` - Strictly confidential
             */
            dataClassification?: components["schemas"]["DataClassificationEnum"];
            /** @description Organization which is responsible for the object type */
            maintainerOrganization?: string;
            /** @description Business department which is responsible for the object type */
            maintainerDepartment?: string;
            /** @description Name of the person in the organization who can provide information about the object type */
            contactPerson?: string;
            /** @description Email of the person in the organization who can provide information about the object type */
            contactEmail?: string;
            /** @description Name of the system from which the object type originates */
            source?: string;
            /**
             * @description Indicates how often the object type is updated
             *
             *     * `real_time` - Real-time
             *     * `hourly` - Hourly
             *     * `daily` - Daily
             *     * `weekly` - Weekly
             *     * `monthly` - Monthly
             *     * `yearly` - Yearly
             *     * `unknown` - Unknown
             */
            updateFrequency?: components["schemas"]["UpdateFrequencyEnum"];
            /** @description Organization which is responsible for publication of the object type */
            providerOrganization?: string;
            /**
             * Format: uri
             * @description Link to the documentation for the object type
             */
            documentationUrl?: string;
            /** @description Key-value pairs of keywords related for the object type */
            labels?: {
                [key: string]: string;
            };
            /**
             * Format: date
             * @description Date when the object type was created
             */
            readonly createdAt?: string;
            /**
             * Format: date
             * @description Last date when the object type was modified
             */
            readonly modifiedAt?: string;
            /** @description Shows whether the related objects can have geographic coordinates. If the value is 'false' the related objects are not allowed to have coordinates and the creation/update of objects with `geometry` property will raise an error */
            allowGeometry?: boolean;
            /** @description list of URLs for the OBJECTTYPE versions */
            readonly versions?: string[];
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
        PatchedObjectTypeVersion: {
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly url?: string;
            /** @description Integer version of the OBJECTTYPE */
            readonly version?: number;
            /**
             * Format: uri
             * @description URL reference to this object. This is the unique identification and location of this object.
             */
            readonly objectType?: string;
            /**
             * @description Status of the object type version
             *
             *     * `published` - Published
             *     * `draft` - Draft
             *     * `deprecated` - Deprecated
             */
            status?: components["schemas"]["StatusEnum"];
            /**
             * JSON schema
             * @description JSON schema for Object validation
             */
            jsonSchema?: {
                [key: string]: unknown;
            };
            /**
             * Format: date
             * @description Date when the version was created
             */
            readonly createdAt?: string;
            /**
             * Format: date
             * @description Last date when the version was modified
             */
            readonly modifiedAt?: string;
            /**
             * Published_at
             * Format: date
             * @description Date when the version was published
             */
            readonly publishedAt?: string | null;
        };
        Permission: {
            /**
             * Format: uri
             * @description Url reference to OBJECTTYPE
             */
            type: string;
            /**
             * @description Permission mode
             *
             *     * `read_only` - Read-only
             *     * `read_and_write` - Read and write
             */
            mode: components["schemas"]["ModeEnum"];
            /** @description Use field-based authorization */
            use_fields?: boolean;
            /**
             * Mode
             * @description Fields allowed for this token in relation to objecttype versions. Supports only first level of the `record.data` properties
             */
            fields?: {
                [key: string]: unknown;
            } | null;
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
        Reference: {
            type: components["schemas"]["ReferenceTypeEnum"];
            /** Format: uri */
            url: string;
        };
        /**
         * @description * `zaak` - Zaak
         * @enum {string}
         */
        ReferenceTypeEnum: "zaak";
        /**
         * @description * `published` - Published
         *     * `draft` - Draft
         *     * `deprecated` - Deprecated
         * @enum {string}
         */
        StatusEnum: "published" | "draft" | "deprecated";
        /**
         * @description * `real_time` - Real-time
         *     * `hourly` - Hourly
         *     * `daily` - Daily
         *     * `weekly` - Weekly
         *     * `monthly` - Monthly
         *     * `yearly` - Yearly
         *     * `unknown` - Unknown
         * @enum {string}
         */
        UpdateFrequencyEnum: "real_time" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "unknown";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    object_list: {
        parameters: {
            query?: {
                /**
                 * @description Only include objects that have attributes with certain values.
                 *
                 *     A valid parameter value has the form `key__operator__value`.
                 *     `key` is the attribute name, `operator` is the comparison operator to be used and `value` is the attribute value.
                 *     Note: Values can be string, numeric, or dates (ISO format; YYYY-MM-DD).
                 *
                 *     Valid operator values are:
                 *     * `exact` - equal to
                 *     * `gt` - greater than
                 *     * `gte` - greater than or equal to
                 *     * `lt` - lower than
                 *     * `lte` - lower than or equal to
                 *     * `icontains` - case-insensitive partial match
                 *     * `in` - in a list of values separated by `|`
                 *
                 *     `value` may not contain double underscore or comma characters.
                 *     `key` may not contain comma characters and includes double underscore only if it indicates nested attributes.
                 *
                 *
                 *
                 *     Example: in order to display only objects with `height` equal to 100, query `data_attr=height__exact__100`
                 *     should be used. If `height` is nested inside `dimensions` attribute, query should look like
                 *     `data_attr=dimensions__height__exact__100`
                 *
                 *     This filter is very similar to the old `data_attrs` filter, but it has two differences:
                 *
                 *     * `value` may contain commas
                 *     * only one filtering expression is allowed
                 *
                 *     If you want to use several filtering expressions, just use this `data_attr` several times in the query string.
                 *     Example: `data_attr=height__exact__100&data_attr=naam__icontains__boom`
                 */
                data_attr?: string;
                /**
                 * @deprecated
                 * @description **DEPRECATED: Use 'data_attr' instead**.
                 *     Only include objects that have attributes with certain values.
                 *     Data filtering expressions are comma-separated and are structured as follows:
                 *
                 *     A valid parameter value has the form `key__operator__value`.
                 *     `key` is the attribute name, `operator` is the comparison operator to be used and `value` is the attribute value.
                 *     Note: Values can be string, numeric, or dates (ISO format; YYYY-MM-DD).
                 *
                 *     Valid operator values are:
                 *     * `exact` - equal to
                 *     * `gt` - greater than
                 *     * `gte` - greater than or equal to
                 *     * `lt` - lower than
                 *     * `lte` - lower than or equal to
                 *     * `icontains` - case-insensitive partial match
                 *     * `in` - in a list of values separated by `|`
                 *
                 *     `value` may not contain double underscore or comma characters.
                 *     `key` may not contain comma characters and includes double underscore only if it indicates nested attributes.
                 *
                 *
                 *
                 *     Example: in order to display only objects with `height` equal to 100, query `data_attrs=height__exact__100`
                 *     should be used. If `height` is nested inside `dimensions` attribute, query should look like
                 *     `data_attrs=dimensions__height__exact__100`
                 *
                 *     `value` may not contain comma, since commas are used as separator between filtering expressions.
                 *     If you want to use commas in `value` you can use `data_attr` query parameter.
                 */
                data_attrs?: string;
                /** @description Search in all `data` values of string properties. */
                data_icontains?: string;
                /** @description Display record data for the specified material date, i.e. the specified date would be between `startAt` and `endAt` attributes. The default value is today */
                date?: string;
                /** @description Comma-separated fields, which should be displayed in the response. For example: 'url, uuid, record__geometry'. */
                fields?: string;
                /** @description Comma-separated fields, which are used to order results. For descending order use '-' as prefix. Nested fields are also supported. For example: '-record__data__length,record__index'. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
                /** @description Display record data for the specified registration date, i.e. the specified date would be between `registrationAt` attributes of different records */
                registrationDate?: string;
                /** @description Url reference to OBJECTTYPE */
                type?: string;
                /** @description Display record data for the specified type version */
                typeVersion?: number;
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description List of fields that are not allowed to display if the field-based authorization is turned on. The value has the following format: `objectType1:fieldA,fieldB; objectType2:fieldC,fieldD` */
                    "X-Unauthorized-Fields"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedObjectList"];
                };
            };
        };
    };
    object_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Object"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Object"];
                };
            };
        };
    };
    object_read: {
        parameters: {
            query?: {
                /** @description Comma-separated fields, which should be displayed in the response. For example: 'url, uuid, record__geometry'. */
                fields?: string;
            };
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    /** @description List of fields that are not allowed to display if the field-based authorization is turned on. The value has the following format: `objectType1:fieldA,fieldB; objectType2:fieldC,fieldD` */
                    "X-Unauthorized-Fields"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Object"];
                };
            };
        };
    };
    object_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Object"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Object"];
                };
            };
        };
    };
    object_delete: {
        parameters: {
            query?: {
                /** @description **Experimental** When destructing for archiving a ztc.ZAAK pass in the ZAAK URL that is being destroyed. If this OBJECT's current RECORD has other ZAAK references, then object destruction is cancelled and only this ZAAK URL is removed from the RECORD's references. */
                zaak?: string;
            };
            header?: never;
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OBJECT kept because it has multiple ZAKEN. Specified ZAAK parameter removed from RECORD. */
            200: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BehoudenResponse"];
                };
            };
            /** @description OBJECT and all its RECORDs deleted. */
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
    object_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedObject"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Object"];
                };
            };
        };
    };
    object_history_detail: {
        parameters: {
            query?: never;
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
            };
            path: {
                index: number;
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryRecord"];
                };
            };
        };
    };
    object_history: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
            };
            header?: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
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
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedHistoryRecordList"];
                };
            };
        };
    };
    object_search: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
            };
            header: {
                /** @description The desired 'Coordinate Reference System' (CRS) of the response data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Accept-Crs"?: "EPSG:4326";
                /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                "Content-Crs": "EPSG:4326";
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ObjectSearch"] & {
                    /**
                     * Format: uri
                     * @description Url reference to OBJECTTYPE
                     */
                    type?: string;
                    /**
                     * @description **DEPRECATED: Use 'data_attr' instead**.
                     *     Only include objects that have attributes with certain values.
                     *     Data filtering expressions are comma-separated and are structured as follows:
                     *
                     *     A valid parameter value has the form `key__operator__value`.
                     *     `key` is the attribute name, `operator` is the comparison operator to be used and `value` is the attribute value.
                     *     Note: Values can be string, numeric, or dates (ISO format; YYYY-MM-DD).
                     *
                     *     Valid operator values are:
                     *     * `exact` - equal to
                     *     * `gt` - greater than
                     *     * `gte` - greater than or equal to
                     *     * `lt` - lower than
                     *     * `lte` - lower than or equal to
                     *     * `icontains` - case-insensitive partial match
                     *     * `in` - in a list of values separated by `|`
                     *
                     *     `value` may not contain double underscore or comma characters.
                     *     `key` may not contain comma characters and includes double underscore only if it indicates nested attributes.
                     *
                     *
                     *
                     *     Example: in order to display only objects with `height` equal to 100, query `data_attrs=height__exact__100`
                     *     should be used. If `height` is nested inside `dimensions` attribute, query should look like
                     *     `data_attrs=dimensions__height__exact__100`
                     *
                     *     `value` may not contain comma, since commas are used as separator between filtering expressions.
                     *     If you want to use commas in `value` you can use `data_attr` query parameter.
                     */
                    data_attrs?: string;
                    /**
                     * @description Only include objects that have attributes with certain values.
                     *
                     *     A valid parameter value has the form `key__operator__value`.
                     *     `key` is the attribute name, `operator` is the comparison operator to be used and `value` is the attribute value.
                     *     Note: Values can be string, numeric, or dates (ISO format; YYYY-MM-DD).
                     *
                     *     Valid operator values are:
                     *     * `exact` - equal to
                     *     * `gt` - greater than
                     *     * `gte` - greater than or equal to
                     *     * `lt` - lower than
                     *     * `lte` - lower than or equal to
                     *     * `icontains` - case-insensitive partial match
                     *     * `in` - in a list of values separated by `|`
                     *
                     *     `value` may not contain double underscore or comma characters.
                     *     `key` may not contain comma characters and includes double underscore only if it indicates nested attributes.
                     *
                     *
                     *
                     *     Example: in order to display only objects with `height` equal to 100, query `data_attr=height__exact__100`
                     *     should be used. If `height` is nested inside `dimensions` attribute, query should look like
                     *     `data_attr=dimensions__height__exact__100`
                     *
                     *     This filter is very similar to the old `data_attrs` filter, but it has two differences:
                     *
                     *     * `value` may contain commas
                     *     * only one filtering expression is allowed
                     *
                     *     If you want to use several filtering expressions, just use this `data_attr` several times in the query string.
                     *     Example: `data_attr=height__exact__100&data_attr=naam__icontains__boom`
                     */
                    data_attr?: string;
                    /**
                     * Format: date
                     * @description Display record data for the specified material date, i.e. the specified date would be between `startAt` and `endAt` attributes. The default value is today
                     */
                    date?: string;
                    /**
                     * Format: date
                     * @description Display record data for the specified registration date, i.e. the specified date would be between `registrationAt` attributes of different records
                     */
                    registrationDate?: string;
                    /** @description Display record data for the specified type version */
                    typeVersion?: number;
                    /** @description Search in all `data` values of string properties. */
                    data_icontains?: string;
                    /** @description Comma-separated fields, which are used to order results. For descending order use '-' as prefix. Nested fields are also supported. For example: '-record__data__length,record__index'. */
                    ordering?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The 'Coordinate Reference System' (CRS) of the request data. According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84). */
                    "Content-Crs"?: "EPSG:4326";
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedObjectList"];
                };
            };
        };
    };
    objecttype_list: {
        parameters: {
            query?: {
                /**
                 * @description Confidential level of the object type
                 *
                 *     * `open` - Open
                 *     * `intern` - Intern
                 *     * `confidential` - Confidential
                 *     * `strictly_confidential` - Strictly confidential
                 */
                dataClassification?: "confidential" | "intern" | "open" | "strictly_confidential";
                /** @description A page number within the paginated result set. */
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedObjectTypeList"];
                };
            };
        };
    };
    objecttype_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectType"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectType"];
                };
            };
        };
    };
    objecttypeversion_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500). */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
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
                    "application/json": components["schemas"]["PaginatedObjectTypeVersionList"];
                };
            };
        };
    };
    objecttypeversion_create: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ObjectTypeVersion"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectTypeVersion"];
                };
            };
        };
    };
    objecttypeversion_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
                version: number;
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
                    "application/json": components["schemas"]["ObjectTypeVersion"];
                };
            };
        };
    };
    objecttypeversion_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ObjectTypeVersion"];
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
                    "application/json": components["schemas"]["ObjectTypeVersion"];
                };
            };
        };
    };
    objecttypeversion_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
                version: number;
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
    objecttypeversion_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                /** @description Unique identifier (UUID4) */
                objecttype_uuid: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedObjectTypeVersion"];
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
                    "application/json": components["schemas"]["ObjectTypeVersion"];
                };
            };
        };
    };
    objecttype_read: {
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
                    "application/json": components["schemas"]["ObjectType"];
                };
            };
        };
    };
    objecttype_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectType"];
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
                    "application/json": components["schemas"]["ObjectType"];
                };
            };
        };
    };
    objecttype_delete: {
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
    objecttype_partial_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Content type of the request body. */
                "Content-Type": "application/json";
            };
            path: {
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedObjectType"];
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
                    "application/json": components["schemas"]["ObjectType"];
                };
            };
        };
    };
    permission_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
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
            /** @description OK */
            200: {
                headers: {
                    /** @description Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1. */
                    "API-version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPermissionList"];
                };
            };
        };
    };
}
