//! Writing files so that a crash or a full disk leaves the old file or the
//! new one, never half of one.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use tend_core::Said;

/// Makes sure a rename or a new file in `dir` is on disk.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

/// Writes `bytes` to `path` the safe way: into a temporary file beside it,
/// synced, then renamed over, so a full disk or a crash leaves either the
/// old file or the new one, never half of one. A path inside the journal's
/// own files is refused: an export never overwrites the journal.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, Said::new("error-io-no-file")))?
        .to_string_lossy()
        .into_owned();
    if name.starts_with("journal.") || name.starts_with(crate::KEY_FILE_NAME) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            Said::new("error-io-journal-name"),
        ));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let part = dir.join(format!(".{name}.{}.part", std::process::id()));
    let written = fs::File::create(&part)
        .and_then(|mut f| {
            io::Write::write_all(&mut f, bytes)?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(&part, path))
        .and_then(|()| sync_dir(&dir));
    if written.is_err() {
        let _ = fs::remove_file(&part);
    }
    written
}
