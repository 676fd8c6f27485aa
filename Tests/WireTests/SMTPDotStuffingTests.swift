import Testing
@testable import Wire

@Suite struct SMTPDotStuffingTests {
    @Test(arguments: [
        ("hello\r\n", "hello\r\n.\r\n"),
        ("hello", "hello\r\n.\r\n"),
        ("", ".\r\n"),
        (".\r\n", "..\r\n.\r\n"),
        ("a\n.b\n..c", "a\r\n..b\r\n...c\r\n.\r\n"),
        ("x.\r\n .y\r\n", "x.\r\n .y\r\n.\r\n"),
        ("a\r\n\r\nb", "a\r\n\r\nb\r\n.\r\n"),
    ])
    func stuffsAndTerminates(message: String, wire: String) {
        #expect(String(decoding: SMTPDotStuffing.stuff(Array(message.utf8)), as: UTF8.self) == wire)
    }

    @Test(arguments: ["a\r\n.\r\nb\r\n", "..\n...\n", ".", "line\n.\n"])
    func theServerUndoesIt(message: String) {
        var framer = SMTPLineFramer()
        var accumulator = SMTPMessageAccumulator(maxBytes: 1000)
        var ended = false
        SMTPDotStuffing.stuff(Array(message.utf8)).withUnsafeBytes { bytes in
            var offset = 0
            while !ended, case let .line(content, crlf)? = framer.next(bytes, offset: &offset, limit: 1000) {
                ended = accumulator.append(line: content, crlf: crlf)
            }
        }
        #expect(ended)
        var expected: [UInt8] = []
        for byte in message.utf8 {
            if byte == 10, expected.last != 13 { expected.append(13) }
            expected.append(byte)
        }
        if expected.last != 10 { expected += [13, 10] }
        #expect(accumulator.outcome == .complete(expected))
    }
}
