import { shadowCss } from 'virtual:shadow-css/help';
import { buildRecoveryEvent } from '../event/build-recovery.js';
import type { Strings } from '../i18n/en.js';
import { enHelp, type HelpStrings } from '../i18n/en-help.js';
import type { PackedTexts } from '../i18n/locale-files.js';
import type { StringOverrides } from '../i18n/merge-strings.js';
import { EMAIL, LIMITS, type RecoveryAction } from '../shared/answer.js';
import { isText } from '../shared/checks.js';
import { ContactFields } from './ContactFields.js';
import { actionLabel, HelpCard } from './HelpCard.js';
import type { PromptParts } from './prompt-parts.js';
import type { HelpOffer, UiState } from './state.js';
import type { WidgetProps } from './Widget.js';

export interface HelpKitOptions {
  /** Help after a rating at or below its threshold. */
  help?: HelpOffer | undefined;
  /** Ask "May we contact you about this?" after a rating at or below this. */
  contactUpTo?: number | undefined;
  /** The help part of the prompt's language; undefined (or none) for English. */
  loadTexts?: (() => Promise<PackedTexts | undefined>) | undefined;
  /** The prompt's texts when it is in another language than English (an English fallback then says so with `lang`). */
  strings?: object | undefined;
  /** The site's replacement texts of the help part. */
  overrides: StringOverrides;
  /** A replacement was unusable (e.g. it lacks `{phone}`), so the default text is shown. */
  onBadOverride?(key: string, problem: string): void;
  /** The prompt's shadow root, which takes this file's styles. */
  root: ShadowRoot | null;
  /** The shopper took the help: `build` makes its event. */
  onRecover?(action: RecoveryAction, build: typeof buildRecoveryEvent): void;
  /** Closes the prompt (the site's own help takes over). */
  close(): void;
}

/**
 * The texts of the help part in the prompt's language, or English when there are none or they do
 * not fit (then `english`), with the site's replacements over them.
 */
export function helpStrings(
  { unpackPart, mergeStrings }: Pick<PromptParts, 'unpackPart' | 'mergeStrings'>,
  packed: PackedTexts | undefined,
  overrides: StringOverrides,
  warn: (key: string, problem: string) => void,
): { strings: HelpStrings; english: boolean } {
  let own: Partial<HelpStrings> | undefined;
  try {
    own = packed && (unpackPart(packed, enHelp) as Partial<HelpStrings>);
  } catch {}
  return { strings: mergeStrings({ ...enHelp, ...own }, overrides, warn), english: !own };
}

/** Whether an address is one an answer may carry: what `<input type=email>` accepts, within the wire's limit. */
export const isEmail = (email: string) => isText(email, LIMITS.email, EMAIL);

/**
 * One prompt's help and contact question, once their file is here: what they change in the
 * widget for a state, and what Send must check. The prompt asks it, never the other way round.
 */
export async function createHelpKit(options: HelpKitOptions, ui: PromptParts) {
  const { help, contactUpTo = -1 } = options;
  const packed = await options.loadTexts?.().catch(() => undefined);
  const { strings, english } = helpStrings(ui, packed, options.overrides, options.onBadOverride ?? (() => {}));
  if (options.root) ui.applyShadowStyles(options.root, shadowCss());
  // English in a prompt of another language says so, for screen readers' pronunciation.
  const lang = english && options.strings ? 'en' : undefined;
  const asks = (state: UiState) => state.rating !== undefined && state.rating <= contactUpTo;
  let taken = false;
  const take = () => {
    if (!taken && help) options.onRecover?.(help.action, buildRecoveryEvent);
    taken = true;
    // The site's own help (its chat) takes over from here.
    if (help?.action === 'event') options.close();
  };

  const kit = {
    /** The help's thank-you for this state; undefined for the plain one. */
    thanks: (state: UiState) =>
      help && state.view !== 'prompt' && (state.rating ?? help.threshold + 1) <= help.threshold
        ? strings.helpThanks
        : undefined,
    /**
     * The address Send carries: undefined without consent ticked after a low answer, false when
     * the one typed is not usable (the field then says so).
     */
    contact(state: UiState): string | false | undefined {
      const email = asks(state) && state.contact ? (state.email ?? '').trim() : undefined;
      return email === undefined || isEmail(email) ? email : false;
    },
    /**
     * Send with an address an answer cannot carry (`contact` false), once the field shows what is
     * wrong: focus moves to the field, which reads it out. Sent with Enter from the field, focus is
     * there already and moving it says nothing: returns what the status region says instead, with
     * a trailing no-break space when it said the same (the same words are no change to a live region).
     */
    refuse(root: ShadowRoot | null, said: string): string | undefined {
      const field = root?.getElementById('fb-m');
      if (root?.activeElement !== field) return void field?.focus();
      const problem = strings.helpEmailInvalid;
      return said === problem ? `${problem}\u00a0` : problem;
    },
    /**
     * What the widget shows differently in `state`: the contact question in the follow-up (and the
     * comment's hint saying how the address is used), the help card with its action for the
     * thank-you (`said`: its sentence), and its action's name on the slim bar.
     */
    props(
      state: UiState,
      base: { strings: Strings; said: string; comment: boolean },
      set: (change: Partial<UiState>) => void,
    ) {
      const props: Partial<WidgetProps> = {};
      const consented = asks(state) && state.contact;
      if (consented) props.strings = { ...base.strings, commentHint: strings.helpEmailHint };
      if (asks(state) && state.view === 'prompt') {
        props.extra = ContactFields(ui, {
          strings,
          checked: !!state.contact,
          email: state.email ?? '',
          invalid: !!state.emailInvalid,
          ownHint: !base.comment,
          lang,
          onTick: (contact) => set({ contact, emailInvalid: false }),
          onEmail: (email) => set({ email, emailInvalid: false }),
        });
      }
      if (help && kit.thanks(state)) {
        props.after = HelpCard(ui, { strings, text: base.said, offer: help, lang, onTake: take });
        props.question = actionLabel(help, strings);
      }
      return props;
    },
  };
  return kit;
}

export type HelpKit = Awaited<ReturnType<typeof createHelpKit>>;
