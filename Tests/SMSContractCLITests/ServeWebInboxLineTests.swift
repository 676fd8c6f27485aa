import Foundation
import Testing

/// `serve` names each fake's web inbox on stderr, after the listener lines, which stay alone on stdout.
@Suite struct ServeWebInboxLineTests {
    private func firstLine(of pipe: Pipe) -> String {
        var data = Data()
        while !data.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            data.append(chunk)
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test func theInboxURLGoesToStandardError() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
        process.arguments = ["serve", "--provider", "lox24"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        let listener = firstLine(of: out)
        let inbox = firstLine(of: err)
        let url = try #require(listener.split(separator: " ").last.map(String.init))
        #expect(listener == "lox24 \(url)")
        #expect(inbox == "web inbox: lox24 \(url)/__fake/ui")
    }
}
