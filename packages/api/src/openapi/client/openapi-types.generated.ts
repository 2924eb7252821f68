export interface paths {
    "/trpc/advice.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * advice.get (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["advice.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/advice.stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * advice.stream (subscription)
         * @description Subscription: `GET` with `?input=`, answered as server-sent events. Needs a session (Bearer token or session cookie).
         */
        get: operations["advice.stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.changePassword (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["auth.changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.deleteAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.deleteAccount (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["auth.deleteAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.login (mutation)
         * @description Mutation: `POST` the input as a JSON body. No session needed. Also counted against the per-IP auth allowance.
         */
        post: operations["auth.login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.logout (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["auth.logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * auth.me (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["auth.me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.requestPasswordReset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.requestPasswordReset (mutation)
         * @description Mutation: `POST` the input as a JSON body. No session needed. Also counted against the per-IP auth allowance.
         */
        post: operations["auth.requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.resetPassword (mutation)
         * @description Mutation: `POST` the input as a JSON body. No session needed. Also counted against the per-IP auth allowance.
         */
        post: operations["auth.resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.signup (mutation)
         * @description Mutation: `POST` the input as a JSON body. No session needed. Also counted against the per-IP auth allowance.
         */
        post: operations["auth.signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/auth.updateProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * auth.updateProfile (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["auth.updateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * diagnosis.analyze (mutation)
         * @description Mutation: `POST` a multipart/form-data body. Works without a session; stores the result in the account with one.
         */
        post: operations["diagnosis.analyze"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.attachPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * diagnosis.attachPhoto (mutation)
         * @description Mutation: `POST` a multipart/form-data body. Needs a session (Bearer token or session cookie).
         */
        post: operations["diagnosis.attachPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.byId": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * diagnosis.byId (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["diagnosis.byId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * diagnosis.delete (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["diagnosis.delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * diagnosis.history (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["diagnosis.history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * diagnosis.latest (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["diagnosis.latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * diagnosis.list (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["diagnosis.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/diagnosis.submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * diagnosis.submit (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["diagnosis.submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/insights.get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * insights.get (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["insights.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/review.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * review.create (mutation)
         * @description Mutation: `POST` the input as a JSON body. Needs a session (Bearer token or session cookie).
         */
        post: operations["review.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trpc/review.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * review.list (query)
         * @description Query: `GET` with the input as URL-encoded JSON in `?input=`. Needs a session (Bearer token or session cookie).
         */
        get: operations["review.list"];
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
        ErrorEnvelope: {
            error: {
                /** @description For people; for input errors, the JSON list of zod issues. */
                message: string;
                /** @description The JSON-RPC 2.0 error number, e.g. -32001 for UNAUTHORIZED. */
                code: number;
                data: {
                    /** @enum {string} */
                    code: "PARSE_ERROR" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_SUPPORTED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE";
                    /** @enum {integer} */
                    httpStatus: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;
                    /** @description The procedure that failed. */
                    path?: string;
                    /**
                     * @description Why, for clients to word it in the user’s language (account and analysis errors).
                     * @enum {string}
                     */
                    reason?: "EMAIL_TAKEN" | "USERNAME_TAKEN" | "WRONG_CREDENTIALS" | "WRONG_PASSWORD" | "ACCOUNT_DISABLED" | "RESET_LINK_INVALID" | "IMAGE_TOO_SMALL" | "NO_FACE" | "MULTIPLE_FACES" | "FACE_TOO_SMALL" | "FACE_CUT" | "FACE_TURNED" | "TOO_DARK" | "TOO_BRIGHT" | "TOO_BLURRY" | "UNSUPPORTED_TYPE" | "UNREADABLE" | "TOO_MANY_PIXELS" | "TOO_LARGE" | "BUSY" | "TIMEOUT" | "UNAVAILABLE";
                };
            };
        };
    };
    responses: {
        /** @description A tRPC error; `error.data.code` and `httpStatus` say which. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @description For people; for input errors, the JSON list of zod issues. */
                        message: string;
                        /** @description The JSON-RPC 2.0 error number, e.g. -32001 for UNAUTHORIZED. */
                        code: number;
                        data: {
                            /** @enum {string} */
                            code: "PARSE_ERROR" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_SUPPORTED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE";
                            /** @enum {integer} */
                            httpStatus: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;
                            /** @description The procedure that failed. */
                            path?: string;
                            /**
                             * @description Why, for clients to word it in the user’s language (account and analysis errors).
                             * @enum {string}
                             */
                            reason?: "EMAIL_TAKEN" | "USERNAME_TAKEN" | "WRONG_CREDENTIALS" | "WRONG_PASSWORD" | "ACCOUNT_DISABLED" | "RESET_LINK_INVALID" | "IMAGE_TOO_SMALL" | "NO_FACE" | "MULTIPLE_FACES" | "FACE_TOO_SMALL" | "FACE_CUT" | "FACE_TURNED" | "TOO_DARK" | "TOO_BRIGHT" | "TOO_BLURRY" | "UNSUPPORTED_TYPE" | "UNREADABLE" | "TOO_MANY_PIXELS" | "TOO_LARGE" | "BUSY" | "TIMEOUT" | "UNAVAILABLE";
                        };
                    };
                };
            };
        };
        /** @description TOO_MANY_REQUESTS: over a rate limit. Wait the seconds in `Retry-After`. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    error: {
                        /** @description For people; for input errors, the JSON list of zod issues. */
                        message: string;
                        /** @description The JSON-RPC 2.0 error number, e.g. -32001 for UNAUTHORIZED. */
                        code: number;
                        data: {
                            /** @enum {string} */
                            code: "PARSE_ERROR" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_SUPPORTED" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR" | "SERVICE_UNAVAILABLE";
                            /** @enum {integer} */
                            httpStatus: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 503;
                            /** @description The procedure that failed. */
                            path?: string;
                            /**
                             * @description Why, for clients to word it in the user’s language (account and analysis errors).
                             * @enum {string}
                             */
                            reason?: "EMAIL_TAKEN" | "USERNAME_TAKEN" | "WRONG_CREDENTIALS" | "WRONG_PASSWORD" | "ACCOUNT_DISABLED" | "RESET_LINK_INVALID" | "IMAGE_TOO_SMALL" | "NO_FACE" | "MULTIPLE_FACES" | "FACE_TOO_SMALL" | "FACE_CUT" | "FACE_TURNED" | "TOO_DARK" | "TOO_BRIGHT" | "TOO_BLURRY" | "UNSUPPORTED_TYPE" | "UNREADABLE" | "TOO_MANY_PIXELS" | "TOO_LARGE" | "BUSY" | "TIMEOUT" | "UNAVAILABLE";
                        };
                    };
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "advice.get": {
        parameters: {
            query: {
                /** @description The procedure input as JSON. */
                input: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                diagnosisId: string;
                                /** @enum {string} */
                                language: "ko" | "en";
                                /** @enum {string} */
                                status: "pending" | "done" | "failed";
                                model: string;
                                usedPhoto: boolean;
                                content: string;
                                error: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "advice.stream": {
        parameters: {
            query: {
                /** @description The procedure input as JSON. */
                input: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent events. Each message without an `event:` line carries one event of the schema below as JSON in its `data:` line. tRPC also sends `event: connected` first, `event: ping` while idle, `event: return` at the end, and `event: serialized-error` with the error envelope’s `error` object if the stream fails after it started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        /** @constant */
                        type: "token";
                        text: string;
                    } | {
                        /** @constant */
                        type: "done";
                        advice: {
                            diagnosisId: string;
                            /** @enum {string} */
                            language: "ko" | "en";
                            /** @enum {string} */
                            status: "pending" | "done" | "failed";
                            model: string;
                            usedPhoto: boolean;
                            content: string;
                            error: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.changePassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current: string;
                    next: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                user: {
                                    id: string;
                                    email: string;
                                    username: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                };
                                token: string;
                                /** Format: date-time */
                                expiresAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.deleteAccount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @constant */
                                ok: true;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                user: {
                                    id: string;
                                    email: string;
                                    username: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                };
                                token: string;
                                /** Format: date-time */
                                expiresAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description No input: an empty body, sent as application/json. */
        requestBody?: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @constant */
                                ok: true;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                email: string;
                                username: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.requestPasswordReset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @constant */
                                ok: true;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.resetPassword": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @constant */
                                ok: true;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    username: string;
                    password: string & (unknown & unknown);
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                user: {
                                    id: string;
                                    email: string;
                                    username: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                };
                                token: string;
                                /** Format: date-time */
                                expiresAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "auth.updateProfile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                email: string;
                                username: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.analyze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: uuid */
                    clientId: string;
                    /**
                     * @default false
                     * @enum {string}
                     */
                    keepPhoto?: "true" | "false";
                    /**
                     * @default false
                     * @enum {string}
                     */
                    skipFace?: "true" | "false";
                    /**
                     * @default en
                     * @enum {string}
                     */
                    language?: "ko" | "en";
                    /**
                     * Format: binary
                     * @description The photo: JPEG, PNG or WebP.
                     */
                    image: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                result: {
                                    schemaVersion: 1 | 2;
                                    image: {
                                        width: number;
                                        height: number;
                                    };
                                    crop: {
                                        x: number;
                                        y: number;
                                        size: number;
                                        angle?: number;
                                    };
                                    face: {
                                        box: [
                                            number,
                                            number,
                                            number,
                                            number
                                        ];
                                        confidence: number;
                                        landmarks?: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    } | null;
                                    layout?: {
                                        /** @enum {string} */
                                        source: "detected" | "guide";
                                        landmarks: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    };
                                    notices?: "LARGEST_FACE"[];
                                    findings: {
                                        [key: string]: {
                                            modelId: string;
                                            score: number;
                                            areaRatio: number;
                                            maxAreaRatio: number;
                                            lesionCount: number;
                                            detections: {
                                                box: [
                                                    number,
                                                    number,
                                                    number,
                                                    number
                                                ];
                                                confidence: number;
                                                className: string;
                                            }[];
                                            mask: {
                                                /** @constant */
                                                width: 256;
                                                /** @constant */
                                                height: 256;
                                                counts: string;
                                            };
                                            zones?: {
                                                [key: string]: {
                                                    count: number;
                                                    coverage: number;
                                                };
                                            };
                                        };
                                    };
                                    totalScore: number;
                                    models: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "acne" | "atopy" | "wrinkle" | "face";
                                        version: string;
                                        sha256: string;
                                        baseline: boolean;
                                    }[];
                                    backend: {
                                        /** @enum {string} */
                                        runtime: "onnxruntime-web" | "onnxruntime-node";
                                        /** @enum {string} */
                                        executionProvider: "webgpu" | "wasm" | "cpu";
                                        threads: number;
                                        /** @enum {string} */
                                        location: "device" | "server";
                                    };
                                    timings: {
                                        face: number;
                                        preprocess: number;
                                        inference: number;
                                        postprocess: number;
                                        total: number;
                                        perModel: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                                diagnosis: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                    clientId: string;
                                    lesionCounts: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                    /** @enum {string} */
                                    location: "device" | "server";
                                    result: {
                                        schemaVersion: 1 | 2;
                                        image: {
                                            width: number;
                                            height: number;
                                        };
                                        crop: {
                                            x: number;
                                            y: number;
                                            size: number;
                                            angle?: number;
                                        };
                                        face: {
                                            box: [
                                                number,
                                                number,
                                                number,
                                                number
                                            ];
                                            confidence: number;
                                            landmarks?: [
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ]
                                            ];
                                        } | null;
                                        layout?: {
                                            /** @enum {string} */
                                            source: "detected" | "guide";
                                            landmarks: [
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ],
                                                [
                                                    number,
                                                    number
                                                ]
                                            ];
                                        };
                                        notices?: "LARGEST_FACE"[];
                                        findings: {
                                            [key: string]: {
                                                modelId: string;
                                                score: number;
                                                areaRatio: number;
                                                maxAreaRatio: number;
                                                lesionCount: number;
                                                detections: {
                                                    box: [
                                                        number,
                                                        number,
                                                        number,
                                                        number
                                                    ];
                                                    confidence: number;
                                                    className: string;
                                                }[];
                                                mask: {
                                                    /** @constant */
                                                    width: 256;
                                                    /** @constant */
                                                    height: 256;
                                                    counts: string;
                                                };
                                                zones?: {
                                                    [key: string]: {
                                                        count: number;
                                                        coverage: number;
                                                    };
                                                };
                                            };
                                        };
                                        totalScore: number;
                                        models: {
                                            id: string;
                                            /** @enum {string} */
                                            role: "acne" | "atopy" | "wrinkle" | "face";
                                            version: string;
                                            sha256: string;
                                            baseline: boolean;
                                        }[];
                                        backend: {
                                            /** @enum {string} */
                                            runtime: "onnxruntime-web" | "onnxruntime-node";
                                            /** @enum {string} */
                                            executionProvider: "webgpu" | "wasm" | "cpu";
                                            threads: number;
                                            /** @enum {string} */
                                            location: "device" | "server";
                                        };
                                        timings: {
                                            face: number;
                                            preprocess: number;
                                            inference: number;
                                            postprocess: number;
                                            total: number;
                                            perModel: {
                                                [key: string]: number;
                                            };
                                        };
                                    };
                                    hasPhoto: boolean;
                                    recent: {
                                        id: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        totalScore: number;
                                        scores: {
                                            acne: number;
                                            atopy: number;
                                            wrinkle: number;
                                        };
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.attachPhoto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: uuid
                     * @description The diagnosis to keep the photo of.
                     */
                    id: string;
                    /**
                     * Format: binary
                     * @description The photo: JPEG, PNG or WebP.
                     */
                    image: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                totalScore: number;
                                scores: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                clientId: string;
                                lesionCounts: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                /** @enum {string} */
                                location: "device" | "server";
                                result: {
                                    schemaVersion: 1 | 2;
                                    image: {
                                        width: number;
                                        height: number;
                                    };
                                    crop: {
                                        x: number;
                                        y: number;
                                        size: number;
                                        angle?: number;
                                    };
                                    face: {
                                        box: [
                                            number,
                                            number,
                                            number,
                                            number
                                        ];
                                        confidence: number;
                                        landmarks?: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    } | null;
                                    layout?: {
                                        /** @enum {string} */
                                        source: "detected" | "guide";
                                        landmarks: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    };
                                    notices?: "LARGEST_FACE"[];
                                    findings: {
                                        [key: string]: {
                                            modelId: string;
                                            score: number;
                                            areaRatio: number;
                                            maxAreaRatio: number;
                                            lesionCount: number;
                                            detections: {
                                                box: [
                                                    number,
                                                    number,
                                                    number,
                                                    number
                                                ];
                                                confidence: number;
                                                className: string;
                                            }[];
                                            mask: {
                                                /** @constant */
                                                width: 256;
                                                /** @constant */
                                                height: 256;
                                                counts: string;
                                            };
                                            zones?: {
                                                [key: string]: {
                                                    count: number;
                                                    coverage: number;
                                                };
                                            };
                                        };
                                    };
                                    totalScore: number;
                                    models: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "acne" | "atopy" | "wrinkle" | "face";
                                        version: string;
                                        sha256: string;
                                        baseline: boolean;
                                    }[];
                                    backend: {
                                        /** @enum {string} */
                                        runtime: "onnxruntime-web" | "onnxruntime-node";
                                        /** @enum {string} */
                                        executionProvider: "webgpu" | "wasm" | "cpu";
                                        threads: number;
                                        /** @enum {string} */
                                        location: "device" | "server";
                                    };
                                    timings: {
                                        face: number;
                                        preprocess: number;
                                        inference: number;
                                        postprocess: number;
                                        total: number;
                                        perModel: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                                hasPhoto: boolean;
                                recent: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.byId": {
        parameters: {
            query: {
                /** @description The procedure input as JSON. */
                input: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                totalScore: number;
                                scores: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                clientId: string;
                                lesionCounts: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                /** @enum {string} */
                                location: "device" | "server";
                                result: {
                                    schemaVersion: 1 | 2;
                                    image: {
                                        width: number;
                                        height: number;
                                    };
                                    crop: {
                                        x: number;
                                        y: number;
                                        size: number;
                                        angle?: number;
                                    };
                                    face: {
                                        box: [
                                            number,
                                            number,
                                            number,
                                            number
                                        ];
                                        confidence: number;
                                        landmarks?: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    } | null;
                                    layout?: {
                                        /** @enum {string} */
                                        source: "detected" | "guide";
                                        landmarks: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    };
                                    notices?: "LARGEST_FACE"[];
                                    findings: {
                                        [key: string]: {
                                            modelId: string;
                                            score: number;
                                            areaRatio: number;
                                            maxAreaRatio: number;
                                            lesionCount: number;
                                            detections: {
                                                box: [
                                                    number,
                                                    number,
                                                    number,
                                                    number
                                                ];
                                                confidence: number;
                                                className: string;
                                            }[];
                                            mask: {
                                                /** @constant */
                                                width: 256;
                                                /** @constant */
                                                height: 256;
                                                counts: string;
                                            };
                                            zones?: {
                                                [key: string]: {
                                                    count: number;
                                                    coverage: number;
                                                };
                                            };
                                        };
                                    };
                                    totalScore: number;
                                    models: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "acne" | "atopy" | "wrinkle" | "face";
                                        version: string;
                                        sha256: string;
                                        baseline: boolean;
                                    }[];
                                    backend: {
                                        /** @enum {string} */
                                        runtime: "onnxruntime-web" | "onnxruntime-node";
                                        /** @enum {string} */
                                        executionProvider: "webgpu" | "wasm" | "cpu";
                                        threads: number;
                                        /** @enum {string} */
                                        location: "device" | "server";
                                    };
                                    timings: {
                                        face: number;
                                        preprocess: number;
                                        inference: number;
                                        postprocess: number;
                                        total: number;
                                        perModel: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                                hasPhoto: boolean;
                                recent: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                /** @constant */
                                deleted: true;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.history": {
        parameters: {
            query: {
                /** @description The procedure input as JSON. */
                input: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @enum {string} */
                                range: "week" | "month";
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                                points: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                totalScore: number;
                                scores: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                clientId: string;
                                lesionCounts: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                /** @enum {string} */
                                location: "device" | "server";
                                result: {
                                    schemaVersion: 1 | 2;
                                    image: {
                                        width: number;
                                        height: number;
                                    };
                                    crop: {
                                        x: number;
                                        y: number;
                                        size: number;
                                        angle?: number;
                                    };
                                    face: {
                                        box: [
                                            number,
                                            number,
                                            number,
                                            number
                                        ];
                                        confidence: number;
                                        landmarks?: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    } | null;
                                    layout?: {
                                        /** @enum {string} */
                                        source: "detected" | "guide";
                                        landmarks: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    };
                                    notices?: "LARGEST_FACE"[];
                                    findings: {
                                        [key: string]: {
                                            modelId: string;
                                            score: number;
                                            areaRatio: number;
                                            maxAreaRatio: number;
                                            lesionCount: number;
                                            detections: {
                                                box: [
                                                    number,
                                                    number,
                                                    number,
                                                    number
                                                ];
                                                confidence: number;
                                                className: string;
                                            }[];
                                            mask: {
                                                /** @constant */
                                                width: 256;
                                                /** @constant */
                                                height: 256;
                                                counts: string;
                                            };
                                            zones?: {
                                                [key: string]: {
                                                    count: number;
                                                    coverage: number;
                                                };
                                            };
                                        };
                                    };
                                    totalScore: number;
                                    models: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "acne" | "atopy" | "wrinkle" | "face";
                                        version: string;
                                        sha256: string;
                                        baseline: boolean;
                                    }[];
                                    backend: {
                                        /** @enum {string} */
                                        runtime: "onnxruntime-web" | "onnxruntime-node";
                                        /** @enum {string} */
                                        executionProvider: "webgpu" | "wasm" | "cpu";
                                        threads: number;
                                        /** @enum {string} */
                                        location: "device" | "server";
                                    };
                                    timings: {
                                        face: number;
                                        preprocess: number;
                                        inference: number;
                                        postprocess: number;
                                        total: number;
                                        perModel: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                                hasPhoto: boolean;
                                recent: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                }[];
                                comparedToPrevious: {
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                } | null;
                            } | null;
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.list": {
        parameters: {
            query?: {
                /** @description The procedure input as JSON. */
                input?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                items: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                    clientId: string;
                                    lesionCounts: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                    /** @enum {string} */
                                    location: "device" | "server";
                                }[];
                                nextCursor: string | null;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "diagnosis.submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    clientId: string;
                    result: {
                        schemaVersion: 1 | 2;
                        image: {
                            width: number;
                            height: number;
                        };
                        crop: {
                            x: number;
                            y: number;
                            size: number;
                            angle?: number;
                        };
                        face: {
                            box: [
                                number,
                                number,
                                number,
                                number
                            ];
                            confidence: number;
                            landmarks?: [
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ]
                            ];
                        } | null;
                        layout?: {
                            /** @enum {string} */
                            source: "detected" | "guide";
                            landmarks: [
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ],
                                [
                                    number,
                                    number
                                ]
                            ];
                        };
                        notices?: "LARGEST_FACE"[];
                        findings: {
                            [key: string]: {
                                modelId: string;
                                score: number;
                                areaRatio: number;
                                maxAreaRatio: number;
                                lesionCount: number;
                                detections: {
                                    box: [
                                        number,
                                        number,
                                        number,
                                        number
                                    ];
                                    confidence: number;
                                    className: string;
                                }[];
                                mask: {
                                    /** @constant */
                                    width: 256;
                                    /** @constant */
                                    height: 256;
                                    counts: string;
                                };
                                zones?: {
                                    [key: string]: {
                                        count: number;
                                        coverage: number;
                                    };
                                };
                            };
                        };
                        totalScore: number;
                        models: {
                            id: string;
                            /** @enum {string} */
                            role: "acne" | "atopy" | "wrinkle" | "face";
                            version: string;
                            sha256: string;
                            baseline: boolean;
                        }[];
                        backend: {
                            /** @enum {string} */
                            runtime: "onnxruntime-web" | "onnxruntime-node";
                            /** @enum {string} */
                            executionProvider: "webgpu" | "wasm" | "cpu";
                            threads: number;
                            /** @enum {string} */
                            location: "device" | "server";
                        };
                        timings: {
                            face: number;
                            preprocess: number;
                            inference: number;
                            postprocess: number;
                            total: number;
                            perModel: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                totalScore: number;
                                scores: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                clientId: string;
                                lesionCounts: {
                                    acne: number;
                                    atopy: number;
                                    wrinkle: number;
                                };
                                /** @enum {string} */
                                location: "device" | "server";
                                result: {
                                    schemaVersion: 1 | 2;
                                    image: {
                                        width: number;
                                        height: number;
                                    };
                                    crop: {
                                        x: number;
                                        y: number;
                                        size: number;
                                        angle?: number;
                                    };
                                    face: {
                                        box: [
                                            number,
                                            number,
                                            number,
                                            number
                                        ];
                                        confidence: number;
                                        landmarks?: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    } | null;
                                    layout?: {
                                        /** @enum {string} */
                                        source: "detected" | "guide";
                                        landmarks: [
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ],
                                            [
                                                number,
                                                number
                                            ]
                                        ];
                                    };
                                    notices?: "LARGEST_FACE"[];
                                    findings: {
                                        [key: string]: {
                                            modelId: string;
                                            score: number;
                                            areaRatio: number;
                                            maxAreaRatio: number;
                                            lesionCount: number;
                                            detections: {
                                                box: [
                                                    number,
                                                    number,
                                                    number,
                                                    number
                                                ];
                                                confidence: number;
                                                className: string;
                                            }[];
                                            mask: {
                                                /** @constant */
                                                width: 256;
                                                /** @constant */
                                                height: 256;
                                                counts: string;
                                            };
                                            zones?: {
                                                [key: string]: {
                                                    count: number;
                                                    coverage: number;
                                                };
                                            };
                                        };
                                    };
                                    totalScore: number;
                                    models: {
                                        id: string;
                                        /** @enum {string} */
                                        role: "acne" | "atopy" | "wrinkle" | "face";
                                        version: string;
                                        sha256: string;
                                        baseline: boolean;
                                    }[];
                                    backend: {
                                        /** @enum {string} */
                                        runtime: "onnxruntime-web" | "onnxruntime-node";
                                        /** @enum {string} */
                                        executionProvider: "webgpu" | "wasm" | "cpu";
                                        threads: number;
                                        /** @enum {string} */
                                        location: "device" | "server";
                                    };
                                    timings: {
                                        face: number;
                                        preprocess: number;
                                        inference: number;
                                        postprocess: number;
                                        total: number;
                                        perModel: {
                                            [key: string]: number;
                                        };
                                    };
                                };
                                hasPhoto: boolean;
                                recent: {
                                    id: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    totalScore: number;
                                    scores: {
                                        acne: number;
                                        atopy: number;
                                        wrinkle: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "insights.get": {
        parameters: {
            query?: {
                /** @description The procedure input as JSON. */
                input?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                /** @constant */
                                status: "ok";
                                periodDays: number;
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                                dataPoints: number;
                                healthScore: number;
                                total: {
                                    slopePerDay: number;
                                    first: number;
                                    last: number;
                                    best: number;
                                    worst: number;
                                    change: number;
                                    /** @enum {string} */
                                    direction: "improving" | "worsening" | "stable";
                                };
                                conditions: {
                                    acne: {
                                        slopePerDay: number;
                                        first: number;
                                        last: number;
                                        best: number;
                                        worst: number;
                                        change: number;
                                        /** @enum {string} */
                                        direction: "improving" | "worsening" | "stable";
                                    };
                                    atopy: {
                                        slopePerDay: number;
                                        first: number;
                                        last: number;
                                        best: number;
                                        worst: number;
                                        change: number;
                                        /** @enum {string} */
                                        direction: "improving" | "worsening" | "stable";
                                    };
                                    wrinkle: {
                                        slopePerDay: number;
                                        first: number;
                                        last: number;
                                        best: number;
                                        worst: number;
                                        change: number;
                                        /** @enum {string} */
                                        direction: "improving" | "worsening" | "stable";
                                    };
                                };
                                streaks: {
                                    currentDays: number;
                                    longestDays: number;
                                    improving: number;
                                };
                            } | {
                                /** @constant */
                                status: "insufficient_data";
                                periodDays: number;
                                dataPoints: number;
                                required: number;
                                needed: number;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "review.create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rating: number;
                    /** @default  */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                id: number;
                                rating: number;
                                comment: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
    "review.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output in tRPC’s `result.data` envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: {
                            data: {
                                items: {
                                    id: number;
                                    rating: number;
                                    comment: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
            };
            429: components["responses"]["RateLimited"];
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
        };
    };
}
