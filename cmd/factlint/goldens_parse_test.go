package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestSeedGoldenParse checks that the machine-read goldens other than SARIF
// (which checker/report validates against its schema) are well formed:
// JSON for json and rdjson, XML for junit.
func TestSeedGoldenParse(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "golden")
	for _, name := range []string{"seeds.json", "seeds.rdjson"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(data) {
			t.Errorf("%s is not valid JSON", name)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "seeds.junit"))
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("seeds.junit is not well-formed XML: %v", err)
		}
	}
}
