package checkcmd

import (
	"errors"
	"os"
	"path/filepath"
)

// replaceFile replaces the contents of the file at path with data, as --fix
// must: through a new file in the same folder, written in full and synced,
// then renamed over the old one. A reader (an editor, a sync tool) sees the
// old note or the new one, never half of one, and any failure leaves the old
// file as it was. The new file keeps the old one's permissions; when path is
// a symbolic link, the file it points to is replaced and the link stays.
func replaceFile(path string, data []byte) (err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	tmp, err := os.CreateTemp(filepath.Dir(real), "."+filepath.Base(real)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), real)
}
