import { feelback } from 'feelback/vue';
import { createApp } from 'vue';
import { App, router } from './shop.ts';

createApp(App)
  .use(router)
  .use(
    feelback({
      endpoint: '/answers',
      site: 'vue-shop',
      dataLayer: true,
      // Ask on every screen of this example (a real shop keeps the default etiquette).
      etiquette: { cooldownDays: 0, reaskAfterDays: 0 },
      triggers: [{ step: 'order_confirmed', on: { url: '/vue/confirmed' } }],
    }),
  )
  .mount('#app');
