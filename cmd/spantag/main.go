// Command spantag runs spantag's core on files, for pipelines: converting
// between formats, counting, splitting a dataset among annotators, merging
// their files, measuring their agreement and taking what they agree on as
// gold. Run `spantag -h`, or `spantag COMMAND -h` for a command's flags.
//
// Every command reads standard input and writes standard output when a
// file is given as "-". Exit status: 0 when all went well, 1 when some
// lines were refused (each named on standard error, the rest processed),
// 2 for bad usage or a file that cannot be read or written.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one of spantag's commands.
type command struct {
	name, args, doc string
	flags           func(fs *flag.FlagSet) func(e *env, files []string) error
}

var commands = []command{convertCommand, statsCommand, patternsCommand, boilerplateCommand, splitCommand, mergeCommand, agreeCommand, reviewCommand}

const overview = `spantag: annotated text datasets on the command line.

usage: spantag COMMAND [flags] [FILE...]

commands:
%s
Every command reads standard input for the file "-" and writes standard
output for -o - (its default). Exit status: 0 when all went well, 1 when
some lines were refused (each named on standard error, the rest
processed), 2 for bad usage or a file that cannot be read or written.
Run spantag COMMAND -h for a command's flags.
`

// run runs the command line args with the given standard streams and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		w := stdout
		if len(args) == 0 {
			w = stderr
		}
		fmt.Fprintf(w, overview, commandList())
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(args[1:], &env{stdin: stdin, stdout: stdout, stderr: stderr})
		}
	}
	fmt.Fprintf(stderr, "spantag: no command %q; run spantag -h for the commands\n", args[0])
	return 2
}

func commandList() string {
	var b strings.Builder
	width := 0
	for _, c := range commands {
		width = max(width, len(c.name))
	}
	for _, c := range commands {
		first, _, _ := strings.Cut(c.doc, "\n")
		fmt.Fprintf(&b, "  %-*s %s\n", width, c.name, first)
	}
	return b.String()
}

// run parses the command's flags and runs it.
func (c command) run(args []string, e *env) int {
	fs := flag.NewFlagSet("spantag "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {}
	do := c.flags(fs)
	usage := func(w io.Writer) {
		fmt.Fprintf(w, "usage: spantag %s [flags] %s\n\n%s\nflags:\n", c.name, c.args, c.doc)
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		usage(e.stdout)
		return 0
	} else if err != nil {
		usage(e.stderr)
		return 2
	}
	e.inputs = fs.Args()
	err := flagAfterFiles(fs)
	if err == nil {
		err = do(e, fs.Args())
	}
	var bad usageError
	switch {
	case errors.As(err, &bad):
		fmt.Fprintf(e.stderr, "spantag %s: %v\n", c.name, err)
		fmt.Fprintf(e.stderr, "run spantag %s -h for its flags\n", c.name)
		return 2
	case err != nil:
		fmt.Fprintf(e.stderr, "spantag %s: %v\n", c.name, err)
		return 2
	case e.refused > 0:
		fmt.Fprintf(e.stderr, "spantag %s: %d refused (named above); the rest was processed\n", c.name, e.refused)
		return 1
	}
	return 0
}

// flagAfterFiles refuses a flag of the command given after its files,
// which the flag package would take for a file ("open -o: no such file").
func flagAfterFiles(fs *flag.FlagSet) error {
	for _, arg := range fs.Args() {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && fs.Lookup(name) != nil {
			return badUsage("%s comes after the files: flags go first (%s [flags] FILE...)", arg, fs.Name())
		}
	}
	return nil
}

// usageError is a command line that asks for something impossible.
type usageError struct{ error }

func badUsage(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }
