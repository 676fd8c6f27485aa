/// The encodings ``XMLReader`` reads besides UTF-8: ISO-8859-1 (Latin-1) and its aliases, which
/// PHP's libxml2 reads too. A document declaring Latin-1 is transcoded to UTF-8 before it is
/// scanned (each byte is the code point of the same value), so columns still count characters.
enum XMLEncoding {
    /// The names of ISO-8859-1 accepted in `encoding="…"`, lower-cased (IANA's aliases).
    static let latin1Names: Set<String> = ["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1"]

    /// The `encoding` pseudo-attribute of an XML declaration at the very start, lower-cased; nil
    /// without a declaration or an encoding. Only ASCII is looked at, so any ASCII-compatible input works.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let prefix = Array("<?xml".utf8)
        guard bytes.count > prefix.count, Array(bytes.prefix(prefix.count)) == prefix else { return nil }
        let head = bytes.prefix(256)
        guard let end = indexOf(Array("?>".utf8), in: head),
              let name = indexOf(Array("encoding".utf8), in: head[..<end]) else { return nil }
        var index = name + 8
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "=") {
            index += 1
        }
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[index]
        guard let close = bytes[(index + 1) ..< end].firstIndex(of: quote) else { return nil }
        return String(decoding: bytes[(index + 1) ..< close], as: UTF8.self).lowercased()
    }

    /// Latin-1 bytes as UTF-8: bytes below 0x80 as they are, others as two-byte sequences.
    static func utf8(fromLatin1 bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(0xC0 | byte >> 6)
                output.append(0x80 | byte & 0x3F)
            }
        }
        return output
    }

    private static func indexOf(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            if haystack[start ..< start + needle.count].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }
}
