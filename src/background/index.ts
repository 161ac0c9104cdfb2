// Placeholder background; the content-script issue fills it in.
export {};
