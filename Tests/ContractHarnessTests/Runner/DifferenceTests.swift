import ContractHarness
import StructuredData
import Testing

/// A difference's one-line wording, and which side of it is absent (not `null`).
@Suite struct DifferenceTests {
    @Test(arguments: [
        (Difference(source: .spec, path: "send/body/$.a", expected: "x", actual: "y"), #"send/body/$.a [spec]: expected "x", got "y""#, false, false),
        (Difference(source: .spec, path: "send/body/$.a", expected: "x", actual: nil), #"send/body/$.a [spec]: expected "x", got no value (missing)"#, true, false),
        (Difference(source: .spec, path: "send/body/$.a", expected: "x", actual: .null), #"send/body/$.a [spec]: expected "x", got null"#, false, false),
        (Difference(source: .cassette, path: "send/body/$.a", expected: .null, actual: nil), "send/body/$.a [cassette]: expected null, got no value (missing)", true, false),
        (Difference(source: .cassette, path: "send/body/$.a", expected: nil, actual: .null), "send/body/$.a [cassette]: expected no value (absent), got null", false, true),
        (Difference(source: .cassette, path: "send", expected: nil, actual: nil, message: "another kind"), "send [cassette]: another kind, got nothing", false, false),
    ])
    func wordingAndMissingSides(difference: Difference, text: String, actualMissing: Bool, expectedMissing: Bool) {
        #expect(difference.description == text)
        #expect(difference.actualMissing == actualMissing)
        #expect(difference.expectedMissing == expectedMissing)
    }

    @Test func aStructuralMissingMemberKeepsItsMissingSide() {
        let structural = StructuralDiff().differences(expected: ["iso2": "US", "parts_count": 1], actual: ["parts_count": nil])
        #expect(structural.map(\.kind) == [.missing, .typeMismatch])
        #expect(structural[0].actual == nil)
        #expect(structural[1].actual == .null)
    }
}
