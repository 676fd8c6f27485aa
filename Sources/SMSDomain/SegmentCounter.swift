/// Counts and splits SMS texts into parts the way a GSM network sends them.
///
/// Rules, applied to the text's Unicode scalars (never to `Character`s):
/// - Encoding: GSM-7 when every scalar is in ``GSMAlphabet``'s basic set or extension table, else UCS-2.
/// - GSM-7: a basic character is 1 septet, an extension character 2 (escape + code). At most 160
///   septets fit one SMS; a longer text goes in parts of at most 153 septets, and an extension
///   character never straddles two parts: if it would, it starts the next part (that part then holds 152).
/// - UCS-2: each scalar is its UTF-16 code units, 2 for a surrogate pair. At most 70 units fit one
///   SMS; a longer text goes in parts of at most 67 units, and a surrogate pair that would straddle
///   two parts starts the next one.
/// - An empty text is sent as one empty SMS.
///
/// Parts are cut between scalars, so a grapheme made of several scalars (an emoji with modifiers,
/// "\r\n", a letter with a combining accent) can be cut, as a handset would cut it.
public enum SegmentCounter {
    /// Septets in a single GSM-7 SMS.
    static let gsm7Single = 160
    /// Septets in each part of a concatenated GSM-7 SMS.
    static let gsm7Part = 153
    /// UTF-16 units in a single UCS-2 SMS.
    static let ucs2Single = 70
    /// UTF-16 units in each part of a concatenated UCS-2 SMS.
    static let ucs2Part = 67

    /// Counts the text in the encoding it needs: GSM-7 when every scalar is in the GSM alphabet, else UCS-2.
    public static func count(_ text: String) -> SegmentCount {
        layout(text, encoding: encoding(for: text)).count
    }

    /// Counts the text in the given encoding; nil when GSM-7 is forced but the text has a character outside the GSM alphabet.
    public static func count(_ text: String, encoding: SMSEncoding) -> SegmentCount? {
        guard encoding == .ucs2 || GSMAlphabet.canEncode(text) else { return nil }
        return layout(text, encoding: encoding).count
    }

    /// The texts of the parts the text is sent as, in the encoding it needs; `[""]` for an empty text.
    ///
    /// Joining the parts gives back the text.
    public static func split(_ text: String) -> [String] {
        layout(text, encoding: encoding(for: text)).parts(of: text)
    }

    /// The texts of the parts in the given encoding; nil when GSM-7 is forced but the text has a character outside the GSM alphabet.
    public static func split(_ text: String, encoding: SMSEncoding) -> [String]? {
        guard encoding == .ucs2 || GSMAlphabet.canEncode(text) else { return nil }
        return layout(text, encoding: encoding).parts(of: text)
    }

    /// GSM-7 when the alphabet can encode the text, else UCS-2.
    static func encoding(for text: String) -> SMSEncoding {
        GSMAlphabet.canEncode(text) ? .gsm7 : .ucs2
    }

    /// Where a text's parts start, and its totals.
    struct Layout {
        /// The encoding applied.
        let encoding: SMSEncoding
        /// Unicode scalars in the text.
        let characters: Int
        /// Septets or UTF-16 units in the text.
        let units: Int
        /// The unit limit applied to each part.
        let unitsPerPart: Int
        /// The scalar index at which each part after the first starts; empty for a single part.
        let cuts: [String.UnicodeScalarView.Index]

        /// The count these values describe.
        var count: SegmentCount {
            SegmentCount(encoding: encoding, characters: characters, units: units,
                         parts: cuts.count + 1, unitsPerPart: unitsPerPart)
        }

        /// The texts of the parts of `text`, which must be the text this layout was made from.
        func parts(of text: String) -> [String] {
            guard !cuts.isEmpty else { return [text] }
            let scalars = text.unicodeScalars
            let starts = [scalars.startIndex] + cuts
            let ends = cuts + [scalars.endIndex]
            return zip(starts, ends).map { String(scalars[$0..<$1]) }
        }
    }

    /// Lays the text out in the encoding. For GSM-7 the caller has checked that the alphabet can encode the text.
    static func layout(_ text: String, encoding: SMSEncoding) -> Layout {
        // An all-ASCII text (the usual case) is laid out byte by byte: each byte is one scalar.
        if let ascii = GSMAlphabet.asciiSeptets(text) {
            return asciiLayout(text, encoding: encoding, septets: ascii.septets)
        }
        let width: (Unicode.Scalar) -> Int
        let single: Int
        let part: Int
        switch encoding {
        case .gsm7:
            width = { GSMAlphabet.isExtension($0) ? 2 : 1 }
            (single, part) = (gsm7Single, gsm7Part)
        case .ucs2:
            width = { UTF16.width($0) }
            (single, part) = (ucs2Single, ucs2Part)
        }

        let scalars = text.unicodeScalars
        var characters = 0
        var units = 0
        for scalar in scalars {
            characters += 1
            units += width(scalar)
        }
        guard units > single else {
            return Layout(encoding: encoding, characters: characters, units: units, unitsPerPart: single, cuts: [])
        }

        var cuts: [String.UnicodeScalarView.Index] = []
        var filled = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let w = width(scalars[index])
            if filled + w > part {
                cuts.append(index)
                filled = 0
            }
            filled += w
            index = scalars.index(after: index)
        }
        return Layout(encoding: encoding, characters: characters, units: units, unitsPerPart: part, cuts: cuts)
    }

    /// ``layout(_:encoding:)`` of an all-ASCII text with `septets` GSM-7 septets: the same rules, reading bytes.
    private static func asciiLayout(_ text: String, encoding: SMSEncoding, septets: Int) -> Layout {
        let utf8 = text.utf8
        let characters = utf8.count
        let (units, single, part) = encoding == .gsm7 ? (septets, gsm7Single, gsm7Part) : (characters, ucs2Single, ucs2Part)
        guard units > single else {
            return Layout(encoding: encoding, characters: characters, units: units, unitsPerPart: single, cuts: [])
        }
        var cuts: [String.UnicodeScalarView.Index] = []
        var filled = 0
        var index = utf8.startIndex
        for byte in utf8 {
            let width = encoding == .gsm7 && GSMAlphabet.isExtension(Unicode.Scalar(byte)) ? 2 : 1
            if filled + width > part {
                cuts.append(index) // A byte boundary of an ASCII text is a scalar boundary.
                filled = 0
            }
            filled += width
            index = utf8.index(after: index)
        }
        return Layout(encoding: encoding, characters: characters, units: units, unitsPerPart: part, cuts: cuts)
    }
}
