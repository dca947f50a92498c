package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSARIFSchema validates the SARIF goldens against the official
// SARIF 2.1.0 schema, vendored in testdata.
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
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
	for _, r := range []*Report{fixture(), emptyReport(), brokenReport()} {
		out := render(t, "sarif", Options{}, r)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("SARIF output does not match the 2.1.0 schema: %v", err)
		}
	}

	// The seed corpus's golden, which CI users get from `--format sarif`,
	// must load too, and hold the seeds' findings rather than an empty run.
	golden, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "seeds.sarif"))
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
	var log struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(golden, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Errorf("seeds.sarif: want one run with results (err %v)", err)
	}

	// The check must be able to fail: a result without a message is invalid.
	bad := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{
		"tool":    map[string]any{"driver": map[string]any{"name": "factlint"}},
		"results": []any{map[string]any{"ruleId": "x"}},
	}}}
	if schema.Validate(bad) == nil {
		t.Error("schema accepted a result without a message")
	}
}
