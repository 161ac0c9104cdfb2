// Vite asset imports (CSS, ?url) in the popup and options pages.
/// <reference types="vite/client" />
