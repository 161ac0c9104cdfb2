// Placeholder content script; the content-script issue fills it in.
export {};
