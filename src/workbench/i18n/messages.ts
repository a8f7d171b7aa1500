/**
 * Strings of rb-workbench, one object per language. They live beside the workbench, not in the
 * library's `Messages`, so that no widget bundle carries them.
 */
export interface WorkbenchMessages {
  /** BCP 47 tag of the language. */
  readonly lang: string;
  /** Name of the language in itself, for the language choice. */
  readonly languageName: string;
  readonly title: string;
  readonly language: string;
  readonly steps: { readonly load: string; readonly configure: string; readonly compose: string; readonly publish: string; readonly label: string };
  readonly next: string;
  readonly load: {
    readonly drop: string;
    readonly choose: string;
    readonly accepted: string;
    readonly reading: (file: string) => string;
    readonly loaded: (file: string) => string;
    readonly summary: string;
    readonly figures: { readonly units: string; readonly brands: string; readonly clusters: string; readonly enterprises: string; readonly indicators: string; readonly coverage: string };
    readonly problems: (count: number) => string;
    readonly warnings: (count: number) => string;
    readonly showRow: string;
    readonly hideRow: string;
    readonly rowOf: (where: string) => string;
    readonly notPublished: string;
    readonly unknownType: (file: string) => string;
    readonly sample: string;
  };
  readonly configure: {
    readonly widgetType: string;
    readonly types: Readonly<Record<string, string>>;
    readonly fields: string;
    readonly preview: string;
    readonly addToDashboard: string;
    readonly added: string;
    readonly reset: string;
    readonly defaultOption: string;
    readonly defaultValue: (value: string) => string;
    readonly range: (min: string, max: string) => string;
    readonly addValue: string;
    readonly removeValue: (n: number) => string;
    readonly valueN: (label: string, n: number) => string;
    readonly needData: string;
  };
  /** Label of each config field, by name. */
  readonly fieldLabels: Readonly<Record<string, string>>;
  /** Description of each config field, by name or `<type>.<name>`. */
  readonly fieldDescriptions: Readonly<Record<string, string>>;
  /** Label of enumeration values, by `<field>.<value>`. */
  readonly choiceLabels: Readonly<Record<string, string>>;
  readonly compose: {
    readonly dashboardTitle: string;
    readonly columns: string;
    readonly empty: string;
    readonly span: string;
    readonly moveUp: string;
    readonly moveDown: string;
    readonly remove: string;
    readonly item: (n: number, type: string) => string;
    readonly preview: string;
    /** Flowing page or big screen. */
    readonly layout: string;
    readonly layoutPage: string;
    readonly layoutStage: string;
    readonly stageWidth: string;
    readonly stageHeight: string;
    readonly fit: string;
    readonly fits: Readonly<Record<'contain' | 'width' | 'height' | 'cover' | 'stretch' | 'none', string>>;
    readonly rows: string;
    /** Labels of a widget's place on the stage: first column, first row, columns, rows. */
    readonly area: { readonly column: string; readonly row: string; readonly columns: string; readonly rows: string };
    readonly arrange: string;
    readonly link: string;
    readonly theme: string;
    readonly themeDefault: string;
  };
  readonly publish: {
    readonly dataUrl: string;
    readonly scriptUrl: string;
    readonly downloadData: string;
    readonly downloadSpec: string;
    readonly downloadWorkbook: string;
    readonly embedWhat: string;
    readonly thisWidget: string;
    readonly theDashboard: string;
    readonly copy: (form: string) => string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly nothing: string;
  };
  readonly storage: {
    readonly note: string;
    readonly clear: string;
    readonly cleared: string;
    readonly restored: string;
    readonly full: string;
  };
}
