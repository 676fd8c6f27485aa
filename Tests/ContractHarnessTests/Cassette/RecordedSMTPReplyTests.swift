import ContractHarness
import StructuredData
import Testing

@Suite struct RecordedSMTPReplyTests {
    @Test(arguments: [("connect", false), ("EHLO", false), ("MAIL FROM", true), ("RCPT TO", true), ("DATA", true), (".", true), ("QUIT", false)])
    func onlyTransactionRepliesAreContract(command: String, contractual: Bool) {
        #expect(RecordedSMTPReply(command: command, argument: nil, code: 250, text: "x").isContractual == contractual)
    }

    @Test func theGoAheadTextIsNotCompared() {
        let goAhead = RecordedSMTPReply(command: "DATA", argument: nil, code: 354, text: "End data with <CR><LF>.<CR><LF>")
        #expect(goAhead.contractJSON == ["command": "DATA", "code": 354])
        let refused = RecordedSMTPReply(command: "DATA", argument: nil, code: 554, text: "5.5.1 no valid recipients")
        #expect(refused.contractJSON == refused.json)
    }
}
