import pkg from "../package.json" with { type: "json" };

/** The version of @tip/cli, printed by `tip --version`. */
export const VERSION: string = pkg.version;
