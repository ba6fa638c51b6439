/**
 * Types of the Customer Data API, generated from openapi.json by openapi-typescript.
 * Do not edit: run `npm run client:generate` (after `npm run openapi`) instead.
 */

export interface paths {
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the bearer token says you are, and your roles.
         * @description The token’s subject (`sub`) and the roles the API reads from it: a way to check a token before using it.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Channels, ordered by id.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a channel.
         * @description The id is the client’s own: 201 when it is new, 200 when this replaced it. Repeating the call leaves the same state.
         */
        put: operations["putChannel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Creatives (treatments), ordered by id.
         * @description `offerId` and `channelId` filter (together: both must match). Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listCreatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/creatives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a creative (treatment).
         * @description Its offer and channel must exist (else 422). The id is the client’s own: 201 when it is new, 200 when this replaced it. Repeating the call leaves the same state.
         */
        put: operations["putCreative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase all data of a customer (GDPR right to erasure).
         * @description Deletes the customer’s interaction history, interaction summaries, experiment assignments, impression records, schema-table records (`attributes`) and metric values in one transaction: all of it is gone, or none of it. Writes for the same customer that run concurrently land wholly before (and are erased) or wholly after. Idempotent: a customer with no data is 200 with all counts 0. Every call leaves a receipt without personal data (`GET /privacy/erasures`). This cannot be undone.
         */
        delete: operations["eraseCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer’s metric values (an empty map when there are none).
         * @description Every metric value the customer has, by metric name. A customer without any is not a 404: the map is empty.
         */
        get: operations["getCustomerMetrics"];
        /**
         * Set some of a customer’s metric values.
         * @description Merges 1–500 values into the customer’s metrics: the metrics named are set, the others keep their values (there is no way to clear one here; erasing the customer clears all). All or nothing: an unknown metric is a 422 naming `values.<name>`, and nothing is written. Replaying the same body gives the same state. Returns every metric value the customer has after the write.
         */
        put: operations["putCustomerMetrics"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/unified-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer’s 360-degree profile: attributes, interactions, metrics, segments, experiments.
         * @description The body has `customerId` and exactly the sections asked for in `sections` (attributes, interactions, metrics, segments, experiments; all of them when it is left out). A section asked for is always present, empty when the customer has nothing in it; a section not asked for is absent.
         *
         *     - `attributes`: the customer’s records from every schema table, merged into one object. When two tables have the same field, **the table created first wins** (the order of `GET /schema-tables`); a record that does not store the field leaves it to the next table, while a stored null wins like any value.
         *     - `interactions`: `totalCount`, all of the customer’s interactions ever, and the 10 newest (by timestamp, then by interaction id, both descending).
         *     - `metrics`: every metric value the customer has, by name.
         *     - `segments`: ids of the segments whose rule the customer satisfies now (evaluated against the attributes and metrics above, whether or not those are asked for), sorted.
         *     - `experiments`: the customer’s assignments, sorted by `experimentId`.
         *
         *     A customer with no data anywhere (no record, interaction, impression record, metric value or experiment assignment) is a 404, whatever the sections; one with data only outside the sections asked for gets them empty.
         */
        get: operations["getUnifiedProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Experiments, ordered by id.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listExperiments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace an experiment (an A/B test) and its variants.
         * @description Variants may be added or reordered freely. A variant may be removed (or renamed) only while no customer is assigned it; otherwise the request is a 409 naming it, and nothing changes.
         */
        put: operations["putExperiment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{id}/assignments/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a customer one of an experiment’s variants.
         * @description A customer has at most one variant per experiment. Assigning the variant the customer already has changes nothing (`assignedAt` stays); assigning another one moves `assignedAt` to now.
         */
        put: operations["putExperimentAssignment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a batch of 1–1000 served-offer impressions (for frequency capping), all or nothing.
         * @description Idempotent per customerId + id: items whose id the customer already has (or that repeat one earlier in the batch) are counted as `duplicates`, not stored again. Items of suppressed (erased) customers are counted as `suppressed`, not stored.
         */
        post: operations["ingestImpressions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interaction-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interactions matching the filters, newest first, with cursor pagination.
         * @description Filters combine with AND; `actionId` is an alias of `offerId` and `treatmentId` of `creativeId`. Rows are ordered by `timestamp`, then `id`, both descending (then `customerId`: ids are unique per customer only). Walking `nextCursor` returns every matching row exactly once, even while new interactions are written; a cursor only works with the filters it was made with. `total` is the exact number of matching rows across all pages.
         */
        get: operations["listInteractionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interaction-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interaction counts, click-through and conversion rates, grouped by action, treatment, channel or customer.
         * @description Counts the interactions with `timestamp > now − days × 24 h` per group; only groups with at least one interaction in the window appear. Rows are sorted by `total` descending, then by id ascending (byte order; `customerId` for customers), and cut at `limit`: `hasMore` says whether more groups exist.
         *
         *     `ctr` = click / impression × 100 and `cvr` = convert / impression × 100, rounded to 2 decimals (halves away from zero), 0 when there are no impressions. Customer rows carry counts and `uniqueActions` (distinct offers), as in the original specification.
         *
         *     Interactions recorded without a creative count for `action` and `customer`, but belong to no treatment and so to no channel: they are left out of `treatment` and `channel`. A channel row counts the interactions of the creatives currently on that channel.
         *
         *     The numbers are exact: an interaction counts as soon as its write has returned. `source` says how they were obtained: `materialized` (from the summary tables), `mixed` (the summary tables, and the interaction history for what they do not cover: interactions written since their last refresh, and those between the window's start and the next whole hour, or for `customer` the next whole day) or `live` (aggregated from the interaction history for this request: before the first refresh, when the summary tables are disabled, and for a `customer` window holding too few interactions for the summary tables to pay off). `refreshedAt` says when the summary tables used were last refreshed (null when none were).
         */
        get: operations["getInteractionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interaction-summary/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the materialized summary tables now.
         * @description Merges the interactions written since the last refresh into the summary tables, in one transaction, and returns what it did. The service also refreshes on its own every `SUMMARY_REFRESH_INTERVAL` seconds. Summaries are exact either way (interactions past the summary tables are counted from the raw history); a refresh makes them cheaper to answer. One refresh runs at a time across all instances: this call waits for a running one to finish, then refreshes.
         */
        post: operations["refreshInteractionSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a batch of 1–1000 interactions, all or nothing.
         * @description Idempotent per customerId + id: items whose id the customer already has (or that repeat one earlier in the batch) are counted as `duplicates`, not stored again. Items of suppressed (erased) customers are counted as `suppressed`, not stored. Customer summaries are updated in the same transaction.
         */
        post: operations["ingestInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metric definitions, ordered by name.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Define a metric: a named numeric value customers may have.
         * @description The name is 1–128 characters: letters, digits, _ - . : @.
         */
        put: operations["putMetric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offers (actions), ordered by id.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One offer (action).
         * @description The offer with this id, as its last `PUT` left it; 404 when there is none.
         */
        get: operations["getOffer"];
        /**
         * Create or replace an offer (action).
         * @description The id is the client’s own: 201 when it is new, 200 when this replaced it. Repeating the call leaves the same state.
         */
        put: operations["putOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Erasure receipts, newest first.
         * @description One receipt per erasure: a keyed hash of the customer id (never the id), the counts, whether it suppressed the customer, who asked and when. `customerId` answers "was this customer erased?": it is hashed and matched. Ordered by `requestedAt` desc, then `id` desc.
         */
        get: operations["listErasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/suppressions/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Lift the suppression of an erased customer.
         * @description After this, interactions and impressions for the customer are stored again. The suppression was made by `DELETE /customers/{id}?suppress=true`.
         */
        delete: operations["liftSuppression"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schema-tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Schema tables, oldest first (the order in which their fields win in the unified profile), then by name.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listSchemaTables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schema-tables/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Declare a schema table (a customer data table) and its typed fields.
         * @description The name is 1–63 characters: lower-case letters, digits and _, starting with a letter. Field types: string, number, boolean, timestamp.
         *
         *     Redeclaring a table may add fields and reorder them freely. A field may be removed, or given another type, only while no record holds a non-null value for it; otherwise the request is a 409 whose `errors` name each such field, and nothing changes. When a field is removed, records that held null for it lose the key.
         */
        put: operations["putSchemaTable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schema-tables/{name}/records/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer’s record in a schema table.
         * @description The record’s values by field name, as stored (timestamps as UTC with milliseconds); 404 when the table does not exist or the customer has no record in it.
         */
        get: operations["getSchemaRecord"];
        /**
         * Create or replace a customer’s record in a schema table.
         * @description The body maps declared field names to values of the declared type: strings (at most 10000 characters), finite numbers, booleans, or ISO 8601 date-times with an offset for timestamps (stored as UTC with milliseconds). null means "unknown"; fields left out are not stored. The record is replaced as a whole. An unknown field or a value of the wrong type is a 400 whose `errors` name each such field.
         */
        put: operations["putSchemaRecord"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Segments, ordered by id.
         * @description Pages of `limit` rows (1–1000, default 100): pass a page’s `nextCursor` back as `cursor` to get the next one; it is null on the last page. Walking the pages returns each row once.
         */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or replace a segment: a named rule over customers’ attributes and metrics.
         * @description The rule is checked when it is saved (400 naming each bad node, e.g. `rule.all.1.op`) and evaluated whenever a unified profile is read. Fields and metrics a rule names need not be declared yet: a customer without them simply does not match.
         */
        put: operations["putSegment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and readiness: the database answers and every migration is applied.
         * @description For load balancers and orchestrators: needs no token and is never rate-limited. 200 once the database answers and every migration is applied, 503 otherwise.
         */
        get: operations["getHealth"];
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
        ActionSummaryResponse: {
            /**
             * @description The grouping asked for; tells the row kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            groupBy: "action";
            /**
             * @description The window, in days.
             * @example 30
             */
            days: number;
            /** @description One row per offer (action). */
            summary: components["schemas"]["ActionSummaryRow"][];
            /**
             * @description True when more groups than `limit` had interactions in the window.
             * @example false
             */
            hasMore: boolean;
            /**
             * @description How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the interaction history now) or `mixed` (summary tables, and the history for what they do not cover yet). Exact either way.
             * @example live
             */
            source: components["schemas"]["InteractionSummarySource"];
            /**
             * Format: date-time
             * @description When the summary tables used were last refreshed; null when none were used.
             * @example null
             */
            refreshedAt: string | null;
        };
        ActionSummaryRow: {
            /**
             * @description Offer (action) id.
             * @example offer_001
             */
            id: string;
            /** @example Platinum Card */
            name: string;
            /** @example Credit Cards */
            issue: string;
            /** @example Premium */
            group: string;
            /** @example active */
            status: components["schemas"]["OfferStatus"];
            /** @example 90 */
            priority: number;
            /**
             * @description Impression interactions in the window.
             * @example 5200
             */
            impression: number;
            /**
             * @description Click interactions in the window.
             * @example 416
             */
            click: number;
            /**
             * @description Dismiss interactions in the window.
             * @example 312
             */
            dismiss: number;
            /**
             * @description Convert interactions in the window.
             * @example 52
             */
            convert: number;
            /**
             * @description All interactions in the window.
             * @example 5980
             */
            total: number;
            /**
             * @description Click-through rate: click / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 8
             */
            ctr: number;
            /**
             * @description Conversion rate: convert / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 1
             */
            cvr: number;
        };
        ChannelListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            data: components["schemas"]["ChannelResponse"][];
        };
        ChannelResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example ch_001 */
            id: string;
            /** @example Marketing Email */
            name: string;
        };
        ChannelSummaryResponse: {
            /**
             * @description The grouping asked for; tells the row kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            groupBy: "channel";
            /**
             * @description The window, in days.
             * @example 30
             */
            days: number;
            /** @description One row per channel, by each interaction’s creative; interactions without a creative are not in any. */
            summary: components["schemas"]["ChannelSummaryRow"][];
            /**
             * @description True when more groups than `limit` had interactions in the window.
             * @example false
             */
            hasMore: boolean;
            /**
             * @description How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the interaction history now) or `mixed` (summary tables, and the history for what they do not cover yet). Exact either way.
             * @example live
             */
            source: components["schemas"]["InteractionSummarySource"];
            /**
             * Format: date-time
             * @description When the summary tables used were last refreshed; null when none were used.
             * @example null
             */
            refreshedAt: string | null;
        };
        ChannelSummaryRow: {
            /**
             * @description Channel id.
             * @example ch_001
             */
            id: string;
            /** @example Marketing Email */
            name: string;
            /**
             * @description Impression interactions in the window.
             * @example 15600
             */
            impression: number;
            /**
             * @description Click interactions in the window.
             * @example 1248
             */
            click: number;
            /**
             * @description Dismiss interactions in the window.
             * @example 936
             */
            dismiss: number;
            /**
             * @description Convert interactions in the window.
             * @example 156
             */
            convert: number;
            /**
             * @description All interactions in the window.
             * @example 17940
             */
            total: number;
            /**
             * @description Click-through rate: click / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 8
             */
            ctr: number;
            /**
             * @description Conversion rate: convert / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 1
             */
            cvr: number;
        };
        CreativeListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            data: components["schemas"]["CreativeResponse"][];
        };
        CreativeResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example creative_001 */
            id: string;
            /** @example Email Hero */
            name: string;
            /** @example offer_001 */
            offerId: string;
            /** @example ch_001 */
            channelId: string;
        };
        CustomerMetricsResponse: {
            /** @example cust_001 */
            customerId: string;
            /**
             * @description Every metric value the customer has, by metric name; empty when none.
             * @example {
             *       "engagement_score": 0.82,
             *       "purchase_frequency_30d": 3
             *     }
             */
            values: {
                [key: string]: number;
            };
        };
        CustomerSummaryResponse: {
            /**
             * @description The grouping asked for; tells the row kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            groupBy: "customer";
            /**
             * @description The window, in days.
             * @example 30
             */
            days: number;
            /** @description One row per customer. */
            summary: components["schemas"]["CustomerSummaryRow"][];
            /**
             * @description True when more groups than `limit` had interactions in the window.
             * @example false
             */
            hasMore: boolean;
            /**
             * @description How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the interaction history now) or `mixed` (summary tables, and the history for what they do not cover yet). Exact either way.
             * @example live
             */
            source: components["schemas"]["InteractionSummarySource"];
            /**
             * Format: date-time
             * @description When the summary tables used were last refreshed; null when none were used.
             * @example null
             */
            refreshedAt: string | null;
        };
        CustomerSummaryRow: {
            /** @example CUST001 */
            customerId: string;
            /**
             * @description All interactions in the window.
             * @example 142
             */
            total: number;
            /**
             * @description Impression interactions in the window.
             * @example 80
             */
            impression: number;
            /**
             * @description Click interactions in the window.
             * @example 32
             */
            click: number;
            /**
             * @description Dismiss interactions in the window.
             * @example 20
             */
            dismiss: number;
            /**
             * @description Convert interactions in the window.
             * @example 10
             */
            convert: number;
            /**
             * @description Distinct offers interacted with in the window.
             * @example 8
             */
            uniqueActions: number;
        };
        EraseCustomerResponse: {
            /** @example true */
            success: boolean;
            /** @description Rows removed, per kind of data; all 0 when there were none. */
            deleted: components["schemas"]["ErasureCountsResponse"];
        };
        ErasureCountsResponse: {
            /**
             * @description Interaction history rows.
             * @example 142
             */
            interactionHistory: number;
            /**
             * @description Interaction summary rows (one per offer the customer interacted with).
             * @example 23
             */
            interactionSummary: number;
            /** @example 5 */
            experimentAssignments: number;
            /**
             * @description Impression records.
             * @example 67
             */
            impressions: number;
            /**
             * @description Schema-table records (one per table).
             * @example 2
             */
            attributes: number;
            /** @example 4 */
            metricValues: number;
        };
        ErasureReceiptListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            data: components["schemas"]["ErasureReceiptResponse"][];
        };
        ErasureReceiptResponse: {
            /**
             * Format: uuid
             * @example 0f9a7c1e-3b2d-4c8e-9a61-5d7e2f4b8c10
             */
            id: string;
            /**
             * @description HMAC-SHA256 of the customer id with a per-database key (64 hex characters); the id is not kept.
             * @example 9b74c9897bac770ffc029102a200c5de3f2b3c8e1b5a6d7c0e9f8a7b6c5d4e3f
             */
            customerHash: string;
            counts: components["schemas"]["ErasureCountsResponse"];
            /** @description Whether the erasure also suppressed the customer. */
            suppressed: boolean;
            /**
             * @description Subject (`sub`) of the token that asked.
             * @example admin@example.com
             */
            requestedBy: string;
            /**
             * Format: date-time
             * @description When the erasure was done.
             * @example 2026-03-15T10:30:00.000Z
             */
            requestedAt: string;
        };
        ExperimentAssignmentResponse: {
            /** @example exp_hero_2026 */
            experimentId: string;
            /** @example cust_001 */
            customerId: string;
            /** @example treatment */
            variant: string;
            /**
             * Format: date-time
             * @description When the customer got this variant; unchanged when the same variant is assigned again.
             * @example 2026-03-15T10:30:00.000Z
             */
            assignedAt: string;
        };
        ExperimentListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            /** @description Ordered by id. */
            data: components["schemas"]["ExperimentResponse"][];
        };
        ExperimentResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example exp_hero_2026 */
            id: string;
            /** @example Homepage hero test */
            name: string;
            /**
             * @example [
             *       "control",
             *       "treatment"
             *     ]
             */
            variants: string[];
        };
        FieldErrorResponse: {
            /**
             * @description Dotted path of the offending field, e.g. `interactions.3.offerId` or `rule.all.1.op`.
             * @example limit
             */
            field: string;
            /**
             * @description What is wrong with it.
             * @example limit must not be greater than 100
             */
            message: string;
        };
        HealthResponse: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
            /**
             * @description Each check and its state.
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "migrations": {
             *         "status": "up"
             *       }
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description The checks that are up (terminus’s `info`).
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "migrations": {
             *         "status": "up"
             *       }
             *     }
             */
            info: {
                [key: string]: unknown;
            };
            /**
             * @description The checks that are down: empty when the status is ok (terminus’s `error`).
             * @example {}
             */
            error: {
                [key: string]: unknown;
            };
            /** @description Only with DATABASE_REPLICA_URLS: each read replica, reported but not checked (one down or behind leaves the status ok; the reads routed to it fail or lag). */
            replicas?: components["schemas"]["ReplicaHealthResponse"][];
        };
        ImpressionItem: {
            /**
             * @description Client-chosen id, unique per customer. Sending the same customerId + id again is a no-op (counted as a duplicate), which makes retries safe. Omitted: the server makes one up.
             * @example ih_001
             */
            id?: string;
            /** @example CUST001 */
            customerId: string;
            /**
             * @description The offer (action); must exist.
             * @example offer_001
             */
            offerId: string;
            /**
             * @description The creative (treatment); must exist and belong to `offerId`.
             * @example creative_001
             */
            creativeId?: string;
            /**
             * Format: date-time
             * @description When the event happened: an ISO 8601 / RFC 3339 date-time with an offset (e.g. `2026-03-15T10:30:00.000Z`), not before 2000-01-01T00:00:00Z and at most 24 hours in the future. Defaults to the time of the request. Stored with millisecond precision.
             * @example 2026-03-15T10:30:00.000Z
             */
            timestamp?: string;
            /**
             * @description Where the offer was served.
             * @example homepage_hero
             */
            placement?: string;
        };
        IngestImpressionsRequest: {
            /** @description Stored all together or not at all: an unknown offer or creative anywhere rejects the whole batch. */
            impressions: components["schemas"]["ImpressionItem"][];
        };
        IngestInteractionsRequest: {
            /** @description Stored all together or not at all: an unknown offer or creative anywhere rejects the whole batch. */
            interactions: components["schemas"]["InteractionItem"][];
        };
        IngestResponse: {
            /**
             * @description Items stored by this request.
             * @example 998
             */
            accepted: number;
            /**
             * @description Items not stored because the customer already has an event with that id, or because the same customerId + id came earlier in this batch.
             * @example 2
             */
            duplicates: number;
            /**
             * @description Items skipped, not stored, because their customer was erased with `suppress=true`.
             * @example 0
             */
            suppressed: number;
        };
        InteractionHistoryChannel: {
            /** @example ch_001 */
            id: string;
            /** @example Marketing Email */
            name: string;
        };
        InteractionHistoryCreative: {
            /** @example creative_001 */
            id: string;
            /**
             * @description Null only if the creative is missing from the catalog (event rows carry no foreign keys).
             * @example Email Hero
             */
            name: string | null;
            /** @description Null only if the creative is missing from the catalog. */
            channel: components["schemas"]["InteractionHistoryChannel"] | null;
        };
        InteractionHistoryItem: {
            /** @example ih_001 */
            id: string;
            /** @example CUST001 */
            customerId: string;
            /** @example offer_001 */
            offerId: string;
            /**
             * @description Null when no creative was shown.
             * @example creative_001
             */
            creativeId: string | null;
            /** @example click */
            interactionType: components["schemas"]["InteractionType"];
            /**
             * Format: date-time
             * @description When the interaction happened: ISO 8601 UTC with milliseconds.
             * @example 2026-03-15T10:30:00.000Z
             */
            timestamp: string;
            offer: components["schemas"]["InteractionHistoryOffer"];
            /** @description Null when the interaction has no creative. */
            creative: components["schemas"]["InteractionHistoryCreative"] | null;
        };
        InteractionHistoryOffer: {
            /** @example offer_001 */
            id: string;
            /**
             * @description Null only if the offer is missing from the catalog (event rows carry no foreign keys).
             * @example Platinum Card
             */
            name: string | null;
        };
        InteractionHistoryResponse: {
            /** @description Newest first: by timestamp, then by id, descending (then by customerId: ids are unique per customer only). */
            data: components["schemas"]["InteractionHistoryItem"][];
            /**
             * @description How many interactions match the filters, across all pages (not just this one).
             * @example 142
             */
            total: number;
            /**
             * @description True when more rows follow this page.
             * @example true
             */
            hasMore: boolean;
            /**
             * @description Pass as `cursor`, with the same filters, for the next page; null on the last page. Rows written after the first page with newer timestamps do not appear in later pages; none is skipped or repeated.
             * @example eyJwIjp7InQiOiIyMDI2LTAzLTE1VDEwOjMwOjAwLjAwMDAwMFoiLCJpZCI6ImloXzAwMSIsImMiOiJDVVNUMDAxIn0sImYiOiJkdU9UaEJ0bm1rNTVGRFJadVdCUHh3In0.A5LQlm42rThG-9mAgL5G1QVitLJVDtc6X7mFZo_1UC8
             */
            nextCursor: string | null;
        };
        InteractionItem: {
            /**
             * @description Client-chosen id, unique per customer. Sending the same customerId + id again is a no-op (counted as a duplicate), which makes retries safe. Omitted: the server makes one up.
             * @example ih_001
             */
            id?: string;
            /** @example CUST001 */
            customerId: string;
            /**
             * @description The offer (action); must exist.
             * @example offer_001
             */
            offerId: string;
            /**
             * @description The creative (treatment); must exist and belong to `offerId`.
             * @example creative_001
             */
            creativeId?: string;
            /**
             * Format: date-time
             * @description When the event happened: an ISO 8601 / RFC 3339 date-time with an offset (e.g. `2026-03-15T10:30:00.000Z`), not before 2000-01-01T00:00:00Z and at most 24 hours in the future. Defaults to the time of the request. Stored with millisecond precision.
             * @example 2026-03-15T10:30:00.000Z
             */
            timestamp?: string;
            /** @example click */
            interactionType: components["schemas"]["InteractionType"];
        };
        /** @enum {string} */
        InteractionSummaryGroupBy: "action" | "treatment" | "channel" | "customer";
        /**
         * @description How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the interaction history now) or `mixed` (summary tables, and the history for what they do not cover yet). Exact either way.
         * @enum {string}
         */
        InteractionSummarySource: "materialized" | "live" | "mixed";
        /** @enum {string} */
        InteractionType: "impression" | "click" | "dismiss" | "convert";
        MetricListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            /** @description Ordered by name. */
            data: components["schemas"]["MetricResponse"][];
        };
        MetricResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example purchase_frequency_30d */
            name: string;
            /** @example Purchases in the last 30 days. */
            description: string;
        };
        OfferListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            data: components["schemas"]["OfferResponse"][];
        };
        OfferResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example offer_001 */
            id: string;
            /** @example Platinum Card */
            name: string;
            /** @example Credit Cards */
            issue: string;
            /** @example Premium */
            group: string;
            /** @example active */
            status: components["schemas"]["OfferStatus"];
            /** @example 90 */
            priority: number;
        };
        /** @enum {string} */
        OfferStatus: "active" | "inactive" | "draft";
        PrincipalResponse: {
            /**
             * @description The token subject (`sub`).
             * @example alice@example.com
             */
            subject: string;
            /**
             * @example [
             *       "editor"
             *     ]
             */
            roles: components["schemas"]["Role"][];
        };
        ProblemResponse: {
            /**
             * @description What kind of problem this is, as a URI: `urn:customer-data-api:problem:` followed by `validation` (400), `unauthorized` (401), `forbidden` (403), `not-found` (404), `conflict` (409), `payload-too-large` (413), `uri-too-long` (414), `unsupported-media-type` (415), `unprocessable` (422), `too-many-requests` (429), `internal` (500) or `unavailable` (503); `about:blank` for any other status.
             * @example urn:customer-data-api:problem:validation
             */
            type: string;
            /**
             * @description Short summary of the type; the same for every problem of it.
             * @example Invalid request
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong with this request, for people. Never a stack trace, SQL or an internal name.
             * @example limit: limit must not be greater than 100
             */
            detail: string;
            /**
             * @description The path of the request, without its query.
             * @example /api/v1/interaction-history
             */
            instance: string;
            /**
             * @description The request id, also sent as the `x-request-id` header; quote it when reporting a problem.
             * @example 8fe6b8d6-e7ee-44ba-b572-9a95683a378d
             */
            requestId: string;
            /** @description One entry per bad field: present for validation failures (400) and on 409 and 422 that name fields. */
            errors?: components["schemas"]["FieldErrorResponse"][];
        };
        ProfileExperimentResponse: {
            /** @example exp_hero_2026 */
            experimentId: string;
            /** @example treatment */
            variant: string;
            /**
             * Format: date-time
             * @description When the customer got this variant.
             * @example 2026-03-15T10:30:00.000Z
             */
            assignedAt: string;
        };
        ProfileInteractionResponse: {
            /**
             * @description The offer (action).
             * @example offer_001
             */
            offerId: string;
            /**
             * @description The creative (treatment); null when the interaction named none.
             * @example creative_001
             */
            creativeId: string | null;
            /** @example click */
            interactionType: components["schemas"]["InteractionType"];
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-03-15T10:30:00.000Z
             */
            timestamp: string;
        };
        ProfileInteractionsResponse: {
            /**
             * @description All of the customer’s interactions, ever (a replayed interaction id counts once).
             * @example 142
             */
            totalCount: number;
            /** @description The 10 newest, newest first (by timestamp, then by interaction id, both descending). */
            recentInteractions: components["schemas"]["ProfileInteractionResponse"][];
        };
        /** @enum {string} */
        ProfileSection: "attributes" | "interactions" | "metrics" | "segments" | "experiments";
        PutAssignmentRequest: {
            /**
             * @description One of the experiment’s variants.
             * @example treatment
             */
            variant: string;
        };
        PutChannelRequest: {
            /** @example Marketing Email */
            name: string;
        };
        PutCreativeRequest: {
            /** @example Email Hero */
            name: string;
            /**
             * @description The offer (action) this creative renders.
             * @example offer_001
             */
            offerId: string;
            /**
             * @description The channel it is shown on.
             * @example ch_001
             */
            channelId: string;
        };
        PutCustomerMetricsRequest: {
            /**
             * @description Metric name → finite number. Every metric must be defined (`PUT /metrics/{name}`).
             * @example {
             *       "purchase_frequency_30d": 3,
             *       "engagement_score": 0.82
             *     }
             */
            values: {
                [key: string]: number;
            };
        };
        PutExperimentRequest: {
            /** @example Homepage hero test */
            name: string;
            /**
             * @description Distinct variant names, 1–128 characters each.
             * @example [
             *       "control",
             *       "treatment"
             *     ]
             */
            variants: string[];
        };
        PutMetricRequest: {
            /** @example Purchases in the last 30 days. */
            description: string;
        };
        PutOfferRequest: {
            /** @example Platinum Card */
            name: string;
            /**
             * @description Top of the business hierarchy.
             * @example Credit Cards
             */
            issue: string;
            /**
             * @description Second level of the business hierarchy.
             * @example Premium
             */
            group: string;
            /** @example active */
            status: components["schemas"]["OfferStatus"];
            /** @example 90 */
            priority: number;
        };
        PutSchemaTableRequest: {
            /**
             * @description The table’s fields; names are unique (case-sensitive).
             * @example [
             *       {
             *         "name": "email",
             *         "type": "string"
             *       },
             *       {
             *         "name": "tier",
             *         "type": "string"
             *       },
             *       {
             *         "name": "lifetime_value",
             *         "type": "number"
             *       },
             *       {
             *         "name": "tenure_months",
             *         "type": "number"
             *       }
             *     ]
             */
            fields: components["schemas"]["SchemaFieldRequest"][];
        };
        PutSegmentRequest: {
            /** @example High value */
            name: string;
            /** @description The rule. */
            rule: components["schemas"]["SegmentRule"];
        };
        ReplicaHealthResponse: {
            /**
             * @description Its place in DATABASE_REPLICA_URLS, from 1.
             * @example 1
             */
            replica: number;
            /**
             * @description It answered within 2 s.
             * @example true
             */
            reachable: boolean;
            /**
             * @description Bytes of WAL written on the primary that the replica has not replayed yet (0: caught up); null when unknown (unreachable, primary not answering, or not a standby).
             * @example 0
             */
            replayLagBytes: number | null;
            /**
             * @description Seconds: 0 when caught up, otherwise the age of the last transaction it replayed, i.e. how stale the reads it serves can be; null when unknown.
             * @example 0
             */
            replayLagSeconds: number | null;
        };
        /** @enum {string} */
        Role: "admin" | "editor" | "viewer";
        SchemaFieldRequest: {
            /**
             * @description 1–63 characters: letters, digits and _, not starting with a digit
             * @example tier
             */
            name: string;
            /**
             * @description `timestamp` values are ISO 8601 date-times with an offset, stored as UTC with milliseconds.
             * @example string
             */
            type: components["schemas"]["SchemaFieldType"];
        };
        SchemaFieldResponse: {
            /** @example tier */
            name: string;
            /** @example string */
            type: components["schemas"]["SchemaFieldType"];
        };
        /**
         * @description `timestamp` values are ISO 8601 date-times with an offset, stored as UTC with milliseconds.
         * @enum {string}
         */
        SchemaFieldType: "string" | "number" | "boolean" | "timestamp";
        SchemaRecordResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example customers */
            tableName: string;
            /** @example cust_001 */
            customerId: string;
            /**
             * @description Field values as stored: timestamps as UTC ISO 8601 with milliseconds.
             * @example {
             *       "email": "ana@example.com",
             *       "tier": "gold",
             *       "lifetime_value": 12500,
             *       "tenure_months": 27
             *     }
             */
            data: {
                [key: string]: (string | null) | number | boolean;
            };
        };
        SchemaTableListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            /** @description Oldest table first, then by name. */
            data: components["schemas"]["SchemaTableResponse"][];
        };
        SchemaTableResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example customers */
            name: string;
            fields: components["schemas"]["SchemaFieldResponse"][];
        };
        /** @description Matches when every node in `all` matches. */
        SegmentAllGroup: {
            all: components["schemas"]["SegmentRuleNode"][];
        };
        /** @description Matches when at least one node in `any` matches. */
        SegmentAnyGroup: {
            any: components["schemas"]["SegmentRuleNode"][];
        };
        /** @description The field holds this value (`eq`), or a different value of the same type (`neq`). */
        SegmentEqualityCondition: {
            /**
             * @description `attributes.<field>` (a schema-table field) or `metrics.<metric>`.
             * @example attributes.tier
             */
            field: string;
            /** @enum {string} */
            op: "eq" | "neq";
            value: string | number | boolean;
        };
        /** @description The field has a value (`value` true, the default) or has none (false). */
        SegmentExistsCondition: {
            /**
             * @description `attributes.<field>` (a schema-table field) or `metrics.<metric>`.
             * @example attributes.tier
             */
            field: string;
            /** @enum {string} */
            op: "exists";
            /** @default true */
            value: boolean;
        };
        /** @description The field equals one of the values. */
        SegmentInCondition: {
            /**
             * @description `attributes.<field>` (a schema-table field) or `metrics.<metric>`.
             * @example attributes.tier
             */
            field: string;
            /** @enum {string} */
            op: "in";
            value: (string | number | boolean)[];
        };
        SegmentListResponse: {
            /** @description True when more rows follow this page. */
            hasMore: boolean;
            /** @description Pass as `cursor` to get the next page; null on the last. */
            nextCursor: string | null;
            /** @description Ordered by id. */
            data: components["schemas"]["SegmentResponse"][];
        };
        /** @description The field orders after (`gt`, `gte`) or before (`lt`, `lte`) the value: numbers numerically, strings by code unit. */
        SegmentOrderCondition: {
            /**
             * @description `attributes.<field>` (a schema-table field) or `metrics.<metric>`.
             * @example attributes.tier
             */
            field: string;
            /** @enum {string} */
            op: "gt" | "gte" | "lt" | "lte";
            value: string | number;
        };
        SegmentResponse: {
            /**
             * Format: date-time
             * @description When it was created.
             * @example 2026-03-15T10:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last written.
             * @example 2026-03-15T10:30:00.000Z
             */
            updatedAt: string;
            /** @example high_value */
            id: string;
            /** @example High value */
            name: string;
            /** @description The rule, as saved. */
            rule: components["schemas"]["SegmentRule"];
        };
        /**
         * @description A group, `{"all": [node, …]}` or `{"any": [node, …]}`, where a node is a group or a condition `{"field": "attributes.<field>" | "metrics.<metric>", "op": …, "value": …}`. Ops: eq, neq, gt, gte, lt, lte, in, exists. Groups are non-empty and nest at most 8 deep; a rule has at most 200 groups and conditions. `eq`/`neq` take a string, number or boolean; `gt`/`gte`/`lt`/`lte` a number or a string (strings compare by code unit, so timestamps written as `2026-03-15T10:30:00.000Z` compare chronologically); `in` a list of 1–1000 values; `exists` an optional boolean (default true). Metrics compare with numbers only. A missing (or null) field satisfies only `exists: false`: every other op, `neq` included, is false for it, as is any comparison of values of different types. A rule that does not parse is a 400 whose `errors` give the path of each bad node, e.g. `rule.all.1.op`.
         * @example {
         *       "all": [
         *         {
         *           "field": "attributes.lifetime_value",
         *           "op": "gte",
         *           "value": 10000
         *         },
         *         {
         *           "any": [
         *             {
         *               "field": "attributes.tier",
         *               "op": "in",
         *               "value": [
         *                 "gold",
         *                 "platinum"
         *               ]
         *             },
         *             {
         *               "field": "metrics.engagement_score",
         *               "op": "gt",
         *               "value": 0.7
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        SegmentRule: components["schemas"]["SegmentAllGroup"] | components["schemas"]["SegmentAnyGroup"];
        /** @description A nested group, or a condition. */
        SegmentRuleNode: components["schemas"]["SegmentAllGroup"] | components["schemas"]["SegmentAnyGroup"] | components["schemas"]["SegmentEqualityCondition"] | components["schemas"]["SegmentOrderCondition"] | components["schemas"]["SegmentInCondition"] | components["schemas"]["SegmentExistsCondition"];
        SummaryRefreshResponse: {
            /**
             * @description Interactions written since the previous refresh, now merged into the summary tables.
             * @example 18342
             */
            rowsProcessed: number;
            /**
             * @description How long the refresh took, in milliseconds, from `startedAt` to `finishedAt`.
             * @example 412
             */
            durationMs: number;
            /**
             * @description The new watermark: the summary tables now hold every interaction up to this position in write order. Interactions written later are counted from the raw history until the next refresh.
             * @example 10018342
             */
            watermark: number;
            /**
             * Format: date-time
             * @description When the watermark was taken: every interaction whose write had returned by then is in the summary tables. Summaries report it as `refreshedAt`.
             * @example 2026-03-15T10:00:00.123Z
             */
            refreshedAt: string;
            /**
             * Format: date-time
             * @description When this refresh obtained exclusive use of the summary tables (after waiting for any other refresh, on any instance, to finish).
             * @example 2026-03-15T10:00:00.101Z
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description When it had written everything, just before committing.
             * @example 2026-03-15T10:00:00.513Z
             */
            finishedAt: string;
        };
        TreatmentChannel: {
            /** @example ch_001 */
            id: string;
            /** @example Marketing Email */
            name: string;
        };
        TreatmentSummaryResponse: {
            /**
             * @description The grouping asked for; tells the row kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            groupBy: "treatment";
            /**
             * @description The window, in days.
             * @example 30
             */
            days: number;
            /** @description One row per creative (treatment); interactions recorded without a creative are not in any. */
            summary: components["schemas"]["TreatmentSummaryRow"][];
            /**
             * @description True when more groups than `limit` had interactions in the window.
             * @example false
             */
            hasMore: boolean;
            /**
             * @description How the numbers were obtained: `materialized` (summary tables), `live` (aggregated from the interaction history now) or `mixed` (summary tables, and the history for what they do not cover yet). Exact either way.
             * @example live
             */
            source: components["schemas"]["InteractionSummarySource"];
            /**
             * Format: date-time
             * @description When the summary tables used were last refreshed; null when none were used.
             * @example null
             */
            refreshedAt: string | null;
        };
        TreatmentSummaryRow: {
            /**
             * @description Creative (treatment) id.
             * @example creative_001
             */
            id: string;
            /** @example Email Hero */
            name: string;
            /**
             * @description The offer (action) the creative renders.
             * @example offer_001
             */
            offerId: string;
            /** @description The channel the creative is shown on. */
            channel: components["schemas"]["TreatmentChannel"];
            /**
             * @description Impression interactions in the window.
             * @example 2600
             */
            impression: number;
            /**
             * @description Click interactions in the window.
             * @example 208
             */
            click: number;
            /**
             * @description Dismiss interactions in the window.
             * @example 156
             */
            dismiss: number;
            /**
             * @description Convert interactions in the window.
             * @example 26
             */
            convert: number;
            /**
             * @description All interactions in the window.
             * @example 2990
             */
            total: number;
            /**
             * @description Click-through rate: click / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 8
             */
            ctr: number;
            /**
             * @description Conversion rate: convert / impression × 100, rounded to 2 decimals (halves away from zero); 0 when there are no impressions.
             * @example 1
             */
            cvr: number;
        };
        UnifiedProfileResponse: {
            /** @example CUST001 */
            customerId: string;
            /**
             * @description The customer’s records from every schema table, merged into one object of field → value (strings, numbers, booleans, timestamps as UTC ISO 8601 strings, or null where a record stores null). When two tables have the same field, the value of the table created first wins.
             * @example {
             *       "email": "john@example.com",
             *       "tier": "gold",
             *       "lifetime_value": 15200.5,
             *       "tenure_months": 36
             *     }
             */
            attributes?: {
                [key: string]: (string | null) | number | boolean;
            };
            interactions?: components["schemas"]["ProfileInteractionsResponse"];
            /**
             * @description Every metric value the customer has, by metric name.
             * @example {
             *       "purchase_frequency_30d": 4,
             *       "engagement_score": 78.5
             *     }
             */
            metrics?: {
                [key: string]: number;
            };
            /**
             * @description Ids of the segments whose rule the customer satisfies now, sorted.
             * @example [
             *       "active_buyer",
             *       "high_value"
             *     ]
             */
            segments?: string[];
            /** @description The customer’s experiment assignments, sorted by experimentId. */
            experiments?: components["schemas"]["ProfileExperimentResponse"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request’s id: the caller’s own `X-Request-Id` when it is 1–128 of `A-Z a-z 0-9 . _ : -`, else a new UUID. Problems repeat it as `requestId`; quote it when reporting one. */
        "X-Request-Id": string;
        /** @description Requests the caller may make per window of 60 s (`RATE_LIMIT_PER_MINUTE`). Absent when limiting is off. */
        "X-RateLimit-Limit": number;
        /** @description Requests the caller has left in the current window, after this one. */
        "X-RateLimit-Remaining": number;
        /** @description Whole seconds until the current window ends and the budget is full again. */
        "X-RateLimit-Reset": number;
        /** @description Whole seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type ActionSummaryResponse = components['schemas']['ActionSummaryResponse'];
export type ActionSummaryRow = components['schemas']['ActionSummaryRow'];
export type ChannelListResponse = components['schemas']['ChannelListResponse'];
export type ChannelResponse = components['schemas']['ChannelResponse'];
export type ChannelSummaryResponse = components['schemas']['ChannelSummaryResponse'];
export type ChannelSummaryRow = components['schemas']['ChannelSummaryRow'];
export type CreativeListResponse = components['schemas']['CreativeListResponse'];
export type CreativeResponse = components['schemas']['CreativeResponse'];
export type CustomerMetricsResponse = components['schemas']['CustomerMetricsResponse'];
export type CustomerSummaryResponse = components['schemas']['CustomerSummaryResponse'];
export type CustomerSummaryRow = components['schemas']['CustomerSummaryRow'];
export type EraseCustomerResponse = components['schemas']['EraseCustomerResponse'];
export type ErasureCountsResponse = components['schemas']['ErasureCountsResponse'];
export type ErasureReceiptListResponse = components['schemas']['ErasureReceiptListResponse'];
export type ErasureReceiptResponse = components['schemas']['ErasureReceiptResponse'];
export type ExperimentAssignmentResponse = components['schemas']['ExperimentAssignmentResponse'];
export type ExperimentListResponse = components['schemas']['ExperimentListResponse'];
export type ExperimentResponse = components['schemas']['ExperimentResponse'];
export type FieldErrorResponse = components['schemas']['FieldErrorResponse'];
export type HealthResponse = components['schemas']['HealthResponse'];
export type ImpressionItem = components['schemas']['ImpressionItem'];
export type IngestImpressionsRequest = components['schemas']['IngestImpressionsRequest'];
export type IngestInteractionsRequest = components['schemas']['IngestInteractionsRequest'];
export type IngestResponse = components['schemas']['IngestResponse'];
export type InteractionHistoryChannel = components['schemas']['InteractionHistoryChannel'];
export type InteractionHistoryCreative = components['schemas']['InteractionHistoryCreative'];
export type InteractionHistoryItem = components['schemas']['InteractionHistoryItem'];
export type InteractionHistoryOffer = components['schemas']['InteractionHistoryOffer'];
export type InteractionHistoryResponse = components['schemas']['InteractionHistoryResponse'];
export type InteractionItem = components['schemas']['InteractionItem'];
export type InteractionSummaryGroupBy = components['schemas']['InteractionSummaryGroupBy'];
export type InteractionSummarySource = components['schemas']['InteractionSummarySource'];
export type InteractionType = components['schemas']['InteractionType'];
export type MetricListResponse = components['schemas']['MetricListResponse'];
export type MetricResponse = components['schemas']['MetricResponse'];
export type OfferListResponse = components['schemas']['OfferListResponse'];
export type OfferResponse = components['schemas']['OfferResponse'];
export type OfferStatus = components['schemas']['OfferStatus'];
export type PrincipalResponse = components['schemas']['PrincipalResponse'];
export type ProblemResponse = components['schemas']['ProblemResponse'];
export type ProfileExperimentResponse = components['schemas']['ProfileExperimentResponse'];
export type ProfileInteractionResponse = components['schemas']['ProfileInteractionResponse'];
export type ProfileInteractionsResponse = components['schemas']['ProfileInteractionsResponse'];
export type ProfileSection = components['schemas']['ProfileSection'];
export type PutAssignmentRequest = components['schemas']['PutAssignmentRequest'];
export type PutChannelRequest = components['schemas']['PutChannelRequest'];
export type PutCreativeRequest = components['schemas']['PutCreativeRequest'];
export type PutCustomerMetricsRequest = components['schemas']['PutCustomerMetricsRequest'];
export type PutExperimentRequest = components['schemas']['PutExperimentRequest'];
export type PutMetricRequest = components['schemas']['PutMetricRequest'];
export type PutOfferRequest = components['schemas']['PutOfferRequest'];
export type PutSchemaTableRequest = components['schemas']['PutSchemaTableRequest'];
export type PutSegmentRequest = components['schemas']['PutSegmentRequest'];
export type ReplicaHealthResponse = components['schemas']['ReplicaHealthResponse'];
export type Role = components['schemas']['Role'];
export type SchemaFieldRequest = components['schemas']['SchemaFieldRequest'];
export type SchemaFieldResponse = components['schemas']['SchemaFieldResponse'];
export type SchemaFieldType = components['schemas']['SchemaFieldType'];
export type SchemaRecordResponse = components['schemas']['SchemaRecordResponse'];
export type SchemaTableListResponse = components['schemas']['SchemaTableListResponse'];
export type SchemaTableResponse = components['schemas']['SchemaTableResponse'];
export type SegmentAllGroup = components['schemas']['SegmentAllGroup'];
export type SegmentAnyGroup = components['schemas']['SegmentAnyGroup'];
export type SegmentEqualityCondition = components['schemas']['SegmentEqualityCondition'];
export type SegmentExistsCondition = components['schemas']['SegmentExistsCondition'];
export type SegmentInCondition = components['schemas']['SegmentInCondition'];
export type SegmentListResponse = components['schemas']['SegmentListResponse'];
export type SegmentOrderCondition = components['schemas']['SegmentOrderCondition'];
export type SegmentResponse = components['schemas']['SegmentResponse'];
export type SegmentRule = components['schemas']['SegmentRule'];
export type SegmentRuleNode = components['schemas']['SegmentRuleNode'];
export type SummaryRefreshResponse = components['schemas']['SummaryRefreshResponse'];
export type TreatmentChannel = components['schemas']['TreatmentChannel'];
export type TreatmentSummaryResponse = components['schemas']['TreatmentSummaryResponse'];
export type TreatmentSummaryRow = components['schemas']['TreatmentSummaryRow'];
export type UnifiedProfileResponse = components['schemas']['UnifiedProfileResponse'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type HeaderXRateLimitLimit = components['headers']['X-RateLimit-Limit'];
export type HeaderXRateLimitRemaining = components['headers']['X-RateLimit-Remaining'];
export type HeaderXRateLimitReset = components['headers']['X-RateLimit-Reset'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type $defs = Record<string, never>;
export interface operations {
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller, as the token names it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The identity provider’s keys (`JWT_JWKS_URI`) have never been fetched yet, so the token cannot be checked; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/auth/me",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of channels. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter; `errors` names each. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/channels",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/channels",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/channels",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/channels",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/channels",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The channel’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutChannelRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/channels/ch_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listCreatives: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
                /** @description Only creatives of this offer. */
                offerId?: string;
                /** @description Only creatives on this channel. */
                channelId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of creatives. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreativeListResponse"];
                };
            };
            /** @description Invalid limit, cursor, offerId or channelId, or an unknown query parameter; `errors` names each. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/creatives",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/creatives",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/creatives",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/creatives",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/creatives",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putCreative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The creative’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCreativeRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreativeResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreativeResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The offer or channel does not exist; `errors` names which. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "type": "urn:customer-data-api:problem:unprocessable",
                     *       "title": "Unprocessable request",
                     *       "detail": "offer offer_001 does not exist",
                     *       "errors": [
                     *         {
                     *           "field": "offerId",
                     *           "message": "offer offer_001 does not exist"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/creatives/creative_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    eraseCustomer: {
        parameters: {
            query?: {
                /** @description `true` also suppresses the customer: later interactions and impressions for this id are skipped, not stored, until an admin lifts it. `false` or absent: the customer may come back. */
                suppress?: boolean;
            };
            header?: never;
            path: {
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased; the counts say what was removed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "deleted": {
                     *         "interactionHistory": 142,
                     *         "interactionSummary": 23,
                     *         "experimentAssignments": 5,
                     *         "impressions": 67,
                     *         "attributes": 2,
                     *         "metricValues": 4
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EraseCustomerResponse"];
                };
            };
            /** @description Invalid customer id, or `suppress` is neither true nor false. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "suppress: suppress must be true or false",
                     *       "errors": [
                     *         {
                     *           "field": "suppress",
                     *           "message": "suppress must be true or false"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/customers/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getCustomerMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer’s metric values. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerMetricsResponse"];
                };
            };
            /** @description Invalid customer id. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "id: id must be 1–128 characters: letters, digits, _ - . : @ + | = ~",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "message": "id must be 1–128 characters: letters, digits, _ - . : @ + | = ~"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putCustomerMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCustomerMetricsRequest"];
            };
        };
        responses: {
            /** @description Every metric value the customer has after the write. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerMetricsResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field (`values.<name>`). */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A metric is not defined; `errors` names each as `values.<name>`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "type": "urn:customer-data-api:problem:unprocessable",
                     *       "title": "Unprocessable request",
                     *       "detail": "metric engagement_score does not exist",
                     *       "errors": [
                     *         {
                     *           "field": "values.engagement_score",
                     *           "message": "metric engagement_score does not exist"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/customers/CUST001/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getUnifiedProfile: {
        parameters: {
            query?: {
                /** @description The sections to include: a comma-separated list of one or more of: attributes, interactions, metrics, segments, experiments. Left out: all of them. Repeats count once; an unknown name or an empty item (`sections=`, `attributes,,metrics`) is a 400 naming `sections`. */
                sections?: components["schemas"]["ProfileSection"][];
            };
            header?: never;
            path: {
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile: `customerId` and exactly the sections asked for. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customerId": "CUST001",
                     *       "attributes": {
                     *         "email": "john@example.com",
                     *         "tier": "gold",
                     *         "lifetime_value": 15200.5,
                     *         "tenure_months": 36
                     *       },
                     *       "interactions": {
                     *         "totalCount": 142,
                     *         "recentInteractions": [
                     *           {
                     *             "offerId": "offer_001",
                     *             "creativeId": "creative_001",
                     *             "interactionType": "click",
                     *             "timestamp": "2026-03-15T10:30:00.000Z"
                     *           }
                     *         ]
                     *       },
                     *       "metrics": {
                     *         "purchase_frequency_30d": 4,
                     *         "engagement_score": 78.5
                     *       },
                     *       "segments": [
                     *         "active_buyer",
                     *         "high_value"
                     *       ],
                     *       "experiments": [
                     *         {
                     *           "experimentId": "exp_hero_2026",
                     *           "variant": "treatment",
                     *           "assignedAt": "2026-03-01T09:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UnifiedProfileResponse"];
                };
            };
            /** @description Invalid customer id, or a bad `sections` list; `errors` names `id` or `sections`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "sections: sections must be a comma-separated list of one or more of: attributes, interactions, metrics, segments, experiments (got \"foo\")",
                     *       "errors": [
                     *         {
                     *           "field": "sections",
                     *           "message": "sections must be a comma-separated list of one or more of: attributes, interactions, metrics, segments, experiments (got \"foo\")"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No data is stored for this customer. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "No data is stored for this customer.",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/customers/CUST001/unified-profile",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listExperiments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of experiments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/experiments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/experiments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/experiments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/experiments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/experiments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putExperiment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The experiment’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutExperimentRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A removed variant is still assigned to customers. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "type": "urn:customer-data-api:problem:conflict",
                     *       "title": "Conflict",
                     *       "detail": "variant treatment cannot be removed: customers are assigned to it",
                     *       "errors": [
                     *         {
                     *           "field": "variants",
                     *           "message": "variant treatment cannot be removed: customers are assigned to it"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putExperimentAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The experiment’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAssignmentRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentAssignmentResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentAssignmentResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No such experiment. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "experiment exp_hero_2026 does not exist",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The variant is not one of the experiment’s; `errors` names `variant`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "type": "urn:customer-data-api:problem:unprocessable",
                     *       "title": "Unprocessable request",
                     *       "detail": "variant must be one of: control, treatment",
                     *       "errors": [
                     *         {
                     *           "field": "variant",
                     *           "message": "variant must be one of: control, treatment"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/experiments/exp_hero_2026/assignments/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ingestImpressions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestImpressionsRequest"];
            };
        };
        responses: {
            /** @description What became of each item: stored, duplicate or suppressed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResponse"];
                };
            };
            /** @description Invalid body; `errors` names each bad field, e.g. `impressions.3.timestamp`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "impressions.0.timestamp: timestamp must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z",
                     *       "errors": [
                     *         {
                     *           "field": "impressions.0.timestamp",
                     *           "message": "timestamp must be an ISO 8601 date-time with an offset, e.g. 2026-03-15T10:30:00.000Z"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An item refers to an offer or creative that does not exist, or to a creative of another offer; `errors` names each such item (e.g. `impressions.1.offerId`). Nothing was stored. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "type": "urn:customer-data-api:problem:unprocessable",
                     *       "title": "Unprocessable request",
                     *       "detail": "impressions.0.offerId: offer offer_001 does not exist; nothing was stored",
                     *       "errors": [
                     *         {
                     *           "field": "impressions.0.offerId",
                     *           "message": "offer offer_001 does not exist"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/impressions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listInteractionHistory: {
        parameters: {
            query?: {
                /** @description Only this customer’s interactions. */
                customerId?: string;
                /** @description Only interactions with this offer. Alias: `actionId`. */
                offerId?: string;
                /** @description Alias of `offerId`. Giving both with different values is a 400. */
                actionId?: string;
                /** @description Only interactions with this creative. Alias: `treatmentId`. */
                creativeId?: string;
                /** @description Alias of `creativeId`. Giving both with different values is a 400. */
                treatmentId?: string;
                /** @description Only interactions of this type. */
                type?: components["schemas"]["InteractionType"];
                /** @description Page size. */
                limit?: number;
                /** @description Opaque `nextCursor` of the previous page, passed back unchanged with the same filters. A cursor used with other filters, altered, or malformed is a 400. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching interactions and their total. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ih_001",
                     *           "customerId": "CUST001",
                     *           "offerId": "offer_001",
                     *           "creativeId": "creative_001",
                     *           "interactionType": "click",
                     *           "timestamp": "2026-03-15T10:30:00.000Z",
                     *           "offer": {
                     *             "id": "offer_001",
                     *             "name": "Platinum Card"
                     *           },
                     *           "creative": {
                     *             "id": "creative_001",
                     *             "name": "Email Hero",
                     *             "channel": {
                     *               "id": "ch_001",
                     *               "name": "Marketing Email"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "total": 142,
                     *       "hasMore": true,
                     *       "nextCursor": "eyJwIjp7InQiOiIyMDI2LTAzLTE1VDEwOjMwOjAwLjAwMDAwMFoiLCJpZCI6ImloXzAwMSIsImMiOiJDVVNUMDAxIn0sImYiOiJkdU9UaEJ0bm1rNTVGRFJadVdCUHh3In0.A5LQlm42rThG-9mAgL5G1QVitLJVDtc6X7mFZo_1UC8"
                     *     }
                     */
                    "application/json": components["schemas"]["InteractionHistoryResponse"];
                };
            };
            /** @description An invalid or unknown query parameter, an unknown `type`, a `limit` outside 1–100, an alias that contradicts its name, or a `cursor` that is malformed, altered or was made for other filters; `errors` names each. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 100",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 100"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/interaction-history",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/interaction-history",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/interaction-history",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/interaction-history",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/interaction-history",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getInteractionSummary: {
        parameters: {
            query?: {
                /** @description What to group by: `action` (offer), `treatment` (creative), `channel` (the creative’s channel) or `customer`. Default: `action`. */
                groupBy?: components["schemas"]["InteractionSummaryGroupBy"];
                /** @description Lookback window in days: interactions with `timestamp > now − days × 24 h`. */
                days?: number;
                /** @description Most groups to return, those with the highest totals; `hasMore` says whether others exist. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One of four shapes, told apart by `groupBy`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionSummaryResponse"] | components["schemas"]["TreatmentSummaryResponse"] | components["schemas"]["ChannelSummaryResponse"] | components["schemas"]["CustomerSummaryResponse"];
                };
            };
            /** @description Unknown `groupBy`, `days` or `limit` out of range or not an integer, or an unknown parameter. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "groupBy: groupBy must be one of: action, treatment, channel, customer",
                     *       "errors": [
                     *         {
                     *           "field": "groupBy",
                     *           "message": "groupBy must be one of: action, treatment, channel, customer"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/interaction-summary",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/interaction-summary",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/interaction-summary",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/interaction-summary",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/interaction-summary",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    refreshInteractionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refreshed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryRefreshResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/interaction-summary/refresh",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/interaction-summary/refresh",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Materialized summaries are disabled (`SUMMARY_MATERIALIZED=false`). */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "type": "urn:customer-data-api:problem:conflict",
                     *       "title": "Conflict",
                     *       "detail": "Materialized summaries are disabled (SUMMARY_MATERIALIZED=false): summaries are computed live, and there is nothing to refresh.",
                     *       "instance": "/api/v1/interaction-summary/refresh",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/interaction-summary/refresh",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A long-running write (such as a bulk load) is in progress, or the database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "Interactions are being written in a long transaction (a bulk load?): the refresh stopped waiting for it so as not to hold up other writes. Summaries stay exact meanwhile; try again later.",
                     *       "instance": "/api/v1/interaction-summary/refresh",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ingestInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestInteractionsRequest"];
            };
        };
        responses: {
            /** @description What became of each item: stored, duplicate or suppressed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestResponse"];
                };
            };
            /** @description Invalid body; `errors` names each bad field, e.g. `interactions.3.timestamp`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "interactions.0.interactionType: interactionType must be one of: impression, click, dismiss, convert",
                     *       "errors": [
                     *         {
                     *           "field": "interactions.0.interactionType",
                     *           "message": "interactionType must be one of: impression, click, dismiss, convert"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description An item refers to an offer or creative that does not exist, or to a creative of another offer; `errors` names each such item (e.g. `interactions.1.offerId`). Nothing was stored. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "type": "urn:customer-data-api:problem:unprocessable",
                     *       "title": "Unprocessable request",
                     *       "detail": "interactions.0.offerId: offer offer_001 does not exist; nothing was stored",
                     *       "errors": [
                     *         {
                     *           "field": "interactions.0.offerId",
                     *           "message": "offer offer_001 does not exist"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/interactions",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listMetrics: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of metric definitions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/metrics",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putMetric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The metric’s name: 1–128 characters: letters, digits, _ - . : @. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMetricRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/metrics/engagement_score",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of offers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter; `errors` names each. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/offers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/offers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/offers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/offers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/offers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offer. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description Invalid offer id. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "id: id must be 1–128 characters: letters, digits, _ - . : @ + | = ~",
                     *       "errors": [
                     *         {
                     *           "field": "id",
                     *           "message": "id must be 1–128 characters: letters, digits, _ - . : @ + | = ~"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No such offer. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "offer offer_001 does not exist",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The offer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutOfferRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/offers/offer_001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listErasures: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
                /** @description Only receipts of this customer (matched by its keyed hash; the id itself is not stored). */
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receipts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureReceiptListResponse"];
                };
            };
            /** @description Invalid limit, cursor or customerId; `errors` names each. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/privacy/erasures",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/privacy/erasures",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/privacy/erasures",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/privacy/erasures",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/privacy/erasures",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    liftSuppression: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The erased customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lifted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid customer id. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "customerId: customerId must be 1–128 characters: letters, digits, _ - . : @ + | = ~",
                     *       "errors": [
                     *         {
                     *           "field": "customerId",
                     *           "message": "customerId must be 1–128 characters: letters, digits, _ - . : @ + | = ~"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The customer is not suppressed. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "This customer is not suppressed.",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/privacy/suppressions/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listSchemaTables: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of schema tables. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaTableListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/schema-tables",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/schema-tables",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/schema-tables",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/schema-tables",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/schema-tables",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putSchemaTable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The schema table’s name: 1–63 characters: lower-case letters, digits and _, starting with a letter. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSchemaTableRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaTableResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaTableResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A removed or retyped field still has values in records; `errors` names it. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "type": "urn:customer-data-api:problem:conflict",
                     *       "title": "Conflict",
                     *       "detail": "field tier cannot change from string to number: records hold values for it",
                     *       "errors": [
                     *         {
                     *           "field": "fields.0.type",
                     *           "message": "field tier cannot change from string to number: records hold values for it"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/schema-tables/customers",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getSchemaRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The schema table’s name: 1–63 characters: lower-case letters, digits and _, starting with a letter. */
                name: string;
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaRecordResponse"];
                };
            };
            /** @description Invalid table name or customer id. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "customerId: customerId must be 1–128 characters: letters, digits, _ - . : @ + | = ~",
                     *       "errors": [
                     *         {
                     *           "field": "customerId",
                     *           "message": "customerId must be 1–128 characters: letters, digits, _ - . : @ + | = ~"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No such schema table, or the customer has no record in it. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "the customer has no record in schema table customers",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putSchemaRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The schema table’s name: 1–63 characters: lower-case letters, digits and _, starting with a letter. */
                name: string;
                /** @description The customer’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                customerId: string;
            };
            cookie?: never;
        };
        /** @description Field values. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: (string | null) | number | boolean;
                };
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaRecordResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemaRecordResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description No such schema table. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "type": "urn:customer-data-api:problem:not-found",
                     *       "title": "Not found",
                     *       "detail": "schema table customers does not exist",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/schema-tables/customers/records/CUST001",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Opaque, signed `nextCursor` of the previous page, passed back unchanged (with the same filters). A cursor that is malformed, altered, or made for another list or other filters is a 400 naming `cursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of segments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentListResponse"];
                };
            };
            /** @description Invalid limit or cursor, or an unknown query parameter. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "limit: limit must not be greater than 1000",
                     *       "errors": [
                     *         {
                     *           "field": "limit",
                     *           "message": "limit must not be greater than 1000"
                     *         }
                     *       ],
                     *       "instance": "/api/v1/segments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/segments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin, editor, viewer. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin, editor, viewer.",
                     *       "instance": "/api/v1/segments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/segments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/segments",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    putSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The segment’s id: 1–128 characters: letters, digits, _ - . : @ + | = ~. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSegmentRequest"];
            };
        };
        responses: {
            /** @description Replaced. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid id or body; `errors` names each bad field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "type": "urn:customer-data-api:problem:validation",
                     *       "title": "Invalid request",
                     *       "detail": "Body is not valid JSON but content-type is set to 'application/json'",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed token. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "type": "urn:customer-data-api:problem:unauthorized",
                     *       "title": "Authentication required",
                     *       "detail": "A bearer token is required (Authorization: Bearer <JWT>).",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The token has none of the roles: admin. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "type": "urn:customer-data-api:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "detail": "This operation requires one of the roles: admin.",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than 1 MiB. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "type": "urn:customer-data-api:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "detail": "Request body is too large",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description A path parameter is longer than 1024 characters. */
            414: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 414,
                     *       "type": "urn:customer-data-api:problem:uri-too-long",
                     *       "title": "URI too long",
                     *       "detail": "A path parameter is too long.",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is not `application/json`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "type": "urn:customer-data-api:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Over the caller’s `RATE_LIMIT_PER_MINUTE`; retry after the `Retry-After` header’s seconds. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "type": "urn:customer-data-api:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "detail": "Too many requests: at most 6000 per minute per caller. Retry in 42 s.",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is unavailable or busy; retry after the `Retry-After` header’s seconds. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "The database is unavailable or busy; retry shortly.",
                     *       "instance": "/api/v1/segments/high_value",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers and every migration is applied. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Database unreachable or migrations pending. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "type": "urn:customer-data-api:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "detail": "Service unavailable",
                     *       "instance": "/health",
                     *       "requestId": "8fe6b8d6-e7ee-44ba-b572-9a95683a378d"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
}
