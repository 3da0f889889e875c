// The browser script: lists the codes of a few fields with their Spanish labels. It imports the Spanish locale
// only; `@tip/schema` ships no language in the bundle unless you import it.
import { CODE_LISTS } from "@tip/schema";
import { es } from "@tip/schema/locales/es";

/** The fields shown, with the code list each takes its values from. */
const FIELDS = [
  ["victim.sex", "sex"],
  ["exploitation.forms", "exploitation_form"],
  ["exploitation.meansOfControl", "means_of_control"],
];

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function render(root) {
  document.documentElement.lang = es.locale;
  root.append(element("h1", "Listas de códigos"));
  for (const [fieldId, listId] of FIELDS) {
    const field = es.fields[fieldId];
    const section = element("section", undefined, { "data-list": listId });
    section.append(element("h2", field.label), element("p", field.description));
    const list = element("dl");
    for (const code of CODE_LISTS[listId].codes) {
      const text = es.codes[listId][code];
      list.append(element("dt", text.label, { "data-code": code }), element("dd", text.definition));
    }
    section.append(list);
    root.append(section);
  }
}

render(document.getElementById("app"));
