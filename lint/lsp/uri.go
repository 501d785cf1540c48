package lsp

import (
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
)

// pathOf returns the file a document URI stands for. A file: URI gives
// its path; any other (an editor's unsaved "untitled:" buffer) gives a name
// in the server's folder, whose configuration it then uses.
func pathOf(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", fmt.Errorf("document URI %q: %w", uri, err)
	}
	if u.Scheme == "file" {
		p := u.Path
		if runtime.GOOS == "windows" {
			p = strings.TrimPrefix(p, "/") // file:///C:/x is C:/x
		}
		return filepath.FromSlash(p), nil
	}
	name := path.Base(u.Opaque + u.Path)
	if name == "." || name == "/" || name == "" {
		name = "untitled"
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return filepath.Join(wd, name), nil
}

// fileURI returns the file: URI of an absolute path.
func fileURI(p string) string {
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
