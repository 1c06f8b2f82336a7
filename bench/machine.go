//go:build !js

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	goruntime "runtime"
	"strings"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// machine is what the figures were measured on.
type machine struct {
	CPU       string  `json:"cpu"`
	Cores     int     `json:"cores"`
	MemoryGiB float64 `json:"memoryGiB"`
	OS        string  `json:"os"`
	Go        string  `json:"go"`
	Chromium  string  `json:"chromium"`
	Date      string  `json:"date"`
	Commit    string  `json:"commit"` // of the working tree measured, from git describe
	// Load is the load average over 1, 5 and 15 minutes when the
	// measuring began and when it ended: on a shared machine, what else
	// ran meanwhile.
	Load [2]string `json:"load"`
}

func (m machine) String() string {
	return fmt.Sprintf("%s, %d cores, %.0f GiB, %s, %s, %s; %s, commit %s; load average %s at the start, %s at the end",
		m.CPU, m.Cores, m.MemoryGiB, m.OS, m.Go, m.Chromium, m.Date, m.Commit, m.Load[0], m.Load[1])
}

// loadAverage is the first three fields of /proc/loadavg, or "?".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "?"
}

// describeMachine reads the CPU and memory from /proc (blank elsewhere)
// and asks a browser launch for its version.
func describeMachine(chromium string) (machine, error) {
	m := machine{
		CPU:       procField("/proc/cpuinfo", "model name"),
		Cores:     goruntime.NumCPU(),
		MemoryGiB: memTotalGiB(),
		OS:        goruntime.GOOS + "/" + goruntime.GOARCH,
		Go:        goruntime.Version(),
		Date:      time.Now().UTC().Format("2006-01-02"),
		Commit:    commit(),
	}
	b, err := launch(chromium)
	if err != nil {
		return m, err
	}
	defer b.close()
	v, err := chromedp.CallBrowser(b.ctx, cdpbrowser.GetVersion, cdp.Empty{})
	if err != nil {
		return m, fmt.Errorf("asking %s for its version: %v", chromium, err)
	}
	m.Chromium = v.Product
	return m, nil
}

// commit names the working tree's commit, with -dirty when it has
// changes; "unknown" outside a git checkout.
func commit() string {
	out, err := exec.Command("git", "describe", "--always", "--dirty").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}

// procField returns the value of the first "key : value" line of a /proc
// file with that key, or "".
func procField(file, key string) string {
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, ok := strings.Cut(s.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// memTotalGiB is the machine's memory from /proc/meminfo, 0 if unknown.
func memTotalGiB() float64 {
	var kB float64
	fmt.Sscanf(procField("/proc/meminfo", "MemTotal"), "%f kB", &kB)
	return kB / (1 << 20)
}
