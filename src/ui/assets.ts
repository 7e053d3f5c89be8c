/**
 * The panel's only static files: one style sheet and one small script (progressive enhancement: the
 * live backtest). Served from `/ui/assets/` so the CSP can forbid every inline script and style.
 * Colours meet WCAG 2.1 AA contrast (4.5:1 for text) on their backgrounds.
 */

export const PANEL_CSS = `
:root{--bg:#ffffff;--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--accent:#0b57d0;--ok:#116329;--warn:#8a4b00;--bad:#b3261e;--mark:#ffe066;--panel:#f4f5f7}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header.top{background:#1d2733;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
header.top a{color:#fff;text-decoration:none;padding:6px 4px;border-bottom:3px solid transparent}
header.top a[aria-current=page]{border-bottom-color:#8ab4f8}
header.top .brand{font-weight:700;margin-right:8px}
header.top form{margin-left:auto}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel)}
.wrap{overflow-x:auto}
.muted{color:var(--muted)}
.ok{color:var(--ok)}.warn{color:var(--warn)}.bad{color:var(--bad)}
.badge{display:inline-block;padding:0 6px;border-radius:4px;border:1px solid currentColor;font-size:.85rem;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{background:var(--panel);border-radius:8px;padding:12px}
.card .n{font-size:1.6rem;font-weight:700}
label{display:block;font-weight:600;margin:.5rem 0 .2rem}
input[type=text],input[type=password],input[type=search],input[type=date],select{font:inherit;padding:8px;border:1px solid #767676;border-radius:6px;width:100%;max-width:420px;background:#fff;color:var(--fg)}
button{font:inherit;padding:8px 14px;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer;min-height:44px}
button.secondary{background:#fff;color:#0b57d0}
button.link{background:none;border:none;color:#fff;padding:6px;min-height:0;text-decoration:underline}
.row{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:flex-end}
.row>div{flex:1 1 200px}
.flash{border-left:4px solid var(--accent);background:#e8f0fe;padding:8px 12px;margin:0 0 1rem;white-space:pre-wrap}
.flash.error{border-color:var(--bad);background:#fce8e6}
ul.terms{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px}
ul.terms li{background:var(--panel);border-radius:16px;padding:2px 4px 2px 12px;display:flex;align-items:center;gap:4px}
ul.terms li form{display:inline}
ul.terms button{min-height:32px;padding:2px 8px;background:#fff;color:var(--bad);border-color:var(--bad)}
mark{background:var(--mark);color:#000;padding:0 1px}
mark.trap{background:#ffd7d2}
.hit{border-bottom:1px solid var(--line);padding:8px 0}
.hit .meta{font-size:.9rem;color:var(--muted)}
.hit p{margin:.3rem 0}
.why{font-size:.9rem;color:var(--muted)}
[aria-busy=true]{opacity:.6}
.preview{display:grid;gap:16px}
.gap{height:.6em}
/* Discord (dark theme) */
.dc{background:#313338;color:#dbdee1;border-radius:8px;padding:12px 8px;font-size:15px;line-height:1.375}
.dc-msg{display:flex;gap:12px;padding:4px 8px}
.dc-avatar,.sl-avatar{flex:0 0 40px;height:40px;border-radius:50%;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:14px}
.dc-body{min-width:0;flex:1}
.dc-name{color:#f2f3f5;font-weight:600}.dc-bot{background:#5865f2;color:#fff;font-size:10px;padding:1px 4px;border-radius:3px;vertical-align:middle}
.dc-time{color:#949ba4;font-size:12px}
.dc a{color:#00a8fc;text-decoration:none}.dc a:hover{text-decoration:underline}
.dc code{background:#2b2d31;padding:0 3px;border-radius:3px}
.dc-embed{background:#2b2d31;border-left:4px solid #1e1f22;border-radius:4px;padding:8px 16px 12px 12px;margin-top:6px;max-width:520px;overflow-wrap:anywhere}
.dc-embed.c-blue{border-left-color:#3b82f6}.dc-embed.c-amber{border-left-color:#f59e0b}
.dc-author{color:#f2f3f5;font-size:14px;font-weight:600;margin-top:4px}
.dc-title{font-weight:600;margin-top:4px;color:#f2f3f5}
.dc-desc{font-size:14px;margin-top:6px}
.dc-sub{font-size:12px;color:#949ba4}
.dc-quote{border-left:4px solid #4e5058;margin:4px 0;padding:0 0 0 10px}
.dc-field{margin-top:6px;font-size:14px}.dc-field-name{font-weight:600;color:#f2f3f5}
.dc-footer{font-size:12px;color:#949ba4;margin-top:8px}
/* Slack */
.sl{background:#fff;color:#1d1c1d;border:1px solid #ddd;border-radius:8px;padding:12px 8px;font-size:15px;line-height:1.46668}
.sl-msg{display:flex;gap:8px;padding:4px 12px}
.sl-avatar{border-radius:6px;background:#4a154b;flex-basis:36px;height:36px}
.sl-body{min-width:0;flex:1}
.sl-name{font-weight:900}.sl-app{background:#e8e8e8;color:#454245;font-size:10px;padding:1px 3px;border-radius:2px}
.sl-time{color:#616061;font-size:12px}
.sl a{color:#1264a3;text-decoration:none}
.sl code{color:#c01343;background:#f8f8f8;border:1px solid #ddd;padding:0 3px;border-radius:3px}
.sl-header{font-weight:900;font-size:18px;margin:8px 0 4px}
.sl-section{margin:4px 0;overflow-wrap:anywhere}
.sl-context{color:#616061;font-size:13px;margin:4px 0}
.sl-divider{border:0;border-top:1px solid #ddd;margin:8px 0}
.sl-quote{border-left:4px solid #ddd;margin:4px 0;padding:0 0 0 12px}
.text-preview{background:#111;color:#eee;padding:12px;border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace}
@media (max-width:640px){main{padding:10px}th,td{padding:4px}header.top{gap:4px 12px}.hide-sm{display:none}}
`;

/**
 * The live backtest: as the editor types a term, the results are fetched (250 ms after the last
 * key) from the form's `data-live` URL and swapped in. Without JavaScript the form's Try button does
 * the same with a page load.
 */
export const PANEL_JS = `
(function(){
  var form=document.querySelector('form[data-live]');
  if(!form)return;
  var out=document.getElementById(form.getAttribute('data-target'));
  var timer=null,seq=0;
  function run(){
    var q=new URLSearchParams(new FormData(form)).toString();
    var mine=++seq;
    out.setAttribute('aria-busy','true');
    fetch(form.getAttribute('data-live')+'?'+q,{credentials:'same-origin',headers:{'accept':'text/html'}})
      .then(function(r){return r.text().then(function(t){return {ok:r.ok,t:t};});})
      .then(function(r){
        if(mine!==seq)return;
        var doc=new DOMParser().parseFromString(r.t,'text/html');
        var next=doc.getElementById(out.id);
        if(next)out.replaceWith(document.adoptNode(next));
        out=document.getElementById(form.getAttribute('data-target'));
        out.removeAttribute('aria-busy');
        history.replaceState(null,'','?'+q);
      })
      .catch(function(){out.removeAttribute('aria-busy');});
  }
  form.addEventListener('input',function(){clearTimeout(timer);timer=setTimeout(run,250);});
  form.addEventListener('submit',function(e){e.preventDefault();clearTimeout(timer);run();});
})();
`;
