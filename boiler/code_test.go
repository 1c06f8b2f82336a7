package boiler

import "testing"

// TestDecideCode: a documentation page's examples, a configuration file and a shell
// session, are the text, though their short lines have no stop words and the site's
// lines stand around them; a block with one line of code among others is not code.
func TestDecideCode(t *testing.T) {
	text := "date 2025-02-03 Every setting of the build lives in one file at the root of the project, and the defaults suit most small sites.\n" +
		"\n" +
		"Edit this page on GitHub\n" +
		"\n" +
		"[build]\noutput_dir = \"public\"\ndrafts = false\n" +
		"\n" +
		"$ quire build\nBuilt 42 pages in 0.8 s\n" +
		"\n" +
		"Was this page helpful?\nYes\nNo\n" +
		"\n" +
		"© 2025 Quire contributors\n"
	wantVerdicts(t, text, "TEBETTTETTEBBBEBE")
	for line, want := range map[string]bool{
		"$ quire build": true, ">>> import quire": true, "{% endfor %}": true, "<p>{{ page.content }}</p>": true, "drafts = false": true, "[[hooks.after_migrate]]": true, "server {": true, "});": true,
		"Price: 20 €": false, "Home | Docs | Blog": false, "1 + 1 = 2 is the first sum a child learns.": false,
	} {
		if got := codeLine.MatchString(line); got != want {
			t.Errorf("codeLine matches %q = %v, want %v", line, got, want)
		}
	}
}

// TestDecidePythonSession: a reference page's example at Python's prompt, under its
// heading, with a statement that runs on and the result it prints, is the text, though
// the block opens with the heading and few of its lines set anything.
func TestDecidePythonSession(t *testing.T) {
	text := "date 2025-03-04 retry calls a function again until it succeeds or the attempts run out, waiting longer after each failure.\n" +
		"\n" +
		"Edit on GitHub\n" +
		"\n" +
		"Examples\n>>> import larkspur\n>>> def fetch():\n...     return http.get(url)\n>>> larkspur.retry(fetch, attempts=5)\n<Response [200]>\n" +
		"\n" +
		"Was this page helpful?\nYes\nNo\n"
	wantVerdicts(t, text, "TEBETTTTTTEBBBE")
}

// TestDecideCodeRun: three lines of code in a row make their block the text's example,
// with the heading and the sentence that bring it in, though they are fewer than half
// of its lines; the block's copy button stays the site's.
func TestDecideCodeRun(t *testing.T) {
	text := "date 2025-03-04 Every setting of the site lives in one file, and three of them are enough to start with.\n" +
		"\n" +
		"Edit this page\n" +
		"\n" +
		"A minimal configuration\nThree lines are enough to begin:\nbase_url = \"https://example.org\"\ntitle = \"My garden\"\nlanguage = \"en\"\nCopy\nEverything else can wait until the site grows.\n" +
		"\n" +
		"Was this page helpful?\nYes\nNo\n"
	wantVerdicts(t, text, "TEBETTTTTBTEBBBE")
}
