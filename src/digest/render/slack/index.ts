export { renderSlack, withDeliveryKey, type SlackMessagePayload } from './render.js';
export { escapeSlack } from './escape.js';
