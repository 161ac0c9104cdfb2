// CSS for our shadow root, and the one page-level sheet: ::highlight() rules for our own named
// highlights. Nothing here selects any of the page's elements.

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export const highlightName = (severity: (typeof SEVERITIES)[number]) => `evalscout-${severity}`;
export const FLASH = 'evalscout-flash';

// Written compactly (shared declarations grouped, no line breaks) because these strings ship in the
// content script as they are; the minifier does not touch CSS.
export const PAGE_CSS =
  '::highlight(evalscout-high){background-color:rgba(220,38,38,.22);text-decoration:underline wavy #b3261e;text-decoration-thickness:1.5px}' +
  '::highlight(evalscout-medium){background-color:rgba(245,158,11,.25);text-decoration:underline wavy #b45309}' +
  '::highlight(evalscout-low){background-color:rgba(59,130,246,.14);text-decoration:underline dotted #1d4ed8}' +
  '::highlight(evalscout-flash){background-color:rgba(250,204,21,.75)}';

export const SHADOW_CSS =
  ':host{all:initial !important;position:fixed !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483646 !important;display:block !important}' +
  '*,*::before,*::after{box-sizing:border-box}' +
  '.layer{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;-webkit-font-smoothing:antialiased}' +
  'button{font:inherit;color:inherit;cursor:pointer}' +
  '.chip,.panel,.tip,.marker{position:fixed}' +
  '.chip,.panel{border:1px solid #d0d7de;background:#fff}' +
  '.chip{display:flex;gap:6px;align-items:center;max-width:min(560px,calc(100vw - 16px));padding:5px 10px;border-radius:999px;box-shadow:0 2px 8px rgba(0,0,0,.15);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}' +
  '.chip:focus-visible,.item:focus-visible,.close:focus-visible{outline:2px solid #0969da;outline-offset:2px}' +
  '.dot{width:8px;height:8px;border-radius:50%;flex:none;background:#8c959f}' +
  '.dot.ai,.marker.ai{background:#15803d}.dot.warn,.marker.warn{background:#b45309}.dot.high,.marker.high{background:#b3261e}' +
  '.panel{width:min(380px,calc(100vw - 16px));max-height:min(70vh,560px);overflow:auto;padding:10px 12px;border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.2)}' +
  '.panel h2,.panel h3{all:unset;display:block;font-weight:600}' +
  '.panel h2{font-size:14px;margin:0 24px 6px 0}' +
  '.panel h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#57606a;margin:10px 0 4px}' +
  '.panel ul{list-style:none;margin:0;padding:0}' +
  '.panel li{margin:0 0 4px}' +
  '.close{position:absolute;top:6px;right:8px;border:0;background:none;font-size:16px;line-height:1;padding:4px}' +
  '.item{display:block;width:100%;text-align:left;border:1px solid transparent;border-radius:6px;background:#f6f8fa;padding:5px 7px}' +
  '.item:hover{border-color:#d0d7de}' +
  '.sev{display:inline-block;min-width:52px;font-size:11px;font-weight:600;text-transform:uppercase;margin-right:6px}' +
  '.sev.high{color:#b3261e}.sev.medium{color:#b45309}.sev.low{color:#1d4ed8}' +
  '.why{display:block;color:#57606a;font-size:12px;margin-top:2px}' +
  '.ok{color:#15803d;font-weight:600;margin-right:6px}' +
  '.kw{display:inline-block;margin:0 4px 4px 0;padding:1px 7px;border-radius:999px;background:#eef2f6;font-size:12px}' +
  '.kw.required{background:#dbeafe}' +
  '.muted{color:#57606a}' +
  '.tip,.marker{pointer-events:none}' +
  '.tip{max-width:320px;padding:7px 9px;border-radius:6px;background:#1f2328;color:#fff;font-size:12px;box-shadow:0 4px 12px rgba(0,0,0,.25)}' +
  '.tip b{display:block;margin-bottom:2px}' +
  '.marker{padding:1px 6px;border-radius:999px;font-size:11px;font-weight:600;color:#fff;background:#57606a;white-space:nowrap}' +
  '[hidden]{display:none !important}';
