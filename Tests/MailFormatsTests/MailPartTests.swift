import Testing
@testable import MailFormats

@Suite struct MailPartTests {
    @Test(arguments: [
        (MailPart(contentType: "text/plain"), false),
        (MailPart(contentType: "text/plain", disposition: "inline"), false),
        (MailPart(contentType: "text/plain", disposition: "attachment"), true),
        (MailPart(contentType: "text/csv", filename: "a.csv"), true),
        (MailPart(contentType: "text/csv"), false),
        (MailPart(contentType: "application/octet-stream"), true),
        (MailPart(contentType: "image/png", disposition: "inline"), true),
        (MailPart(contentType: "multipart/mixed", disposition: "attachment"), false),
    ])
    func decidesWhatIsAnAttachment(part: MailPart, isAttachment: Bool) {
        #expect(part.isAttachment == isAttachment)
    }

    @Test func leavesAreTheNonContainerPartsDepthFirst() {
        let tree = MailPart(id: "", contentType: "multipart/mixed", parts: [
            MailPart(id: "1", contentType: "multipart/alternative", parts: [MailPart(id: "1.1"), MailPart(id: "1.2", contentType: "text/html")]),
            MailPart(id: "2", contentType: "text/csv"),
        ])
        #expect(tree.leaves.map(\.id) == ["1.1", "1.2", "2"])
        #expect(MailPart(id: "x").leaves.map(\.id) == ["x"])
    }

    @Test func headersAreFoundCaseInsensitivelyAndDecoded() {
        let part = MailPart(headers: [MailHeader(name: "X-Note", value: "=?utf-8?q?caf=C3=A9?="), MailHeader(name: "x-note", value: "second")],
                            parameters: ["charset": "UTF-8"])
        #expect(part.header("X-NOTE") == "café")
        #expect(part.header("missing") == nil)
        #expect(part.charset == "utf-8")
    }
}
