import SMSDomain

/// The `gsm-segmenter` fuzz target's check (fuzz/run), replayed on kept inputs by ``FuzzRegressionTests``: the
/// segmenter's documented promises: the parts join back into the text, their number is the count's, and none
/// holds more than a part may.
enum SegmenterFuzzing {
    /// A problem with how `bytes` (as UTF-8 text) was handled, or nil.
    static func check(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        let count = SegmentCounter.count(text)
        let parts = SegmentCounter.split(text)
        guard parts.joined() == text else { return "the parts do not join into the text" }
        guard parts.count == count.parts else { return "split into \(parts.count) parts, counted \(count.parts)" }
        guard count.characters == text.unicodeScalars.count else { return "counted \(count.characters) characters" }
        for encoding in [SMSEncoding.gsm7, .ucs2] {
            guard let forced = SegmentCounter.count(text, encoding: encoding),
                  let forcedParts = SegmentCounter.split(text, encoding: encoding) else {
                if encoding == .ucs2 { return "UCS-2 refused a text" }
                continue
            }
            guard forcedParts.joined() == text, forcedParts.count == forced.parts else { return "forced \(encoding) parts" }
            for part in forcedParts where forcedParts.count > 1 {
                let units = SegmentCounter.count(part, encoding: encoding)?.units ?? 0
                if units > forced.unitsPerPart { return "a part of \(units) units, at most \(forced.unitsPerPart) allowed" }
            }
        }
        return nil
    }
}
