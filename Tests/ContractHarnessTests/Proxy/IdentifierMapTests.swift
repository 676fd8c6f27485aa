@testable import ContractHarness
import StructuredData
import Testing

@Suite struct IdentifierMapTests {
    let patterns = [try! JSONPathPattern(parsing: "$.uuid"), try! JSONPathPattern(parsing: "$.messages[*].id")]

    @Test func learnsIdsAtVolatilePathsAndTranslatesWholeTokensOnly() {
        var map = IdentifierMap()
        map.learn(real: ["uuid": "real-uuid-1", "text": "same", "messages": [["id": 1234567]]],
                  predicted: ["uuid": "shadow-uuid-1", "text": "same", "messages": [["id": 7654321]]], volatile: patterns)
        #expect(map.count == 2)
        #expect(map.translate("/sms/real-uuid-1") == "/sms/shadow-uuid-1")
        #expect(map.translate("{\"ids\":[1234567]}") == "{\"ids\":[7654321]}")
        #expect(map.translate("/sms/real-uuid-12") == "/sms/real-uuid-12")
        #expect(map.translate("nothing here") == "nothing here")
    }

    @Test func ignoresShortValuesAndEqualOnes() {
        var map = IdentifierMap()
        map.learn(real: ["uuid": "abc"], predicted: ["uuid": "xyz"], volatile: patterns)
        map.learn(real: ["uuid": "same-value"], predicted: ["uuid": "same-value"], volatile: patterns)
        #expect(map.count == 0)
    }

    @Test func keepsOnlyTheNewestPairs() {
        var map = IdentifierMap(capacity: 3)
        for index in 0..<10 {
            map.learn(real: ["uuid": .string("real-\(index)-id")], predicted: ["uuid": .string("fake-\(index)-id")], volatile: patterns)
        }
        #expect(map.count == 3)
        #expect(map["real-9-id"] == "fake-9-id")
        #expect(map["real-0-id"] == nil)
    }
}
