import Testing
import Wire
@testable import smscontract_bench

@Suite struct OpenLoopLoadTests {
    @Test func everyScheduledRequestIsSentAndTimed() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            HTTPResponse(status: request.path == "/fail" ? 500 : 201, contentType: "text/plain", text: "sent")
        }
        try server.start()
        defer { server.shutdown() }
        let request = LoadCommand.requestBytes(LoadCommand.Options(host: "127.0.0.1", port: server.port, path: "/sms", rate: 1))
        let schedule = OpenLoopSchedule(rate: 400, connections: 4, durationNanoseconds: 250_000_000)
        let result = OpenLoopLoad(host: "127.0.0.1", port: server.port, request: request, schedule: schedule).run()
        #expect(result.scheduled == 100)
        #expect(result.completed == 100 && result.statusErrors == 0 && result.socketErrors == 0 && result.unsent == 0)
        #expect(result.latency.sorted.count == 100 && result.latency.sorted.allSatisfy { $0 > 0 })
        #expect(result.seconds >= 0.25 && result.achievedRate <= 400)
        let figures = LoadCommand.figures(result, connections: 4)
        #expect(figures["completed"] == .number(100))

        let failing = LoadCommand.requestBytes(LoadCommand.Options(host: "127.0.0.1", port: server.port, path: "/fail", rate: 1))
        let refused = OpenLoopLoad(host: "127.0.0.1", port: server.port, request: failing,
                                   schedule: OpenLoopSchedule(rate: 100, connections: 2, durationNanoseconds: 100_000_000)).run()
        #expect(refused.completed == 0 && refused.statusErrors == 10)
    }

    @Test func aServerThatIsNotThereCountsAsSocketErrors() throws {
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { _ in HTTPResponse(status: 200) }
        try server.start()
        let port = server.port
        server.shutdown()
        let result = OpenLoopLoad(host: "127.0.0.1", port: port, request: Array("GET / HTTP/1.1\r\n\r\n".utf8),
                                  schedule: OpenLoopSchedule(rate: 100, connections: 2, durationNanoseconds: 50_000_000)).run()
        #expect(result.scheduled == 5 && result.socketErrors == 5 && result.completed == 0)
    }
}
