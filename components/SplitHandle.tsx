// A drag handle between the request list and the detail view, like DevTools' own split views.
export interface SplitHandleProps {
  /** Called while dragging with the list's new share of the width, 0..1. */
  onResize(share: number): void;
}

const MIN_SHARE = 0.2;
const MAX_SHARE = 0.8;

export function SplitHandle({ onResize }: SplitHandleProps) {
  function onPointerDown(event: PointerEvent) {
    const handle = event.currentTarget as HTMLElement;
    const container = handle.parentElement!;
    handle.setPointerCapture(event.pointerId);
    const move = (moveEvent: PointerEvent) => {
      const bounds = container.getBoundingClientRect();
      const share = (moveEvent.clientX - bounds.left) / bounds.width;
      onResize(Math.min(MAX_SHARE, Math.max(MIN_SHARE, share)));
    };
    const stop = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', stop);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', stop);
  }
  return <div class="split-handle" role="separator" aria-orientation="vertical" onPointerDown={onPointerDown} />;
}
