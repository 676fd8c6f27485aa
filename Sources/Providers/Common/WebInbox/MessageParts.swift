import SMSDomain
import StructuredData

/// The parts of an SMS as the network sends them, for the web inbox's parts view: each part's text,
/// how many GSM-7 septets or UCS-2 code units it takes of how many it may, and where its GSM-7
/// extension characters (which take two septets: escape and code) are.
public struct MessageParts: Sendable, Equatable {
    /// One part.
    public struct Part: Sendable, Equatable {
        /// The part's text.
        public var text: String
        /// Septets (GSM-7) or UTF-16 code units (UCS-2) the part takes.
        public var units: Int
        /// Offsets, in Unicode scalars from the start of the part, of its GSM-7 extension characters.
        public var extensionOffsets: [Int]
    }

    /// The encoding the text is sent in.
    public var encoding: SMSEncoding
    /// The parts in order.
    public var parts: [Part]
    /// The most units one part may take: 160 or 153 septets, 70 or 67 code units.
    public var unitsPerPart: Int

    /// The parts of `text` sent in `encoding`, cut by ``SegmentCounter``; a text GSM-7 cannot encode
    /// is laid out in UCS-2.
    public init(text: String, encoding: SMSEncoding) {
        let applied: SMSEncoding = encoding == .gsm7 && GSMAlphabet.canEncode(text) ? .gsm7 : .ucs2
        self.encoding = applied
        let count = SegmentCounter.count(text, encoding: applied) ?? SegmentCounter.count(text)
        unitsPerPart = count.unitsPerPart
        let texts = SegmentCounter.split(text, encoding: applied) ?? [text]
        parts = texts.map { part in
            switch applied {
            case .gsm7:
                var units = 0
                var offsets: [Int] = []
                for (offset, scalar) in part.unicodeScalars.enumerated() {
                    let isExtension = GSMAlphabet.isExtension(scalar)
                    if isExtension { offsets.append(offset) }
                    units += isExtension ? 2 : 1
                }
                return Part(text: part, units: units, extensionOffsets: offsets)
            case .ucs2:
                return Part(text: part, units: part.utf16.count, extensionOffsets: [])
            }
        }
    }

    /// The unit the counts are in: `septets` or `code units`.
    public var unitName: String { encoding == .gsm7 ? "septets" : "code units" }

    /// As the web inbox's JSON: `{"encoding", "unit", "units_per_part", "parts": [{"text", "units", "extension_offsets"}]}`.
    public var json: JSONValue {
        [
            "encoding": .string(encoding.rawValue),
            "unit": .string(unitName),
            "units_per_part": .integer(unitsPerPart),
            "parts": .array(parts.map { part in
                ["text": .string(part.text), "units": .integer(part.units), "extension_offsets": .array(part.extensionOffsets.map(JSONValue.integer))]
            }),
        ]
    }
}
