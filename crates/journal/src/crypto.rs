//! SQLCipher's start, and the cryptography under it, in Rust: AES-256 in
//! CBC mode for the pages, HMAC and PBKDF2 over SHA-1, SHA-256 or
//! SHA-512, and the operating system's random numbers.
//!
//! SQLCipher calls a table of functions it names a provider. The workspace
//! builds SQLCipher with `SQLCIPHER_CRYPTO_CUSTOM=tend_sqlcipher_provider`
//! (`.cargo/config.toml`), so it asks `tend_sqlcipher_provider` below to
//! fill that table instead of linking OpenSSL. Without OpenSSL, a plain
//! journal loads no crypto library at all: SQLCipher used to start
//! OpenSSL's random generator for every journal when SQLite started, which
//! cost every launch about 3 MiB. The pages are the same bytes OpenSSL
//! wrote: the tests open files OpenSSL's SQLCipher made and check pages
//! this writes with the `openssl` program.
//!
//! Every function here is called by SQLCipher's C code with pointers it
//! owns; none keeps them, none panics across the boundary, and each says
//! `SQLITE_ERROR` for what it does not know.

use aes::Aes256;
use cbc::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::NoPadding};
use hmac::{Hmac, Mac};
use std::ffi::{c_char, c_int, c_uchar, c_void};
use std::ptr;

const SQLITE_OK: c_int = 0;
const SQLITE_ERROR: c_int = 1;

/// SQLCipher's numbers for the hash under HMAC and PBKDF2.
const SHA1: c_int = 0;
const SHA256: c_int = 1;
const SHA512: c_int = 2;

/// SQLCipher's number for encrypting (decrypting is 0).
const ENCRYPT: c_int = 1;

const KEY_BYTES: c_int = 32;
const BLOCK_BYTES: c_int = 16;

/// What `PRAGMA cipher_provider` and `cipher_provider_version` answer.
const PROVIDER_NAME_C: &std::ffi::CStr = c"tend-rustcrypto";
const PROVIDER_VERSION_C: &std::ffi::CStr =
    c"aes 0.8, cbc 0.1, hmac 0.12, pbkdf2 0.12, sha1 0.10, sha2 0.10";
const CIPHER_NAME_C: &std::ffi::CStr = c"AES-256-CBC";

/// SQLCipher registers `sqlcipher_export` for new connections while the
/// first connection in the process starts SQLite; a connection opened on
/// another thread in that moment misses it. Every connection the journal
/// opens waits for that first start to finish.
pub(crate) fn sqlcipher_ready() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        // SQLCipher's C code calls the provider when SQLite starts; naming
        // it here links it into every program that opens a journal.
        std::hint::black_box(tend_sqlcipher_provider as *const () as usize);
        let _ = rusqlite::Connection::open_in_memory();
    });
}

/// SQLCipher's `sqlcipher_provider` (SQLCipher 4.14, `sqlcipher.h`), field
/// for field.
#[repr(C)]
pub(crate) struct Provider {
    init: Option<extern "C" fn() -> c_int>,
    shutdown: Option<extern "C" fn()>,
    get_provider_name: extern "C" fn(*mut c_void) -> *const c_char,
    add_random: extern "C" fn(*mut c_void, *const c_void, c_int) -> c_int,
    random: extern "C" fn(*mut c_void, *mut c_void, c_int) -> c_int,
    hmac: extern "C" fn(
        *mut c_void,
        c_int,
        *const c_uchar,
        c_int,
        *const c_uchar,
        c_int,
        *const c_uchar,
        c_int,
        *mut c_uchar,
    ) -> c_int,
    kdf: extern "C" fn(
        *mut c_void,
        c_int,
        *const c_uchar,
        c_int,
        *const c_uchar,
        c_int,
        c_int,
        c_int,
        *mut c_uchar,
    ) -> c_int,
    cipher: extern "C" fn(
        *mut c_void,
        c_int,
        *const c_uchar,
        c_int,
        *const c_uchar,
        *const c_uchar,
        c_int,
        *mut c_uchar,
    ) -> c_int,
    get_cipher: extern "C" fn(*mut c_void) -> *const c_char,
    get_key_sz: extern "C" fn(*mut c_void) -> c_int,
    get_iv_sz: extern "C" fn(*mut c_void) -> c_int,
    get_block_sz: extern "C" fn(*mut c_void) -> c_int,
    get_hmac_sz: extern "C" fn(*mut c_void, c_int) -> c_int,
    ctx_init: extern "C" fn(*mut *mut c_void) -> c_int,
    ctx_free: extern "C" fn(*mut *mut c_void) -> c_int,
    fips_status: extern "C" fn(*mut c_void) -> c_int,
    get_provider_version: extern "C" fn(*mut c_void) -> *const c_char,
    next: *mut Provider,
}

/// Fills SQLCipher's provider table; SQLCipher calls it once, when SQLite
/// starts.
///
/// # Safety
/// `p` is null or points to a `sqlcipher_provider` SQLCipher allocated.
#[unsafe(no_mangle)]
pub(crate) unsafe extern "C" fn tend_sqlcipher_provider(p: *mut Provider) -> c_int {
    if p.is_null() {
        return SQLITE_ERROR;
    }
    let filled = Provider {
        init: None,
        shutdown: None,
        get_provider_name,
        add_random,
        random,
        hmac: mac,
        kdf,
        cipher: crypt,
        get_cipher,
        get_key_sz,
        get_iv_sz,
        get_block_sz,
        get_hmac_sz,
        ctx_init,
        ctx_free,
        fips_status,
        get_provider_version,
        next: ptr::null_mut(),
    };
    // SAFETY: SQLCipher hands a block the size of its provider, which this
    // struct matches; writing it whole does not read what was there.
    unsafe { ptr::write(p, filled) };
    SQLITE_OK
}

extern "C" fn get_provider_name(_: *mut c_void) -> *const c_char {
    PROVIDER_NAME_C.as_ptr()
}

extern "C" fn get_provider_version(_: *mut c_void) -> *const c_char {
    PROVIDER_VERSION_C.as_ptr()
}

extern "C" fn get_cipher(_: *mut c_void) -> *const c_char {
    CIPHER_NAME_C.as_ptr()
}

extern "C" fn get_key_sz(_: *mut c_void) -> c_int {
    KEY_BYTES
}

extern "C" fn get_iv_sz(_: *mut c_void) -> c_int {
    BLOCK_BYTES
}

extern "C" fn get_block_sz(_: *mut c_void) -> c_int {
    BLOCK_BYTES
}

extern "C" fn get_hmac_sz(_: *mut c_void, algorithm: c_int) -> c_int {
    match algorithm {
        SHA1 => 20,
        SHA256 => 32,
        SHA512 => 64,
        _ => 0,
    }
}

/// Nothing to set up or tear down: every call stands alone.
extern "C" fn ctx_init(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

extern "C" fn ctx_free(_: *mut *mut c_void) -> c_int {
    SQLITE_OK
}

extern "C" fn fips_status(_: *mut c_void) -> c_int {
    0
}

/// The operating system's generator needs nothing mixed in.
extern "C" fn add_random(_: *mut c_void, _: *const c_void, _: c_int) -> c_int {
    SQLITE_OK
}

/// A slice from SQLCipher's pointer and length; empty for a null pointer
/// or a length of zero, `None` for a negative length.
///
/// # Safety
/// `data` is null or valid for `len` bytes for the call's duration.
unsafe fn bytes<'a>(data: *const c_uchar, len: c_int) -> Option<&'a [u8]> {
    let len = usize::try_from(len).ok()?;
    if data.is_null() || len == 0 {
        return Some(&[]);
    }
    // SAFETY: the caller's promise.
    Some(unsafe { std::slice::from_raw_parts(data, len) })
}

extern "C" fn random(_: *mut c_void, buffer: *mut c_void, length: c_int) -> c_int {
    let Ok(len) = usize::try_from(length) else {
        return SQLITE_ERROR;
    };
    if len == 0 {
        return SQLITE_OK;
    }
    if buffer.is_null() {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher passes a buffer of `length` bytes it owns.
    let out = unsafe { std::slice::from_raw_parts_mut(buffer.cast::<u8>(), len) };
    match getrandom::fill(out) {
        Ok(()) => SQLITE_OK,
        Err(_) => SQLITE_ERROR,
    }
}

/// HMAC of `in` followed by `in2` (when not null) under `hmac_key`.
#[allow(clippy::too_many_arguments)]
extern "C" fn mac(
    _: *mut c_void,
    algorithm: c_int,
    hmac_key: *const c_uchar,
    key_sz: c_int,
    input: *const c_uchar,
    in_sz: c_int,
    input2: *const c_uchar,
    in2_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    if input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher's buffers, each valid for the length it gives.
    let (Some(key), Some(first), Some(second)) = (
        unsafe { bytes(hmac_key, key_sz) },
        unsafe { bytes(input, in_sz) },
        unsafe { bytes(input2, in2_sz) },
    ) else {
        return SQLITE_ERROR;
    };
    let size = get_hmac_sz(ptr::null_mut(), algorithm);
    let Ok(size) = usize::try_from(size) else {
        return SQLITE_ERROR;
    };
    // SAFETY: `out` holds the hash's size, as SQLCipher sized it by
    // `get_hmac_sz`.
    let out = unsafe { std::slice::from_raw_parts_mut(out, size) };
    let done = match algorithm {
        SHA1 => mac_into::<Hmac<sha1::Sha1>>(key, first, second, out),
        SHA256 => mac_into::<Hmac<sha2::Sha256>>(key, first, second, out),
        SHA512 => mac_into::<Hmac<sha2::Sha512>>(key, first, second, out),
        _ => false,
    };
    if done { SQLITE_OK } else { SQLITE_ERROR }
}

fn mac_into<M: Mac + hmac::digest::KeyInit>(
    key: &[u8],
    first: &[u8],
    second: &[u8],
    out: &mut [u8],
) -> bool {
    let Ok(mut mac) = <M as hmac::digest::KeyInit>::new_from_slice(key) else {
        return false;
    };
    mac.update(first);
    mac.update(second);
    // The tag is written beside the page; nothing to wipe.
    let tag = mac.finalize().into_bytes();
    if tag.len() != out.len() {
        return false;
    }
    out.copy_from_slice(&tag);
    true
}

/// PBKDF2 with HMAC over the chosen hash.
#[allow(clippy::too_many_arguments)]
extern "C" fn kdf(
    _: *mut c_void,
    algorithm: c_int,
    pass: *const c_uchar,
    pass_sz: c_int,
    salt: *const c_uchar,
    salt_sz: c_int,
    workfactor: c_int,
    key_sz: c_int,
    key: *mut c_uchar,
) -> c_int {
    let (Ok(rounds), Ok(len)) = (u32::try_from(workfactor), usize::try_from(key_sz)) else {
        return SQLITE_ERROR;
    };
    if rounds == 0 || len == 0 || key.is_null() {
        return SQLITE_ERROR;
    }
    // SAFETY: SQLCipher's buffers, each valid for the length it gives.
    let (Some(pass), Some(salt)) = (unsafe { bytes(pass, pass_sz) }, unsafe {
        bytes(salt, salt_sz)
    }) else {
        return SQLITE_ERROR;
    };
    // SAFETY: `key` holds `key_sz` bytes.
    let out = unsafe { std::slice::from_raw_parts_mut(key, len) };
    match algorithm {
        SHA1 => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(pass, salt, rounds, out),
        SHA256 => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pass, salt, rounds, out),
        SHA512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(pass, salt, rounds, out),
        _ => return SQLITE_ERROR,
    }
    SQLITE_OK
}

/// AES-256-CBC without padding over whole blocks, `in` to `out`.
#[allow(clippy::too_many_arguments)]
extern "C" fn crypt(
    _: *mut c_void,
    mode: c_int,
    key: *const c_uchar,
    key_sz: c_int,
    iv: *const c_uchar,
    input: *const c_uchar,
    in_sz: c_int,
    out: *mut c_uchar,
) -> c_int {
    if key_sz != KEY_BYTES || key.is_null() || iv.is_null() || input.is_null() || out.is_null() {
        return SQLITE_ERROR;
    }
    let Ok(len) = usize::try_from(in_sz) else {
        return SQLITE_ERROR;
    };
    if !len.is_multiple_of(BLOCK_BYTES as usize) {
        return SQLITE_ERROR;
    }
    // SAFETY: a 32-byte key and a 16-byte IV, as sized above and by
    // `get_key_sz` and `get_iv_sz`.
    let (key, iv) = unsafe {
        (
            std::slice::from_raw_parts(key, KEY_BYTES as usize),
            std::slice::from_raw_parts(iv, BLOCK_BYTES as usize),
        )
    };
    // The page is copied to `out` and worked on there: SQLCipher's two
    // buffers are its own, and copying first holds even if they overlap.
    // SAFETY: both hold `in_sz` bytes; `ptr::copy` allows overlap.
    let data = unsafe {
        ptr::copy(input, out, len);
        std::slice::from_raw_parts_mut(out, len)
    };
    let done = if mode == ENCRYPT {
        cbc::Encryptor::<Aes256>::new_from_slices(key, iv)
            .ok()
            .and_then(|c| {
                c.encrypt_padded_mut::<NoPadding>(data, len)
                    .ok()
                    .map(|_| ())
            })
    } else {
        cbc::Decryptor::<Aes256>::new_from_slices(key, iv)
            .ok()
            .and_then(|c| c.decrypt_padded_mut::<NoPadding>(data).ok().map(|_| ()))
    };
    match done {
        Some(()) => SQLITE_OK,
        None => SQLITE_ERROR,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::cipher::{DataKey, Layout};
    use rusqlite::Connection;
    use std::path::Path;
    use std::process::{Command, Stdio};
    use zeroize::Zeroizing;

    /// The key the fixtures were locked with: bytes 0 to 31.
    fn fixture_key(layout: Layout) -> DataKey {
        let mut bytes = [0u8; 32];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = u8::try_from(i).unwrap();
        }
        DataKey {
            bytes: Zeroizing::new(bytes),
            layout,
        }
    }

    /// What the fixtures' one table holds, row by row.
    fn fixture_rows() -> Vec<(i64, String)> {
        (0..12)
            .map(|n| {
                (
                    n,
                    format!("{n}: written by SQLCipher over OpenSSL, read back in Rust. ")
                        .repeat(12),
                )
            })
            .collect()
    }

    fn rows(conn: &Connection) -> rusqlite::Result<Vec<(i64, String)>> {
        let mut stmt = conn.prepare("SELECT n, body FROM words ORDER BY n")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    }

    /// Files SQLCipher 4.14 wrote with OpenSSL 3.0 (Debian 12's), each in a
    /// page layout Tend reads: `Layout::Sqlcipher4`, `Layout::Pages16kSha256`,
    /// and SQLCipher 3's (1 KiB pages, HMAC-SHA1, PBKDF2-SHA1), which Tend
    /// never wrote but SQLCipher can be asked for.
    const FIXTURES: [(&str, &[(&str, &str)]); 3] = [
        ("sqlcipher4-defaults.db", &[]),
        (
            "pages16k-sha256.db",
            &[
                ("cipher_page_size", "16384"),
                ("cipher_hmac_algorithm", "HMAC_SHA256"),
            ],
        ),
        ("compat3-sha1.db", &[("cipher_compatibility", "3")]),
    ];

    fn open_fixture(dir: &Path, name: &str, pragmas: &[(&str, &str)], key: &DataKey) -> Connection {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/openssl")
            .join(name);
        let path = dir.join(name);
        std::fs::copy(from, &path).unwrap();
        sqlcipher_ready();
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "key", key.pragma().as_str())
            .unwrap();
        for (name, value) in pragmas {
            conn.pragma_update(None, name, value).unwrap();
        }
        conn
    }

    #[test]
    fn sqlcipher_asks_this_provider() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open_fixture(
            dir.path(),
            FIXTURES[0].0,
            FIXTURES[0].1,
            &fixture_key(Layout::Sqlcipher4),
        );
        let name: String = conn
            .query_row("PRAGMA cipher_provider", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, PROVIDER_NAME_C.to_str().unwrap());
    }

    #[test]
    fn opens_every_page_openssl_wrote_and_writes_more() {
        let dir = tempfile::tempdir().unwrap();
        for (name, pragmas) in FIXTURES {
            let key = fixture_key(Layout::Sqlcipher4);
            let conn = open_fixture(dir.path(), name, pragmas, &key);
            assert_eq!(rows(&conn).unwrap(), fixture_rows(), "{name}");
            // SQLCipher's own check: every page's HMAC, recomputed here.
            let bad: Vec<String> = conn
                .prepare("PRAGMA cipher_integrity_check")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(bad.is_empty(), "{name}: {bad:?}");
            conn.execute(
                "INSERT INTO words (n, body) VALUES (99, 'and more in Rust')",
                [],
            )
            .unwrap();
            drop(conn);
            let path = dir.path().join(name);
            let again = Connection::open(&path).unwrap();
            again
                .pragma_update(None, "key", key.pragma().as_str())
                .unwrap();
            for (name, value) in pragmas {
                again.pragma_update(None, name, value).unwrap();
            }
            let mut expected = fixture_rows();
            expected.push((99, "and more in Rust".to_owned()));
            assert_eq!(rows(&again).unwrap(), expected, "{name}");
        }
    }

    #[test]
    fn a_wrong_key_reads_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut key = fixture_key(Layout::Sqlcipher4);
        key.bytes[0] ^= 1;
        for (name, pragmas) in FIXTURES {
            let conn = open_fixture(dir.path(), name, pragmas, &key);
            assert!(rows(&conn).is_err(), "{name}");
        }
    }

    /// A new locked file's first 16 bytes are its salt, from `random`: two
    /// files locked with one key never share it.
    #[test]
    fn each_new_locked_file_gets_its_own_random_salt() {
        let dir = tempfile::tempdir().unwrap();
        let key = fixture_key(Layout::Pages16kSha256);
        sqlcipher_ready();
        let salts: Vec<Vec<u8>> = (0..2)
            .map(|i| {
                let path = dir.path().join(format!("{i}.db"));
                let conn = Connection::open(&path).unwrap();
                key.key(&conn, None).unwrap();
                conn.execute_batch("CREATE TABLE t (x)").unwrap();
                drop(conn);
                std::fs::read(&path).unwrap()[..16].to_vec()
            })
            .collect();
        assert_ne!(salts[0], salts[1]);
        assert!(salts.iter().all(|s| s.iter().any(|b| *b != 0)));
    }

    /// Runs the `openssl` program with `args` on `input`; its output.
    fn openssl(args: &[&str], input: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut child = Command::new("openssl")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the openssl program (the README's setup installs it)");
        child.stdin.take().unwrap().write_all(input).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "openssl {args:?}");
        out.stdout
    }

    /// Hex from `openssl kdf` or `openssl mac`, colons or not.
    fn hex_said(out: &[u8]) -> String {
        String::from_utf8_lossy(out)
            .trim()
            .rsplit(' ')
            .next()
            .unwrap()
            .replace(':', "")
            .to_lowercase()
    }

    /// Every page this provider writes is what OpenSSL makes of the same
    /// key: the `openssl` program derives the HMAC key, checks each page's
    /// HMAC and decrypts it, and finds SQLite's header and her words.
    #[test]
    fn the_openssl_program_reads_every_page_written_here() {
        let words = "Tend's page, read by the openssl program";
        for (layout, page, tag, digest) in [
            (Layout::Pages16kSha256, 16384, 32, "SHA256"),
            (Layout::Sqlcipher4, 4096, 64, "SHA512"),
        ] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("locked.db");
            let key = fixture_key(layout);
            sqlcipher_ready();
            let conn = Connection::open(&path).unwrap();
            key.key(&conn, None).unwrap();
            conn.execute_batch("CREATE TABLE words (body TEXT)")
                .unwrap();
            conn.execute("INSERT INTO words VALUES (?1)", [words])
                .unwrap();
            drop(conn);
            let file = std::fs::read(&path).unwrap();
            assert_eq!(file.len() % page, 0);
            let salt: Vec<u8> = file[..16].iter().map(|b| b ^ 0x3a).collect();
            let hmac_key = hex_said(&openssl(
                &[
                    "kdf",
                    "-keylen",
                    "32",
                    "-kdfopt",
                    "digest:SHA512",
                    "-kdfopt",
                    &format!("hexpass:{}", crate::cipher::hex(&key.bytes[..])),
                    "-kdfopt",
                    &format!("hexsalt:{}", crate::cipher::hex(&salt)),
                    "-kdfopt",
                    "iter:2",
                    "PBKDF2",
                ],
                b"",
            ));
            let reserve = (16_usize + tag).div_ceil(16) * 16;
            let mut plain = Vec::new();
            for (i, bytes) in file.chunks(page).enumerate() {
                let start = if i == 0 { 16 } else { 0 };
                let data = &bytes[start..page - reserve];
                let iv = &bytes[page - reserve..page - reserve + 16];
                let stored =
                    crate::cipher::hex(&bytes[page - reserve + 16..page - reserve + 16 + tag]);
                let mut signed = [data, iv].concat();
                signed.extend_from_slice(&u32::try_from(i + 1).unwrap().to_le_bytes());
                let computed = hex_said(&openssl(
                    &[
                        "mac",
                        "-digest",
                        digest,
                        "-macopt",
                        &format!("hexkey:{hmac_key}"),
                        "HMAC",
                    ],
                    &signed,
                ));
                assert_eq!(computed, stored, "page {} of {layout:?}", i + 1);
                let page_plain = openssl(
                    &[
                        "enc",
                        "-d",
                        "-aes-256-cbc",
                        "-nopad",
                        "-K",
                        &crate::cipher::hex(&key.bytes[..]),
                        "-iv",
                        &crate::cipher::hex(iv),
                    ],
                    data,
                );
                if i == 0 {
                    // SQLite's header from byte 16: the page size, big-endian,
                    // then the payload fractions 64, 32, 32 at bytes 21 to 23.
                    let size = u16::try_from(page).unwrap_or(1).to_be_bytes();
                    assert_eq!(page_plain[..2], size, "{layout:?}");
                    assert_eq!(page_plain[5..8], [64, 32, 32], "{layout:?}");
                }
                plain.extend_from_slice(&page_plain);
            }
            let found = plain.windows(words.len()).any(|w| w == words.as_bytes());
            assert!(
                found,
                "her words in the pages openssl decrypted ({layout:?})"
            );
        }
    }
}
