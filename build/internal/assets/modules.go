package assets

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// CheckModules makes sure the npm packages the page's scripts bundle (the
// "dependencies" of root/package.json, such as MiniSearch for the search)
// are installed in root/node_modules at the versions package-lock.json pins,
// so a missing or stale install fails the build with the command that fixes
// it rather than with esbuild's "Could not resolve". A repository without a
// package.json bundles nothing from npm.
func CheckModules(root string) error {
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := readJSON(filepath.Join(root, "package.json"), &pkg); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return err
	}
	var lock struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	if err := readJSON(filepath.Join(root, "package-lock.json"), &lock); err != nil {
		return err
	}
	var problems []string
	for _, name := range slices.Sorted(maps.Keys(pkg.Dependencies)) {
		want := lock.Packages["node_modules/"+name].Version
		var got struct {
			Version string `json:"version"`
		}
		switch err := readJSON(filepath.Join(root, "node_modules", name, "package.json"), &got); {
		case errors.Is(err, os.ErrNotExist):
			problems = append(problems, name+" "+want+" is not installed")
		case err != nil:
			return err
		case want != "" && got.Version != want:
			problems = append(problems, name+" is "+got.Version+", package-lock.json pins "+want)
		}
	}
	if len(problems) == 0 {
		return nil
	}
	where := ""
	if filepath.Clean(root) != "." {
		where = " in " + root
	}
	return fmt.Errorf("node_modules: %s: run `npm ci`%s (make build and make serve run it for you)",
		strings.Join(problems, "; "), where)
}

func readJSON(file string, v any) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}
