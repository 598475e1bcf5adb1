// Sentry as its docs set up user feedback: init with the default integrations and the feedback
// form bundled in (feedbackIntegration = feedbackSyncIntegration). No button, so nothing shows
// until the bench opens the form, as with the other candidates.
import { feedbackIntegration, getFeedback, init } from '@sentry/browser';

init({
  dsn: window.__bench.sentryDsn,
  integrations: [feedbackIntegration({ autoInject: false })],
});
if (window.__bench.prompt) {
  getFeedback()
    ?.createForm()
    .then((form) => {
      form.appendToDom();
      form.open();
      window.__bench.shown();
    });
}
