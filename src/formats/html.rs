//! HTML files: only the text is depersonalized. A small tokenizer (tags,
//! comments, doctype, CDATA, raw-text and RCDATA elements) finds the text
//! nodes and a few attribute values that show text (`title`, `alt`, …),
//! decodes their character references, and keeps a map from every byte of the
//! scanned text back to the source, so that edits rewrite exactly those bytes
//! and leave every tag in place.
//!
//! The scanned text follows the rendering, not the source: block elements
//! (`p`, `div`, `br`, `td`, …) end a line, so words of different blocks never
//! glue; inline elements (`b`, `span`, `a`, Word's `o:p`, any unknown tag)
//! join, so `Ахм<span>етов</span>` is one word; a line break in the source
//! is a space (outside `pre` and `textarea`). `script` and `style` content,
//! comments and CDATA are not text. Attribute values shown to readers
//! (`title`, `alt`, `aria-label`, `placeholder`, and `content` of
//! `<meta name="author|description|keywords|subject">`) are scanned as lines
//! of their own.
//!
//! The file keeps its encoding (see [`super::text`]). A replacement is escaped
//! for where it lands (`&lt;`, `&gt;`, `&amp;`, and quotes in attributes); a
//! character the file's encoding cannot hold (a Kazakh letter in
//! Windows-1251) becomes a numeric character reference (`&#1241;`), which is
//! exact in HTML. An unquoted attribute value that an edit touches is put in
//! double quotes, since the replacement may hold spaces or be empty.

use std::ops::Range;

use super::text::{self, Encoding, Lines};
use super::{Document, Edit, FormatError, Location};

/// Elements that start and end a line of the scanned text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

/// Elements whose content is not text and holds no tags.
const RAW_TEXT: &[&str] = &["script", "style", "xmp", "iframe", "noembed", "noframes"];

/// Elements whose content is text with character references but no tags.
const RCDATA: &[&str] = &["title", "textarea"];

/// Attributes whose values readers see (tooltips, image text).
const SHOWN_ATTRIBUTES: &[&str] = &["title", "alt", "aria-label", "placeholder"];

/// `<meta name=…>` whose `content` is text about the document.
const SHOWN_META: &[&str] = &["author", "description", "keywords", "subject"];

/// Named character references decoded (with `;`): the common ones in
/// Russian and Kazakh documents and Word's HTML export.
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("numero", '№'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("prime", '′'),
    ("Prime", '″'),
    ("minus", '−'),
    ("shy", '\u{AD}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("sect", '§'),
    ("para", '¶'),
    ("middot", '·'),
    ("bull", '•'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("euro", '€'),
    ("cent", '¢'),
    ("pound", '£'),
    ("yen", '¥'),
    ("curren", '¤'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("micro", 'µ'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("not", '¬'),
    ("macr", '¯'),
    ("acute", '´'),
    ("uml", '¨'),
    ("cedil", '¸'),
    ("brvbar", '¦'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("asymp", '≈'),
    ("ne", '≠'),
    ("le", '≤'),
    ("ge", '≥'),
    ("infin", '∞'),
];

/// Named references that browsers also decode without `;` (a subset of
/// HTML's legacy list), longest first.
const LEGACY_ENTITIES: &[&str] = &[
    "laquo", "raquo", "quot", "nbsp", "copy", "amp", "reg", "lt", "gt",
];

/// HTML's meaning of `&#128;`–`&#159;`: the Windows-1252 characters.
const C1_REFERENCES: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// Where a piece of scanned text sits in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    /// A text node (or RCDATA content).
    Text,
    /// The value of attribute number `n` of [`HtmlDoc::attrs`].
    Attr(usize),
}

/// How a piece of scanned text maps to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// The same bytes as the source, byte for byte.
    Literal,
    /// One char decoded from the whole source range: a character reference,
    /// or a source line break scanned as a space.
    Atomic,
    /// A `\n` for a block boundary; its source range is an empty position in
    /// text context (before a tag).
    Break,
}

#[derive(Clone, Debug)]
struct Piece {
    text: Range<usize>,
    src: Range<usize>,
    kind: Kind,
    ctx: Ctx,
}

/// An attribute value scanned as text.
#[derive(Clone, Debug)]
struct AttrValue {
    /// The value's bytes in the source, without quotes.
    range: Range<usize>,
    /// Whether the value is unquoted in the source.
    unquoted: bool,
}

/// An HTML document read for scanning.
#[derive(Clone, Debug)]
pub struct HtmlDoc {
    /// The decoded file.
    source: String,
    encoding: Encoding,
    /// The scanned text.
    text: String,
    /// Contiguous pieces covering `text`, in order. Their source ranges are
    /// in order too, except that the break after a tag's shown attribute
    /// values sits before the tag, like the break before them.
    pieces: Vec<Piece>,
    attrs: Vec<AttrValue>,
    lines: Lines,
}

/// Reads an HTML file, decoded like a text file (UTF-8 with or without BOM,
/// UTF-16 with BOM, otherwise Windows-1251).
///
/// # Errors
/// Binary or undecodable content (see [`super::text::read`]); a file that is
/// not UTF-8 and declares another Cyrillic charset (KOI8-R, IBM866, …),
/// which Windows-1251 would garble.
pub fn read(bytes: Vec<u8>) -> Result<HtmlDoc, FormatError> {
    let declared = declared_charset(&bytes);
    let (source, encoding) = text::decode(bytes)?;
    if encoding == Encoding::Windows1251
        && let Some(declared) = declared
        && OTHER_CYRILLIC.contains(&declared)
    {
        return Err(FormatError::new(format!(
            "declared charset {} is not supported (UTF-8, UTF-16 and windows-1251 are)",
            declared.name()
        )));
    }
    let mut b = Builder {
        src: &source,
        text: String::new(),
        pieces: Vec::new(),
        attrs: Vec::new(),
    };
    b.document();
    let Builder {
        text,
        pieces,
        attrs,
        ..
    } = b;
    let lines = Lines::new(&source);
    Ok(HtmlDoc {
        source,
        encoding,
        text,
        pieces,
        attrs,
        lines,
    })
}

/// Cyrillic encodings other than Windows-1251 a file may declare.
const OTHER_CYRILLIC: &[&encoding_rs::Encoding] = &[
    encoding_rs::KOI8_R,
    encoding_rs::KOI8_U,
    encoding_rs::IBM866,
    encoding_rs::ISO_8859_5,
    encoding_rs::X_MAC_CYRILLIC,
];

/// The charset a `<meta>` in the first 1024 bytes declares, if encoding_rs
/// knows its label.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let at = find(&head, b"charset")? + b"charset".len();
    let rest = &head[at..];
    let rest = rest.strip_prefix(b"=").or_else(|| {
        let i = rest.iter().position(|&b| !is_space(b))?;
        rest[i..].strip_prefix(b"=")
    })?;
    let start = rest
        .iter()
        .position(|&b| !is_space(b) && b != b'"' && b != b'\'')?;
    let label = &rest[start..];
    let end = label
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(label.len());
    encoding_rs::Encoding::for_label(&label[..end])
}

impl HtmlDoc {
    /// The file's encoding: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or
    /// `windows-1251`.
    pub fn encoding_name(&self) -> &'static str {
        self.encoding.name()
    }

    /// The source offset where byte `offset` of the text comes from.
    fn source_pos(&self, piece: &Piece, offset: usize) -> usize {
        match piece.kind {
            Kind::Literal => piece.src.start + (offset.max(piece.text.start) - piece.text.start),
            Kind::Atomic | Kind::Break => piece.src.start,
        }
    }

    /// `s` escaped for `ctx` and made encodable in the file's encoding.
    fn escape(&self, s: &str, ctx: Ctx) -> String {
        let attr = matches!(ctx, Ctx::Attr(_));
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' if attr => out.push_str("&quot;"),
                '\'' if attr => out.push_str("&#39;"),
                c if !self.encoding.can_encode(c) => {
                    out.push_str(&format!("&#{};", u32::from(c)));
                }
                c => out.push(c),
            }
        }
        out
    }
}

/// A change of the source: `range` becomes `text`. `rank` orders changes at
/// the same position: an opening quote (0), edits (1), a closing quote (2).
struct Op {
    range: Range<usize>,
    rank: u8,
    text: String,
}

impl Document for HtmlDoc {
    fn text(&self) -> &str {
        &self.text
    }

    /// The file with `edits`: an edit inside one text node replaces exactly
    /// its source bytes (character references included); an edit over several
    /// nodes puts the replacement in the first and removes the covered text
    /// of the others, leaving the tags between them in place.
    ///
    /// # Errors
    /// An edit out of range.
    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError> {
        text::check_edits(&self.text, edits)?;
        let mut ops = Vec::with_capacity(edits.len());
        let mut quote = Vec::new();
        for e in edits {
            let Range { start, end } = e.range;
            let first = self.pieces.partition_point(|p| p.text.end <= start);
            if start == end {
                let (pos, ctx) = match self.pieces.get(first) {
                    Some(p) => (self.source_pos(p, start), p.ctx),
                    None => (self.source.len(), Ctx::Text),
                };
                if let Ctx::Attr(n) = ctx {
                    quote.push(n);
                }
                ops.push(Op {
                    range: pos..pos,
                    rank: 1,
                    text: self.escape(&e.text, ctx),
                });
                continue;
            }
            let mut placed = false;
            let mut at_break = None;
            for p in self.pieces[first..]
                .iter()
                .take_while(|p| p.text.start < end)
            {
                let range = match p.kind {
                    Kind::Break => {
                        at_break.get_or_insert(p.src.start);
                        continue;
                    }
                    Kind::Atomic => p.src.clone(),
                    Kind::Literal => {
                        self.source_pos(p, start)..self.source_pos(p, end.min(p.text.end))
                    }
                };
                if let Ctx::Attr(n) = p.ctx {
                    quote.push(n);
                }
                let text = if placed {
                    String::new()
                } else {
                    placed = true;
                    self.escape(&e.text, p.ctx)
                };
                ops.push(Op {
                    range,
                    rank: 1,
                    text,
                });
            }
            if !placed {
                // Only block breaks covered: the replacement goes before the
                // tag of the first one.
                let pos = at_break.unwrap_or(self.source.len());
                ops.push(Op {
                    range: pos..pos,
                    rank: 1,
                    text: self.escape(&e.text, Ctx::Text),
                });
            }
        }
        quote.sort_unstable();
        quote.dedup();
        for n in quote {
            let value = &self.attrs[n];
            if value.unquoted {
                let Range { start, end } = value.range;
                ops.push(Op {
                    range: start..start,
                    rank: 0,
                    text: "\"".to_string(),
                });
                ops.push(Op {
                    range: end..end,
                    rank: 2,
                    text: "\"".to_string(),
                });
            }
        }
        ops.sort_by_key(|op| (op.range.start, op.rank));
        let mut out = String::with_capacity(self.source.len());
        let mut at = 0;
        for op in &ops {
            if op.range.start < at {
                return Err(FormatError::new("edits overlap in the source"));
            }
            out.push_str(&self.source[at..op.range.start]);
            out.push_str(&op.text);
            at = op.range.end;
        }
        out.push_str(&self.source[at..]);
        self.encoding.encode(&out)
    }

    fn locate(&self, offset: usize) -> Location {
        let i = self.pieces.partition_point(|p| p.text.end <= offset);
        let pos = match self.pieces.get(i) {
            Some(p) => self.source_pos(p, offset),
            None => self.source.len(),
        };
        self.lines.locate(&self.source, pos)
    }
}

/// Builds the scanned text and its map while tokenizing the source.
struct Builder<'s> {
    src: &'s str,
    text: String,
    pieces: Vec<Piece>,
    attrs: Vec<AttrValue>,
}

/// A markup construct found at a `<`.
enum Markup {
    /// A comment, doctype, CDATA section or processing instruction, ending
    /// at this offset.
    Skip(usize),
    /// A start tag.
    Start(Tag),
    /// An end tag.
    End(Tag),
}

struct Tag {
    /// Lowercase name.
    name: String,
    attrs: Vec<Attr>,
    /// Offset after the closing `>` (or the end of the file).
    end: usize,
}

struct Attr {
    /// Lowercase name.
    name: String,
    /// The value's range (without quotes) and whether it is unquoted.
    value: Option<(Range<usize>, bool)>,
}

impl Builder<'_> {
    fn document(&mut self) {
        let src = self.src;
        let b = src.as_bytes();
        let mut pre = 0usize;
        let mut text_start = 0;
        let mut i = 0;
        while let Some(p) = b[i..].iter().position(|&c| c == b'<') {
            let j = i + p;
            let Some(markup) = markup(src, j) else {
                i = j + 1;
                continue;
            };
            self.run(text_start..j, None, pre == 0);
            match markup {
                Markup::Skip(end) => i = end,
                Markup::End(tag) => {
                    if BLOCKS.contains(&tag.name.as_str()) {
                        self.brk(j);
                    }
                    if tag.name == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    i = tag.end;
                }
                Markup::Start(tag) => {
                    if BLOCKS.contains(&tag.name.as_str()) {
                        self.brk(j);
                    }
                    let mut shown = false;
                    for (range, unquoted) in shown_values(&tag, src) {
                        if range.is_empty() {
                            continue;
                        }
                        self.brk(j);
                        self.attrs.push(AttrValue {
                            range: range.clone(),
                            unquoted,
                        });
                        self.run(range, Some(self.attrs.len() - 1), true);
                        shown = true;
                    }
                    if shown {
                        self.brk(j);
                    }
                    i = tag.end;
                    let name = tag.name.as_str();
                    if name == "pre" {
                        pre += 1;
                    }
                    if RAW_TEXT.contains(&name) {
                        i = find_close(b, i, name);
                    } else if RCDATA.contains(&name) {
                        let close = find_close(b, i, name);
                        self.run(i..close, None, name != "textarea" && pre == 0);
                        i = close;
                    }
                }
            }
            text_start = i;
        }
        self.run(text_start..b.len(), None, pre == 0);
    }

    fn push(&mut self, kind: Kind, src: Range<usize>, s: &str, ctx: Ctx) {
        if s.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(s);
        if kind == Kind::Literal
            && let Some(last) = self.pieces.last_mut()
            && last.kind == Kind::Literal
            && last.ctx == ctx
            && last.src.end == src.start
        {
            last.src.end = src.end;
            last.text.end = self.text.len();
            return;
        }
        self.pieces.push(Piece {
            text: start..self.text.len(),
            src,
            kind,
            ctx,
        });
    }

    /// Ends the current line of text (once), for a block boundary at `pos`.
    fn brk(&mut self, pos: usize) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.push(Kind::Break, pos..pos, "\n", Ctx::Text);
        }
    }

    /// Scans `range` of the source as text: character references decoded,
    /// line breaks as spaces when `collapse`. `attr` is the attribute value
    /// number, `None` for text nodes.
    fn run(&mut self, range: Range<usize>, attr: Option<usize>, collapse: bool) {
        let src = self.src;
        let b = src.as_bytes();
        let ctx = attr.map_or(Ctx::Text, Ctx::Attr);
        let mut lit = range.start;
        let mut i = range.start;
        while i < range.end {
            match b[i] {
                b'&' => {
                    if let Some((c, len)) = reference(&src[i..range.end], attr.is_some()) {
                        self.push(Kind::Literal, lit..i, &src[lit..i], ctx);
                        self.push(Kind::Atomic, i..i + len, c.encode_utf8(&mut [0; 4]), ctx);
                        i += len;
                        lit = i;
                    } else {
                        i += 1;
                    }
                }
                b'\r' | b'\n' if collapse => {
                    let len = if b[i] == b'\r' && i + 1 < range.end && b[i + 1] == b'\n' {
                        2
                    } else {
                        1
                    };
                    self.push(Kind::Literal, lit..i, &src[lit..i], ctx);
                    self.push(Kind::Atomic, i..i + len, " ", ctx);
                    i += len;
                    lit = i;
                }
                _ => i += 1,
            }
        }
        self.push(Kind::Literal, lit..range.end, &src[lit..range.end], ctx);
    }
}

/// The values of the attributes of `tag` that readers see, with whether
/// each is unquoted.
fn shown_values(tag: &Tag, src: &str) -> Vec<(Range<usize>, bool)> {
    let value_of = |name: &str| {
        tag.attrs
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.value.clone())
    };
    let mut out: Vec<(Range<usize>, bool)> = tag
        .attrs
        .iter()
        .filter(|a| SHOWN_ATTRIBUTES.contains(&a.name.as_str()))
        .filter_map(|a| a.value.clone())
        .collect();
    if tag.name == "meta"
        && let Some((name, _)) = value_of("name")
        && SHOWN_META
            .iter()
            .any(|m| src[name.clone()].eq_ignore_ascii_case(m))
        && let Some(content) = value_of("content")
    {
        out.push(content);
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The markup construct at `src[j] == '<'`, or `None` when that `<` is text.
fn markup(src: &str, j: usize) -> Option<Markup> {
    let b = src.as_bytes();
    let rest = &b[j + 1..];
    let to_gt = |from: usize| find(&b[from..], b">").map_or(b.len(), |p| from + p + 1);
    if let Some(body) = rest.strip_prefix(b"!--") {
        // `<!-->` and `<!--->` are empty comments; otherwise up to `-->`
        // (or `--!>`).
        let from = j + 4;
        if body.starts_with(b">") {
            return Some(Markup::Skip(from + 1));
        }
        if body.starts_with(b"->") {
            return Some(Markup::Skip(from + 2));
        }
        let close = [
            find(body, b"-->").map(|p| p + 3),
            find(body, b"--!>").map(|p| p + 4),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|&end| end);
        return Some(Markup::Skip(close.map_or(b.len(), |end| from + end)));
    }
    if let Some(body) = rest.strip_prefix(b"![CDATA[") {
        let from = j + 9;
        return Some(Markup::Skip(
            find(body, b"]]>").map_or(b.len(), |p| from + p + 3),
        ));
    }
    match rest.first() {
        Some(b'!' | b'?') => Some(Markup::Skip(to_gt(j + 2))),
        Some(b'/') => match rest.get(1) {
            Some(c) if c.is_ascii_alphabetic() => Some(Markup::End(tag(src, j + 2))),
            Some(b'>') => Some(Markup::Skip(j + 3)),
            Some(_) => Some(Markup::Skip(to_gt(j + 2))),
            None => None,
        },
        Some(c) if c.is_ascii_alphabetic() => Some(Markup::Start(tag(src, j + 1))),
        _ => None,
    }
}

/// Parses a tag whose name starts at `i` (after `<` or `</`), as HTML does:
/// attributes with double-quoted, single-quoted or unquoted values.
fn tag(src: &str, mut i: usize) -> Tag {
    let b = src.as_bytes();
    let n = b.len();
    let start = i;
    while i < n && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = src[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < n && (is_space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return Tag {
                name,
                attrs,
                end: n,
            };
        }
        if b[i] == b'>' {
            return Tag {
                name,
                attrs,
                end: i + 1,
            };
        }
        // An attribute name, at least one char (even `=`), up to a space,
        // `/`, `>` or `=`. Stops are ASCII, so they are char boundaries.
        let name_start = i;
        i += 1;
        while i < n && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = src[name_start..i].to_ascii_lowercase();
        while i < n && is_space(b[i]) {
            i += 1;
        }
        let mut value = None;
        if i < n && b[i] == b'=' {
            i += 1;
            while i < n && is_space(b[i]) {
                i += 1;
            }
            if i < n && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                let to = b[from..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(n, |p| from + p);
                value = Some((from..to, false));
                i = (to + 1).min(n);
            } else {
                let from = i;
                while i < n && !is_space(b[i]) && b[i] != b'>' {
                    i += 1;
                }
                value = Some((from..i, true));
            }
        }
        attrs.push(Attr {
            name: attr_name,
            value,
        });
    }
}

/// The start of the end tag `</name` closing raw text or RCDATA from `from`,
/// or the end of the file.
fn find_close(b: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(p) = find(&b[i..], b"</") {
        let at = i + p;
        let after = at + 2 + name.len();
        if after <= b.len()
            && b[at + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && b.get(after)
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            return at;
        }
        i = at + 2;
    }
    b.len()
}

/// The character reference at the start of `s` (which starts with `&`):
/// the char and the reference's length, or `None` when it is plain text.
/// In attribute values a legacy name without `;` followed by a letter, digit
/// or `=` stays text, as in browsers.
fn reference(s: &str, in_attr: bool) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let from = if hex { 3 } else { 2 };
        let radix = if hex { 16 } else { 10 };
        let digits = b[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()))
            .count();
        if digits == 0 {
            return None;
        }
        let code = b[from..from + digits].iter().fold(0u32, |n, &c| {
            n.saturating_mul(radix)
                .saturating_add(char::from(c).to_digit(radix).unwrap_or(0))
        });
        let mut len = from + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        let c = match code {
            0 => '\u{FFFD}',
            0x80..=0x9F => C1_REFERENCES[(code - 0x80) as usize],
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        };
        return Some((c, len));
    }
    let name_len = b[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = &s[1..1 + name_len];
    if b.get(1 + name_len) == Some(&b';')
        && let Some(&(_, c)) = ENTITIES.iter().find(|(n, _)| *n == name)
    {
        return Some((c, name_len + 2));
    }
    let legacy = LEGACY_ENTITIES.iter().find(|n| name.starts_with(**n))?;
    let next = b.get(1 + legacy.len());
    if in_attr && next.is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'=') {
        return None;
    }
    let c = ENTITIES.iter().find(|(n, _)| n == legacy)?.1;
    Some((c, legacy.len() + 1))
}
