//! Opening the journal from the command line, with its passphrase when it is encrypted. A
//! passphrase is read from the terminal (not echoed) or, for scripts, one line at a time from
//! a file descriptor (`--passphrase-fd N`): never from an argument, which every user of the
//! machine can read in the process list.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::Path;

use waypoint_core::store::encryption;
use waypoint_core::time::Clock;
use waypoint_core::{Error, KdfParams, Store};
use zeroize::Zeroizing;

type Secret = Zeroizing<String>;

pub struct Opener<'a> {
    pub data_dir: &'a Path,
    fd: Option<u32>,
    /// The lines of the descriptor, read once (a pipe can be read only once).
    lines: RefCell<Option<VecDeque<Secret>>>,
}

impl<'a> Opener<'a> {
    pub fn new(data_dir: &'a Path, fd: Option<u32>) -> Self {
        Self {
            data_dir,
            fd,
            lines: RefCell::new(None),
        }
    }

    /// The journal, opened (and unlocked when it is encrypted), stamping with the system clock.
    pub fn open(&self) -> Result<Store, Error> {
        self.open_with(Box::new(crate::clock::SystemClock))
    }

    pub fn open_with(&self, clock: Box<dyn Clock>) -> Result<Store, Error> {
        if encryption::journal_is_encrypted(self.data_dir)? {
            let pass = self.ask("Passphrase: ")?;
            return Store::unlock_in_dir(self.data_dir, &pass, clock);
        }
        Store::open_in_dir(self.data_dir, clock)
    }

    /// Whether the journal is encrypted and no descriptor gives its passphrase (a developer
    /// tool then answers as the locked window does, instead of asking).
    pub fn locked_for_tools(&self) -> Result<bool, Error> {
        Ok(self.fd.is_none() && encryption::journal_is_encrypted(self.data_dir)?)
    }

    /// The journal's key when it is encrypted (asking for the passphrase), else none.
    pub fn key(&self) -> Result<Option<waypoint_core::store::DbKey>, Error> {
        if !encryption::journal_is_encrypted(self.data_dir)? {
            return Ok(None);
        }
        let pass = self.ask("Passphrase: ")?;
        encryption::unlock_key(self.data_dir, &pass, "passphrase").map(Some)
    }

    pub fn encrypt(&self) -> Result<(), Error> {
        let mut store = self.open()?;
        let (pass, again) = self.ask_new("New passphrase: ")?;
        store.set_passphrase(&pass, &again, KdfParams::RFC_9106_SECOND)?;
        outln!(
            "The journal is encrypted. Without the passphrase it cannot be opened: nobody, \
             Waypoint included, can recover it. Back up the whole data folder: the key file \
             {} is needed too.",
            waypoint_core::store::keyfile::KEY_FILE
        );
        Ok(())
    }

    pub fn decrypt(&self) -> Result<(), Error> {
        let pass = self.ask("Passphrase: ")?;
        let mut store = self.unlocked(&pass)?;
        store.remove_passphrase(&pass)?;
        outln!("The journal is no longer encrypted; its backups were decrypted with it.");
        Ok(())
    }

    pub fn change_passphrase(&self) -> Result<(), Error> {
        let current = self.ask("Current passphrase: ")?;
        let store = self.unlocked(&current)?;
        let (pass, again) = self.ask_new("New passphrase: ")?;
        store.change_passphrase(&current, &pass, &again, KdfParams::RFC_9106_SECOND)?;
        outln!("The passphrase is changed; the old one no longer opens the journal.");
        Ok(())
    }

    fn unlocked(&self, pass: &str) -> Result<Store, Error> {
        if !encryption::journal_is_encrypted(self.data_dir)? {
            return Err(Error::invalid(
                "The journal is not encrypted: `waypoint encrypt` sets a passphrase.",
            ));
        }
        Store::unlock_in_dir(self.data_dir, pass, Box::new(crate::clock::SystemClock))
    }

    /// One passphrase: the next line of the descriptor, or typed at the terminal.
    fn ask(&self, prompt: &str) -> Result<Secret, Error> {
        match self.fd {
            Some(fd) => self.next_line(fd),
            None => rpassword::prompt_password(prompt)
                .map(Zeroizing::new)
                .map_err(|e| {
                    Error::invalid(format!(
                        "The journal needs its passphrase and there is no terminal to ask on \
                         ({e}). A script passes it on a file descriptor: --passphrase-fd N."
                    ))
                }),
        }
    }

    /// A new passphrase and its confirmation: typed twice at the terminal (a typo would lock
    /// the journal for good), or one line of the descriptor, taken as both.
    fn ask_new(&self, prompt: &str) -> Result<(Secret, Secret), Error> {
        let first = self.ask(prompt)?;
        let again = match self.fd {
            Some(_) => first.clone(),
            None => self.ask("The same again: ")?,
        };
        Ok((first, again))
    }

    fn next_line(&self, fd: u32) -> Result<Secret, Error> {
        let mut lines = self.lines.borrow_mut();
        if lines.is_none() {
            let text = Zeroizing::new(read_descriptor(fd).map_err(|e| {
                Error::invalid(format!(
                    "The passphrase could not be read from descriptor {fd}: {e}."
                ))
            })?);
            *lines = Some(
                text.lines()
                    .map(|l| Zeroizing::new(l.to_string()))
                    .collect(),
            );
        }
        lines.as_mut().and_then(VecDeque::pop_front).ok_or_else(|| {
            Error::invalid(format!(
                "Descriptor {fd} gave no passphrase line (one per line: the current one \
                     first, then the new one)."
            ))
        })
    }
}

/// Everything on descriptor `fd`: standard input as such (it may be a socket, which cannot be
/// reopened), any other through /dev/fd/N, which reopens it without unsafe code.
fn read_descriptor(fd: u32) -> std::io::Result<String> {
    use std::io::Read;
    let mut text = String::new();
    if fd == 0 {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        std::fs::File::open(format!("/dev/fd/{fd}"))?.read_to_string(&mut text)?;
    }
    Ok(text)
}
