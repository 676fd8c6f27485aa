import Testing
@testable import Wire

@Suite struct SMTPCommandTests {
    @Test(arguments: [
        ("EHLO client.test", SMTPCommand.Verb.ehlo, "client.test"),
        ("ehlo   spaced  ", .ehlo, "spaced"),
        ("HeLo x", .helo, "x"),
        ("MAIL FROM:<a@b>", .mail, "FROM:<a@b>"),
        ("RCPT TO:<a@b>", .rcpt, "TO:<a@b>"),
        ("DATA", .data, ""),
        ("RSET", .rset, ""),
        ("NOOP\tx", .noop, "x"),
        ("QUIT", .quit, ""),
        ("VRFY a", .vrfy, "a"),
        ("HELP", .help, ""),
        ("expn list", .notImplemented("EXPN"), "list"),
        ("BDAT 10 LAST", .notImplemented("BDAT"), "10 LAST"),
        ("GET / HTTP/1.1", .unrecognized("GET"), "/ HTTP/1.1"),
        ("   ", .empty, ""),
        ("", .empty, ""),
    ])
    func splitsVerbAndArgument(line: String, verb: SMTPCommand.Verb, argument: String) {
        let command = SMTPCommand(line: Array(line.utf8))
        #expect(command.verb == verb)
        #expect(command.argument == argument)
    }

    @Test func invalidUTF8IsReplacedNotTrusted() {
        let command = SMTPCommand(line: [0xFF, 0xFE, 0x41])
        #expect(command.verb == .unrecognized("??A"))
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("tab\there", "tab?here"),
        ("é", "?"),
        (String(repeating: "x", count: 40), String(repeating: "x", count: 32)),
    ])
    func echoesOnlyPrintableText(word: String, expected: String) {
        #expect(SMTPCommand.printable(word) == expected)
    }
}
