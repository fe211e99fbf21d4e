//! How a connection is made: plaintext, or SQLCipher with the journal's raw 256-bit key as the
//! very first statement. A raw key costs a fraction of a millisecond per connection (a
//! passphrase key would cost SQLCipher's PBKDF2, about 200 ms); the passphrase only unwraps
//! the key (`keyfile`).

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The first 16 bytes of every plaintext SQLite file; an encrypted one starts with its salt.
const PLAINTEXT_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A journal's database key: 32 random bytes, wiped from memory when dropped.
#[derive(Clone)]
pub struct DbKey(Zeroizing<[u8; 32]>);

impl DbKey {
    pub(crate) fn random() -> Result<Self> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(|e| {
            Error::system(format!(
                "The computer gave no random numbers for a new key ({e}); nothing was changed."
            ))
        })?;
        Ok(Self(bytes))
    }

    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as SQLCipher takes a raw key: `x'<64 hex digits>'`.
    fn sql_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(&self.0[..])))
    }
}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(..)")
    }
}

/// Whether the file at `path` is an encrypted database: it exists, has a header, and the header
/// is not SQLite's. A missing or empty file is a new, plaintext journal.
pub fn is_encrypted(path: &Path) -> Result<bool> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => {
            return Err(Error::storage(format!(
                "Cannot read {}: {e}. Check its permissions.",
                path.display()
            )))
        }
    };
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => {
                return Err(Error::storage(format!(
                    "Cannot read {}: {e}.",
                    path.display()
                )))
            }
        }
    }
    Ok(read == head.len() && &head != PLAINTEXT_HEADER)
}

/// Opens `path` with `key` (or as plaintext). A wrong key is found only by the first read, so
/// this reads the schema once: a connection it answers is one that works.
pub(crate) fn connect(path: &Path, key: Option<&DbKey>, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| {
        Error::storage(format!(
            "Cannot open the journal database {}: {e}",
            path.display()
        ))
    })?;
    if let Some(key) = key {
        conn.execute_batch(&format!("PRAGMA key = \"{}\";", key.sql_literal().as_str()))?;
        // A wrong key is reported to the user as a sentence; SQLCipher's HMAC warning on
        // stderr would only alarm.
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .map_err(|e| match key {
            Some(_) => Error::storage(format!(
                "The journal {} does not open with its key: the key file beside it belongs to \
                 another journal, or the file is damaged ({e}). Restore a backup from the \
                 backups folder.",
                path.display()
            )),
            None if is_encrypted(path).unwrap_or(false)
                && path.with_file_name(super::keyfile::KEY_FILE).exists() =>
            {
                Error::locked("This journal is encrypted: unlock it with its passphrase.")
            }
            None => Error::storage(format!(
                "The journal {} cannot be read ({e}): it is damaged, or it is not a Waypoint \
                 journal.",
                path.display()
            )),
        })?;
    Ok(conn)
}

/// `ATTACH path AS name` with the key it is written with (`KEY ''` is plaintext).
pub(crate) fn attach(
    conn: &Connection,
    path: &Path,
    name: &str,
    key: Option<&DbKey>,
) -> Result<()> {
    let literal = key.map(DbKey::sql_literal);
    conn.execute(
        &format!("ATTACH DATABASE ?1 AS {name} KEY ?2"),
        rusqlite::params![
            path.to_string_lossy(),
            literal.as_ref().map(|l| l.as_str()).unwrap_or("")
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_encrypted_when_its_header_is_not_sqlites() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.sqlite3");
        assert!(!is_encrypted(&missing).unwrap());
        let plain = dir.path().join("plain.sqlite3");
        Connection::open(&plain)
            .unwrap()
            .execute_batch("CREATE TABLE t (x);")
            .unwrap();
        assert!(!is_encrypted(&plain).unwrap());
        let secret = dir.path().join("secret.sqlite3");
        let key = DbKey::random().unwrap();
        connect(&secret, Some(&key), OpenFlags::default())
            .unwrap()
            .execute_batch("CREATE TABLE t (x);")
            .unwrap();
        assert!(is_encrypted(&secret).unwrap());
        let wrong = connect(
            &secret,
            Some(&DbKey::random().unwrap()),
            OpenFlags::default(),
        );
        assert!(wrong.is_err());
        std::fs::write(dir.path().join(super::super::keyfile::KEY_FILE), "{}").unwrap();
        let without = connect(&secret, None, OpenFlags::default()).err().unwrap();
        assert_eq!(without.kind, crate::ErrorKind::Locked);
    }

    #[test]
    fn a_key_never_prints() {
        let key = DbKey::from_bytes([7; 32]);
        assert_eq!(format!("{key:?}"), "DbKey(..)");
    }
}
