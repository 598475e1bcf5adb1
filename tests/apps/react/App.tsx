import { FeelbackProvider, useFeelbackStep } from 'feelback/react';
import { useState } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';

const config = {
  endpoint: '/answers',
  site: 'react-shop',
  // The widget's events go to window.dataLayer too, for a tag manager (and this example's test).
  dataLayer: true,
  // Ask on every screen of this example (a real shop keeps the default etiquette).
  etiquette: { cooldownDays: 0, reaskAfterDays: 0 },
  // Asked by itself when the route becomes /react/confirmed.
  triggers: [{ step: 'order_confirmed', on: { url: '/react/confirmed' } }],
};

function Product() {
  useFeelbackStep('product');
  return <h1>Product</h1>;
}

function Checkout() {
  // A question about checkout makes no sense once the shopper has left it.
  useFeelbackStep('checkout', { closeOnLeave: true });
  return <h1>Checkout</h1>;
}

export function App() {
  const [open, setOpen] = useState(true);
  if (!open) return <p>The shop is closed.</p>;
  return (
    <FeelbackProvider config={config}>
      <BrowserRouter basename="/react">
        <nav>
          <Link to="/">Product</Link> <Link to="/basket">Basket</Link> <Link to="/checkout">Checkout</Link>{' '}
          <Link to="/confirmed">Place order</Link>{' '}
          <button type="button" onClick={() => setOpen(false)}>
            Close the shop
          </button>
        </nav>
        <Routes>
          <Route path="/" element={<Product />} />
          <Route path="/basket" element={<h1>Basket</h1>} />
          <Route path="/checkout" element={<Checkout />} />
          <Route path="/confirmed" element={<h1>Thank you for your order</h1>} />
        </Routes>
      </BrowserRouter>
    </FeelbackProvider>
  );
}
