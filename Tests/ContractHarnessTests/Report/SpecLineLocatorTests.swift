import ContractHarness
import StructuredData
import Testing

@Suite struct SpecLineLocatorTests {
    static let spec = """
    {
      "id": "lox24/x",
      "steps": [
        {
          "name": "send",
          "request": {"method": "POST", "path": "/sms"},
          "expect": {
            "status": 201,
            "headers": {"X-LOX24-REQUEST-ID": "r"},
            "json": {
              "phone": "+1",
              "parts": [1, 2]
            },
            "outbox": [{"to": "+1"}]
          }
        },
        {"name": "lookup", "request": {"method": "GET", "path": "/sms/1"}, "expect": {"status": 200}}
      ]
    }
    """

    @Test(arguments: [
        ("send/status", 8, 9),
        ("send/headers/x-lox24-request-id", 9, 21),
        ("send/body/$.phone", 11, 11),
        ("send/body/$.parts[1]", 12, 24),
        ("send/body/$.missing", 10, 9),
        ("send/outbox/$[0].to", 14, 21),
        ("send/request", 6, 7),
        ("lookup/status", 17, 83),
        ("lookup/transport_error", 17, 72),
        ("nosuch/status", 8, 9),
    ])
    func pointsAtTheExpectation(_ path: String, _ line: Int, _ column: Int) {
        let locator = SpecLineLocator(bytes: Array(Self.spec.utf8))
        let location = locator.location(of: Difference(source: .spec, path: path, expected: nil, actual: nil))
        #expect(location == SourceLocation(line: line, column: column))
    }

    @Test func anythingElseIsTheTopOfTheFile() {
        #expect(SpecLineLocator(bytes: Array("not json".utf8)).location(of: nil) == SourceLocation(line: 1, column: 1))
        #expect(SpecLineLocator(bytes: Array("{}".utf8)).location(of: nil) == SourceLocation(line: 1, column: 1))
    }
}
