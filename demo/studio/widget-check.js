/**
 * The widget's own theme check, loaded from the built widget and run with this browser's
 * CSS.supports, exactly as the widget runs it: the fields, the previews, the contrast check and
 * the export ask it.
 */
import { judgeWith } from './verdict.js';
import { importMessages } from './widget-files.js';

export const { isValid, messageFor, suggestion } = judgeWith(await importMessages(), (property, value) =>
  CSS.supports(property, value),
);
