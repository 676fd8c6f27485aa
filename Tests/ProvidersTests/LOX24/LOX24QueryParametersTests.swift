@testable import Providers
import Testing

@Suite struct LOX24QueryParametersTests {
    @Test func phpStyleListsMapsAndPlainValues() {
        let query = LOX24QueryParameters([
            ("uuid[0]", "a"), ("uuid[1]", "b"), ("uuid[]", "c"), ("_order[created_at]", "desc"), ("created_at[gte]", "5"),
            ("page", "1"), ("page", "2"), ("text", "Hi there"),
        ])
        #expect(query.values("uuid") == ["a", "b", "c"])
        #expect(query.map("_order") == ["created_at": "desc"])
        #expect(query.map("created_at") == ["gte": "5"])
        #expect(query.value("page") == "2")
        #expect(query.value("text") == "Hi there")
        #expect(query.values("missing").isEmpty && query.map("missing").isEmpty)
    }

    @Test func aPlainValueReplacesAnEarlierList() {
        let query = LOX24QueryParameters([("iso2[]", "DE"), ("iso2", "US")])
        #expect(query.values("iso2") == ["US"])
    }

    @Test func linksKeepTheQueryWithoutPageEncoded() {
        let query = LOX24QueryParameters([("uuid[]", "a b"), ("page", "3"), ("_order[created_at]", "asc")])
        #expect(query.encoded(without: "page") == ["uuid%5B%5D=a%20b", "_order%5Bcreated_at%5D=asc"])
    }
}
