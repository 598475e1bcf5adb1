/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// Shopify's components (`s-*`) as Preact JSX elements, for the type checker.
import type {} from '@shopify/ui-extensions/purchase.thank-you.block.render';
import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type Answer, postAnswer, readSettings, type Sender, type SurveySettings } from './post-answer.ts';

/** The parts of Shopify's extension API the survey reads (the `shopify` global of both targets has them). */
export interface SurveyApi {
  settings: { value: SurveySettings };
  localization: { language: { value: { isoCode: string } } };
  i18n: { translate(key: string): string | unknown[] };
}

export interface SurveyProps {
  /** The journey step this page is: `order_confirmed` (Thank you) or `order_status` (Order status). */
  step: string;
  api: SurveyApi;
  sender: Sender;
}

const RATINGS = [1, 2, 3, 4, 5];

/**
 * The same question as the storefront widget, in Shopify's own components: five ratings, an
 * optional comment, then thanks. Shows nothing until the merchant has set an endpoint and site.
 */
export function Survey({ step, api, sender }: SurveyProps) {
  const [rating, setRating] = useState<number>();
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'asking' | 'sending' | 'sent' | 'failed'>('asking');
  const tried = useRef<{ key: string; id: string } | null>(null);
  const to = readSettings(api.settings.value);
  if (!to) return null;
  const t = (key: string) => String(api.i18n.translate(key));
  if (state === 'sent') return <s-banner tone="success">{t('thanks')}</s-banner>;

  const send = async () => {
    if (rating === undefined || state === 'sending') return;
    setState('sending');
    // Sent again unchanged after a failure: the same id, so an attempt that did arrive (its
    // reply lost) is kept once. A changed answer is a new event.
    const key = JSON.stringify([rating, comment]);
    if (tried.current?.key !== key) tried.current = { key, id: sender.uuid() };
    const answer: Answer = {
      id: tried.current.id,
      step,
      rating,
      comment,
      locale: api.localization.language.value.isoCode,
    };
    setState((await postAnswer(to, answer, sender)) ? 'sent' : 'failed');
  };

  return (
    <s-stack gap="base">
      <s-heading>{t('question')}</s-heading>
      <s-stack direction="inline" gap="small-200">
        {RATINGS.map((value) => (
          <s-button
            key={value}
            variant={value === rating ? 'primary' : 'secondary'}
            accessibilityLabel={t(`ratings.${value}`)}
            onClick={() => setRating(value)}
          >
            {t(`ratings.${value}`)}
          </s-button>
        ))}
      </s-stack>
      {rating !== undefined && (
        <s-stack gap="base">
          <s-text-area
            label={t('comment')}
            value={comment}
            maxLength={1000}
            onInput={(event: Event) => setComment((event.currentTarget as HTMLTextAreaElement).value)}
          />
          {to.privacyUrl && (
            <s-link href={to.privacyUrl} target="_blank">
              {t('privacy')}
            </s-link>
          )}
          <s-button variant="primary" loading={state === 'sending'} onClick={send}>
            {t('send')}
          </s-button>
        </s-stack>
      )}
      {state === 'failed' && <s-banner tone="critical">{t('failed')}</s-banner>}
    </s-stack>
  );
}

/** Renders the survey for a target, as Shopify expects: into the extension's `document.body`. */
export function renderSurvey(step: string, api: SurveyApi): void {
  const sender: Sender = { fetch: (...args) => fetch(...args), uuid: () => crypto.randomUUID(), now: Date.now };
  render(<Survey step={step} api={api} sender={sender} />, document.body);
}
