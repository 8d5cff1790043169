import type { Window as HappyDomWindow } from 'happy-dom';

/** Sizes the test's window, as a phone or a laptop would be, so media queries answer as they would there. */
export const viewTestAt = (width: number, height: number) =>
  (window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height });
