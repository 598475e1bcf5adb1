// Stand-in for Sentry's CDN bundle `feedback-modal.min.js`, which is not published on npm: the same
// integration from the same version, registered where lazyLoadIntegration looks for it.
import { feedbackModalIntegration } from '@sentry/feedback';

window.Sentry = window.Sentry || {};
window.Sentry.feedbackModalIntegration = feedbackModalIntegration;
