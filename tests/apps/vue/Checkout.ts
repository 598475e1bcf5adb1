import { useFeelbackStep } from 'feelback/vue';
import { defineComponent, h } from 'vue';

export const Checkout = defineComponent(() => {
  // Once per visit of this screen; closeOnLeave: its prompt goes when the shopper leaves it.
  useFeelbackStep('checkout', { closeOnLeave: true });
  return () => h('h1', 'Checkout');
});
