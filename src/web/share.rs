//! Share links: the text and its date in the URL fragment, compressed.
//!
//! A link's fragment (`#...`) never reaches a server. It holds
//! `s1.` followed by URL-safe base64 (no padding) of the raw-deflated bytes
//! `DATE \n TEXT` (DATE is `YYYY-MM-DD` or empty).
//!
//! Decoding is untrusted input: the fragment's length is capped before any
//! work, the base64 alphabet is checked, and inflation stops at
//! [`MAX_TEXT`] bytes, so a crafted "zip bomb" costs little and says so.
//!
//! Natively (tests, the fuzz target) `miniz_oxide` deflates; in the page,
//! where [`encode`] and [`decode`] are async, the browser's
//! `CompressionStream("deflate-raw")` does, so the wasm carries no deflate
//! code. Both write and read the same raw deflate (RFC 1951).

use std::fmt;

/// The fragment's prefix: format version 1.
const PREFIX: &str = "s1.";

/// The longest fragment a link gets: browsers and chat apps keep URLs up
/// to a few tens of kilobytes; past this the page offers the JSON instead.
pub const MAX_FRAGMENT: usize = 32 * 1024;

/// The longest fragment [`decode`] reads at all.
const MAX_INPUT: usize = 4 * MAX_FRAGMENT;

/// The most text a link may unpack to.
pub const MAX_TEXT: usize = 4 * 1024 * 1024;

/// Why a link could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The compressed text would make a fragment of this many characters.
    TooLong(usize),
    /// Not a Sitrep share fragment (another `#...` or none).
    NotALink,
    /// The fragment is damaged (cut off, edited, not base64, not deflate).
    Corrupt,
    /// It would unpack to more than [`MAX_TEXT`] bytes.
    TooBig,
    /// The browser has no `CompressionStream` (the page's links use it).
    Unsupported,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::TooLong(n) => write!(
                f,
                "this text is too long for a link ({} KB compressed; links hold up to {} KB): download the JSON instead",
                n.div_ceil(1024),
                MAX_FRAGMENT / 1024
            ),
            ShareError::NotALink => write!(f, "this is not a Sitrep share link"),
            ShareError::Corrupt => write!(
                f,
                "the shared link is damaged (cut off or changed) and could not be read"
            ),
            ShareError::TooBig => write!(
                f,
                "the shared link unpacks to more than {} MB of text and was not opened",
                MAX_TEXT / (1024 * 1024)
            ),
            ShareError::Unsupported => write!(
                f,
                "this browser cannot make or open share links (it has no CompressionStream)"
            ),
        }
    }
}

/// The fragment (without `#`) that carries `text` and `date`.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(text: &str, date: Option<&str>) -> Result<String, ShareError> {
    fragment_of(&miniz_oxide::deflate::compress_to_vec(&raw(text, date), 9))
}

/// The text and date a fragment (with or without `#`) carries.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<(String, Option<String>), ShareError> {
    let packed = packed_of(fragment)?;
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_RAW).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooBig,
            _ => ShareError::Corrupt,
        },
    )?;
    unpack(raw)
}

/// [`encode`] in the page: the browser's `CompressionStream` deflates, so
/// the page's wasm carries no deflate code. The same format: links made by
/// either open in both.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub async fn encode(text: &str, date: Option<&str>) -> Result<String, ShareError> {
    let deflater = super::browser::deflater().ok_or(ShareError::Unsupported)?;
    let packed = super::browser::through(&deflater, &raw(text, date), usize::MAX)
        .await
        .map_err(|_| ShareError::Unsupported)?
        .unwrap_or_default();
    fragment_of(&packed)
}

/// [`decode`] in the page, through the browser's `DecompressionStream`,
/// which stops reading once the text passes [`MAX_TEXT`].
#[cfg(all(feature = "web", target_arch = "wasm32"))]
pub async fn decode(fragment: &str) -> Result<(String, Option<String>), ShareError> {
    let packed = packed_of(fragment)?;
    let inflater = super::browser::inflater().ok_or(ShareError::Unsupported)?;
    match super::browser::through(&inflater, &packed, MAX_RAW).await {
        Ok(Some(raw)) => unpack(raw),
        Ok(None) => Err(ShareError::TooBig),
        Err(_) => Err(ShareError::Corrupt),
    }
}

/// The most bytes a link may inflate to: [`MAX_TEXT`] and its date line.
const MAX_RAW: usize = MAX_TEXT + 11;

/// `DATE \n TEXT`, the bytes a link deflates.
fn raw(text: &str, date: Option<&str>) -> Vec<u8> {
    let mut raw = Vec::with_capacity(text.len() + 11);
    raw.extend_from_slice(date.unwrap_or("").as_bytes());
    raw.push(b'\n');
    raw.extend_from_slice(text.as_bytes());
    raw
}

/// The fragment for deflated bytes, unless it is too long.
fn fragment_of(packed: &[u8]) -> Result<String, ShareError> {
    let fragment = format!("{PREFIX}{}", base64url(packed));
    if fragment.len() > MAX_FRAGMENT {
        return Err(ShareError::TooLong(fragment.len()));
    }
    Ok(fragment)
}

/// The deflated bytes a fragment carries (its length capped before any work).
fn packed_of(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let body = fragment.strip_prefix(PREFIX).ok_or(ShareError::NotALink)?;
    if body.len() > MAX_INPUT {
        return Err(ShareError::TooBig);
    }
    unbase64url(body).ok_or(ShareError::Corrupt)
}

/// The text and date of inflated bytes.
fn unpack(raw: Vec<u8>) -> Result<(String, Option<String>), ShareError> {
    let raw = String::from_utf8(raw).map_err(|_| ShareError::Corrupt)?;
    let (date, text) = raw.split_once('\n').ok_or(ShareError::Corrupt)?;
    let date = match date {
        "" => None,
        d if crate::Options::default().with_reference_date(d).is_ok() => Some(d.to_string()),
        _ => return Err(ShareError::Corrupt),
    };
    Ok((text.to_string(), date))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe base64 (RFC 4648 section 5) without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of unpadded URL-safe base64, or `None` for anything else.
pub fn unbase64url(s: &str) -> Option<Vec<u8>> {
    if s.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 2);
    for chunk in s.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The checks of the share-link fuzz target (`fuzz/fuzz_targets/share_link.rs`),
/// also replayed over its seeds by `cargo test`: `data` read as a fragment,
/// and as the compressed bytes of one, never panics, never unpacks past
/// [`MAX_TEXT`], and what decodes encodes back to a link that decodes the same.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn fuzz_check(data: &[u8]) -> Result<(), String> {
    let as_text = String::from_utf8_lossy(data);
    let as_bytes = format!("{PREFIX}{}", base64url(data));
    for fragment in [&*as_text, &*as_bytes] {
        let Ok(read) = decode(fragment) else {
            continue;
        };
        if read.0.len() > MAX_TEXT {
            return Err(format!("unpacked {} bytes, over the limit", read.0.len()));
        }
        if let Ok(again) = encode(&read.0, read.1.as_deref()) {
            if decode(&again).as_ref() != Ok(&read) {
                return Err(format!("{fragment:?} does not round-trip"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_rfc_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in cases {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(unbase64url(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(unbase64url("-_8").unwrap(), [0xfb, 0xff]);
        assert_eq!(unbase64url("Zm9v+"), None);
        assert_eq!(unbase64url("Z"), None);
        assert_eq!(unbase64url("Zm=v"), None);
    }

    #[test]
    fn a_link_round_trips_text_and_date() {
        let text =
            "KYIV, March 12 — Drones hit Łódź-bound trains; 🚀 over 150 hurt.\n\nSecond paragraph.";
        let f = encode(text, Some("2024-03-12")).unwrap();
        assert!(f.starts_with("s1."));
        assert!(f
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert_eq!(
            decode(&format!("#{f}")).unwrap(),
            (text.to_string(), Some("2024-03-12".to_string()))
        );
        let g = encode("", None).unwrap();
        assert_eq!(decode(&g).unwrap(), (String::new(), None));
    }

    #[test]
    fn repetitive_text_compresses_and_random_text_is_too_long() {
        let article = "Shelling killed four people in Kherson. ".repeat(2000);
        let f = encode(&article, None).unwrap();
        assert!(f.len() < article.len() / 20, "{} bytes", f.len());
        // Text that does not compress: a pseudo-random walk over letters.
        let mut x: u32 = 12345;
        let noise: String = (0..60_000)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (b'a' + (x >> 16) as u8 % 26) as char
            })
            .collect();
        match encode(&noise, None) {
            Err(ShareError::TooLong(n)) => {
                assert!(n > MAX_FRAGMENT);
                assert!(ShareError::TooLong(n).to_string().contains("JSON"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn damaged_foreign_and_oversized_links_are_refused() {
        let f = encode("Three soldiers were killed near Bakhmut.", None).unwrap();
        assert_eq!(decode("#section-2"), Err(ShareError::NotALink));
        assert_eq!(decode(""), Err(ShareError::NotALink));
        // Cut off, or with a character changed.
        assert_eq!(decode(&f[..f.len() - 5]), Err(ShareError::Corrupt));
        assert_eq!(decode(&format!("{f}!")), Err(ShareError::Corrupt));
        assert_eq!(decode("s1.AAAA"), Err(ShareError::Corrupt));
        // Valid deflate, but not "date \n text".
        let packed = miniz_oxide::deflate::compress_to_vec(b"no newline", 9);
        assert_eq!(
            decode(&format!("s1.{}", base64url(&packed))),
            Err(ShareError::Corrupt)
        );
        let packed = miniz_oxide::deflate::compress_to_vec(b"2024-13-45\ntext", 9);
        assert_eq!(
            decode(&format!("s1.{}", base64url(&packed))),
            Err(ShareError::Corrupt)
        );
        let packed = miniz_oxide::deflate::compress_to_vec(&[b'\n', 0xff, 0xfe], 9);
        assert_eq!(
            decode(&format!("s1.{}", base64url(&packed))),
            Err(ShareError::Corrupt)
        );
        // A bomb: 16 MB of newlines deflate to about 16 KB, and stop at the limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'\n'; 16 << 20], 9);
        let fragment = format!("s1.{}", base64url(&bomb));
        assert!(fragment.len() <= MAX_INPUT, "{}", fragment.len());
        assert_eq!(decode(&fragment), Err(ShareError::TooBig));
        // An overlong fragment is refused before any decoding.
        assert_eq!(
            decode(&format!("s1.{}", "A".repeat(MAX_INPUT + 4))),
            Err(ShareError::TooBig)
        );
        for e in [
            ShareError::Corrupt,
            ShareError::TooBig,
            ShareError::NotALink,
            ShareError::Unsupported,
        ] {
            assert!(!e.to_string().is_empty());
        }
    }

    /// A link made by `miniz_oxide` at level 9, the page's encoder until it
    /// deflated with CompressionStream; tests/e2e/features.test.mjs opens it
    /// in the page.
    const MINIZ_LINK: &str = "s1.HcrBDYMwDAXQe6f4A0AVRe0GvXcGq7GMC7KRnTA_iOOTXi31NZf3XOrjE26cyB7jt4LQePcOYwp8GyfBDw5TWfoEtf8INUFfghkyKFpOlxjBom60Qe7vgSRtzxM";

    #[test]
    fn a_link_made_by_the_old_encoder_is_what_the_native_encoder_makes() {
        let text = "Drones struck a depot near Odesa overnight, injuring three guards, the regional governor said.";
        assert_eq!(encode(text, Some("2024-05-02")).unwrap(), MINIZ_LINK);
        assert_eq!(
            decode(MINIZ_LINK).unwrap(),
            (text.to_string(), Some("2024-05-02".to_string()))
        );
    }

    #[test]
    fn the_fuzz_seeds_replay_cleanly() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/seeds/share_link");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).expect("fuzz/seeds/share_link") {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            assert_eq!(fuzz_check(&data), Ok(()), "{}", path.display());
            n += 1;
        }
        assert!(n >= 4, "{n} seeds");
    }

    proptest::proptest! {
        #[test]
        fn any_fragment_or_deflate_stream_decodes_or_fails_cleanly(
            data in proptest::collection::vec(proptest::num::u8::ANY, 0..600)
        ) {
            proptest::prop_assert_eq!(fuzz_check(&data), Ok(()));
        }

        #[test]
        fn a_link_cut_short_or_with_a_changed_character_decodes_or_fails_cleanly(
            text in "\\PC{0,200}", cut in 0usize..400, flip in 0usize..400
        ) {
            let link = encode(&text, Some("2024-03-12")).unwrap();
            let mut bytes = link.into_bytes();
            if flip < bytes.len() && flip >= 3 {
                bytes[flip] = if bytes[flip] == b'A' { b'B' } else { b'A' };
            }
            bytes.truncate(cut.max(3));
            let damaged = String::from_utf8(bytes).unwrap();
            proptest::prop_assert_eq!(fuzz_check(damaged.as_bytes()), Ok(()));
        }
    }
}
