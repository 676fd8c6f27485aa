import Providers
import StructuredData
import Testing

@Suite struct FaultInjectorTests {
    static let descriptions: [(JSONValue, Fault)] = [
        (["fault": "latency", "ms": 250], .latency(milliseconds: 250)),
        (["fault": "reset"], .reset),
        (["fault": "status"], .status(503)),
        (["fault": "status", "status": 429], .status(429)),
        (["fault": "malformed_body"], .malformedBody),
        (["fault": "slow_body", "parts": 4, "interval_ms": 10], .slowBody(parts: 4, intervalMilliseconds: 10)),
    ]

    static let refused: [JSONValue] = [["fault": "explode"], ["fault": "status", "status": 200], ["fault": "latency", "ms": -1], ["count": 2], "reset"]

    @Test(arguments: descriptions)
    func descriptionsBecomeFaults(description: JSONValue, fault: Fault) throws {
        let injector = FaultInjector()
        try injector.add(description)
        #expect(injector.next(for: "/sms") == fault)
        #expect(injector.next(for: "/sms") == nil)
    }

    @Test(arguments: refused)
    func badDescriptionsAreRefused(description: JSONValue) {
        #expect(throws: ControlAPIError.self) { try FaultInjector().add(description) }
    }

    @Test func countsAndPathPrefixesAreHonoured() throws {
        let injector = FaultInjector()
        try injector.add(["fault": "status", "status": 500, "count": 2, "path": "/sms/"])
        #expect(injector.next(for: "/sms") == nil)
        #expect(injector.next(for: "/sms/abc") == .status(500))
        #expect(injector.json.arrayValue?.first?["remaining"] == 1)
        #expect(injector.next(for: "/sms/abc") == .status(500))
        #expect(injector.next(for: "/sms/abc") == nil)
    }

    @Test(arguments: [(Fault.latency(milliseconds: 5), "latency"), (.reset, "reset"), (.status(503), "status"),
                      (.malformedBody, "malformed_body"), (.slowBody(parts: 2, intervalMilliseconds: 1), "slow_body")])
    func eachFaultIsNamedAsItIsAskedFor(fault: Fault, name: String) {
        #expect(fault.name == name)
    }
}
