import ContractHarness
import Testing

@Suite struct RecordModeTests {
    @Test(arguments: [
        (nil, [:], RecordMode.missing),
        (nil, ["CI": "true"], .never),
        (nil, ["CI": "false"], .missing),
        (nil, ["CI": "1", "SMSCONTRACT_RECORD": "all"], .all),
        (RecordMode.missing, ["CI": "true"], .missing),
    ] as [(RecordMode?, [String: String], RecordMode)])
    func resolution(explicit: RecordMode?, environment: [String: String], expected: RecordMode) throws {
        #expect(try RecordMode.resolve(explicit: explicit, environment: environment).get() == expected)
    }

    @Test func anUnknownModeIsAnError() {
        guard case .failure(let error) = RecordMode.resolve(explicit: nil, environment: ["SMSCONTRACT_RECORD": "sometimes"]) else {
            Issue.record("accepted an unknown mode")
            return
        }
        #expect(error.description.contains("missing, all, never"))
    }
}
