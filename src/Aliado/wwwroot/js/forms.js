// A form is sent once: while it is on its way its buttons are disabled, so a second click does
// nothing. The server refuses a second submission of the same form anyway (a one-time token).
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || event.defaultPrevented) {
    return;
  }
  if (form.dataset.sending === "true") {
    event.preventDefault();
    return;
  }
  form.dataset.sending = "true";
  const submitter = event.submitter;
  // Disabled after the browser has read the form, so the pressed button's name and value still go.
  setTimeout(() => {
    for (const button of form.querySelectorAll("button[type=submit], button:not([type]), input[type=submit]")) {
      button.disabled = true;
      button.setAttribute("aria-busy", button === submitter ? "true" : "false");
    }
  });
});

// Coming back with the browser's back button shows the page from its cache: let its forms be sent again.
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) {
    return;
  }
  for (const form of document.querySelectorAll("form[data-sending]")) {
    delete form.dataset.sending;
    for (const button of form.querySelectorAll("button, input[type=submit]")) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }
});

// A form that came back with errors says so at its top: take the reader there, where the mistake is.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector(".error-summary");
  if (summary instanceof HTMLElement) {
    summary.focus();
  }
});

// A link to a form that lives in a closed <details> ("Log a conversation" in the summary) opens it.
function openLinkedDetails() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  for (let node = target; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) {
      node.open = true;
    }
  }
}
window.addEventListener("hashchange", openLinkedDetails);
document.addEventListener("DOMContentLoaded", openLinkedDetails);

// A refused control (aria-invalid, set by the server) is described by the message next to it, and each
// line of its form's error summary leads to it.
document.addEventListener("DOMContentLoaded", () => {
  let made = 0;
  for (const control of document.querySelectorAll("[aria-invalid=true]")) {
    const message = control.closest(".field")?.querySelector(".field-error");
    if (!message) {
      continue;
    }
    message.id ||= `field-error-${++made}`;
    const ids = (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
    if (!ids.includes(message.id)) {
      control.setAttribute("aria-describedby", [...ids, message.id].join(" "));
    }
  }
  for (const link of document.querySelectorAll(".error-summary a[data-field]")) {
    const control = link.closest("form")?.elements.namedItem(link.dataset.field);
    const target = control instanceof RadioNodeList ? control[0] : control;
    if (target instanceof HTMLElement && target.id) {
      link.href = `#${target.id}`;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        target.focus();
      });
    }
  }
});
