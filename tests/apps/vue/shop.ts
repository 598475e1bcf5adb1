// The example's screens and router (render functions, so no compiler is needed; single-file
// components call the composables the same way).
import { useFeelbackStep } from 'feelback/vue';
import { defineComponent, h } from 'vue';
import { createRouter, createWebHistory, RouterLink, RouterView } from 'vue-router';
import { Checkout } from './Checkout.ts';

const screen = (title: string, step?: string) =>
  defineComponent(() => {
    // By default the prompt stays when the shopper moves on: they may still answer about it.
    if (step) useFeelbackStep(step);
    return () => h('h1', title);
  });

export const router = createRouter({
  history: createWebHistory('/vue/'),
  routes: [
    { path: '/', component: screen('Product', 'product') },
    { path: '/basket', component: screen('Basket') },
    { path: '/checkout', component: Checkout },
    { path: '/confirmed', component: screen('Thank you for your order') },
  ],
});

export const App = defineComponent(() => () => [
  h('nav', [
    h(RouterLink, { to: '/' }, () => 'Product'),
    h(RouterLink, { to: '/basket' }, () => 'Basket'),
    h(RouterLink, { to: '/checkout' }, () => 'Checkout'),
    h(RouterLink, { to: '/confirmed' }, () => 'Place order'),
  ]),
  h(RouterView),
]);
