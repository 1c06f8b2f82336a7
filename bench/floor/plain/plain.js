// plain.js is the benchmark's floor: the least a page can do to show the
// same text as spantag — read the chosen JSONL file, parse its first line,
// and put each paragraph of the text into a <p> — with no annotation at all.

// render replaces #doc's content with one <p> per paragraph of text.
function render(text) {
  const paragraphs = document.createDocumentFragment();
  for (const para of text.split("\n\n")) {
    const p = document.createElement("p");
    p.textContent = para;
    paragraphs.append(p);
  }
  document.getElementById("doc").replaceChildren(paragraphs);
}

document.getElementById("file").addEventListener("change", async (e) => {
  const content = await e.target.files[0].text();
  const end = content.indexOf("\n");
  render(JSON.parse(end < 0 ? content : content.slice(0, end)).text);
});
