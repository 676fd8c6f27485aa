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

    static let refused: [JSONValue] = [["fault": "explode"], ["fault": "status", "status": 200], ["fault": "latency", "ms": -1], ["count": 2], "reset",
                                       ["fault": "latency"], ["fault": "reset", "count": 0], ["fault": "slow_body", "parts": 1], ["fault": "reset", "path": "sms"]]

    /// Unknown or misplaced members are named, with the closest known one, instead of being ignored.
    static let named: [(JSONValue, String)] = [
        (["fault": "status", "times": 3], #"unknown member "times" for a status fault; it takes fault, count, path, status"#),
        (["fault": "latency", "mss": 5, "ms": 1], #""mss" (did you mean "ms"?)"#),
        (["fault": "reset", "status": 503], #"unknown member "status" for a reset fault"#),
        (["fault": "latncy", "ms": 1], #"unknown fault "latncy"; did you mean "latency"?"#),
        (["fault": "latency"], #"a latency fault needs "ms""#),
        (["fault": "reset", "count": 0], #""count" must be a whole number ≥ 1"#),
    ]

    @Test(arguments: named)
    func mistakesAreNamed(description: JSONValue, message: String) {
        #expect {
            try FaultInjector().add(description)
        } throws: { error in
            (error as? ControlAPIError)?.message.contains(message) == true
        }
    }

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
