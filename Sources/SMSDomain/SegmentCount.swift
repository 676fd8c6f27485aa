/// How a text is encoded and split into SMS parts.
///
/// Produced by ``SegmentCounter``. The limits are those of GSM 03.40 concatenated SMS with a
/// 6-octet user data header: 160 septets or 70 UCS-2 units in a single SMS, 153 septets or
/// 67 units in each part of a concatenated one.
public struct SegmentCount: Sendable, Equatable {
    /// The encoding the text is sent in.
    public let encoding: SMSEncoding
    /// The Unicode scalars in the text (what PHP `mb_strlen` counts); "\r\n" counts 2, "😀" counts 1.
    public let characters: Int
    /// GSM-7: septets, where an extension-table character counts 2. UCS-2: UTF-16 code units, where a character outside the BMP counts 2.
    public let units: Int
    /// The number of SMS sent: 1 when the units fit a single SMS (an empty text is 1 part), else the concatenated parts.
    public let parts: Int
    /// The most units one part may hold as applied: 160 or 153 for GSM-7, 70 or 67 for UCS-2.
    public let unitsPerPart: Int

    /// Creates a count from its values as given; ``SegmentCounter`` computes them from a text.
    public init(encoding: SMSEncoding, characters: Int, units: Int, parts: Int, unitsPerPart: Int) {
        self.encoding = encoding
        self.characters = characters
        self.units = units
        self.parts = parts
        self.unitsPerPart = unitsPerPart
    }
}
