// The e2e server runs as a council that is not the seed's (issue #18): every page any spec
// visits must name this council, and never the default one.
export const E2E_COUNCIL_NAME = "Test Borough";

/** The seed consultations are Buckinghamshire's and may name the county; the council's own name never. */
export const DEFAULT_COUNCIL_NAME = "Buckinghamshire Council";
