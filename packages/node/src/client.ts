// The client side of @tip/exchange-node: no web server and no database are loaded from here.

export {
  AUTH_SCHEME,
  bodyDigest,
  REQUEST_LIFETIME_MS,
  type RequestClaims,
  signRequest,
} from "./auth/request-signature.js";
export { type NodeAnswer, NodeClient, type NodeClientOptions } from "./client/node-client.js";
