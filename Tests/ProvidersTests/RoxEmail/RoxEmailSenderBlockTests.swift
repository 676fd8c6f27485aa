@testable import Providers
import Testing

@Suite struct RoxEmailSenderBlockTests {
    @Test(arguments: [
        ("[SENDER]\nID=CI1\nPW=pw\n\nText", "CI1", "pw", "Text"),
        ("\n\n[sender]\n  ID=CI1\n  PW=pw\nText", "CI1", "pw", "Text"),
        ("[SENDER] ID=CI1 PW=pw\n\nText", "CI1", "pw", "Text"),
        ("[SENDER]\nPW=pw\nID=CI1\n\nLine 1\n\nLine 2", "CI1", "pw", "Line 1\n\nLine 2"),
        (" \t\n   \n  [Sender] ID=CI1\nPW=pw\nText", "CI1", "pw", "Text"),
    ])
    func blocksAreReadAndRemoved(body: String, id: String, password: String, rest: String) {
        let (block, remainder) = RoxEmailSenderBlock.split(body)
        #expect(block?.accountID == id)
        #expect(block?.password == password)
        #expect(remainder == rest)
    }

    @Test func aBodyWithoutABlockIsLeftAlone() {
        let (block, rest) = RoxEmailSenderBlock.split("Server 23 is offline.\n[SENDER]")
        #expect(block == nil)
        #expect(rest == "Server 23 is offline.\n[SENDER]")
    }

    @Test(arguments: ["", "\n \n\t", "  \n\nHello\n[SENDER] ID=CI1 PW=pw"])
    func blankBodiesAndBlocksAfterTextAreNoBlock(body: String) {
        let (block, rest) = RoxEmailSenderBlock.split(body)
        #expect(block == nil)
        #expect(rest == body)
    }
}
