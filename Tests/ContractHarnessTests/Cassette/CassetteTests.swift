@testable import ContractHarness
import Foundation
import Testing

@Suite struct CassetteTests {
    @Test(arguments: [
        ("2026-12-02T08:00:01Z", 1_796_198_401.0),        // a run's cassette
        ("2026-12-02T08:00:01.250Z", 1_796_198_401.25),   // the proxy's, to the millisecond
        ("2026-12-02T10:00:01.250+02:00", 1_796_198_401.25),
    ])
    func recordedAtIsReadWithOrWithoutFractionalSeconds(_ text: String, seconds: Double) throws {
        let date = try #require(Cassette.date(recordedAt: text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test(arguments: ["", "yesterday", "2026-12-02", "2026-12-02 08:00:01"])
    func aRecordedAtThatIsNoISO8601TimeIsNoDate(_ text: String) {
        #expect(Cassette.date(recordedAt: text) == nil)
    }
}
