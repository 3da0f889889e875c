/**
 * The text each kind of identifier is hashed from. A distinct prefix per kind (domain separation) means a
 * record id and an external id with the same text never get the same pseudonym; ids are lower-cased so the
 * two spellings of one UUID agree.
 */
export function idInput(uuid: string): string {
  return `tip-id\u0000${uuid.toLowerCase()}`;
}

/** The hashed text of an external identifier: its system and value together. */
export function externalIdInput(system: string, value: string): string {
  return `tip-external-id\u0000${system}\u0000${value}`;
}
