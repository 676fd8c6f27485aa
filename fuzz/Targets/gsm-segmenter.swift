// Fuzz target: the GSM 03.38 / UCS-2 segmenter. Its documented promises: the parts join back into the
// text, their number is the count's, and none holds more than a part may.
import SMSDomain

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGSMSegmenter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let count = SegmentCounter.count(text)
    let parts = SegmentCounter.split(text)
    precondition(parts.joined() == text, "the parts do not join into the text")
    precondition(parts.count == count.parts, "split into \(parts.count) parts, counted \(count.parts)")
    precondition(count.characters == text.unicodeScalars.count, "character count")
    for encoding in [SMSEncoding.gsm7, .ucs2] {
        guard let forced = SegmentCounter.count(text, encoding: encoding),
              let forcedParts = SegmentCounter.split(text, encoding: encoding) else {
            precondition(encoding == .gsm7, "UCS-2 can encode any text")
            continue
        }
        precondition(forcedParts.joined() == text && forcedParts.count == forced.parts, "forced \(encoding)")
        for part in forcedParts where forcedParts.count > 1 {
            let units = SegmentCounter.count(part, encoding: encoding)?.units ?? 0
            precondition(units <= forced.unitsPerPart, "a part of \(units) units, at most \(forced.unitsPerPart) allowed")
        }
    }
    return 0
}
