/// Base64 (RFC 2045 §6.8) as mail uses it: decoding tolerates line breaks and other white space, missing or
/// interior padding; encoding wraps at 76 characters with CRLF.
/// The one Base64 of the package: MIME parts here, binary cassette bodies in ContractHarness.
public enum Base64 {
    /// A character outside the alphabet, at `offset` in the input.
    public struct InvalidCharacter: Error, Equatable {
        /// Where the character is, from 0.
        public var offset: Int
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = UInt8(index) }
        return table
    }()

    /// Decodes `input`, skipping white space and `=` padding wherever it is (concatenated encodings decode as
    /// one). A trailing lone character (6 bits, no whole byte) is dropped.
    public static func decode(_ input: some Collection<UInt8>) throws(InvalidCharacter) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for (offset, character) in input.enumerated() {
            let value = values[Int(character)]
            if value == 0xFF {
                switch character {
                case 32, 9, 10, 13, 12, 11: continue
                case UInt8(ascii: "="):
                    accumulator = 0 // Padding ends a quantum; leftover bits are not data.
                    bits = 0
                    continue
                default: throw InvalidCharacter(offset: offset)
                }
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return output
    }

    /// Encodes `bytes`, padded; with `lineLength` set, lines of that many characters joined by CRLF (no
    /// final line break).
    public static func encode(_ bytes: some Collection<UInt8>, lineLength: Int? = nil) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4 + bytes.count / 38 + 2)
        var column = 0
        var group: [UInt8] = []
        func emit(_ character: UInt8) {
            if let lineLength, column == lineLength {
                output += [13, 10]
                column = 0
            }
            output.append(character)
            column += 1
        }
        func flush() {
            let padded = group + [UInt8](repeating: 0, count: 3 - group.count)
            let value = UInt32(padded[0]) << 16 | UInt32(padded[1]) << 8 | UInt32(padded[2])
            for index in 0..<4 {
                let sextet = Int(value >> UInt32(18 - 6 * index) & 0x3F)
                emit(index <= group.count ? alphabet[sextet] : UInt8(ascii: "="))
            }
            group.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            group.append(byte)
            if group.count == 3 { flush() }
        }
        if !group.isEmpty { flush() }
        return String(decoding: output, as: UTF8.self)
    }
}
