@testable import Providers
import Testing

@Suite struct SkycoreClickTrackingTests {
    @Test(arguments: [
        ("Visit https://www.fakeurl.com/ for more info.", "Visit https://sky.example/000001 for more info.", ["https://www.fakeurl.com/"]),
        ("See http://a.example/x.", "See https://sky.example/000001.", ["http://a.example/x"]),
        ("(HTTPS://A.example/Path?q=1&r=2)", "(https://sky.example/000001)", ["HTTPS://A.example/Path?q=1&r=2"]),
        ("a http://x.example b http://x.example", "a https://sky.example/000001 b https://sky.example/000002", ["http://x.example", "http://x.example"]),
        ("no links here, www.example.com stays", "no links here, www.example.com stays", []),
        ("bare scheme https:// is no link", "bare scheme https:// is no link", []),
        ("xhttp://glued.example is not a link start", "xhttp://glued.example is not a link start", []),
        ("Ссылка:https://пример.example/путь!", "Ссылка:https://sky.example/000001!", ["https://пример.example/путь"]),
        ("line\nhttps://a.example\ttab", "line\nhttps://sky.example/000001\ttab", ["https://a.example"]),
    ])
    func everyHTTPLinkIsReplacedByItsOwnShortLink(text: String, expected: String, urls: [String]) {
        let (rewritten, links) = SkycoreClickTracking.rewrite(text, firstNumber: 1)
        #expect(rewritten == expected)
        #expect(links.map(\.url) == urls)
    }

    @Test(arguments: [(1, "https://sky.example/000001"), (36, "https://sky.example/000010"), (2_176_782_335, "https://sky.example/zzzzzz")])
    func shortLinksAreNumberedInBase36(number: Int, url: String) {
        #expect(SkycoreClickTracking.shortURL(number: number) == url)
    }

    @Test func shortLinksKeepCountingAcrossMessagesOfOneFake() throws {
        let client = SkycoreTestClient()
        for _ in 0..<2 {
            let body = SkycoreTestClient.example1(["message-text": "Go https://a.example now", "click-tracking": true])
            #expect(try client.outcome(body) == "Success")
        }
        #expect(client.outbox.map { $0["text"]?.stringValue } == ["Go https://sky.example/000001 now", "Go https://sky.example/000002 now"])
    }

    @Test(arguments: [false, nil] as [Bool?])
    func withoutClickTrackingLinksAreSentAsIs(flag: Bool?) throws {
        let client = SkycoreTestClient()
        var body = SkycoreTestClient.example1(["message-text": "Go https://a.example now"])
        if let flag { body["click-tracking"] = .bool(flag) }
        #expect(try client.outcome(body) == "Success")
        #expect(client.outbox.first?["text"] == "Go https://a.example now")
        #expect(client.outbox.first?["links"] == [])
    }

    @Test func partsAreCountedOnTheRewrittenText() throws {
        let client = SkycoreTestClient()
        // 140 letters, a space and the 16-character link are 157: one SMS; with the 26-character short link, 167: two.
        let text = String(repeating: "a", count: 140) + " http://a.example"
        #expect(try client.outcome(SkycoreTestClient.example1(["message-text": .string(text)])) == "Success")
        #expect(try client.outcome(SkycoreTestClient.example1(["message-text": .string(text), "click-tracking": true])) == "Success")
        #expect(client.outbox.map { $0["parts"] } == [1, 2])
    }
}
