/** The page (MAIN world) half of the page bridge; the threat model is in `lib/messaging/page-bridge.ts`. */
import { HELLO_EVENT, PORT_EVENT, READY_EVENT, type PageToExtension } from '../messaging/page-bridge';
import { EventCtor, MessageChannelCtor, MessageEventCtor, dispatchEvent, messageData, off, on, portPostMessage } from './safe-globals';

export interface PageSide {
  connected(): boolean;
  post(message: PageToExtension): void;
}

/** Page (MAIN world) half. Call at document_start. */
export function openPageSide(onMessage: (message: unknown) => void): PageSide {
  const channel = new MessageChannelCtor();
  const port = channel.port1;
  let connected = false;
  port.onmessage = (event) => onMessage(messageData(event));

  const offer = (): void => {
    const event = new MessageEventCtor(PORT_EVENT, { ports: [channel.port2], cancelable: true });
    // The extension side cancels the event when it takes the port: a `false` here means it is taken.
    if (!dispatchEvent(window, event)) {
      connected = true;
      off(window, READY_EVENT, onReady);
    }
  };
  const onReady = (): void => {
    if (!connected) offer();
  };
  on(window, READY_EVENT, onReady);
  // The extension side runs after the hook and asks for the port (READY_EVENT); if it ran first, it answers this.
  // A port offered before it listens would cost every page a MessageEvent nobody takes.
  if (!dispatchEvent(window, new EventCtor(HELLO_EVENT, { cancelable: true }))) offer();

  return {
    connected: () => connected,
    post: (message) => {
      if (connected) portPostMessage(port, message);
    },
  };
}

