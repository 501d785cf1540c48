package config_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/rules"
)

// compileSchema compiles the generated schema with a real validator.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := config.Schema(rules.All)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("vmlint.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("vmlint.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return schema
}

// validateYAML validates YAML text against the schema, as an editor does:
// YAML read into values, then checked.
func validateYAML(t *testing.T, schema *jsonschema.Schema, text string) error {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return schema.Validate(inst)
}

// readmeExample is the configuration example of the README.
func readmeExample(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "\n### Configuration\n")
	if !ok {
		t.Fatal("README.md has no Configuration section")
	}
	_, rest, ok = strings.Cut(rest, "```yaml\n")
	example, _, ok2 := strings.Cut(rest, "```\n")
	if !ok || !ok2 {
		t.Fatal("the Configuration section has no yaml example")
	}
	return example
}

func TestSchemaAcceptsTheStarterAndTheREADME(t *testing.T) {
	schema := compileSchema(t)
	for name, text := range map[string]string{"vmlint init": config.Starter(rules.All), "README": readmeExample(t)} {
		if _, err := config.Parse(".vmlint.yml", []byte(text), rules.All); err != nil {
			t.Errorf("%s: vmlint rejects it: %v", name, err)
		}
		if err := validateYAML(t, schema, text); err != nil {
			t.Errorf("%s: the schema rejects it: %v", name, err)
		}
	}
}

// TestSchemaAgreesWithTheParser checks files both ways: what vmlint
// accepts, the schema accepts, and a typo either rejects, the other
// rejects too.
func TestSchemaAgreesWithTheParser(t *testing.T) {
	schema := compileSchema(t)
	for _, tt := range []struct {
		text  string
		valid bool
	}{
		{"extends: strict\n", true},
		{"extends: stricter\n", false},
		{"rules:\n", true},
		{"rules:\n  buzzwords: off\n  hedging: warning\n  readability: false\n", true},
		{"rules:\n  hedging: warn\n", false},
		{"rules:\n  vision-length:\n    severity: error\n    max: 20\n", true},
		{"rules:\n  vision-length:\n    maxi: 20\n", false},
		{"rules:\n  vision-length:\n    max: twenty\n", false},
		{"rules:\n  vision-length:\n    max: -1\n", false},
		{"rules:\n  readability:\n    max-grade: 10.5\n", true},
		{"rulez:\n  hedging: off\n", false},
		{"require: vision\n", true},
		{"require: [vision, mision]\n", false},
		{"ignore: drafts\n", true},
		{"ignore: {a: b}\n", false},
		{"overrides:\n  - files: [a]\n    rules: {hedging: info}\n", true},
		{"overrides:\n  - rules: {hedging: info}\n", false},
		{"headings:\n  vision: [aspiration]\n", true},
		{"headings:\n  visions: [aspiration]\n", false},
		{"lexicons:\n  buzzwords: {add: [a], remove: b}\n", true},
		{"lexicons:\n  buzzword: {add: [a]}\n", false},
		{"lexicons:\n  buzzwords: {ad: [a]}\n", false},
		{"custom:\n  - id: no-acme\n    message: m\n    forbid: [Acme]\n", true},
		{"custom:\n  - id: no-acme\n    message: m\n", false},
		{"custom:\n  - id: no-acme\n    message: m\n    forbid: [a]\n    max-words: 3\n", false},
		{"custom:\n  - id: NoAcme\n    message: m\n    forbid: [a]\n", false},
		{"custom:\n  - id: no-acme\n    message: m\n    max-words: 3\n    applies: visions\n", false},
	} {
		_, parseErr := config.Parse("cfg.yml", []byte(tt.text), rules.All)
		schemaErr := validateYAML(t, schema, tt.text)
		if (parseErr == nil) != tt.valid || (schemaErr == nil) != tt.valid {
			t.Errorf("%q: want valid=%v; vmlint says %v; the schema says %v", tt.text, tt.valid, parseErr, schemaErr)
		}
	}
	// vmlint also reads the file; the schema can only check the form.
	if err := validateYAML(t, schema, "extends: ../.vmlint.yml\n"); err != nil {
		t.Errorf("the schema rejects a path to extend: %v", err)
	}
}
