import Testing
@testable import Wire

@Suite struct SMTPPathArgumentTests {
    typealias Parameter = SMTPPathArgument.Parameter

    @Test(arguments: [
        ("FROM:<a@b.test>", true, "a@b.test", [Parameter]()),
        ("from:<>", true, "", []),
        ("FROM: <a@b.test>", true, "a@b.test", []),
        ("FROM:<a@b.test> SIZE=10 body=8bitmime", true, "a@b.test", [Parameter(keyword: "SIZE", value: "10"), Parameter(keyword: "BODY", value: "8bitmime")]),
        ("FROM:<a@b.test>  SMTPUTF8", true, "a@b.test", [Parameter(keyword: "SMTPUTF8", value: nil)]),
        ("FROM:<@r1.test,@r2.test:a@b.test>", true, "a@b.test", []),
        ("FROM:<\"odd > name\"@b.test>", true, "\"odd > name\"@b.test", []),
        ("FROM:<user@your_domain.com>", true, "user@your_domain.com", []),
        ("FROM:<a@[127.0.0.1]>", true, "a@[127.0.0.1]", []),
        ("FROM:<ü@bücher.test>", true, "ü@bücher.test", []),
        ("TO:<61409000000@mail.completesms.net>", false, "61409000000@mail.completesms.net", []),
        ("TO:<postmaster>", false, "postmaster", []),
    ])
    func parsesPaths(argument: String, isSender: Bool, address: String, parameters: [Parameter]) throws {
        let parsed = try SMTPPathArgument(argument, keyword: isSender ? "FROM" : "TO", isSender: isSender)
        #expect(parsed.address == address)
        #expect(parsed.parameters == parameters)
    }

    @Test(arguments: [
        ("FROM:a@b.test", true, 501, "5.5.4"),
        ("FROM:", true, 501, "5.5.4"),
        ("FRM:<a@b.test>", true, 501, "5.5.4"),
        ("FROM:<a@b.test", true, 501, "5.5.4"),
        ("FROM:<a@b.test>x", true, 501, "5.5.4"),
        ("FROM:<a@>", true, 501, "5.1.7"),
        ("FROM:<@b.test>", true, 501, "5.1.7"),
        ("FROM:<.a@b.test>", true, 501, "5.1.7"),
        ("FROM:<a@b.test.>", true, 501, "5.1.7"),
        ("FROM:<a@b!c.test>", true, 501, "5.1.7"),
        ("FROM:<a\u{1}@b.test>", true, 501, "5.1.7"),
        ("FROM:<postmaster>", true, 501, "5.1.7"),
        ("TO:<>", false, 501, "5.1.3"),
        ("TO:<a,b@c.test>", false, 501, "5.1.3"),
        ("FROM:<a@b.test> SIZE=", true, 501, "5.5.4"),
        ("FROM:<a@b.test> -X=1", true, 501, "5.5.4"),
    ])
    func refusesBadArguments(argument: String, isSender: Bool, code: Int, status: String) {
        #expect {
            _ = try SMTPPathArgument(argument, keyword: isSender ? "FROM" : "TO", isSender: isSender)
        } throws: { error in
            let reply = (error as? SMTPPathArgument.Refusal)?.reply
            return reply?.code == code && reply?.enhancedStatus == status
        }
    }
}
