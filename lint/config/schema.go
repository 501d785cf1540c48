package config

import (
	"encoding/json"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// SchemaURI is the JSON Schema dialect Schema writes.
const SchemaURI = "https://json-schema.org/draft/2020-12/schema"

// Schema returns a JSON Schema (draft 2020-12) of configuration files for
// the given rules, for editors (yaml-language-server) to complete and check
// .vmlint.yml with. It is written from the shapes the parser checks files
// against, so the two agree; it leaves to vmlint what a schema cannot say
// (that a glob or a regular expression is well formed, that an extended
// file exists), and lets rule names it does not know pass, as they may be
// custom rules.
func Schema(rules []*lint.Rule) ([]byte, error) {
	g := &schemaWriter{defs: map[string]any{}}
	root := g.of(configShape(rules, lexicon.Default().Names()))
	root["$schema"] = SchemaURI
	root["title"] = "vmlint configuration"
	root["$defs"] = g.defs
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// schemaWriter turns shapes into JSON Schema, writing each named shape
// once under $defs.
type schemaWriter struct {
	defs map[string]any
}

func (g *schemaWriter) of(s *shape) map[string]any {
	if s.ref == "" {
		return g.build(s)
	}
	if _, done := g.defs[s.ref]; !done {
		g.defs[s.ref] = nil // taken, in case the shape refers to itself
		g.defs[s.ref] = g.build(s)
	}
	return map[string]any{"$ref": "#/$defs/" + s.ref}
}

func (g *schemaWriter) build(s *shape) map[string]any {
	out := map[string]any{}
	switch s.kind {
	case kindString:
		var alts []any
		if len(s.enum) > 0 {
			alts = append(alts, map[string]any{"type": "string", "enum": s.enum})
		}
		if s.pattern != "" {
			alts = append(alts, map[string]any{"type": "string", "pattern": s.pattern})
		}
		if len(alts) == 0 {
			alts = append(alts, map[string]any{"type": "string"})
		}
		if s.bools {
			alts = append(alts, map[string]any{"type": "boolean"})
		}
		if len(alts) == 1 {
			out = alts[0].(map[string]any)
		} else {
			out["anyOf"] = alts
		}
	case kindInt:
		out["type"], out["minimum"] = "integer", 0
	case kindNumber:
		out["type"] = "number"
	case kindBool:
		out["type"] = "boolean"
	case kindList:
		list := map[string]any{"type": "array", "items": g.of(s.items)}
		if s.single {
			out["anyOf"] = []any{g.of(s.items), list}
		} else {
			out = list
		}
	case kindObject:
		props := map[string]any{}
		var required []string
		for _, f := range s.fields {
			props[f.name] = g.field(f.shape, !f.required)
			if f.required {
				required = append(required, f.name)
			}
		}
		out["type"], out["properties"], out["additionalProperties"] = "object", props, false
		if len(required) > 0 {
			out["required"] = required
		}
		if len(s.exactlyOne) > 0 {
			var one []any
			for _, k := range s.exactlyOne {
				one = append(one, map[string]any{"required": []string{k}})
			}
			out["oneOf"] = one
		}
	case kindMap:
		props := map[string]any{}
		for _, k := range s.keys {
			props[k] = g.field(s.value(k), true)
		}
		out["type"], out["properties"], out["additionalProperties"] = "object", props, false
		if s.open != nil {
			out["additionalProperties"] = g.of(s.open)
			out["propertyNames"] = map[string]any{"pattern": kebabPattern}
		}
	case kindChoice:
		out["anyOf"] = []any{g.of(s.scalar), g.of(s.mapping)}
	}
	if s.doc != "" {
		out["description"] = s.doc
	}
	if s.def != nil {
		out["default"] = s.def
	}
	return out
}

// field is the schema of a key's value; a list or mapping that may be left
// empty ("rules:" with only comments under it) may also be null, as the
// parser allows.
func (g *schemaWriter) field(s *shape, optional bool) map[string]any {
	v := g.of(s)
	if !optional || !nullable(s) {
		return v
	}
	return map[string]any{"anyOf": []any{v, map[string]any{"type": "null"}}}
}
