import Testing
@testable import Wire

@Suite struct HTTPDateCacheTests {
    @Test(arguments: [(0, "Thu, 01 Jan 1970 00:00:00 GMT"), (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT")])
    func formatsIMFFixdate(seconds: Int, expected: String) {
        #expect(HTTPDateCache.format(seconds) == expected)
    }
}
