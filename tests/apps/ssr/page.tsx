import { Feedback, FeedbackStep } from './feedback.tsx';

/** The page both sides render: the server to HTML, the browser to hydrate it. */
export function Page() {
  return (
    <Feedback>
      <main>
        <h1>Checkout</h1>
        <p>Rendered on the server, hydrated in the browser.</p>
        <FeedbackStep step="checkout" />
      </main>
    </Feedback>
  );
}
