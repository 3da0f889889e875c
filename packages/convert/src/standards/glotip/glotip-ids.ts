import { uuidV5 } from "../../ids/deterministic-uuid.js";

/** RFC 9562 namespace for URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * Namespace of the ids of records read from GLOTIP rows: `uuidV5(URL namespace,
 * "https://tip-sdk.org/convert/glotip")`; a row's id is `uuidV5(namespace, "<idSeed>:<row>")`.
 */
export const GLOTIP_ID_NAMESPACE = uuidV5(URL_NAMESPACE, "https://tip-sdk.org/convert/glotip");
