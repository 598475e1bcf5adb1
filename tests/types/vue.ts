// feelback/vue: the plugin's config and the composables.
import { feelback, useFeelback, useFeelbackStep } from 'feelback/vue';
import { createApp, defineComponent, ref } from 'vue';

const Checkout = defineComponent({
  setup() {
    useFeelbackStep('checkout');
    useFeelbackStep(ref('checkout'), { closeOnLeave: true });
    useFeelbackStep(() => 'checkout', { context: { question: 'How was checkout?' } });
    useFeelback()?.close();
    // @ts-expect-error an option that does not exist
    useFeelbackStep('checkout', { closeOnLeaving: true });
    return () => null;
  },
});

createApp(Checkout).use(feelback({ endpoint: '/answers', site: 'acme-shop' }));
// @ts-expect-error site is required
createApp(Checkout).use(feelback({ endpoint: '/answers' }));
