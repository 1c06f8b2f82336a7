//go:build !js

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
)

// -load measures every figure on a busy machine: a second process keeps one
// core busy for the whole run, as other work on a user's machine does.

// busyCore starts this program again with -spin, which keeps one core busy,
// and returns what stops it. The child also stops when this process dies:
// it spins until its standard input, a pipe from here, closes.
func busyCore() (stop func(), err error) {
	cmd := exec.Command(os.Args[0], "-spin")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting the busy process: %v", err)
	}
	fmt.Fprintf(os.Stderr, "a second process (pid %d) keeps one core busy\n", cmd.Process.Pid)
	return func() {
		stdin.Close()
		cmd.Wait()
	}, nil
}

// spinUntilEOF keeps one core busy until standard input closes.
func spinUntilEOF() {
	runtime.GOMAXPROCS(1)
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	for n := 0; ; n++ {
		if n%(1<<20) == 0 { // a check now and then, so that the loop stays a busy one
			select {
			case <-done:
				return
			default:
			}
		}
	}
}

// flagSet reports whether the flag called name was given on the command line.
func flagSet(name string) bool {
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
