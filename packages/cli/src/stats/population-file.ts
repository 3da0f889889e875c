import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { POPULATION_KEYS, type PopulationRow } from "@tip/privacy";
import type { CliIo } from "../io.js";
import type { PrivacyCliMessages } from "../messages/privacy-messages.js";

const KEYS = new Set<string>([...POPULATION_KEYS, "population"]);

type Reason = "populationColumn" | "populationKey" | "populationRow" | "populationJson";

/**
 * Why a population file is refused: a text key of the messages and its params (row, column and key numbers;
 * a header or key is any text, so it is never shown).
 */
export class PopulationFileError extends Error {
  constructor(
    readonly reason: Reason,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason);
    this.name = "PopulationFileError";
  }

  /** The reason's template in the run's language. */
  template(texts: PrivacyCliMessages): string {
    return texts.errors[this.reason];
  }
}

function rowOf(entry: Record<string, unknown>, row: number): PopulationRow {
  Object.keys(entry).forEach((key, index) => {
    if (!KEYS.has(key)) throw new PopulationFileError("populationKey", { row, position: index + 1 });
  });
  const population = Number(entry.population);
  if (!(Number.isFinite(population) && population > 0))
    throw new PopulationFileError("populationRow", { row });
  const out: Record<string, string | number> = { population };
  for (const key of POPULATION_KEYS) {
    const value = entry[key];
    if (value !== undefined && value !== "") out[key] = String(value);
  }
  return out as unknown as PopulationRow;
}

/**
 * Reads a population table: a JSON array of `{ population, sex?, age_group?, country?, year? }`, or CSV with a
 * header naming those columns (plain comma-separated values, no quoted commas).
 */
export async function readPopulation(name: string, io: CliIo): Promise<PopulationRow[]> {
  const text = (await readFile(resolve(io.cwd ?? process.cwd(), name), "utf8")).trim();
  if (text.startsWith("[") || text.startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new PopulationFileError("populationJson");
    }
    if (!Array.isArray(parsed)) throw new PopulationFileError("populationJson");
    return parsed.map((entry, index) => {
      if (typeof entry !== "object" || entry === null)
        throw new PopulationFileError("populationRow", { row: index + 1 });
      return rowOf(entry as Record<string, unknown>, index + 1);
    });
  }
  const [header = "", ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const unquote = (cell: string) => cell.trim().replace(/^"|"$/g, "");
  const columns = header.split(",").map(unquote);
  columns.forEach((column, index) => {
    if (!KEYS.has(column)) throw new PopulationFileError("populationColumn", { column: index + 1 });
  });
  return lines.map((line, index) => {
    const cells = line.split(",").map(unquote);
    return rowOf(Object.fromEntries(columns.map((column, at) => [column, cells[at] ?? ""])), index + 2);
  });
}
