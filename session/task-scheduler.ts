// When the capture's deferred work runs. The DevTools page is a hidden frame, where browsers stretch
// setTimeout to a second or more; a MessageChannel message runs as the next task all the same, so
// row updates and the diagnosis use it and reach the panel at once, while a burst of events that
// arrived before it runs still goes out as one message. Nothing of the capture waits on a timer;
// only the backoff between the tries of a retry does.
export interface TaskScheduler {
  /** Runs `task` as a new task, after the events already queued. */
  soon(task: () => void): void;
  /** Runs `task` after about `ms` (a hidden page may run it up to a second late); returns a cancel. */
  after(ms: number, task: () => void): () => void;
  now(): number;
}

export function browserTaskScheduler(): TaskScheduler {
  const channel = new MessageChannel();
  const queued: (() => void)[] = [];
  channel.port1.onmessage = () => queued.shift()?.();
  return {
    soon(task) {
      queued.push(task);
      channel.port2.postMessage(null);
    },
    after(ms, task) {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    },
    now: () => Date.now(),
  };
}
