/// The text form of a UUID, lowercase: `0bd5fcff-c65d-45dd-a022-3613a347c11f`.
enum UUIDText {
    /// The UUID whose first 64 bits are `high` and last 64 bits are `low`, in 8-4-4-4-12 hex digits.
    static func format(high: UInt64, low: UInt64) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(36)
        appendHex(of: high >> 32, digits: 8, to: &text)
        text.append(UInt8(ascii: "-"))
        appendHex(of: high >> 16, digits: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        appendHex(of: high, digits: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        appendHex(of: low >> 48, digits: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        appendHex(of: low, digits: 12, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the lowest `digits` hexadecimal digits of `value`, most significant first.
    private static func appendHex(of value: UInt64, digits: Int, to text: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        for position in stride(from: digits - 1, through: 0, by: -1) {
            let nibble = Int((value >> UInt64(position * 4)) & 0xF)
            text.append(hex.utf8Start[nibble])
        }
    }
}
