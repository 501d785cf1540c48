package config_test

import (
	"errors"
	"testing"

	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/rules"
)

// FuzzParse feeds arbitrary configuration text to the loader: it must never
// panic, must either accept the text or explain every problem with a
// position in the file, and must decide the same way twice.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"", "rules:\n  buzzwords: off\n", "extends: strict\nrequire: [vision]\n",
		"rules:\n  vision-length:\n    max: 3\n", "custom:\n  - id: x\n    message: m\n    forbid: [\"/a(/\"]\n",
		"overrides:\n  - files: [\"a/**\"]\n    rules: {hedging: info}\n", "lexicons:\n  buzzwords: {add: [a], remove: [b]}\n",
		"headings: {vision: [x]}\n", "- a\n", "{", "rules: [1, 2]\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		cfg, err := config.Parse("cfg.yml", []byte(text), rules.All)
		if err == nil {
			if cfg == nil {
				t.Fatal("no error and no configuration")
			}
			r := config.Resolve(cfg, rules.All)
			_ = r.Settings("docs/a.md", config.Flags{})
			if _, err := r.Effective("docs/a.md", config.Flags{}); err != nil {
				t.Fatalf("an accepted configuration cannot be printed: %v", err)
			}
		} else if errs := (config.Errors)(nil); errors.As(err, &errs) {
			for _, e := range errs {
				if e.Path != "cfg.yml" || e.Msg == "" {
					t.Fatalf("problem without its file or message: %+v", e)
				}
			}
		}
		_, err2 := config.Parse("cfg.yml", []byte(text), rules.All)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("parsed twice, decided differently: %v / %v", err, err2)
		}
	})
}
