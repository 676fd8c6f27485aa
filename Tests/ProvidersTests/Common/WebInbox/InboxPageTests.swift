import Providers
import Testing
import Wire

@Suite struct InboxPageTests {
    @Test(arguments: [("offset=5&limit=10&q=Ab", 5, 10, "ab"), ("", 0, 50, ""), ("limit=100000", 0, 500, ""), ("limit=0", 0, 1, "")])
    func aPageIsReadFromTheQuery(query: String, offset: Int, limit: Int, filter: String) throws {
        let page = try InboxPage(HTTPRequest(method: "GET", target: "/__fake/ui/api/conversations?" + query))
        #expect(page == InboxPage(offset: offset, limit: limit, filter: filter))
    }

    @Test func aPageThatIsNotANumberIsRefused() {
        #expect(throws: ControlAPIError.self) { try InboxPage(HTTPRequest(method: "GET", target: "/x?offset=-1")) }
    }

    @Test(arguments: [("", true), ("shop", true), ("+4917", true), ("bye", false)])
    func aFilterMatchesAnyFieldIgnoringCase(filter: String, matches: Bool) {
        #expect(InboxPage(filter: filter).matches("+491701234567", "Shop", "Hello") == matches)
    }

    @Test func aSliceNeverRunsPastTheItems() {
        #expect(Array(InboxPage(offset: 8, limit: 5).slice(Array(0..<10))) == [8, 9])
        #expect(InboxPage(offset: 20).slice(Array(0..<10)).isEmpty)
    }
}
