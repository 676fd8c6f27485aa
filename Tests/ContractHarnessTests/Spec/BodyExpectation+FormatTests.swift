@testable import ContractHarness
import StructuredData
import Testing

@Suite struct BodyExpectationFormatTests {
    @Test(arguments: [
        (BodyExpectation.json(["a": 1], exact: true), "json", ["a": 1], true),
        (.json([1, 2], exact: false), "json", [1, 2], false),
        (.xml(["r": ["a": "1"]], exact: true), "xml", ["r": ["a": "1"]], true),
        (.form(["to": "+4917"], exact: false), "form", ["to": "+4917"], false),
        (.text("Hi"), "text", "Hi", false),
        (.text(["$match": "any"]), "text", ["$match": "any"], false),
    ] as [(BodyExpectation, String, JSONValue, Bool)])
    func eachCaseNamesItsFormatValueAndExactness(_ expectation: BodyExpectation, format: String, value: JSONValue, exact: Bool) {
        #expect(expectation.format.name == format)
        #expect(expectation.value == value)
        #expect(expectation.exact == exact)
    }

    @Test(arguments: [BodyExpectation.json(["a": 1], exact: true), .xml(["r": 1], exact: false), .form(["a": "1"], exact: true), .text("x")])
    func replacingTheValueKeepsTheFormatAndExactness(_ expectation: BodyExpectation) {
        let replaced = expectation.replacingValue(["b": 2])
        #expect(replaced.format.name == expectation.format.name)
        #expect(replaced.exact == expectation.exact)
        #expect(replaced.value == ["b": 2])
    }
}
