import Testing
@testable import Wire

@Suite struct SMTPClientErrorTests {
    private static let greeting = SMTPTranscriptEntry(command: "connect", reply: SMTPReply(code: 220, text: "mx ESMTP"))

    @Test(arguments: [
        (SMTPClientError.invalidURL("x"), "invalid URL: x (expected smtp://host:port)", 0),
        (.unsupportedScheme("http"), "unsupported URL scheme http (only smtp)", 0),
        (.timedOut(transcript: []), "timed out before the greeting", 0),
        (.timedOut(transcript: [greeting]), "timed out after connect → 220 mx ESMTP", 1),
        (.connectionClosed(transcript: [greeting]), "connection closed while waiting for a reply after connect → 220 mx ESMTP", 1),
        (.malformedReply("junk", transcript: []), "malformed reply: junk before the greeting", 0),
        (.connectFailed(host: "h", port: 25, reason: "refused"), "cannot connect to h:25: refused", 0),
    ])
    func describesItselfWithTheLastReply(error: SMTPClientError, description: String, transcriptCount: Int) {
        #expect(error.description == description)
        #expect(error.transcript.count == transcriptCount)
    }

    @Test(arguments: [
        (HTTPClientError.timedOut, SMTPClientError.timedOut(transcript: [greeting])),
        (.connectionClosed, .connectionClosed(transcript: [greeting])),
        (.cannotResolve(host: "h", reason: "r"), .cannotResolve(host: "h", reason: "r")),
        (.connectFailed(host: "h", port: 1, reason: "r"), .connectFailed(host: "h", port: 1, reason: "r")),
        (.systemCallFailed(call: "recv", errno: 5, reason: "r"), .systemCallFailed(call: "recv", errno: 5, reason: "r")),
    ])
    func translatesSocketErrors(socketError: HTTPClientError, expected: SMTPClientError) {
        #expect(SMTPClientError(socketError, transcript: [Self.greeting]) == expected)
    }
}
