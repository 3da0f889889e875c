import type { PiiClass, Severity } from "@tip/schema";

/** A heading with the paragraphs under it. */
export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/**
 * Every text of the site's own pages in one language: navigation, headings, table headers, prose of the home
 * page. Labels of fields and codes and issue messages come from @tip/schema's locale bundles, not from here.
 * Texts are ICU MessageFormat (`{name}`, `{count, plural, ...}`), formatted by `fill`/`formatText` when a page is
 * rendered; search texts are filled by the site's script, which replaces `{count}` only.
 */
export interface ChromeTexts {
  /** The language's own name, shown in the language switcher. */
  readonly languageName: string;
  readonly siteTitle: string;
  readonly skipToContent: string;
  readonly nav: {
    readonly label: string;
    readonly home: string;
    readonly model: string;
    readonly codeLists: string;
    readonly htcds: string;
    readonly ctdc: string;
    readonly rules: string;
    readonly profiles: string;
    readonly api: string;
  };
  readonly languageSwitcher: string;
  readonly search: {
    readonly label: string;
    readonly placeholder: string;
    /** Exactly one result was found. */
    readonly oneResult: string;
    /** `{count}` results (more than one) were found. */
    readonly results: string;
    readonly noResults: string;
    readonly kinds: {
      readonly field: string;
      readonly code: string;
      readonly object: string;
      readonly codeList: string;
    };
  };
  /** Footer; `{version}` is the schema version. */
  readonly footer: string;
  readonly root: { readonly title: string; readonly lead: string; readonly api: string };
  readonly home: {
    readonly title: string;
    readonly lead: string;
    readonly about: Section;
    /** Introduces the cards of the record types. */
    readonly units: Section;
    readonly start: {
      readonly heading: string;
      readonly intro: string;
      readonly install: string;
      readonly validate: string;
      readonly code: string;
      readonly schemas: string;
      readonly synth: string;
      readonly next: string;
    };
  };
  readonly model: {
    readonly title: string;
    readonly intro: string;
    readonly entity: string;
    readonly parts: string;
  };
  readonly object: {
    /** Shown above the title of a record type's page. */
    readonly recordKind: string;
    /** Shown above the title of a part's page. */
    readonly partKind: string;
    readonly fields: string;
    /** Caption of the field table; `{object}` is the object's label. */
    readonly fieldsCaption: string;
    readonly parts: string;
    readonly usedIn: string;
    /** Names the in-page index of an object's page. */
    readonly onThisPage: string;
    readonly rules: string;
    readonly noRules: string;
    readonly example: string;
    readonly exampleIntro: string;
    readonly schema: string;
    /** `{file}` is the JSON Schema's file name. */
    readonly schemaLink: string;
    readonly schemaIntro: string;
  };
  readonly fieldTable: {
    readonly name: string;
    readonly label: string;
    readonly type: string;
    readonly required: string;
    readonly description: string;
    readonly pii: string;
    readonly mappings: string;
    readonly codeList: string;
    /** The cross-field rules that read a field. */
    readonly rules: string;
    readonly yes: string;
    readonly no: string;
  };
  /** How a field's type is shown; `{item}`, `{list}`, `{min}`, `{max}`, `{pattern}`, `{value}` are filled. */
  readonly types: {
    readonly text: string;
    readonly textLength: string;
    readonly integer: string;
    readonly number: string;
    readonly atLeast: string;
    readonly between: string;
    readonly boolean: string;
    readonly date: string;
    readonly dateTime: string;
    readonly uuid: string;
    readonly email: string;
    readonly url: string;
    readonly pattern: string;
    readonly code: string;
    readonly oneOf: string;
    readonly constant: string;
    readonly listOf: string;
    readonly extensions: string;
    readonly object: string;
  };
  readonly pii: { readonly [P in PiiClass]: { readonly label: string; readonly description: string } };
  readonly piiHeading: string;
  readonly severity: { readonly [S in Severity]: string };
  readonly codes: {
    readonly title: string;
    readonly intro: string;
    readonly list: string;
    readonly count: string;
    readonly usedBy: string;
    readonly notUsed: string;
    /** Title of a code list's page; `{list}` is its id. */
    readonly listTitle: string;
    /** How many codes a list has: `{count, plural, ...}`. */
    readonly codeCount: string;
    readonly code: string;
    readonly label: string;
    readonly definition: string;
    readonly mappings: string;
  };
  readonly mappings: {
    /** `{standard}` is HTCDS or CTDC. */
    readonly title: string;
    readonly htcdsIntro: string;
    readonly ctdcIntro: string;
    readonly fieldsToModel: string;
    readonly modelToFields: string;
    readonly codes: string;
    readonly codesIntro: string;
    /** Column header: the name in the standard; `{standard}` is HTCDS or CTDC. */
    readonly standardName: string;
    readonly modelField: string;
    readonly label: string;
    readonly codeList: string;
    readonly code: string;
    readonly htcdsCredit: string;
    readonly ctdcCredit: string;
    readonly notEndorsed: string;
    /** Label of the box that filters the tables; `{standard}` is HTCDS or CTDC. */
    readonly lookupLabel: string;
    /** Under the box: what it matches. */
    readonly lookupHint: string;
  };
  readonly rules: {
    readonly title: string;
    readonly intro: string;
    readonly catalogue: string;
    readonly catalogueIntro: string;
    readonly code: string;
    readonly record: string;
    readonly severity: string;
    readonly clause: string;
    readonly fields: string;
    readonly message: string;
    readonly messages: string;
    readonly ruleCodes: string;
    readonly structural: string;
    readonly structuralIntro: string;
    readonly input: string;
    readonly inputIntro: string;
    readonly placeholders: string;
  };
  readonly profiles: ProfileTexts;
}

/** The texts of the profile pages: the guide to writing one, the page of each profile, and the marks on other pages. */
export interface ProfileTexts {
  readonly guide: {
    readonly title: string;
    readonly lead: string;
    readonly what: Section;
    readonly write: Section;
    readonly test: Section;
    readonly publish: Section;
    readonly shipped: string;
    /** `{file}` is the JSON Schema's file name. */
    readonly schemaLink: string;
  };
  readonly page: {
    readonly kicker: string;
    readonly country: string;
    readonly version: string;
    readonly basedOn: string;
    readonly core: string;
    readonly sources: string;
    /** `{file}` is the profile document's file name. */
    readonly document: string;
    readonly rules: string;
    readonly rulesIntro: string;
    readonly rule: string;
    readonly coreSeverity: string;
    readonly profileSeverity: string;
    /** A rule turned off by the profile. */
    readonly off: string;
    readonly clause: string;
    readonly setBy: string;
    readonly required: string;
    readonly requiredIntro: string;
    readonly field: string;
    readonly codeLists: string;
    readonly codeListsIntro: string;
    readonly list: string;
    readonly accepted: string;
    readonly allCodes: string;
    readonly nationalCodes: string;
    readonly code: string;
    readonly label: string;
    readonly foldsTo: string;
    readonly nationalLists: string;
    readonly source: string;
    readonly extensions: string;
    readonly extensionsIntro: string;
    readonly type: string;
    readonly pii: string;
    readonly recordTypes: string;
    readonly allRecordTypes: string;
    readonly labels: string;
    readonly labelsIntro: string;
    readonly nothing: string;
    readonly fieldTypes: {
      readonly string: string;
      readonly integer: string;
      readonly number: string;
      readonly boolean: string;
      readonly date: string;
      readonly code: string;
      readonly codes: string;
    };
  };
  /** Marks on the other pages of a site built for one profile; `{profile}`, `{clause}`, `{severity}` are filled. */
  readonly marks: {
    readonly note: string;
    readonly requiredBy: string;
    readonly severityUnder: string;
    readonly listHeading: string;
    readonly restrictedTo: string;
    readonly clause: string;
  };
}
