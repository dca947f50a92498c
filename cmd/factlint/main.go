// Command factlint checks whether several sources agree on the facts.
package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the heap size past which the garbage collector
// works harder rather than let the heap grow. A check keeps every claim
// of the corpus until it is all read, and by default the collector lets
// the heap grow to twice what is live; under this limit 100,000 documents
// are checked in under 1 GB, for about a seventh more CPU time. A corpus
// whose claims alone outgrow it is still checked, more slowly.
// GOMEMLIMIT, when set, takes its place ("off" for none).
const defaultMemoryLimit = 700 << 20

func main() {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
