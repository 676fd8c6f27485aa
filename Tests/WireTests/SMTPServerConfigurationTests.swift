import Testing
@testable import Wire

@Suite struct SMTPServerConfigurationTests {
    @Test func defaultsFollowRFC5321() {
        let configuration = SMTPServerConfiguration()
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 0)
        #expect(configuration.eventLoops == 1)
        #expect(configuration.hostname == "smscontract.local")
        #expect(configuration.maxLineBytes == 1000)
        #expect(configuration.maxCommandLineBytes == 512)
        #expect(configuration.maxMessageBytes == 10 << 20)
        #expect(configuration.maxRecipients == 100)
        #expect(configuration.idleTimeout == .seconds(300))
    }

    @Test func theTransportPartIsPassedOn() {
        let clock = ManualClock()
        let tcp = SMTPServerConfiguration(
            host: "0.0.0.0", port: 2525, eventLoops: 2, clock: clock, backlog: 7,
            shutdownGracePeriod: .seconds(1), lingerTimeout: .seconds(3)
        ).tcp
        #expect(tcp.host == "0.0.0.0")
        #expect(tcp.port == 2525)
        #expect(tcp.eventLoops == 2)
        #expect(tcp.backlog == 7)
        #expect(tcp.clock as? ManualClock === clock)
        #expect(tcp.shutdownGracePeriod == .seconds(1))
        #expect(tcp.lingerTimeout == .seconds(3))
    }
}
