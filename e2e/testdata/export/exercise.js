// Does everything a person could do to a standalone page, in every view:
// types into every field, picks the last option of every select, drags
// every slider to its end, clicks every toggle, option, button and tab.
(() => {
  const shown = () => document.querySelector(".view:not([hidden])");
  const click = (el) => el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  const visited = new Set();
  for (let round = 0; round < 24; round++) {
    const view = shown();
    visited.add(view.getAttribute("data-view"));
    for (const f of view.querySelectorAll(".field")) {
      f.focus();
      f.value += "<img src=x onerror=alert(1)>";
      f.dispatchEvent(new Event("input"));
      f.blur();
    }
    for (const s of view.querySelectorAll("select.pick")) {
      s.selectedIndex = s.options.length - 1;
      s.dispatchEvent(new Event("change"));
    }
    for (const r of view.querySelectorAll("input.slide")) {
      r.value = r.max;
      r.dispatchEvent(new Event("input"));
    }
    for (const g of view.querySelectorAll('[data-interact="toggle"], [data-interact="choose"], [data-interact="press"]')) click(g);
    const tabs = view.querySelectorAll('[data-interact="tab"]');
    if (tabs.length === 0) break;
    click(tabs[round % tabs.length]);
  }
  return { views: document.querySelectorAll(".view").length, visited: visited.size, logged: document.querySelectorAll("#genui-log li").length };
})()
