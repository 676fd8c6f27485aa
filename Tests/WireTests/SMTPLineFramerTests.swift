import Testing
@testable import Wire

@Suite struct SMTPLineFramerTests {
    /// Feeds `chunks` one after another with `limit` and collects every event.
    private func frame(_ chunks: [String], limit: Int = 12) -> [SMTPLineFramer.Event] {
        var framer = SMTPLineFramer()
        var events: [SMTPLineFramer.Event] = []
        for chunk in chunks {
            Array(chunk.utf8).withUnsafeBytes { bytes in
                var offset = 0
                while let event = framer.next(bytes, offset: &offset, limit: limit) { events.append(event) }
            }
        }
        return events
    }

    private static func line(_ text: String, crlf: Bool = true) -> SMTPLineFramer.Event {
        .line(Array(text.utf8), crlf: crlf)
    }

    @Test(arguments: [
        (["NOOP\r\n"], [line("NOOP")]),
        (["NOOP\n"], [line("NOOP", crlf: false)]),
        (["a\r\nb\nc\r\n"], [line("a"), line("b", crlf: false), line("c")]),
        (["NO", "OP\r", "\n"], [line("NOOP")]),
        (["\r\n\n"], [line(""), line("", crlf: false)]),
        (["tail"], []),
        (["a\rb\r\n"], [line("a\rb")]),
    ])
    func cutsLines(chunks: [String], expected: [SMTPLineFramer.Event]) {
        #expect(frame(chunks) == expected)
    }

    @Test(arguments: [
        // Limit 12: ten bytes of content plus CRLF.
        (["0123456789\r\n"], [line("0123456789")]),
        (["0123456789\n"], [line("0123456789", crlf: false)]),
        (["0123456789A\r\nok\r\n"], [.tooLong, line("ok")]),
        (["012345", "6789\r", "\nok\n"], [line("0123456789"), line("ok", crlf: false)]),
        (["012345", "6789A", "BCDEF", "\r\nok\r\n"], [.tooLong, line("ok")]),
        (["0123456789AB", "CD\r\n", "next\r\n"], [.tooLong, line("next")]),
    ])
    func enforcesTheLimit(chunks: [String], expected: [SMTPLineFramer.Event]) {
        #expect(frame(chunks) == expected)
    }

    @Test func reportsAnOverLongLineAsSoonAsItIsKnownAndOnlyOnce() {
        var framer = SMTPLineFramer()
        var events: [SMTPLineFramer.Event] = []
        for chunk in ["0123456789AB", "more", "still more"] {
            Array(chunk.utf8).withUnsafeBytes { bytes in
                var offset = 0
                while let event = framer.next(bytes, offset: &offset, limit: 12) { events.append(event) }
            }
            #expect(framer.hasPartialLine)
        }
        #expect(events == [.tooLong])
        framer.reset()
        #expect(!framer.hasPartialLine)
    }

    @Test func theLimitCanChangeBetweenLines() {
        var framer = SMTPLineFramer()
        Array("DATA\r\n0123456789\r\n".utf8).withUnsafeBytes { bytes in
            var offset = 0
            #expect(framer.next(bytes, offset: &offset, limit: 8) == .line(Array("DATA".utf8), crlf: true))
            #expect(framer.next(bytes, offset: &offset, limit: 100) == .line(Array("0123456789".utf8), crlf: true))
            #expect(framer.next(bytes, offset: &offset, limit: 8) == nil)
        }
    }
}
