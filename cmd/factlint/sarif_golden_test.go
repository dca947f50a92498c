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

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSeedGoldenSARIF validates the SARIF golden of the seed corpus
// against the official SARIF 2.1.0 schema (vendored beside the report
// package's tests), so that what code scanning is given is known to load.
func TestSeedGoldenSARIF(t *testing.T) {
	root := filepath.Join("..", "..")
	f, err := os.Open(filepath.Join(root, "checker", "report", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(root, "testdata", "golden", "seeds.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(golden))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("testdata/golden/seeds.sarif does not match the SARIF 2.1.0 schema: %v", err)
	}
	// The golden holds the seed corpus's findings, not an empty run.
	var log struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(golden, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("seeds.sarif: want one run with results (err %v)", err)
	}
}

// TestSeedGoldenParse checks that the other machine-read goldens are well
// formed: JSON for json and rdjson, XML for junit.
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
