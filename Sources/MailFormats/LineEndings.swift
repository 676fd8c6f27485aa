/// Line endings of decoded text.
enum LineEndings {
    /// `text` with every CR LF turned into LF; a CR on its own stays.
    ///
    /// By bytes, since it runs on every text part: the generic `replacing` on characters cost
    /// several times as much.
    static func unix(_ text: String) -> String {
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        guard text.utf8.contains(carriageReturn) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingReturn = false
        for byte in text.utf8 {
            if pendingReturn && byte != lineFeed { bytes.append(carriageReturn) }
            pendingReturn = byte == carriageReturn
            if !pendingReturn { bytes.append(byte) }
        }
        if pendingReturn { bytes.append(carriageReturn) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
