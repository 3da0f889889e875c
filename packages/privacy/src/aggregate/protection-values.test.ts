import { describe, expect, it } from "vitest";
import { Aggregator, aggregate } from "./aggregate.js";
import { toGlotipFigures } from "./format-glotip.js";
import type { StatsTable } from "./table.js";

type Raw = Record<string, unknown>;

const contact = (channel: string, outcome: string, contactedAt = "2024-03-02T10:00:00Z"): Raw => ({
  recordType: "helplineContact",
  id: crypto.randomUUID(),
  channel,
  outcome,
  contactedAt,
  callerName: "CANARY-caller",
});

const paid = (
  victimId: string,
  source: string,
  paidOn: string,
  paidFlag = true,
  kind = "compensation",
): Raw => ({
  recordType: "protectionMeasure",
  id: crypto.randomUUID(),
  kind,
  victimId,
  compensation: { source, awarded: true, paid: paidFlag, paidOn, amountPaid: 100, currency: "USD" },
  notes: "CANARY-notes",
});

const cell = (table: StatsTable, values: Record<string, string>) =>
  table.cells.find((candidate) =>
    Object.entries(values).every(([key, value]) => candidate.values[key as "channel"] === value),
  );

describe("tip stats units for the protection records", () => {
  // 6 phone contacts (5 referred, 1 information), 2 chat (information), 1 walk-in (no action).
  const contacts = [
    ...Array.from({ length: 5 }, () => contact("phone", "referred")),
    contact("phone", "information_given"),
    contact("chat", "information_given"),
    contact("chat", "information_given", "2023-12-31T23:00:00Z"),
    contact("walk_in", "no_action"),
  ];

  it("counts helpline contacts by channel, suppressing small cells", () => {
    const table = aggregate(contacts, { by: ["channel"], minCell: 3 });
    expect(table.unit).toBe("contacts");
    expect(table.total).toBe(9);
    expect(cell(table, { channel: "phone" })?.count).toBe(6);
    expect(cell(table, { channel: "chat" })?.suppressed).toBe(true);
    expect(cell(table, { channel: "walk_in" })?.suppressed).toBe(true);
    expect(cell(table, { channel: "email" })?.count).toBe(0);
  });

  it("counts helpline contacts by channel and outcome, and by year", () => {
    const table = aggregate(contacts, { by: ["channel", "outcome"], minCell: 1 });
    expect(cell(table, { channel: "phone", outcome: "referred" })?.count).toBe(5);
    expect(cell(table, { channel: "total", outcome: "information_given" })?.count).toBe(3);
    const byYear = aggregate(contacts, { by: ["year"], unit: "contacts", minCell: 1 });
    expect(cell(byYear, { year: "2024" })?.count).toBe(8);
    expect(cell(byYear, { year: "2023" })?.count).toBe(1);
  });

  it("counts each compensated victim once, only for payments made", () => {
    const measures = [
      paid("v1", "court_order", "2024-01-10"),
      paid("V1", "state_fund", "2024-05-01"), // the same victim, id in capitals
      paid("v2", "court_order", "2023-07-01"),
      paid("v3", "court_order", "2024-02-01", false), // awarded, not paid
      paid("v4", "settlement", "2024-02-01", true, "restitution"),
      { recordType: "protectionMeasure", id: "m5", kind: "residence_permit", victimId: "v5", residence: {} },
    ];
    const table = aggregate(measures, { by: ["compensation_source"], minCell: 1 });
    expect(table.unit).toBe("compensated");
    expect(table.total).toBe(3);
    expect(cell(table, { compensation_source: "court_order" })?.count).toBe(2);
    expect(cell(table, { compensation_source: "state_fund" })?.count).toBe(1);
    expect(cell(table, { compensation_source: "settlement" })?.count).toBe(1);
    const byYear = aggregate(measures, { by: ["year"], unit: "compensated", minCell: 1 });
    expect(cell(byYear, { year: "2024" })?.count).toBe(2);
    expect(cell(byYear, { year: "2023" })?.count).toBe(1);
  });

  it("counts the same from a stream, bundles looked into, and never copies a name or a note", () => {
    const counter = new Aggregator({ by: ["channel"], minCell: 1 });
    counter.add({ recordType: "bundle", records: contacts.slice(0, 4) });
    for (const record of contacts.slice(4)) counter.add(record);
    const table = counter.table();
    expect(table.total).toBe(9);
    expect(JSON.stringify(table)).not.toContain("CANARY");
  });

  it("writes no GLOTIP figure for contacts: GLOTIP has no such indicator", () => {
    const table = aggregate(contacts, { by: ["channel"], minCell: 1 });
    const figures = toGlotipFigures(table, () => crypto.randomUUID());
    expect(figures.records).toEqual([]);
    expect(figures.cellsLeftOut).toBe(table.cells.length);
  });
});
