/// Quoted-printable (RFC 2045 §6.7): `=XX` escapes and `=` soft line breaks.
enum QuotedPrintable {
    /// Decodes `input`. Soft line breaks (`=` before CRLF or LF, even with transport-added spaces between)
    /// join lines; hard line breaks are kept as they were (CRLF or LF); trailing white space on a line is
    /// removed as RFC 2045 asks; a malformed escape is kept literally.
    static func decode(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        for line in MailLines(input) {
            var end = line.content.upperBound
            while end > line.content.lowerBound, input[end - 1] == 32 || input[end - 1] == 9 { end -= 1 }
            var soft = false
            if end > line.content.lowerBound, input[end - 1] == UInt8(ascii: "=") {
                soft = true
                end -= 1
            }
            var index = line.content.lowerBound
            while index < end {
                let byte = input[index]
                if byte == UInt8(ascii: "="), index + 2 < end,
                   let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                    output.append(high << 4 | low)
                    index += 3
                    continue
                }
                output.append(byte)
                index += 1
            }
            if !soft, line.isTerminated { output += input[line.endingStart..<line.next] }
        }
        return output
    }

    /// Encodes text `bytes` for a body: line breaks (LF or CRLF) become CRLF, lines are wrapped with soft
    /// breaks to at most 76 characters, and `=`, controls, 8-bit bytes and white space before a line end
    /// are escaped.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
            line.last == 13 ? line.dropLast() : line
        }
        if bytes.last == 10 { lines.removeLast() } // The final line break ends the last line; no empty line after it.
        for (number, line) in lines.enumerated() {
            var column = 0
            for (index, byte) in zip(line.indices, line) {
                let isLast = index == line.index(before: line.endIndex)
                let literal = (33...126).contains(byte) && byte != UInt8(ascii: "=") || ((byte == 32 || byte == 9) && !isLast)
                let piece: [UInt8] = literal ? [byte] : [UInt8(ascii: "=")] + hexDigits(byte)
                // Leave room for the `=` of a soft break unless this is the line's last piece.
                let limit = isLast ? 76 : 75
                if column + piece.count > limit {
                    output += Array("=\r\n".utf8)
                    column = 0
                }
                output += piece
                column += piece.count
            }
            if number < lines.count - 1 || bytes.last == 10 { output += [13, 10] }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }
}
