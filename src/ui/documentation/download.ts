/** Downloads a file made in the browser: a Blob and an `<a download>`. */
export function download(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement("a");
	a.href = url;
	a.download = fileName;
	a.rel = "noopener";
	a.style.display = "none";
	document.body.append(a);
	a.click();
	a.remove();
	// Some browsers read the URL after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
