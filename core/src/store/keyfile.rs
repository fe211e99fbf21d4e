//! The key file beside an encrypted journal (`waypoint.key`): the journal's random key,
//! encrypted (XChaCha20-Poly1305) with a key derived from the passphrase by Argon2id. Changing
//! the passphrase rewrites this small file and never the database. The file holds no secret
//! in the clear; the derivation's parameters are bound to the ciphertext, so a file edited to
//! weaker ones does not open.

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::cipher::DbKey;
use super::durable;
use crate::error::{Error, Result};

/// The key file's name in the data folder.
pub const KEY_FILE: &str = "waypoint.key";

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// How hard deriving the wrapping key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfParams {
    /// RFC 9106's second recommended option (64 MiB, t=3, p=4): for a machine without 2 GiB
    /// to spare; about 0.1 s per unlock in a release build here (benches/encryption.rs).
    pub const RFC_9106_SECOND: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 4,
    };

    /// What this file's authentication covers besides the key.
    fn associated_data(&self) -> String {
        format!(
            "waypoint-key-1 argon2id m={} t={} p={}",
            self.memory_kib, self.iterations, self.parallelism
        )
    }
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    format: String,
    kdf: KdfParams,
    salt: String,
    nonce: String,
    wrapped_key: String,
}

const FORMAT: &str = "waypoint-key-1";

/// Rejects a passphrase too short to protect anything (as a problem of `field`).
pub fn check_passphrase(passphrase: &str, field: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid_field(
            field,
            format!(
                "A passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; a few unrelated \
                 words are easy to remember and hard to guess. Nothing was changed."
            ),
        ));
    }
    Ok(())
}

fn wrapping_key(passphrase: &str, salt: &[u8], kdf: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(kdf.memory_kib, kdf.iterations, kdf.parallelism, Some(32))
        .map_err(|e| Error::storage(format!("The key file's settings are not usable: {e}")))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|e| Error::storage(format!("Deriving the key failed: {e}")))?;
    Ok(out)
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| {
        Error::system(format!(
            "The computer gave no random numbers ({e}); nothing was changed."
        ))
    })?;
    Ok(bytes)
}

/// Writes `key`, wrapped with `passphrase`, as the key file in `dir` (whole or not at all).
pub(crate) fn write(dir: &Path, key: &DbKey, passphrase: &str, kdf: KdfParams) -> Result<()> {
    let salt: [u8; 16] = random()?;
    let nonce: [u8; 24] = random()?;
    let kek = wrapping_key(passphrase, &salt, kdf)?;
    let aad = kdf.associated_data();
    let wrapped = XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&kek[..]))
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.bytes(),
                aad: aad.as_bytes(),
            },
        )
        .map_err(|_| Error::system("Wrapping the key failed; nothing was changed."))?;
    let file = KeyFile {
        format: FORMAT.into(),
        kdf,
        salt: hex::encode(salt),
        nonce: hex::encode(nonce),
        wrapped_key: hex::encode(wrapped),
    };
    let text = serde_json::to_string_pretty(&file)
        .map_err(|e| Error::storage(format!("The key file could not be written: {e}")))?;
    durable::write(&dir.join(KEY_FILE), text.as_bytes())
}

/// The journal's key, unwrapped with `passphrase` (a wrong one is an error about `field`).
pub(crate) fn read(dir: &Path, passphrase: &str, field: &str) -> Result<DbKey> {
    let path = dir.join(KEY_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::storage(format!(
            "The journal is encrypted but its key file {} cannot be read ({e}). Without it the \
             journal cannot be opened: put the key file back from where you keep your backups.",
            path.display()
        ))
    })?;
    let damaged = |why: &str| {
        Error::storage(format!(
            "The key file {} is damaged ({why}). Put it back from a copy; nothing was changed.",
            path.display()
        ))
    };
    let file: KeyFile = serde_json::from_str(&text).map_err(|e| damaged(&e.to_string()))?;
    if file.format != FORMAT {
        return Err(damaged(&format!("unknown format {:?}", file.format)));
    }
    let salt = hex::decode(&file.salt).map_err(|_| damaged("salt"))?;
    let nonce = hex::decode(&file.nonce).map_err(|_| damaged("nonce"))?;
    let wrapped = hex::decode(&file.wrapped_key).map_err(|_| damaged("key"))?;
    if nonce.len() != 24 {
        return Err(damaged("nonce"));
    }
    let kek = wrapping_key(passphrase, &salt, file.kdf)?;
    let aad = file.kdf.associated_data();
    let bytes = Zeroizing::new(
        XChaCha20Poly1305::new(chacha20poly1305::Key::from_slice(&kek[..]))
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| {
                Error::invalid_field(
                    field,
                    "That passphrase does not unlock this journal. Nothing was changed; check \
                     Caps Lock and try again.",
                )
            })?,
    );
    let key: [u8; 32] = bytes
        .as_slice()
        .try_into()
        .map_err(|_| damaged("key length"))?;
    Ok(DbKey::from_bytes(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Light parameters: the derivation is tested once with the real ones (it/encryption.rs).
    const FAST: KdfParams = KdfParams {
        memory_kib: 64,
        iterations: 1,
        parallelism: 1,
    };

    #[test]
    fn the_key_comes_back_with_the_passphrase_and_not_without_it() {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::random().unwrap();
        write(dir.path(), &key, "correct horse", FAST).unwrap();
        let back = read(dir.path(), "correct horse", "passphrase").unwrap();
        assert_eq!(back.bytes(), key.bytes());
        let wrong = read(dir.path(), "correct hors", "passphrase")
            .err()
            .unwrap();
        assert_eq!(wrong.field.as_deref(), Some("passphrase"));
        assert!(
            wrong.message.contains("does not unlock"),
            "{}",
            wrong.message
        );
        let text = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
        assert!(!text.contains(&hex::encode(key.bytes())));
        assert!(!text.contains("correct horse"));
    }

    #[test]
    fn weakened_parameters_do_not_open_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::random().unwrap();
        let strong = KdfParams {
            memory_kib: 128,
            ..FAST
        };
        write(dir.path(), &key, "correct horse", strong).unwrap();
        let path = dir.path().join(KEY_FILE);
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\"memory_kib\": 128", "\"memory_kib\": 64");
        std::fs::write(&path, text).unwrap();
        assert!(read(dir.path(), "correct horse", "passphrase").is_err());
    }

    #[test]
    fn a_short_passphrase_is_refused_at_its_field() {
        let e = check_passphrase("short", "new_passphrase").err().unwrap();
        assert_eq!(e.field.as_deref(), Some("new_passphrase"));
        assert!(check_passphrase("eight ch", "p").is_ok());
    }
}
