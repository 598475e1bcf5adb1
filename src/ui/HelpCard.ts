import type { ComponentChild } from 'preact';
import type { HelpStrings } from '../i18n/en-help.js';
import { action, card } from './help.css.js';
import type { PromptParts } from './prompt-parts.js';
import type { HelpOffer } from './state.js';

export interface HelpCardProps {
  strings: HelpStrings;
  /** The thank-you above the action ("help is right here", or "saved, we'll send it"). */
  text: string;
  offer: HelpOffer;
  /** "en" when these texts are English in a prompt of another language. */
  lang?: string | undefined;
  /** The shopper took the help (every time they do: the caller counts it once). */
  onTake(): void;
}

/** The action's text: the site's own, or the default for its kind. */
export function actionLabel(offer: HelpOffer, strings: HelpStrings): string {
  if (offer.label) return offer.label;
  if (offer.action === 'link') return strings.helpLink;
  return offer.action === 'phone' ? strings.helpPhone.replace('{phone}', () => offer.to ?? '') : strings.helpEvent;
}

/**
 * The thank-you after a low answer on a step that offers help: one warm sentence and one action.
 * A link opens in a new tab (the shopper keeps their place), a phone number is a `tel:` link, the
 * site's own help (`event`) a button. Pure: props in, callbacks out (drawn with the prompt's `h`).
 */
export function HelpCard({ h }: PromptParts, { strings, text, offer, lang, onTake }: HelpCardProps): ComponentChild {
  const [before, after] = strings.helpPhone.split('{phone}');
  const label =
    offer.action === 'phone' && !offer.label
      ? // The number keeps its own direction in a right-to-left sentence ("+44…", not "…44+"); one
        // span, so the flex action keeps the sentence one piece of text when it wraps.
        h('span', null, before, h('span', { dir: 'ltr' }, offer.to), after)
      : actionLabel(offer, strings);
  const take = { class: action, onClick: onTake };
  return h(
    'div',
    { class: card, lang },
    // Focus moves here when the form it replaces had focus.
    h('p', { tabIndex: -1, 'data-focus': true }, text),
    offer.action === 'event'
      ? h('button', { type: 'button', ...take }, label)
      : // Checked where it becomes a link too, as FollowUp's privacy link: only ever a web page, never `javascript:`.
        (offer.action === 'phone' || /^https?:\/\//i.test(offer.to ?? '')) &&
          h(
            'a',
            offer.action === 'link'
              ? { href: offer.to, target: '_blank', rel: 'noopener', ...take }
              : // Dialled as digits: "+44 (0)20 7946 0000" is tel:+442079460000 (the "(0)" is for callers at home).
                { href: `tel:${offer.to?.replace(/\(0\)|[^\d+]/g, '')}`, ...take },
            label,
          ),
  );
}
