/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// Shopify's components (`s-*`) as Preact JSX elements, for the type checker.
import type {} from '@shopify/ui-extensions/purchase.thank-you.block.render';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { memoryKey, remember, type SurveyStorage } from './memory.ts';
import { type Answer, postAnswer, type Sender } from './post-answer.ts';
import { readSettings, type SurveySettings } from './settings.ts';
import { useMemory } from './use-memory.ts';

/** The parts of Shopify's extension API the survey reads (the `shopify` global of both targets has them). */
export interface SurveyApi {
  settings: { value: SurveySettings };
  localization: { language: { value: { isoCode: string } } };
  i18n: { translate(key: string): string | unknown[] };
  storage: SurveyStorage;
  extension: {
    /** Set in the checkout editor, where the clicks are the merchant's, not a buyer's answer. */
    editor?: { type: string } | undefined;
    /** What the merchant's app was granted: without `network_access` no answer can leave. */
    capabilities: { value: readonly string[] };
  };
  shop: { storefrontUrl?: string | undefined };
}

export interface SurveyProps {
  /** The journey step this page is: `order_confirmed` (Thank you) or `order_status` (Order status). */
  step: string;
  api: SurveyApi;
  sender: Sender;
  /** The order the page is about, once Shopify knows it: what the survey remembers by. Never sent. */
  orderId: () => string | undefined;
}

const RATINGS = [1, 2, 3, 4, 5];

/**
 * The same question as the storefront widget, in Shopify's own components: five ratings, an
 * optional comment, then thanks. Shows nothing until the merchant has set an endpoint and site
 * and the app may reach it, nor for an order whose step was answered or dismissed. In the
 * checkout editor it is a preview: the same steps, and nothing posted or kept.
 */
export function Survey({ step, api, sender, orderId }: SurveyProps) {
  const [rating, setRating] = useState<number>();
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'asking' | 'sending' | 'sent' | 'failed' | 'dismissed'>('asking');
  const preview = api.extension.editor !== undefined;
  const order = preview ? undefined : orderId();
  const key = order ? memoryKey(step, order) : undefined;
  const memory = useMemory(api.storage, key, sender.uuid);
  const to = readSettings(api.settings.value, api.shop.storefrontUrl);
  // Without network access every answer would end in the error banner: better not to ask.
  if (!to || !api.extension.capabilities.value.includes('network_access') || state === 'dismissed') return null;
  if (!preview && (!key || !memory || memory.done)) return null;
  const t = (name: string) => String(api.i18n.translate(name));
  if (state === 'sent') return <s-banner tone="success">{t('thanks')}</s-banner>;

  const send = async () => {
    if (rating === undefined || state === 'sending') return;
    // The preview's thanks: nothing is posted from the editor.
    if (preview) return setState('sent');
    if (!key || !memory) return;
    setState('sending');
    // One id per order and step, kept before the first try: sent again (after a failure, or a
    // reload after a reply that was lost), the answer is the same event and the endpoint keeps one.
    await remember(api.storage, key, { id: memory.id });
    const answer: Answer = {
      id: memory.id,
      step,
      rating,
      comment,
      locale: sender.globalPrivacyControl() ? undefined : api.localization.language.value.isoCode,
    };
    const sent = await postAnswer(to, answer, sender);
    if (sent) await remember(api.storage, key, { id: memory.id, done: 'sent' });
    setState(sent ? 'sent' : 'failed');
  };
  const dismiss = () => {
    setState('dismissed');
    if (!preview && key && memory) void remember(api.storage, key, { id: memory.id, done: 'dismissed' });
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
      <s-button variant="secondary" tone="neutral" disabled={state === 'sending'} onClick={dismiss}>
        {t('dismiss')}
      </s-button>
    </s-stack>
  );
}

/** Global Privacy Control where the extension runs: the GPC spec puts it on a worker's `navigator` as on a page's. */
const globalPrivacyControl = () =>
  (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;

/** Renders the survey for a target, as Shopify expects: into the extension's `document.body`. */
export function renderSurvey(step: string, api: SurveyApi, orderId: () => string | undefined): void {
  const sender: Sender = {
    fetch: (...args) => fetch(...args),
    uuid: () => crypto.randomUUID(),
    now: Date.now,
    globalPrivacyControl,
  };
  render(<Survey step={step} api={api} sender={sender} orderId={orderId} />, document.body);
}
