import { feelback, useFeelbackStep } from 'feelback/vue';
import { createApp, defineComponent, h } from 'vue';
import { createRouter, createWebHistory, RouterLink, RouterView } from 'vue-router';

const screen = (title: string, step?: string, closeOnLeave = false) =>
  defineComponent(() => {
    if (step) useFeelbackStep(step, { closeOnLeave });
    return () => h('h1', title);
  });

const router = createRouter({
  history: createWebHistory('/vue/'),
  routes: [
    { path: '/', component: screen('Product', 'product') },
    { path: '/basket', component: screen('Basket') },
    { path: '/checkout', component: screen('Checkout', 'checkout', true) },
    { path: '/confirmed', component: screen('Thank you for your order') },
  ],
});

const App = defineComponent(() => () => [
  h('nav', [
    h(RouterLink, { to: '/' }, () => 'Product'),
    h(RouterLink, { to: '/basket' }, () => 'Basket'),
    h(RouterLink, { to: '/checkout' }, () => 'Checkout'),
    h(RouterLink, { to: '/confirmed' }, () => 'Place order'),
  ]),
  h(RouterView),
]);

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
