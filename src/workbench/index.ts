/**
 * `region-brand-widgets/workbench.js`: the editors' workbench, its own entry. The widgets it
 * previews, the validator and the spreadsheet reader load on demand, so this entry stays small and
 * no widget bundle carries any of it.
 */
import { defineElement } from '../core/define.js';
import { RbWorkbench } from './workbench.js';

export { RbWorkbench, type PublishDetail } from './workbench.js';
export { formFields, setField, type FieldDescriptor, type FormContext } from './schema-form.js';
export { embedSnippets, type Snippets, type EmbedTarget, type EmbedUrls } from './snippets.js';
export { workbenchMessages, workbenchLanguages, registerWorkbenchLanguage, type WorkbenchMessages } from './i18n/index.js';
export { CONFIG_SCHEMAS } from './config-schemas.generated.js';

defineElement('rb-workbench', RbWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'rb-workbench': RbWorkbench;
  }
}
