/**
 * Files the page hands to the reader: a download made from a blob URL, so it works from
 * file:// and asks for nothing over the network.
 */

/** Offer `text` as a file download (works from file://: a blob URL, no network). */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
