/// Prepares a message for sending after `DATA` (RFC 5321 §4.5.2): line endings made CRLF, a `.` added before
/// every line that starts with one, a final CRLF if missing, and the terminating `.` line.
enum SMTPDotStuffing {
    /// The bytes to send after the `354` reply, terminator included.
    static func stuff(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + message.count / 64 + 5)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if atLineStart, byte == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            if byte == 10, previous != 13 { output.append(13) } // A bare LF becomes CRLF.
            output.append(byte)
            atLineStart = byte == 10
            previous = byte
        }
        if !message.isEmpty, !atLineStart { output += [13, 10] }
        output += Array(".\r\n".utf8)
        return output
    }
}
