/// Writes ``JSONValue``s as JSON text.
///
/// - Numbers: integral values with magnitude up to 2^53 print as integers (`-600`, `201`); other
///   numbers print in Swift's shortest round-trip form (`0.056`, `1e+20`); non-finite numbers,
///   which JSON cannot express, print as `null`.
/// - Strings: `"`, `\` and control characters are escaped (`\n \r \t \b \f`, others as
///   `\u00XX`); `/` and non-ASCII characters are written as UTF-8.
/// - ``Style/pretty``: 2-space indent, `": "` after keys, one member or element per line, no
///   newline at the end. Empty arrays and objects print as `[]` and `{}` in both styles.
/// - `sortedKeys`: members in byte-wise UTF-8 order of their keys; otherwise insertion order.
///
/// The canonical form (cassettes) is `.pretty` with sorted keys.
public enum JSONWriter {
    /// Layout of the output.
    public enum Style: Sendable {
        /// No whitespace at all.
        case compact
        /// Indented by two spaces per level, one member or element per line.
        case pretty
    }

    /// The JSON text of `value`.
    public static func string(_ value: JSONValue, style: Style = .compact, sortedKeys: Bool = false) -> String {
        String(decoding: bytes(value, style: style, sortedKeys: sortedKeys), as: UTF8.self)
    }

    /// The JSON text of `value` as UTF-8 bytes.
    public static func bytes(_ value: JSONValue, style: Style = .compact, sortedKeys: Bool = false) -> [UInt8] {
        var output = Output(pretty: style == .pretty, sortedKeys: sortedKeys)
        output.bytes.reserveCapacity(1024) // An API resource fits; growing from less copies it twice.
        output.write(value, depth: 0)
        return output.bytes
    }

    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, copying runs that need no escaping in one go.
    static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Native and small strings lend their bytes in place; any other is copied once first.
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 bytes with `"`, `\` and control characters escaped.
    private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var runStart = 0
        for position in 0 ..< utf8.count {
            let byte = utf8[position]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< position]))
            runStart = position + 1
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            default:
                let hexDigits: StaticString = "0123456789abcdef"
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                hexDigits.withUTF8Buffer { digits in
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0x0F)])
                }
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart ..< utf8.count]))
    }

    /// Appends a number by the rules above.
    static func appendNumber(_ number: Double, to bytes: inout [UInt8]) {
        guard number.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if number.rounded(.towardZero) == number && number.magnitude <= 9_007_199_254_740_992 {
            appendInteger(Int64(number), to: &bytes)
        } else {
            bytes.append(contentsOf: number.description.utf8)
        }
    }

    private static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private struct Output {
        let pretty: Bool
        let sortedKeys: Bool
        var bytes: [UInt8] = []

        mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: bytes.append(contentsOf: "null".utf8)
            case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let number): JSONWriter.appendNumber(number, to: &bytes)
            case .string(let text): JSONWriter.appendQuoted(text, to: &bytes)
            case .array(let elements):
                guard !elements.isEmpty else {
                    bytes.append(contentsOf: "[]".utf8)
                    return
                }
                bytes.append(UInt8(ascii: "["))
                for (position, element) in elements.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(depth: depth + 1)
                    write(element, depth: depth + 1)
                }
                newline(depth: depth)
                bytes.append(UInt8(ascii: "]"))
            case .object(let object):
                guard !object.isEmpty else {
                    bytes.append(contentsOf: "{}".utf8)
                    return
                }
                bytes.append(UInt8(ascii: "{"))
                for (position, member) in (sortedKeys ? object.sortedMembers : object.members).enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(depth: depth + 1)
                    JSONWriter.appendQuoted(member.key, to: &bytes)
                    bytes.append(UInt8(ascii: ":"))
                    if pretty { bytes.append(UInt8(ascii: " ")) }
                    write(member.value, depth: depth + 1)
                }
                newline(depth: depth)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        private mutating func newline(depth: Int) {
            guard pretty else { return }
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
    }
}
