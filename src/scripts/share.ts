/** Adds "copy link" and the native share sheet to the share box, where the browser supports them. */
export function enhanceShare(): void {
  const box = document.querySelector<HTMLElement>('[data-share]');
  if (!box) return;
  const { url, title, copied } = JSON.parse(box.dataset.share ?? '{}') as {
    url: string;
    title: string;
    copied: string;
  };
  const status = box.querySelector<HTMLElement>('[data-share-status]');
  const copy = box.querySelector<HTMLElement>('[data-share-copy]');
  const native = box.querySelector<HTMLElement>('[data-share-native]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.querySelector('button')?.addEventListener('click', () => {
      void navigator.clipboard.writeText(url).then(() => status && (status.textContent = copied));
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native
      .querySelector('button')
      ?.addEventListener('click', () => void navigator.share({ url, title }).catch(() => undefined));
  }
}
