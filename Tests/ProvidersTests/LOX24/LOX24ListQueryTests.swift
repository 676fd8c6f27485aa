@testable import Providers
import Testing

@Suite struct LOX24ListQueryTests {
    @Test(arguments: [
        (5, "between", "1..5", true), (6, "between", "1..5", false), (5, "gt", "5", false), (5, "gte", "5", true),
        (4, "lt", "5", true), (5, "lte", "5", true), (6, "lte", "5", false), (9, "between", "x..y", true), (9, "near", "5", true),
    ])
    func rangeBounds(value: Int, kind: String, bound: String, passes: Bool) {
        #expect(LOX24ListQuery.inRange(value, kind: kind, bound: bound) == passes)
    }

    @Test(arguments: [("1", true), ("true", true), ("0", false), ("FALSE", false), ("yes", nil)] as [(String, Bool?)])
    func booleans(text: String, value: Bool?) {
        #expect(LOX24ListQuery.boolean(text) == value)
    }

    @Test(arguments: [(nil, 1), ("1", 1), ("7", 7)] as [(String?, Int)])
    func pages(text: String?, page: Int) throws {
        let query = LOX24ListQuery(parameters: LOX24QueryParameters(text.map { [("page", $0)] } ?? []))
        #expect(try query.page() == page)
    }

    @Test(arguments: ["0", "-1", "x", ""])
    func pagesBelowOneAreRefused(text: String) {
        let query = LOX24ListQuery(parameters: LOX24QueryParameters([("page", text)]))
        #expect(throws: LOX24ListQuery.Refusal.pageBelowOne) { try query.page() }
    }
}
