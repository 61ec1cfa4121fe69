// The time-zone picker: a filter box narrows the list as one types, and an account that never chose a
// zone starts on the browser's own. Without script the grouped list works on its own.
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("TimeZone");
  const filter = document.getElementById("time-zone-filter");
  if (!(select instanceof HTMLSelectElement) || !(filter instanceof HTMLInputElement)) {
    return;
  }
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (select.dataset.chosen === "false" && browserZone && [...select.options].some((o) => o.value === browserZone)) {
    select.value = browserZone;
  }
  const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  filter.hidden = false;
  filter.addEventListener("input", () => {
    const words = fold(filter.value).split(/\s+/).filter(Boolean);
    for (const group of select.querySelectorAll("optgroup")) {
      let shown = 0;
      for (const option of group.querySelectorAll("option")) {
        const text = fold(`${group.label} ${option.textContent} ${option.value}`);
        const match = words.every((w) => text.includes(w));
        option.hidden = !match;
        shown += match ? 1 : 0;
      }
      group.hidden = shown === 0;
    }
    const first = select.querySelector("option:not([hidden])");
    if (first instanceof HTMLOptionElement && select.selectedOptions[0]?.hidden) {
      select.value = first.value;
    }
  });
});
