// Corpusgen writes a synthetic corpus for timing and scoring factlint at
// scale.
//
// Usage:
//
//	corpusgen [-seed N] [-conflicts RATE] [-traps RATE] DOCS DIR
//
// It writes DOCS documents (plain text, Markdown and HTML, 2-8 KB each)
// about many different stories into DIR, which must not exist or be empty,
// with a gold.json listing the planted conflicts and the look-alikes, ready
// for "factlint test DIR".
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/factlint/factlint/internal/corpusgen"
)

func main() {
	cfg := corpusgen.DefaultConfig(0)
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	flag.Float64Var(&cfg.ConflictRate, "conflicts", cfg.ConflictRate, "chance that one source gets a given fact of a story wrong")
	flag.Float64Var(&cfg.TrapRate, "traps", cfg.TrapRate, "chance of each kind of look-alike in a story")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: corpusgen [-seed N] [-conflicts RATE] [-traps RATE] DOCS DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 2 {
		flag.Usage()
		os.Exit(2)
	}
	n, err := strconv.Atoi(flag.Arg(0))
	if err != nil || n < 1 {
		fmt.Fprintf(os.Stderr, "corpusgen: DOCS must be a positive number, not %q\n", flag.Arg(0))
		os.Exit(2)
	}
	cfg.Docs = n
	st, err := corpusgen.Generate(flag.Arg(1), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "corpusgen: %d documents (%.1f MB) in %d stories, %d planted conflicts, %d look-alikes\n",
		st.Docs, float64(st.Bytes)/1e6, st.Stories, st.Conflicts, st.Traps)
}
