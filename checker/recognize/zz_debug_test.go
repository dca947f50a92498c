package recognize

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	f := os.Getenv("RDBG")
	if f == "" {
		t.Skip()
	}
	fh, _ := os.Open(f)
	sc := bufio.NewScanner(fh)
	ref := &Civil{2025, 4, 30}
	for sc.Scan() {
		line := sc.Text()
		fmt.Printf("%q\n", line)
		for _, v := range Find(line, Options{Ref: ref}) {
			fmt.Printf("   %-7s %-28q norm=%q q=%s unit=%q cur=%q num=%v when=%+v\n", v.Type, v.Text, v.Norm, v.Qualifier, v.Unit, v.Currency, v.Num, v.When)
		}
	}
}
