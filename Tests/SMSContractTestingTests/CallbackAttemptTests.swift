import SMSContractTesting
import Testing

@Suite struct CallbackAttemptTests {
    static let cases: [(JSONValue, CallbackAttempt?)] = [
        (["url": "http://127.0.0.1:1/h", "attempt": 1, "accepted": true, "at": "2026-01-01T00:00:00Z", "status": 200],
         CallbackAttempt(url: "http://127.0.0.1:1/h", attempt: 1, accepted: true, status: 200, at: "2026-01-01T00:00:00Z")),
        (["url": "http://127.0.0.1:1/h", "attempt": 2, "accepted": false, "at": "2026-01-01T00:00:00Z", "error": "connection refused"],
         CallbackAttempt(url: "http://127.0.0.1:1/h", attempt: 2, accepted: false, error: "connection refused", at: "2026-01-01T00:00:00Z")),
        (["url": "http://127.0.0.1:1/h", "accepted": true, "at": "2026-01-01T00:00:00Z"], nil),
        (["attempt": 1, "accepted": true, "at": "2026-01-01T00:00:00Z"], nil),
        ("not an object", nil),
    ]

    @Test(arguments: cases)
    func readsTheControlAPIsLogEntry(json: JSONValue, expected: CallbackAttempt?) {
        #expect(CallbackAttempt(json: json) == expected)
    }
}
