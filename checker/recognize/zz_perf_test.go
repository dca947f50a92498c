package recognize

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZPerf(t *testing.T) {
	if os.Getenv("RPERF") == "" {
		t.Skip()
	}
	doc := strings.Repeat(newsText, 1<<20/len(newsText)+1)
	if f := os.Getenv("RPERF"); f != "1" {
		b, _ := os.ReadFile(f)
		doc = strings.Repeat(string(b), 1<<20/len(b)+1)
	}
	Find(doc, Options{Ref: ref})
	c0, w0 := cpuNow(), time.Now()
	n := 10
	for i := 0; i < n; i++ {
		Find(doc, Options{Ref: ref})
	}
	c, w := cpuNow()-c0, time.Since(w0)
	mb := float64(len(doc)*n) / 1e6
	t.Logf("cpu %.1f MB/s, wall %.1f MB/s", mb/c.Seconds(), mb/w.Seconds())
}
