// Command factlint checks whether several sources agree on the facts.
package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the heap size past which the garbage collector
// works harder rather than let the heap grow. A check keeps every claim
// of the corpus until it is all read, and by default the collector lets
// the heap grow to three times what is live; under this limit 100,000
// documents are checked in about 850 MB instead of 1.8 GB, for about an
// eighth more CPU time. A corpus whose claims alone outgrow it is still
// checked, more slowly. GOMEMLIMIT, when set, takes its place ("off" for
// none).
const defaultMemoryLimit = 800 << 20

// defaultGCPercent lets the heap grow to three times what is live before
// a collection, not twice: most of what a check allocates is garbage a
// document later, so collecting half as often saves about a tenth of the
// time, and defaultMemoryLimit still bounds the heap. GOGC, when set,
// takes its place.
const defaultGCPercent = 200

func main() {
	if _, ok := os.LookupEnv("GOMEMLIMIT"); !ok {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if _, ok := os.LookupEnv("GOGC"); !ok {
		debug.SetGCPercent(defaultGCPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
