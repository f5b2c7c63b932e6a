/**
 * Puts `text` on the clipboard. DevTools may refuse the clipboard to an extension panel; then the
 * element showing the text is selected instead, for Ctrl+C. Resolves to whether it was copied.
 */
export async function copyText(text: string, shownIn: Element | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const selection = getSelection();
    if (selection && shownIn) selection.selectAllChildren(shownIn);
    return false;
  }
}
